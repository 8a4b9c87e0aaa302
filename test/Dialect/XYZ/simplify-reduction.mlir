// RUN: xyz-opt %s --xyz-specialize --xyz-eliminate-dead-stores --xyz-simplify | FileCheck %s

// A reduction's initial value: `acc = 0; acc += mem[row + i]` unrolled four
// times starts from the first element (arith folds 0 + x), so the sum takes
// three adds, not four; as a tree (BalanceTrees.cpp), two deep, not three.
// CHECK-LABEL: xyz.kernel @sum4
// CHECK: xyz.foreach_thread
// CHECK: %[[X0:.*]] = xyz.load
// CHECK: %[[X1:.*]] = xyz.load
// CHECK-NEXT: %[[S1:.*]] = arith.addi %[[X0]], %[[X1]] : i32
// CHECK: %[[X2:.*]] = xyz.load
// CHECK: %[[X3:.*]] = xyz.load
// CHECK-NEXT: %[[S2:.*]] = arith.addi %[[X2]], %[[X3]] : i32
// CHECK-NEXT: %[[S3:.*]] = arith.addi %[[S1]], %[[S2]] : i32
// CHECK-NEXT: xyz.store %[[S3]], %{{.*}} in "out"
// CHECK-NOT: xyz.load
xyz.kernel @sum4() attributes {xyz.outputs = ["out"]} {
  %n = arith.constant 8 : i32
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %lb = arith.constant 0 : index
    %ub = arith.constant 4 : index
    %step = arith.constant 1 : index
    %row = arith.muli %t, %c8 : i32
    %sum = scf.for %i = %lb to %ub step %step iter_args(%acc = %c0) -> (i32) {
      %ii = arith.index_cast %i : index to i32
      %addr = arith.addi %row, %ii : i32
      %x = xyz.load %addr in "in"
      %next = arith.addi %acc, %x : i32
      scf.yield %next : i32
    }
    xyz.store %sum, %t in "out"
  }
  xyz.return
}
