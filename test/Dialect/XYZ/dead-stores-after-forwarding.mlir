// RUN: xyz-opt %xyz_src/examples/constructs/tmp_buffer.mlir --xyz-specialize="n=16" --xyz-vectorize --xyz-expand-threads --canonicalize --xyz-forward-memory --xyz-eliminate-dead-stores | FileCheck %s
// RUN: xyz-opt %xyz_src/examples/constructs/tmp_buffer.mlir --xyz-specialize="n=16" --xyz-vectorize --xyz-expand-threads --canonicalize --xyz-eliminate-dead-stores | FileCheck %s --check-prefix=KEPT
// RUN: xyz-opt %xyz_src/examples/constructs/tmp_buffer.mlir --xyz-specialize="n=16" --xyz-schedule | xyz-translate --vliw-to-json -o %t.json
// RUN: xyz-interp %xyz_src/examples/constructs/tmp_buffer.mlir --shape "n=16" --random-image 1 --seeds 2 --check %t.json | FileCheck %s --check-prefix=EXEC

// `tmp` is not an output. Once the second loop's loads of it read the
// stored vectors (--xyz-forward-memory), nothing reads `tmp` and its stores
// go; `--xyz-schedule` runs the dead-store elimination right after the
// forwarding.
// CHECK-LABEL: xyz.kernel @tmp_buffer
// CHECK-NOT: in "tmp"
// CHECK-COUNT-2: xyz.vstore %{{.*}} in "out"
// CHECK-NOT: in "tmp"

// Without the forwarding the second loop reads `tmp`: its stores stay.
// KEPT-COUNT-2: xyz.vstore %{{.*}} in "tmp"
// KEPT-COUNT-2: xyz.vload %{{.*}} in "tmp"

// EXEC: expect: ok
