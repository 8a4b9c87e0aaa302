// RUN: xyz-opt %s --split-input-file --xyz-inline-small-thread-loops | FileCheck %s

// One thread whose body scans a row of 16 words (a running sum from 7
// stored at every step): the body runs outside threads, its thread id 0, where the
// specializer's loop steps take the scan.
// CHECK-LABEL: xyz.kernel @one_row
// CHECK-NOT: xyz.foreach_thread
// CHECK: %[[R:.*]] = arith.constant 0 : i32
// CHECK-NEXT: %[[BASE:.*]] = arith.muli %[[R]], %{{.*}} : i32
// CHECK-NEXT: scf.for {{.*}} iter_args
// CHECK: arith.addi %[[BASE]]
// CHECK: xyz.return
xyz.kernel @one_row() {
  %c0 = arith.constant 7 : i32
  %one_thread = arith.constant 1 : i32
  %w = arith.constant 16 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %n = arith.constant 16 : index
  xyz.foreach_thread %r < %one_thread {
    %base = arith.muli %r, %w : i32
    %fin = scf.for %j = %lb to %n step %one iter_args(%s = %c0) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %at = arith.addi %base, %j32 : i32
      %v = xyz.load %at in "a"
      %s2 = arith.addi %s, %v : i32
      xyz.store %s2, %at in "sums"
      scf.yield %s2 : i32
    }
  }
  xyz.return
}

// -----

// Threads [1, 4) summing their rows: a copy of the body per thread, the
// ids 1, 2 and 3.
// CHECK-LABEL: xyz.kernel @three_rows
// CHECK-NOT: xyz.foreach_thread
// CHECK: %[[T1:.*]] = arith.constant 1 : i32
// CHECK: scf.for
// CHECK: xyz.store %{{.*}}, %[[T1]] in "out"
// CHECK: %[[T2:.*]] = arith.constant 2 : i32
// CHECK: scf.for
// CHECK: xyz.store %{{.*}}, %[[T2]] in "out"
// CHECK: %[[T3:.*]] = arith.constant 3 : i32
// CHECK: scf.for
// CHECK: xyz.store %{{.*}}, %[[T3]] in "out"
// CHECK-NOT: scf.for
xyz.kernel @three_rows() {
  %c0 = arith.constant 0 : i32
  %four = arith.constant 4 : i32
  %w = arith.constant 8 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %n = arith.constant 8 : index
  xyz.foreach_thread %r < %four attributes {start = 1 : i64} {
    %base = arith.muli %r, %w : i32
    %sum = scf.for %j = %lb to %n step %one iter_args(%s = %c0) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %at = arith.addi %base, %j32 : i32
      %v = xyz.load %at in "a"
      %s2 = arith.addi %s, %v : i32
      scf.yield %s2 : i32
    }
    xyz.store %sum, %r in "out"
  }
  xyz.return
}

// -----

// Kept: a loop whose carried value is no reduction (a hash chain, as
// tree-hash's rounds: as copies it loses the lanes), a reduction of fewer
// than 8 trips, a reduction that loads nothing (it folds once unrolled),
// and 8 threads (a full group) of 16 trips each (no more than 4 a thread).
// CHECK-LABEL: xyz.kernel @kept
// CHECK-COUNT-4: xyz.foreach_thread
xyz.kernel @kept() {
  %c0 = arith.constant 0 : i32
  %c3 = arith.constant 3 : i32
  %two = arith.constant 2 : i32
  %eight = arith.constant 8 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %n = arith.constant 16 : index
  %short = arith.constant 4 : index
  xyz.foreach_thread %t < %two {
    %h = scf.for %j = %lb to %n step %one iter_args(%s = %t) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %v = xyz.load %j32 in "a"
      %m = arith.muli %s, %c3 : i32
      %x = arith.xori %m, %v : i32
      scf.yield %x : i32
    }
    xyz.store %h, %t in "out"
  }
  xyz.foreach_thread %t < %two {
    %sum = scf.for %j = %lb to %short step %one iter_args(%s = %c0) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %v = xyz.load %j32 in "a"
      %s2 = arith.addi %s, %v : i32
      scf.yield %s2 : i32
    }
    xyz.store %sum, %t in "out2"
  }
  xyz.foreach_thread %t < %two {
    %sum = scf.for %j = %lb to %n step %one iter_args(%s = %c0) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %s2 = arith.addi %s, %j32 : i32
      scf.yield %s2 : i32
    }
    xyz.store %sum, %t in "out3"
  }
  xyz.foreach_thread %t < %eight {
    %base = arith.muli %t, %eight : i32
    %sum = scf.for %j = %lb to %n step %one iter_args(%s = %c0) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %at = arith.addi %base, %j32 : i32
      %v = xyz.load %at in "a"
      %s2 = arith.addi %s, %v : i32
      scf.yield %s2 : i32
    }
    xyz.store %sum, %t in "out4"
  }
  xyz.return
}

// -----

// 9 threads, each scanning 64 words (more than 4 trips a thread): copies
// too (as threads, two groups each a chain of 64 steps). With 16 trips a
// thread (no more than 4 x 9) they stay threads.
// CHECK-LABEL: xyz.kernel @nine_long_rows
// CHECK-NOT: xyz.foreach_thread
// CHECK-COUNT-9: scf.for
// CHECK-LABEL: xyz.kernel @nine_short_rows
// CHECK: xyz.foreach_thread
xyz.kernel @nine_long_rows() {
  %c0 = arith.constant 0 : i32
  %nine = arith.constant 9 : i32
  %w = arith.constant 64 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %n = arith.constant 64 : index
  xyz.foreach_thread %r < %nine {
    %base = arith.muli %r, %w : i32
    %fin = scf.for %j = %lb to %n step %one iter_args(%s = %c0) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %at = arith.addi %base, %j32 : i32
      %v = xyz.load %at in "a"
      %s2 = arith.addi %s, %v : i32
      xyz.store %s2, %at in "sums"
      scf.yield %s2 : i32
    }
  }
  xyz.return
}
xyz.kernel @nine_short_rows() {
  %c0 = arith.constant 0 : i32
  %nine = arith.constant 9 : i32
  %w = arith.constant 16 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %n = arith.constant 16 : index
  xyz.foreach_thread %r < %nine {
    %base = arith.muli %r, %w : i32
    %fin = scf.for %j = %lb to %n step %one iter_args(%s = %c0) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %at = arith.addi %base, %j32 : i32
      %v = xyz.load %at in "a"
      %s2 = arith.addi %s, %v : i32
      xyz.store %s2, %at in "sums"
      scf.yield %s2 : i32
    }
  }
  xyz.return
}
