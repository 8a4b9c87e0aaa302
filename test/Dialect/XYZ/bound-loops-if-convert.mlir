// RUN: xyz-opt %s --xyz-bound-loops --xyz-if-convert | FileCheck %s

// A bounded loop storing at the thread's own words 4i + 8 + k + 1 (k < 3 <
// 4): each guarded copy's address folds to `base + constant`, the form
// if-convert masks (it was `base + index_cast(index_cast(0 + j * 1))`, and
// the kernel was refused).
// CHECK-LABEL: xyz.kernel @own_words_bounded
// CHECK: %[[X:.*]] = xyz.load %[[BASE:.*]] in "a"
// CHECK: %[[ON0:.*]] = arith.cmpi sgt, %{{.*}}, %c0_i32
// CHECK: %[[A0:.*]] = arith.addi %[[BASE]], %c1_i32
// CHECK: %[[OLD0:.*]] = xyz.load %[[A0]] in "a"
// CHECK: %[[V0:.*]] = arith.select %[[ON0]], %[[X]], %[[OLD0]]
// CHECK: xyz.store %[[V0]], %[[A0]] in "a"
// CHECK: arith.select
// CHECK: xyz.store
// CHECK: arith.select
// CHECK: xyz.store
// CHECK-NOT: scf.if
xyz.kernel @own_words_bounded() {
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %c8 = arith.constant 8 : i32
  %c16 = arith.constant 16 : i32
  %i0 = arith.constant 0 : index
  %i1 = arith.constant 1 : index
  xyz.foreach_thread %i < %c16 {
    %b0 = arith.muli %i, %c4 : i32
    %base = arith.addi %b0, %c8 : i32
    %x = xyz.load %base in "a"
    %t = arith.andi %x, %c3 : i32
    %ti = arith.index_cast %t : i32 to index
    scf.for %k = %i0 to %ti step %i1 {
      %k32 = arith.index_cast %k : index to i32
      %ad0 = arith.addi %base, %k32 : i32
      %ad = arith.addi %ad0, %c1 : i32
      xyz.store %x, %ad in "a"
    } {xyz.max_trips = 3}
  }
  xyz.return
}
