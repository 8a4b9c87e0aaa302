// RUN: xyz-opt %s --split-input-file --xyz-parallelize-reductions --canonicalize | FileCheck %s

// A sum and a maximum over a[2], a[4], ..., a[18]: one thread per
// iteration (k = 2 + 2t), one reduction per carried value, the initial
// values combined after.
// CHECK-LABEL: xyz.kernel @sum_max
// CHECK-DAG: %[[N:.*]] = arith.constant 9 : i32
// CHECK-DAG: %[[TWO:.*]] = arith.constant 2 : i32
// CHECK: %[[R:.*]]:2 = xyz.foreach_thread %[[T:.*]] < %[[N]] reduce(add, maxu) {
// CHECK:   %[[K:.*]] = arith.muli %[[T]], %[[TWO]] : i32
// CHECK:   %[[A:.*]] = arith.addi %[[K]], %[[TWO]] : i32
// CHECK:   %[[X:.*]] = xyz.load %[[A]] in "a"
// CHECK:   xyz.yield %[[X]], %[[X]] : i32, i32
// CHECK: %[[S:.*]] = arith.addi %[[R]]#0, %{{.*}} : i32
// CHECK: %[[M:.*]] = arith.maxui %[[R]]#1, %{{.*}} : i32
// CHECK: xyz.store %[[S]]
// CHECK: xyz.store %[[M]]
xyz.kernel @sum_max() {
  %lb = arith.constant 2 : index
  %ub = arith.constant 20 : index
  %step = arith.constant 2 : index
  %init = arith.constant 7 : i32
  %c0 = arith.constant 0 : i32
  %s, %m = scf.for %k = %lb to %ub step %step
      iter_args(%acc = %init, %best = %init) -> (i32, i32) {
    %k32 = arith.index_cast %k : index to i32
    %x = xyz.load %k32 in "a"
    %acc2 = arith.addi %acc, %x : i32
    %best2 = arith.maxui %x, %best : i32
    scf.yield %acc2, %best2 : i32, i32
  }
  xyz.store %s, %c0 in "out"
  xyz.store %m, %c0 in "out"
  xyz.return
}

// -----

// Not reductions: a carried value used otherwise than by its one combine
// (a Horner step), a body that stores, and a loop inside threads.
// CHECK-LABEL: xyz.kernel @not_reductions
// CHECK-NOT: reduce(
// CHECK: scf.for
// CHECK: scf.for
// CHECK: xyz.foreach_thread
// CHECK: scf.for
xyz.kernel @not_reductions() {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0 : i32
  %three = arith.constant 3 : i32
  %h = scf.for %k = %c0 to %c8 step %c1 iter_args(%acc = %z) -> (i32) {
    %k32 = arith.index_cast %k : index to i32
    %x = xyz.load %k32 in "a"
    %m = arith.muli %acc, %three : i32
    %acc2 = arith.addi %m, %x : i32
    scf.yield %acc2 : i32
  }
  xyz.store %h, %z in "out"
  %s = scf.for %k = %c0 to %c8 step %c1 iter_args(%acc = %z) -> (i32) {
    %k32 = arith.index_cast %k : index to i32
    %x = xyz.load %k32 in "a"
    xyz.store %acc, %k32 in "b"
    %acc2 = arith.addi %acc, %x : i32
    scf.yield %acc2 : i32
  }
  xyz.store %s, %z in "out"
  %n = arith.constant 4 : i32
  xyz.foreach_thread %t < %n {
    %p = scf.for %k = %c0 to %c8 step %c1 iter_args(%acc = %z) -> (i32) {
      %k32 = arith.index_cast %k : index to i32
      %x = xyz.load %k32 in "a"
      %acc2 = arith.addi %acc, %x : i32
      scf.yield %acc2 : i32
    }
    xyz.store %p, %t in "c"
  }
  xyz.return
}

// -----

// A signed minimum and maximum: the unsigned ones over words with the sign
// bit flipped (each thread contributes v ^ 0x80000000), unflipped after
// the threads and joined with the initial value by the signed op.
// CHECK-LABEL: xyz.kernel @signed_min_max
// CHECK-DAG: %[[BIAS:.*]] = arith.constant -2147483648 : i32
// CHECK-DAG: %[[LO:.*]] = arith.constant -7 : i32
// CHECK-DAG: %[[HI:.*]] = arith.constant 7 : i32
// CHECK: %[[R:.*]]:2 = xyz.foreach_thread %[[T:.*]] < %{{.*}} reduce(minu, maxu) {
// CHECK:   %[[X:.*]] = xyz.load %[[T]] in "a"
// CHECK:   %[[B0:.*]] = arith.xori %[[X]], %[[BIAS]] : i32
// CHECK:   %[[B1:.*]] = arith.xori %[[X]], %[[BIAS]] : i32
// CHECK:   xyz.yield %[[B0]], %[[B1]] : i32, i32
// CHECK: %[[MIN:.*]] = arith.xori %[[R]]#0, %[[BIAS]] : i32
// CHECK: arith.minsi %[[MIN]], %[[HI]] : i32
// CHECK: %[[MAX:.*]] = arith.xori %[[R]]#1, %[[BIAS]] : i32
// CHECK: arith.maxsi %[[MAX]], %[[LO]] : i32
xyz.kernel @signed_min_max() {
  %lb = arith.constant 0 : index
  %ub = arith.constant 16 : index
  %step = arith.constant 1 : index
  %lo = arith.constant -7 : i32
  %hi = arith.constant 7 : i32
  %c0 = arith.constant 0 : i32
  %m, %M = scf.for %k = %lb to %ub step %step
      iter_args(%a = %hi, %b = %lo) -> (i32, i32) {
    %k32 = arith.index_cast %k : index to i32
    %x = xyz.load %k32 in "a"
    %a2 = arith.minsi %a, %x : i32
    %b2 = arith.maxsi %x, %b : i32
    scf.yield %a2, %b2 : i32, i32
  }
  xyz.store %m, %c0 in "out"
  xyz.store %M, %c0 in "out"
  xyz.return
}

// -----

// A conditional update, `if (x is odd) s += x` (and `if (x < 9) p *= x`
// the arms the other way round), is `s + select(odd, x, 0)`: a reduction.
// CHECK-LABEL: xyz.kernel @conditional_update
// CHECK: %[[R:.*]]:2 = xyz.foreach_thread %[[T:.*]] < %{{.*}} reduce(add, mul) {
// CHECK:   %[[X:.*]] = xyz.load %[[T]] in "a"
// CHECK:   %[[S:.*]] = arith.select %{{.*}}, %[[X]], %c0_i32 : i32
// CHECK:   %[[P:.*]] = arith.select %{{.*}}, %c1_i32, %[[X]] : i32
// CHECK:   xyz.yield %[[S]], %[[P]] : i32, i32
// CHECK-NOT: scf.if
xyz.kernel @conditional_update() {
  %lb = arith.constant 0 : index
  %ub = arith.constant 16 : index
  %step = arith.constant 1 : index
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c9 = arith.constant 9 : i32
  %s, %p = scf.for %k = %lb to %ub step %step
      iter_args(%a = %c0, %b = %c1) -> (i32, i32) {
    %k32 = arith.index_cast %k : index to i32
    %x = xyz.load %k32 in "a"
    %bit = arith.andi %x, %c1 : i32
    %odd = arith.cmpi ne, %bit, %c0 : i32
    %a2 = scf.if %odd -> (i32) {
      %sum = arith.addi %a, %x : i32
      scf.yield %sum : i32
    } else {
      scf.yield %a : i32
    }
    %big = arith.cmpi uge, %x, %c9 : i32
    %b2 = scf.if %big -> (i32) {
      scf.yield %b : i32
    } else {
      %prod = arith.muli %x, %b : i32
      scf.yield %prod : i32
    }
    scf.yield %a2, %b2 : i32, i32
  }
  xyz.store %s, %c0 in "out"
  xyz.store %p, %c0 in "out"
  xyz.return
}

// -----

// A sum of 3 terms inside a loop of 16 outputs (a convolution's taps):
// the threads are better made of the outputs (--xyz-parallelize-loops'
// rows), so the 3-trip sum stays a loop. At the top level, with nothing
// wider around it, the same sum becomes threads (a tree, not a chain).
// CHECK-LABEL: xyz.kernel @taps_in_row
// CHECK: scf.for
// CHECK: scf.for {{.*}} iter_args
// CHECK-NOT: xyz.foreach_thread
// CHECK: xyz.return
// CHECK-LABEL: xyz.kernel @taps_alone
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} reduce(add)
xyz.kernel @taps_in_row() {
  %c0 = arith.constant 0 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %n = arith.constant 16 : index
  %taps = arith.constant 3 : index
  scf.for %x = %lb to %n step %one {
    %x32 = arith.index_cast %x : index to i32
    %sum = scf.for %d = %lb to %taps step %one iter_args(%acc = %c0) -> (i32) {
      %d32 = arith.index_cast %d : index to i32
      %at = arith.addi %x32, %d32 : i32
      %v = xyz.load %at in "img"
      %s = arith.addi %acc, %v : i32
      scf.yield %s : i32
    }
    xyz.store %sum, %x32 in "out"
  }
  xyz.return
}
xyz.kernel @taps_alone() {
  %c0 = arith.constant 0 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %taps = arith.constant 3 : index
  %sum = scf.for %d = %lb to %taps step %one iter_args(%acc = %c0) -> (i32) {
    %d32 = arith.index_cast %d : index to i32
    %v = xyz.load %d32 in "img"
    %s = arith.addi %acc, %v : i32
    scf.yield %s : i32
  }
  xyz.store %sum, %c0 in "out"
  xyz.return
}
