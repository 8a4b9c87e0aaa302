// RUN: xyz-opt %s -split-input-file --xyz-split-thread-ranges | FileCheck %s

// A core's slice of 334 items clamped at the last one: start = core * 334
// is at most 668 (3 cores), so threads below 999 - 668 + 1 = 332 never
// reach the clamp. They run in a loop of their own with the clamp gone;
// threads [332, 334) keep it.
// CHECK-LABEL: xyz.kernel @slices
// CHECK: %[[T:.*]] = arith.constant 332 : i32
// CHECK: xyz.foreach_thread %[[J:.*]] < %[[T]] {
// CHECK-NEXT: %[[I:.*]] = arith.addi %{{.*}}, %[[J]] : i32
// CHECK-NEXT: xyz.load %[[I]] in "x"
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {start = 332 : i64} {
// CHECK: arith.minui
xyz.kernel @slices() {
  %n1 = arith.constant 999 : i32
  %chunk = arith.constant 334 : i32
  %three = arith.constant 3 : i32
  %core = xyz.core_id of %three
  %start = arith.muli %core, %chunk : i32
  xyz.foreach_thread %j < %chunk {
    %i0 = arith.addi %start, %j : i32
    %i = arith.minui %i0, %n1 : i32
    %x = xyz.load %i in "x"
    xyz.store %x, %i in "y"
  }
  xyz.return
}

// -----

// The clamp matters for all but 4 threads (fewer than a group of 8), or
// its bound is not uniform: no split.
// CHECK-LABEL: xyz.kernel @no_split
// CHECK-COUNT-2: xyz.foreach_thread
// CHECK-NOT: xyz.foreach_thread
xyz.kernel @no_split() {
  %n1 = arith.constant 671 : i32
  %chunk = arith.constant 334 : i32
  %three = arith.constant 3 : i32
  %core = xyz.core_id of %three
  %start = arith.muli %core, %chunk : i32
  xyz.foreach_thread %j < %chunk {
    %i0 = arith.addi %start, %j : i32
    %i = arith.minui %i0, %n1 : i32
    %x = xyz.load %i in "x"
    xyz.store %x, %i in "y"
  }
  xyz.foreach_thread %j < %chunk {
    %b = xyz.load %j in "bound"
    %i = arith.minui %j, %b : i32
    %x = xyz.load %i in "x"
    xyz.store %x, %j in "y"
  }
  xyz.return
}

// -----

// The interior [1, n-1) in core slices: `(start + j) + 1`, the constant
// moved out by the canonicalizer, is the thread id plus uniform terms
// (start <= 100, 1): threads below 199 - 101 + 1 = 99 never reach the
// clamp. With the constant -1 instead, thread 0 of core 0 would wrap:
// no split.
// CHECK-LABEL: xyz.kernel @interior
// CHECK: %[[T:.*]] = arith.constant 99 : i32
// CHECK: xyz.foreach_thread %[[J:.*]] < %[[T]] {
// CHECK-NEXT: %[[S:.*]] = arith.addi %{{.*}}, %[[J]] : i32
// CHECK-NEXT: %[[I:.*]] = arith.addi %[[S]], %{{.*}} : i32
// CHECK-NEXT: xyz.load %[[I]] in "x"
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {start = 99 : i64} {
// CHECK: arith.minui
// CHECK-LABEL: xyz.kernel @below_zero
// CHECK-COUNT-1: xyz.foreach_thread
// CHECK-NOT: xyz.foreach_thread
xyz.kernel @interior() {
  %one = arith.constant 1 : i32
  %last = arith.constant 199 : i32
  %chunk = arith.constant 100 : i32
  %two = arith.constant 2 : i32
  %core = xyz.core_id of %two
  %start = arith.muli %core, %chunk : i32
  xyz.foreach_thread %j < %chunk {
    %s = arith.addi %start, %j : i32
    %i0 = arith.addi %s, %one : i32
    %i = arith.minui %i0, %last : i32
    %x = xyz.load %i in "x"
    xyz.store %x, %i in "y"
  }
  xyz.return
}
xyz.kernel @below_zero() {
  %minus = arith.constant -1 : i32
  %last = arith.constant 199 : i32
  %chunk = arith.constant 100 : i32
  %two = arith.constant 2 : i32
  %core = xyz.core_id of %two
  %start = arith.muli %core, %chunk : i32
  xyz.foreach_thread %j < %chunk {
    %s = arith.addi %start, %j : i32
    %i0 = arith.addi %s, %minus : i32
    %i = arith.minui %i0, %last : i32
    %x = xyz.load %i in "x"
    xyz.store %x, %i in "y"
  }
  xyz.return
}
