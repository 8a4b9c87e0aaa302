// RUN: xyz-opt %s --split-input-file --xyz-forward-memory | FileCheck %s
// RUN: xyz-opt %s --split-input-file --xyz-forward-memory="max-chain=2" | FileCheck %s --check-prefix=CHAIN2

// A 3-point stencil's loads at 0, 1, 2 (and 8, 9, 10): the loads of 8
// words at 8 and 16 come forward, the others are windows of them.
// CHECK-LABEL: xyz.kernel @stencil
// CHECK: %[[A:.*]] = xyz.vload %{{.*}} : vector<8xi32>
// CHECK: %[[B:.*]] = xyz.vload %{{.*}} : vector<8xi32>
// CHECK: %[[W1:.*]] = xyz.window %[[A]], %[[B]] offset 1
// CHECK: %[[W2:.*]] = xyz.window %[[A]], %[[B]] offset 2
// CHECK: arith.addi %[[A]], %[[W1]]
// CHECK: %[[C:.*]] = xyz.vload %{{.*}} : vector<8xi32>
// CHECK: xyz.window %[[B]], %[[C]] offset 1
// CHECK: xyz.window %[[B]], %[[C]] offset 2
// CHECK-NOT: xyz.vload
// CHECK: xyz.return
// With chains of at most 2 vectors, the second group's loads stay.
// CHAIN2-LABEL: xyz.kernel @stencil
// CHAIN2-COUNT-2: xyz.window
// CHAIN2-COUNT-3: xyz.vload
// CHAIN2-NOT: xyz.window
// CHAIN2: xyz.return
xyz.kernel @stencil() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c8 = arith.constant 8 : i32
  %c9 = arith.constant 9 : i32
  %c10 = arith.constant 10 : i32
  %c16 = arith.constant 16 : i32
  %c100 = arith.constant 100 : i32
  %c108 = arith.constant 108 : i32
  %a = xyz.vload %c0 : vector<8xi32>
  %b = xyz.vload %c1 : vector<8xi32>
  %c = xyz.vload %c2 : vector<8xi32>
  %s = arith.addi %a, %b : vector<8xi32>
  %t = arith.addi %s, %c : vector<8xi32>
  xyz.vstore %t, %c100 : vector<8xi32>
  %d = xyz.vload %c8 : vector<8xi32>
  %e = xyz.vload %c9 : vector<8xi32>
  %f = xyz.vload %c10 : vector<8xi32>
  %g = arith.addi %d, %e : vector<8xi32>
  %h = arith.addi %g, %f : vector<8xi32>
  xyz.vstore %h, %c108 : vector<8xi32>
  %x = xyz.vload %c16 : vector<8xi32>
  xyz.vstore %x, %c16 : vector<8xi32>
  xyz.return
}

// -----

// A stored vector loaded again is the vector; loaded across two stored
// vectors, a window of them.
// CHECK-LABEL: xyz.kernel @forward
// CHECK: %[[U:.*]] = arith.addi
// CHECK: %[[V:.*]] = arith.muli
// CHECK: xyz.vstore %[[U]]
// CHECK: xyz.vstore %[[V]]
// CHECK-NOT: xyz.vload
// CHECK: %[[W:.*]] = xyz.window %[[U]], %[[V]] offset 3
// CHECK: arith.addi %[[U]], %[[W]]
xyz.kernel @forward() {
  %c0 = arith.constant 0 : i32
  %c3 = arith.constant 3 : i32
  %c8 = arith.constant 8 : i32
  %c200 = arith.constant 200 : i32
  %x = xyz.vload %c200 : vector<8xi32>
  %u = arith.addi %x, %x : vector<8xi32>
  %v = arith.muli %x, %x : vector<8xi32>
  xyz.vstore %u, %c0 : vector<8xi32>
  xyz.vstore %v, %c8 : vector<8xi32>
  %a = xyz.vload %c0 : vector<8xi32>
  %b = xyz.vload %c3 : vector<8xi32>
  %s = arith.addi %a, %b : vector<8xi32>
  xyz.vstore %s, %c200 : vector<8xi32>
  xyz.return
}

// -----

// What may have been overwritten is loaded again: a word stored in
// between, a store at a computed address, a barrier.
// CHECK-LABEL: xyz.kernel @clobbered
// CHECK-COUNT-5: xyz.vload
// CHECK-NOT: xyz.window
xyz.kernel @clobbered(%p: i32 {xyz.name = "p"}) {
  %c0 = arith.constant 0 : i32
  %c5 = arith.constant 5 : i32
  %c1 = arith.constant 1 : i32
  %c9 = arith.constant 9 : i32
  %c4 = arith.constant 4 : i32
  %a = xyz.vload %c0 : vector<8xi32>
  xyz.store %c9, %c5
  %b = xyz.vload %c0 : vector<8xi32>
  xyz.store %c9, %p
  %c = xyz.vload %c0 : vector<8xi32>
  xyz.barrier %c4, %c4
  %d = xyz.vload %c0 : vector<8xi32>
  %e = xyz.vload %c1 : vector<8xi32>
  %s = arith.addi %a, %b : vector<8xi32>
  %t = arith.addi %c, %d : vector<8xi32>
  %u = arith.addi %s, %t : vector<8xi32>
  %v = arith.addi %u, %e : vector<8xi32>
  xyz.vstore %v, %c9 : vector<8xi32>
  xyz.return
}

// -----

// The next 8 words are loaded later, but a store to one of them comes
// first: that load cannot come forward, and the overlapping load stays.
// CHECK-LABEL: xyz.kernel @not_forward
// CHECK: xyz.vload
// CHECK-NEXT: xyz.vload
// CHECK-NOT: xyz.window
xyz.kernel @not_forward() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c8 = arith.constant 8 : i32
  %c12 = arith.constant 12 : i32
  %c100 = arith.constant 100 : i32
  %a = xyz.vload %c0 : vector<8xi32>
  %b = xyz.vload %c1 : vector<8xi32>
  %s = arith.addi %a, %b : vector<8xi32>
  xyz.store %c1, %c12
  %d = xyz.vload %c8 : vector<8xi32>
  %t = arith.addi %s, %d : vector<8xi32>
  xyz.vstore %t, %c100 : vector<8xi32>
  xyz.return
}

// -----

// Scalar loads at constant addresses: a word loaded again is the value
// read before, a word stored is the value stored. A vector store over the
// word, a store at a computed address and a barrier (another core may
// have written) each make the next load of it stay.
// CHECK-LABEL: xyz.kernel @scalars
// CHECK: %[[P:.*]] = xyz.load %c200_i32
// CHECK-NEXT: %[[A:.*]] = xyz.load %c0_i32
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[A]], %[[A]]
// CHECK-NEXT: xyz.store %[[S]], %c1_i32
// CHECK-NEXT: xyz.store %[[S]], %c100_i32
// CHECK-NEXT: %[[E:.*]] = xyz.load %c8_i32
// CHECK-NEXT: %[[V:.*]] = xyz.vload %c16_i32
// CHECK-NEXT: xyz.vstore %[[V]], %c8_i32
// CHECK-NEXT: %[[E2:.*]] = xyz.load %c8_i32
// CHECK-NEXT: xyz.store %[[E2]], %c101_i32
// CHECK-NEXT: xyz.store %[[E]], %[[P]]
// CHECK-NEXT: %[[C:.*]] = xyz.load %c1_i32
// CHECK-NEXT: xyz.store %[[C]], %c102_i32
// CHECK-NEXT: xyz.barrier
// CHECK-NEXT: %[[D:.*]] = xyz.load %c1_i32
// CHECK-NEXT: xyz.store %[[D]], %c103_i32
// CHECK-NEXT: xyz.return
xyz.kernel @scalars() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c8 = arith.constant 8 : i32
  %c16 = arith.constant 16 : i32
  %c100 = arith.constant 100 : i32
  %c101 = arith.constant 101 : i32
  %c102 = arith.constant 102 : i32
  %c103 = arith.constant 103 : i32
  %c200 = arith.constant 200 : i32
  %p = xyz.load %c200
  %a = xyz.load %c0
  %a2 = xyz.load %c0
  %s = arith.addi %a, %a2 : i32
  xyz.store %s, %c1
  %s2 = xyz.load %c1
  xyz.store %s2, %c100
  %e = xyz.load %c8
  %v = xyz.vload %c16 : vector<8xi32>
  xyz.vstore %v, %c8 : vector<8xi32>
  %e2 = xyz.load %c8
  xyz.store %e2, %c101
  xyz.store %e, %p
  %c = xyz.load %c1
  %c2 = xyz.load %c1
  xyz.store %c2, %c102
  xyz.barrier %c100, %c1
  %d = xyz.load %c1
  xyz.store %d, %c103
  xyz.return
}

// -----

// A scatter's lane stores (per-thread words at 3i + j, threads expanded)
// read back by a gather at the same addresses: lane k of the gather is
// the word lane k of %v was stored to, so the gather is %v. The stores of
// %v are then overwritten before anything reads them, and go. A gather of
// the stored words in another order is those words put together
// (xyz.from_words: an ALU copy a lane, not a load), as is a vector load of
// words stored one by one.
// CHECK-LABEL: xyz.kernel @scatter_gathered
// CHECK: %[[G:.*]] = xyz.gather %[[A:.*]] in "a"
// CHECK: %[[V:.*]] = arith.addi %[[G]], %[[G]]
// CHECK-NOT: xyz.gather
// CHECK: %[[W:.*]] = arith.muli %[[V]], %[[V]]
// CHECK: %[[W0:.*]] = xyz.lane %[[W]][0]
// CHECK: %[[W7:.*]] = xyz.lane %[[W]][7]
// CHECK-NEXT: xyz.store %[[W7]]
// CHECK-NEXT: %[[R:.*]] = xyz.from_words %[[W7]], {{.*}}, %[[W0]] : vector<8xi32>
// CHECK: xyz.vstore %[[R]], %{{.*}} in "b"
// CHECK-COUNT-8: xyz.store %{{.*}} in "c"
// CHECK-NEXT: %[[L:.*]] = xyz.from_words %[[W0]], %[[W0]], {{.*}} : vector<8xi32>
// CHECK: xyz.vstore %[[L]], %{{.*}} in "b"
// CHECK-NEXT: xyz.return
xyz.kernel @scatter_gathered() {
  %addrs = arith.constant dense<[0, 3, 6, 9, 12, 15, 18, 21]> : vector<8xi32>
  %reversed = arith.constant dense<[21, 18, 15, 12, 9, 6, 3, 0]> : vector<8xi32>
  %c0 = arith.constant 0 : i32
  %c3 = arith.constant 3 : i32
  %c6 = arith.constant 6 : i32
  %c9 = arith.constant 9 : i32
  %c12 = arith.constant 12 : i32
  %c15 = arith.constant 15 : i32
  %c18 = arith.constant 18 : i32
  %c21 = arith.constant 21 : i32
  %g = xyz.gather %addrs in "a" : vector<8xi32>
  %v = arith.addi %g, %g : vector<8xi32>
  %v0 = xyz.lane %v[0] : vector<8xi32>
  xyz.store %v0, %c0 in "a"
  %v1 = xyz.lane %v[1] : vector<8xi32>
  xyz.store %v1, %c3 in "a"
  %v2 = xyz.lane %v[2] : vector<8xi32>
  xyz.store %v2, %c6 in "a"
  %v3 = xyz.lane %v[3] : vector<8xi32>
  xyz.store %v3, %c9 in "a"
  %v4 = xyz.lane %v[4] : vector<8xi32>
  xyz.store %v4, %c12 in "a"
  %v5 = xyz.lane %v[5] : vector<8xi32>
  xyz.store %v5, %c15 in "a"
  %v6 = xyz.lane %v[6] : vector<8xi32>
  xyz.store %v6, %c18 in "a"
  %v7 = xyz.lane %v[7] : vector<8xi32>
  xyz.store %v7, %c21 in "a"
  %h = xyz.gather %addrs in "a" : vector<8xi32>
  %w = arith.muli %h, %h : vector<8xi32>
  %w0 = xyz.lane %w[0] : vector<8xi32>
  xyz.store %w0, %c0 in "a"
  %w1 = xyz.lane %w[1] : vector<8xi32>
  xyz.store %w1, %c3 in "a"
  %w2 = xyz.lane %w[2] : vector<8xi32>
  xyz.store %w2, %c6 in "a"
  %w3 = xyz.lane %w[3] : vector<8xi32>
  xyz.store %w3, %c9 in "a"
  %w4 = xyz.lane %w[4] : vector<8xi32>
  xyz.store %w4, %c12 in "a"
  %w5 = xyz.lane %w[5] : vector<8xi32>
  xyz.store %w5, %c15 in "a"
  %w6 = xyz.lane %w[6] : vector<8xi32>
  xyz.store %w6, %c18 in "a"
  %w7 = xyz.lane %w[7] : vector<8xi32>
  xyz.store %w7, %c21 in "a"
  %r = xyz.gather %reversed in "a" : vector<8xi32>
  %c100 = arith.constant 100 : i32
  xyz.vstore %r, %c100 in "b" : vector<8xi32>
  %c200 = arith.constant 200 : i32
  %c201 = arith.constant 201 : i32
  %c202 = arith.constant 202 : i32
  %c203 = arith.constant 203 : i32
  %c204 = arith.constant 204 : i32
  %c205 = arith.constant 205 : i32
  %c206 = arith.constant 206 : i32
  %c207 = arith.constant 207 : i32
  xyz.store %w0, %c200 in "c"
  xyz.store %w0, %c201 in "c"
  xyz.store %w1, %c202 in "c"
  xyz.store %w1, %c203 in "c"
  xyz.store %w2, %c204 in "c"
  xyz.store %w2, %c205 in "c"
  xyz.store %w3, %c206 in "c"
  xyz.store %w3, %c207 in "c"
  %l = xyz.vload %c200 in "c" : vector<8xi32>
  %c108 = arith.constant 108 : i32
  xyz.vstore %l, %c108 in "b" : vector<8xi32>
  xyz.return
}

// -----

// Stores that go at the end of the walk: the first store to "a" at 8 is
// stored again with only a gather of words 0..6 between (its constant
// lanes read those words alone, not every word); the store to "tmp", not
// an output, is read by nothing after it. The store to "a" at 0 is read by
// the gather: it stays.
// CHECK-LABEL: xyz.kernel @dead_at_end
// CHECK: xyz.vstore %{{.*}}, %[[C0:.*]] in "a"
// CHECK-NOT: in "tmp"
// CHECK: xyz.gather
// CHECK: xyz.vstore %{{.*}}, %{{.*}} in "a"
// CHECK-NEXT: xyz.vstore %{{.*}}, %{{.*}} in "a"
// CHECK-NEXT: xyz.return
xyz.kernel @dead_at_end() attributes {xyz.outputs = ["a"]} {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %c64 = arith.constant 64 : i32
  %lanes = arith.constant dense<[0, 0, 1, 2, 3, 4, 5, 6]> : vector<8xi32>
  %v = xyz.vload %c64 in "x" : vector<8xi32>
  xyz.vstore %v, %c0 in "a" : vector<8xi32>
  xyz.vstore %v, %c8 in "a" : vector<8xi32>
  xyz.vstore %v, %c64 in "tmp" : vector<8xi32>
  %g = xyz.gather %lanes in "a" : vector<8xi32>
  %w = arith.addi %g, %v : vector<8xi32>
  xyz.vstore %w, %c8 in "a" : vector<8xi32>
  xyz.vstore %w, %c0 in "a" : vector<8xi32>
  xyz.return
}

// -----

// An `xyz.outputs` that is not a list of region names: every word counts
// as observed, so the store to "tmp" stays (--xyz-eliminate-dead-stores
// reports the list).
// CHECK-LABEL: xyz.kernel @malformed_outputs
// CHECK: xyz.vstore %{{.*}}, %{{.*}} in "tmp"
xyz.kernel @malformed_outputs() attributes {xyz.outputs = [1]} {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %v = xyz.vload %c0 in "x" : vector<8xi32>
  xyz.vstore %v, %c8 in "tmp" : vector<8xi32>
  xyz.return
}
