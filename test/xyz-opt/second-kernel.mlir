// RUN: xyz-opt %xyz_src/examples/tree_hash_ternary.mlir --xyz-specialize="height=3 rounds=3 batch=64" --xyz-simplify --int-range-optimizations --canonicalize --xyz-simplify --xyz-fuse-multiply-add --xyz-gather-to-select | FileCheck %s
// RUN: xyz-opt %xyz_src/examples/tree_hash_ternary.mlir --xyz-specialize="height=3 rounds=3 batch=64" --xyz-simplify --int-range-optimizations --canonicalize --xyz-simplify --xyz-fuse-multiply-add | FileCheck %s --check-prefix=NOPASS

// The second kernel (examples/tree_hash_ternary.mlir, a walk down a 3-ary
// tree) through the pipeline's passes up to --xyz-gather-to-select, as
// --xyz-schedule runs them. The forest starts at address 7. In round 0 every
// index is the root (address 7: one uniform load); in round 1 it is one of
// the root's three children (addresses 8, 9, 10). Value ranges bound round
// 1's address (3 * 0 + 1 + hash % 3, plus 7) to [8, 10]: the pass loads the
// three words once, before the thread loop (nothing stores to "forest"), and
// each thread selects its word by the bits of its child number, with no
// per-thread load from "forest" in rounds 0 and 1.

// CHECK-LABEL: xyz.kernel @tree_hash_ternary
// CHECK-DAG: %[[W0:[0-9]+]] = xyz.load %c8_i32{{(_[0-9]+)?}} in "forest"
// CHECK-DAG: %[[W1:[0-9]+]] = xyz.load %c9_i32{{(_[0-9]+)?}} in "forest"
// CHECK-DAG: %[[W2:[0-9]+]] = xyz.load %c10_i32{{(_[0-9]+)?}} in "forest"
// CHECK: xyz.foreach_thread %{{.+}} < %c64_i32 {
// CHECK: %[[V:[0-9]+]] = xyz.load %{{[0-9]+}} in "values"
// Round 0 (level 0): the root, one word at a uniform address.
// CHECK-NEXT: %[[ROOT:[0-9]+]] = xyz.load %c7_i32 in "forest"
// CHECK-NEXT: arith.xori %[[V]], %[[ROOT]] : i32
// Round 1 (level 1): the child number selects among the three words.
// CHECK-NOT: xyz.load
// CHECK: %[[CHILD:[0-9]+]] = arith.remui %[[H:[0-9]+]], %c3_i32 : i32
// CHECK-NOT: xyz.load
// CHECK: %[[L0:[0-9]+]] = {{arith.select|xyz.multiply_add}} %{{.+}}, %[[W0]] : i32
// CHECK-NOT: xyz.load
// CHECK: %[[L1:[0-9]+]] = arith.select %{{[0-9]+}}, %[[W2]], %[[L0]] : i32
// CHECK-NOT: xyz.load
// CHECK: arith.xori %[[H]], %[[L1]] : i32
// CHECK: xyz.return

// Without the pass, round 1 reads its node with a per-thread load (a gather
// once vectorized), and nothing is loaded before the thread loop.
// NOPASS-LABEL: xyz.kernel @tree_hash_ternary
// NOPASS-NOT: xyz.load
// NOPASS: xyz.foreach_thread %{{.+}} < %c64_i32 {
// NOPASS: %[[ROOT:[0-9]+]] = xyz.load %c7_i32 in "forest"
// NOPASS: %[[CHILD:[0-9]+]] = arith.remui %{{[0-9]+}}, %c3_i32 : i32
// NOPASS-NEXT: %[[ADDR:[0-9]+]] = arith.addi %[[CHILD]], %c8_i32 : i32
// NOPASS-NEXT: xyz.load %[[ADDR]] in "forest"
