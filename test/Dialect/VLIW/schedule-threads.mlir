// RUN: xyz-opt %s -split-input-file --vliw-schedule | FileCheck %s
// RUN: xyz-opt %s -split-input-file --vliw-schedule --vliw-strict-check -o /dev/null

// A load for thread 1 of one thread loop (`vliw.threads` = [loop, lo, hi],
// from xyz-expand-threads) after a store at a run-time address for thread
// 0: no thread reads a word another thread of the loop writes, so the load
// need not wait for the store (both in the second bundle). The stores
// stay one bundle apart: two threads may store the same value to a word.
// CHECK-LABEL: vliw.program
// CHECK-DAG: vliw.{{const|add_imm}} [[B:[0-9]+]], {{([0-9]+, )?}}20{{$}}
// CHECK-NOT: vliw.store
// CHECK: vliw.load {{[0-9]+}}, [[B]]
// CHECK: vliw.store
// CHECK-NEXT: }
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT: vliw.store
vliw.vprogram @disjoint {
  %a = vliw.vop const imm [10] () : () -> i32
  %b = vliw.vop const imm [20] () : () -> i32
  %p = vliw.vop load (%a) in "ptr" {vliw.threads = array<i64: 0, 0, 1>} : (i32) -> i32
  vliw.vop store (%p, %a) in "x" {vliw.threads = array<i64: 0, 0, 1>} : (i32, i32) -> ()
  %q = vliw.vop load (%b) in "x" {vliw.threads = array<i64: 0, 1, 2>} : (i32) -> i32
  %c = vliw.vop const imm [30] () : () -> i32
  %r = vliw.vop load (%c) in "ptr" {vliw.threads = array<i64: 0, 1, 2>} : (i32) -> i32
  vliw.vop store (%r, %q) in "x" {vliw.threads = array<i64: 0, 1, 2>} : (i32, i32) -> ()
}

// -----

// Threads that overlap ([0, 8) and [1, 2)), or two different loops: a load
// waits for the store before it. (Three stores: one a bundle.)
// CHECK-LABEL: vliw.program
// CHECK: vliw.store
// CHECK-NEXT: }
// CHECK: vliw.store
// CHECK-NEXT: }
// CHECK: vliw.store
// CHECK-NEXT: }
vliw.vprogram @overlapping {
  %a = vliw.vop const imm [10] () : () -> i32
  %b = vliw.vop const imm [20] () : () -> i32
  %p = vliw.vop load (%a) in "ptr" {vliw.threads = array<i64: 0, 0, 8>} : (i32) -> i32
  %q = vliw.vop load (%b) in "ptr" {vliw.threads = array<i64: 0, 1, 2>} : (i32) -> i32
  vliw.vop store (%p, %a) in "x" {vliw.threads = array<i64: 0, 0, 8>} : (i32, i32) -> ()
  vliw.vop store (%q, %b) in "x" {vliw.threads = array<i64: 0, 1, 2>} : (i32, i32) -> ()
  vliw.vop store (%p, %b) in "x" {vliw.threads = array<i64: 1, 8, 9>} : (i32, i32) -> ()
}

// -----

// Two copies of one store that writes a word of its own per thread
// (`vliw.distinct_words`, from xyz-distinct-stores) for disjoint threads
// share a bundle; a copy of another such store, or one for an overlapping
// thread, stays a bundle later.
// CHECK-LABEL: vliw.program
// CHECK: vliw.bundle {
// CHECK: vliw.load
// CHECK: vliw.bundle {
// CHECK-NEXT: vliw.store
// CHECK-NEXT: vliw.store
// CHECK-NEXT: }
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT: vliw.store
// CHECK-NEXT: }
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT: vliw.store
// CHECK-NEXT: }
vliw.vprogram @distinct_words {
  %a = vliw.vop const imm [10] () : () -> i32
  %b = vliw.vop const imm [20] () : () -> i32
  %p = vliw.vop load (%a) in "ptr" {vliw.threads = array<i64: 0, 0, 1>} : (i32) -> i32
  %q = vliw.vop load (%b) in "ptr" {vliw.threads = array<i64: 0, 1, 2>} : (i32) -> i32
  vliw.vop store (%p, %a) in "x" {vliw.threads = array<i64: 0, 0, 1>, vliw.distinct_words = 0 : i64} : (i32, i32) -> ()
  vliw.vop store (%q, %b) in "x" {vliw.threads = array<i64: 0, 1, 2>, vliw.distinct_words = 0 : i64} : (i32, i32) -> ()
  vliw.vop store (%q, %a) in "x" {vliw.threads = array<i64: 0, 2, 3>, vliw.distinct_words = 1 : i64} : (i32, i32) -> ()
  vliw.vop store (%p, %b) in "x" {vliw.threads = array<i64: 0, 2, 3>, vliw.distinct_words = 1 : i64} : (i32, i32) -> ()
}
