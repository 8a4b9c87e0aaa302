// RUN: xyz-opt %s --xyz-expand-threads --canonicalize | FileCheck %s

// Each thread's body is replicated with its thread id as a constant.
// CHECK-LABEL: xyz.kernel @k()
// CHECK-NOT: xyz.foreach_thread
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : i32
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : i32
// CHECK: %[[V0:.*]] = xyz.load %[[C0]]
// CHECK: xyz.store %[[V0]], %[[C0]]
// CHECK: %[[V1:.*]] = xyz.load %[[C1]]
// CHECK: xyz.store %[[V1]], %[[C1]]
// CHECK: %[[V2:.*]] = xyz.load %[[C2]]
// CHECK: xyz.store %[[V2]], %[[C2]]
// CHECK-NEXT: xyz.return
xyz.kernel @k() {
  %n = arith.constant 3 : i32
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t
    xyz.store %v, %t
  }
  xyz.return
}
