// The xyz passes run per kernel: a textual pipeline nests them on
// xyz.kernel. On the tree-hash example it gives the program --xyz-schedule
// gives (compared on the xyz level, just before lowering to vliw; with
// best-of=0, which keeps the alternatives it schedules from printing too;
// `rebalance` carries constants and replaces gathers a second time).
// RUN: xyz-opt %xyz_src/examples/tree_hash.mlir --xyz-specialize="height=3 rounds=5 batch=20" --xyz-schedule="best-of=0" --mlir-print-ir-before=convert-xyz-to-vliw -o /dev/null 2> %t.schedule
// RUN: xyz-opt %xyz_src/examples/tree_hash.mlir --pass-pipeline='builtin.module(xyz-specialize{height=3 rounds=5 batch=20}, xyz.kernel(xyz-drop-regions, xyz-eliminate-dead-stores, xyz-simplify), int-range-optimizations, canonicalize, xyz.kernel(xyz-eliminate-dead-stores, xyz-simplify, xyz-fuse-multiply-add, xyz-gather-to-select, xyz-hoist-uniform, xyz-vectorize, xyz-fuse-multiply-add, xyz-expand-threads), canonicalize, cse, xyz.kernel(xyz-forward-memory), cse, xyz.kernel(xyz-gather-to-select-groups), cse, xyz.kernel(xyz-carry-xor-constants{while-ranged=true}), cse, canonicalize, xyz.kernel(xyz-gather-to-select-groups{flow-headroom=1.1 waves=true}), cse, xyz.kernel(xyz-carry-xor-constants{while-ranged=true}, xyz-coalesce-loads, xyz-address-recurrences), cse)' -o %t.nested
// RUN: grep -v "IR Dump Before" %t.schedule | diff -B - %t.nested
// RUN: grep -c "xyz.gather\|xyz.vload" %t.nested
// The same per-kernel pipeline on a module of two kernels.
// RUN: xyz-opt %s --pass-pipeline='builtin.module(xyz-specialize, xyz.kernel(xyz-eliminate-dead-stores, xyz-simplify, xyz-fuse-multiply-add, xyz-vectorize, xyz-fuse-multiply-add, xyz-expand-threads), canonicalize, cse)' | FileCheck %s

// Two kernels: each gets the whole per-kernel pipeline. @scale's store to
// "tmp" is dead (not an output, never read); @add_one has no outputs list.
// CHECK-LABEL: xyz.kernel @scale
// CHECK-NOT: "tmp"
// CHECK: xyz.vload
// CHECK: xyz.multiply_add
// CHECK: xyz.vstore
// CHECK-LABEL: xyz.kernel @add_one
// CHECK-COUNT-2: xyz.vstore
// CHECK-NOT: xyz.foreach_thread
xyz.kernel @scale(%n: i32 {xyz.name = "n", xyz.default = 16 : i32})
    attributes {xyz.outputs = ["out"]} {
  %c3 = arith.constant 3 : i32
  %c16 = arith.constant 16 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %y = arith.muli %x, %c3 : i32
    %z = arith.addi %y, %x : i32
    %w = arith.addi %z, %c16 : i32
    %a = arith.addi %t, %c16 : i32
    xyz.store %w, %a in "out"
    xyz.store %x, %a in "tmp"
  }
  xyz.return
}

xyz.kernel @add_one(%m: i32 {xyz.name = "m", xyz.default = 16 : i32}) {
  %c1 = arith.constant 1 : i32
  xyz.foreach_thread %t < %m {
    %x = xyz.load %t in "data"
    %y = arith.addi %x, %c1 : i32
    xyz.store %y, %t in "data"
  }
  xyz.return
}
