// RUN: xyz-opt %s --xyz-eliminate-dead-stores --xyz-simplify | FileCheck %s

// "work" is not an output, but the kernel reads it back in a later phase:
// its stores stay. "scratch" is neither an output nor read: its store goes.
// CHECK-LABEL: xyz.kernel @phases
// CHECK: xyz.store %{{.*}}, %{{.*}} in "work"
// CHECK-NOT: in "scratch"
// CHECK: xyz.load %{{.*}} in "work"
// CHECK: xyz.store %{{.*}}, %{{.*}} in "out"
xyz.kernel @phases() attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %x = xyz.load %c0 in "in"
  xyz.store %x, %c0 in "work"
  xyz.store %x, %c1 in "scratch"
  %y = xyz.load %c0 in "work"
  xyz.store %y, %c0 in "out"
  xyz.return
}
