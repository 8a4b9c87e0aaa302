// RUN: xyz-opt %s -split-input-file --xyz-bound-loops | FileCheck %s

// Two guarded copies: iteration j runs when lb + j*step < ub (signed, on
// i32), else the carried value passes through. The copies' induction
// variables are folded: constants here (0 + 0*1 < ub is ub > 0).
// CHECK-LABEL: xyz.kernel @bounded
// CHECK-NOT: scf.for
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[UB:.*]] = arith.index_cast %{{.*}} : index to i32
// CHECK: %[[A0:.*]] = arith.cmpi sgt, %[[UB]], %c0_i32 : i32
// CHECK: %[[R0:.*]] = scf.if %[[A0]] -> (i32) {
// CHECK:   scf.yield %[[X]] : i32
// CHECK: } else {
// CHECK:   scf.yield %[[X]] : i32
// CHECK: }
// CHECK: %[[A1:.*]] = arith.cmpi sgt, %[[UB]], %c1_i32 : i32
// CHECK: %[[R1:.*]] = scf.if %[[A1]] -> (i32) {
// CHECK:   %[[S1:.*]] = arith.addi %[[R0]], %c1_i32 : i32
// CHECK:   scf.yield %[[S1]] : i32
// CHECK: } else {
// CHECK:   scf.yield %[[R0]] : i32
// CHECK: }
// CHECK: xyz.store %[[R1]]
xyz.kernel @bounded() {
  %n = arith.constant 16 : i32
  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    %trips = arith.index_cast %x : i32 to index
    %r = scf.for %k = %lb to %trips step %step iter_args(%a = %x) -> (i32) {
      %k32 = arith.index_cast %k : index to i32
      %s = arith.addi %a, %k32 : i32
      scf.yield %s : i32
    } {xyz.max_trips = 2}
    xyz.store %r, %t
  }
  xyz.return
}

// -----

// A loop without results (a store per trip): each guarded copy is an
// scf.if with no results, and one terminator per arm (the builder's).
// CHECK-LABEL: xyz.kernel @no_results
// CHECK-NOT: scf.for
// CHECK: scf.if %{{.*}} {
// CHECK-NEXT: xyz.store
// CHECK-NEXT: } else {
// CHECK-NEXT: }
// CHECK: scf.if %{{.*}} {
// CHECK-NEXT: xyz.store
// CHECK-NEXT: } else {
// CHECK-NEXT: }
// CHECK-NOT: scf.if
xyz.kernel @no_results() {
  %c0 = arith.constant 0 : i32
  %k = xyz.load %c0
  %ki = arith.index_cast %k : i32 to index
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  scf.for %j = %lb to %ki step %one {
    xyz.store %c0, %c0
  } {xyz.max_trips = 2}
  xyz.return
}

// -----

// Value ranges prove fewer trips than declared: the count is x mod 4, at
// most 3, so 3 copies and not 6 (the others could never run; their stores
// at row + 3..5 would be other threads' words to --xyz-if-convert).
// CHECK-LABEL: xyz.kernel @proven_fewer
// CHECK-COUNT-3: xyz.store
// CHECK-NOT: xyz.store
xyz.kernel @proven_fewer() {
  %n = arith.constant 8 : i32
  %three = arith.constant 3 : i32
  %four = arith.constant 4 : i32
  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %len = arith.remui %x, %four : i32
    %trips = arith.index_cast %len : i32 to index
    %row = arith.muli %t, %three : i32
    scf.for %k = %lb to %trips step %step {
      %k32 = arith.index_cast %k : index to i32
      %a = arith.addi %row, %k32 : i32
      xyz.store %k32, %a in "out"
    } {xyz.max_trips = 6}
  }
  xyz.return
}
