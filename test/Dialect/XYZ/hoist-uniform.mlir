// RUN: xyz-opt %s --split-input-file --xyz-hoist-uniform | FileCheck %s

// Every thread reads x[3] and scales it alike: the load and the multiply
// run once, before the loop; the per-thread load and the store stay.
// CHECK-LABEL: xyz.kernel @matvec_like
// CHECK: %[[X:.*]] = xyz.load %{{.*}} in "x"
// CHECK: %[[S:.*]] = arith.muli %[[X]], %{{.*}} : i32
// CHECK: xyz.foreach_thread
// CHECK-NOT: in "x"
// CHECK: xyz.load %{{.*}} in "m"
// CHECK: arith.muli %{{.*}}, %[[S]] : i32
// CHECK: xyz.store
xyz.kernel @matvec_like() {
  %n = arith.constant 16 : i32
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %c3 in "x"
    %s = arith.muli %x, %c5 : i32
    %m = xyz.load %t in "m"
    %p = arith.muli %m, %s : i32
    xyz.store %p, %t in "y"
  }
  xyz.return
}

// -----

// The loop writes "x" (another thread's store may be what a thread reads),
// or writes an unnamed address (it may be x): the loads stay. The pure
// multiply of constants moves in both.
// CHECK-LABEL: xyz.kernel @written
// CHECK: arith.muli
// CHECK: xyz.foreach_thread
// CHECK: xyz.load %{{.*}} in "x"
// CHECK: xyz.foreach_thread
// CHECK: xyz.load %{{.*}} in "x"
xyz.kernel @written() {
  %n = arith.constant 16 : i32
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %c3 in "x"
    %k = arith.muli %c3, %c5 : i32
    %v = arith.addi %x, %k : i32
    xyz.store %v, %t in "x"
  }
  xyz.foreach_thread %t < %n {
    %x = xyz.load %c3 in "x"
    xyz.store %x, %t
  }
  xyz.return
}

// -----

// A loop that runs no thread: nothing moves (the load might fault).
// CHECK-LABEL: xyz.kernel @empty
// CHECK: xyz.foreach_thread
// CHECK-NEXT: xyz.load
xyz.kernel @empty() {
  %n = arith.constant 0 : i32
  %c3 = arith.constant 3 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %c3 in "x"
    xyz.store %x, %t in "y"
  }
  xyz.return
}
