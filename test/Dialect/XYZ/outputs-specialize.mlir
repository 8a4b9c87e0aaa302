// RUN: xyz-opt %s --xyz-specialize="flag=0" --xyz-eliminate-dead-stores 2>&1 | FileCheck %s

// At flag=0 specialization folds the only store to "log" away; the output
// was stored in the source, so --xyz-eliminate-dead-stores (which checks
// only kernels not yet specialized) does not report it.
// CHECK-NOT: error
// CHECK-LABEL: xyz.kernel @folded
// CHECK: xyz.store %{{.*}} in "out"
// CHECK-NOT: "log"
xyz.kernel @folded(%flag: i32 {xyz.name = "flag", xyz.default = 1 : i32})
    attributes {xyz.outputs = ["out", "log"]} {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  xyz.foreach_thread %t < %c8 {
    %x = xyz.load %t in "in"
    xyz.store %x, %t in "out"
  }
  %on = arith.cmpi ne, %flag, %c0 : i32
  scf.if %on {
    xyz.store %flag, %c8 in "log"
  }
  xyz.return
}
