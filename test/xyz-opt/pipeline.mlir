// RUN: xyz-opt %s --xyz-schedule | FileCheck %s
// RUN: xyz-opt %s --xyz-schedule | grep -c "vliw.load " | FileCheck %s --check-prefix=LOADS
// RUN: xyz-opt %s --xyz-schedule | grep -c "vliw.store " | FileCheck %s --check-prefix=STORES
// RUN: xyz-opt %s --xyz-specialize="n=5" --xyz-schedule | FileCheck %s --check-prefix=FIVE
// RUN: xyz-opt %s --xyz-schedule | xyz-translate --vliw-to-json | FileCheck %s --check-prefix=JSON
// RUN: xyz-opt %s --xyz-schedule --vliw-strict-check -o /dev/null

// The whole pipeline on a small kernel, with the parameter's default (n = 2):
// each thread doubles its word in place.
// CHECK: vliw.program
// CHECK-NOT: xyz.
// LOADS: 2
// STORES: 2
// FIVE-COUNT-5: vliw.store
// JSON: [{"load":
xyz.kernel @double(%n: i32 {xyz.name = "n", xyz.default = 2 : i32}) {
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t in "data"
    %d = arith.addi %v, %v : i32
    xyz.store %d, %t in "data"
  }
  xyz.return
}
