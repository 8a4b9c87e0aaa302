// A value carried through a select is a reduction once the select is read
// as what it computes (ReductionForms.td / .cpp, applied by
// --xyz-specialize before it looks for reduction loops): a select between
// the two compared values is a min or a max, and a select between a
// combine and its operand moves inside the combine with the identity,
// `c ? acc + x : acc` = `acc + (c ? x : 0)`. Each loop then becomes a
// reduction over threads (--xyz-parallelize-reductions).
// RUN: xyz-opt %s -split-input-file --xyz-specialize="n=16" | FileCheck %s

// CHECK-LABEL: xyz.kernel @select_min
// CHECK: %[[M:.*]] = xyz.foreach_thread %{{.*}} < %{{.*}} reduce(minu)
// CHECK: arith.minui %{{.*}}, %[[M]] : i32
xyz.kernel @select_min(%n: i32 {xyz.name = "n"}) {
  %c0 = arith.constant 0 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %ni = arith.index_cast %n : i32 to index
  %init = xyz.load %n in "s"
  %r = scf.for %j = %lb to %ni step %one iter_args(%acc = %init) -> (i32) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %lt = arith.cmpi ult, %x, %acc : i32
    %acc2 = arith.select %lt, %x, %acc : i32
    scf.yield %acc2 : i32
  }
  xyz.store %r, %n in "s"
  xyz.return
}

// -----

// Signed, with the comparison the other way round: max.
// CHECK-LABEL: xyz.kernel @select_signed_max
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} reduce(maxu)
xyz.kernel @select_signed_max(%n: i32 {xyz.name = "n"}) {
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %ni = arith.index_cast %n : i32 to index
  %init = xyz.load %n in "s"
  %r = scf.for %j = %lb to %ni step %one iter_args(%acc = %init) -> (i32) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %lt = arith.cmpi slt, %x, %acc : i32
    %acc2 = arith.select %lt, %acc, %x : i32
    scf.yield %acc2 : i32
  }
  xyz.store %r, %n in "s"
  xyz.return
}

// -----

// A conditional sum: the select of the sum and the carried value.
// CHECK-LABEL: xyz.kernel @conditional_sum
// CHECK: %[[S:.*]] = xyz.foreach_thread %{{.*}} < %{{.*}} reduce(add)
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[C:.*]] = arith.cmpi ugt, %[[X]]
// CHECK: %[[V:.*]] = arith.select %[[C]], %[[X]], %{{.*}} : i32
// CHECK: xyz.yield %[[V]] : i32
xyz.kernel @conditional_sum(%n: i32 {xyz.name = "n"}) {
  %c0 = arith.constant 0 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %ni = arith.index_cast %n : i32 to index
  %thr = xyz.load %n in "t"
  %r = scf.for %j = %lb to %ni step %one iter_args(%acc = %c0) -> (i32) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %gt = arith.cmpi ugt, %x, %thr : i32
    %t = arith.addi %acc, %x : i32
    %acc2 = arith.select %gt, %t, %acc : i32
    scf.yield %acc2 : i32
  }
  xyz.store %r, %n in "s"
  xyz.return
}

// -----

// The combine in the false arm, a product: 1 where the condition holds.
// A combine used elsewhere too stays where it is.
// CHECK-LABEL: xyz.kernel @conditional_product
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} reduce(mul)
// CHECK-LABEL: xyz.kernel @combine_used_twice
// CHECK-NOT: reduce(
// CHECK: arith.select
xyz.kernel @conditional_product(%n: i32 {xyz.name = "n"}) {
  %c1 = arith.constant 1 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %ni = arith.index_cast %n : i32 to index
  %r = scf.for %j = %lb to %ni step %one iter_args(%acc = %c1) -> (i32) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %z = arith.cmpi eq, %x, %c1 : i32
    %p = arith.muli %x, %acc : i32
    %acc2 = arith.select %z, %acc, %p : i32
    scf.yield %acc2 : i32
  }
  xyz.store %r, %n in "s"
  xyz.return
}
xyz.kernel @combine_used_twice(%n: i32 {xyz.name = "n"}) {
  %c0 = arith.constant 0 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %ni = arith.index_cast %n : i32 to index
  %r:2 = scf.for %j = %lb to %ni step %one iter_args(%acc = %c0, %last = %c0) -> (i32, i32) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %c = arith.cmpi ugt, %x, %c0 : i32
    %t = arith.addi %acc, %x : i32
    %acc2 = arith.select %c, %t, %acc : i32
    scf.yield %acc2, %t : i32, i32
  }
  xyz.store %r#0, %n in "s"
  xyz.store %r#1, %c0 in "s"
  xyz.return
}

// -----

// A value carried as an i1 (any) or an index (a count) and combined with
// itself is carried as a word: both loops become reductions.
// CHECK-LABEL: xyz.kernel @any_and_count
// CHECK: %[[ANY:.*]] = xyz.foreach_thread %{{.*}} < %{{.*}} reduce(or)
// CHECK: arith.extui %{{.*}} : i1 to i32
// CHECK: %[[B:.*]] = arith.trunci %[[ANY]] : i32 to i1
// CHECK: %[[N:.*]] = xyz.foreach_thread %{{.*}} < %{{.*}} reduce(add)
// CHECK-NEXT: %[[X:.*]] = xyz.load
// CHECK-NEXT: xyz.yield %[[X]] : i32
// CHECK: xyz.store %[[N]]
xyz.kernel @any_and_count(%n: i32 {xyz.name = "n"}) {
  %false = arith.constant false
  %c0 = arith.constant 0 : index
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %ni = arith.index_cast %n : i32 to index
  %thr = xyz.load %n in "t"
  %any = scf.for %j = %lb to %ni step %one iter_args(%acc = %false) -> (i1) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %gt = arith.cmpi ugt, %x, %thr : i32
    %acc2 = arith.ori %acc, %gt : i1
    scf.yield %acc2 : i1
  }
  %count = scf.for %j = %lb to %ni step %one iter_args(%acc = %c0) -> (index) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %xi = arith.index_cast %x : i32 to index
    %acc2 = arith.addi %acc, %xi : index
    scf.yield %acc2 : index
  }
  %a = arith.extui %any : i1 to i32
  %c = arith.index_cast %count : index to i32
  xyz.store %a, %n in "s"
  xyz.store %c, %n in "s"
  xyz.return
}
