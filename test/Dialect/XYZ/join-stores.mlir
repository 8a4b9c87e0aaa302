// RUN: xyz-opt %s -split-input-file --xyz-join-stores="store-bound=0" | FileCheck %s
// RUN: xyz-opt %s -split-input-file --xyz-join-stores | FileCheck %s --check-prefix=GATE

// With the default store-bound (1.0) only where the stores bind: in
// @interleaved the two vector loads and the 16 stores (8 cycles) against
// no other work.
// GATE-LABEL: xyz.kernel @interleaved
// GATE-COUNT-2: xyz.vstore
// GATE-NOT: xyz.store
// GATE-LABEL: xyz.kernel @run

// Two interleaved outputs (a stride of 2): words 100-115 are stored once
// each, lanes of two vectors; the sums' and averages' lanes alternate.
// Two windows, each a vstore of the words assembled, at the place of its
// last store.
// CHECK-LABEL: xyz.kernel @interleaved
// CHECK-NOT: xyz.store
// CHECK: %[[W0:.*]] = xyz.from_words %{{.*}} : vector<8xi32>
// CHECK: %[[C100:.*]] = arith.constant 100 : i32
// CHECK: xyz.vstore %[[W0]], %[[C100]] in "out" : vector<8xi32>
// CHECK: %[[W1:.*]] = xyz.from_words %{{.*}} : vector<8xi32>
// CHECK: %[[C108:.*]] = arith.constant 108 : i32
// CHECK: xyz.vstore %[[W1]], %[[C108]] in "out" : vector<8xi32>
// CHECK-NOT: xyz.store
// CHECK: xyz.return
xyz.kernel @interleaved() {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %s = xyz.vload %c0 in "in" : vector<8xi32>
  %a = xyz.vload %c8 in "in" : vector<8xi32>
  %s0 = xyz.lane %s[0] : vector<8xi32>
  %s1 = xyz.lane %s[1] : vector<8xi32>
  %s2 = xyz.lane %s[2] : vector<8xi32>
  %s3 = xyz.lane %s[3] : vector<8xi32>
  %s4 = xyz.lane %s[4] : vector<8xi32>
  %s5 = xyz.lane %s[5] : vector<8xi32>
  %s6 = xyz.lane %s[6] : vector<8xi32>
  %s7 = xyz.lane %s[7] : vector<8xi32>
  %a0 = xyz.lane %a[0] : vector<8xi32>
  %a1 = xyz.lane %a[1] : vector<8xi32>
  %a2 = xyz.lane %a[2] : vector<8xi32>
  %a3 = xyz.lane %a[3] : vector<8xi32>
  %a4 = xyz.lane %a[4] : vector<8xi32>
  %a5 = xyz.lane %a[5] : vector<8xi32>
  %a6 = xyz.lane %a[6] : vector<8xi32>
  %a7 = xyz.lane %a[7] : vector<8xi32>
  %p100 = arith.constant 100 : i32
  %p101 = arith.constant 101 : i32
  %p102 = arith.constant 102 : i32
  %p103 = arith.constant 103 : i32
  %p104 = arith.constant 104 : i32
  %p105 = arith.constant 105 : i32
  %p106 = arith.constant 106 : i32
  %p107 = arith.constant 107 : i32
  %p108 = arith.constant 108 : i32
  %p109 = arith.constant 109 : i32
  %p110 = arith.constant 110 : i32
  %p111 = arith.constant 111 : i32
  %p112 = arith.constant 112 : i32
  %p113 = arith.constant 113 : i32
  %p114 = arith.constant 114 : i32
  %p115 = arith.constant 115 : i32
  xyz.store %s0, %p100 in "out"
  xyz.store %s1, %p102 in "out"
  xyz.store %s2, %p104 in "out"
  xyz.store %s3, %p106 in "out"
  xyz.store %s4, %p108 in "out"
  xyz.store %s5, %p110 in "out"
  xyz.store %s6, %p112 in "out"
  xyz.store %s7, %p114 in "out"
  // Loads of another region between the stores do not stop the join.
  %y = xyz.load %c0 in "in"
  xyz.store %a0, %p101 in "out"
  xyz.store %a1, %p103 in "out"
  xyz.store %a2, %p105 in "out"
  xyz.store %a3, %p107 in "out"
  xyz.store %a4, %p109 in "out"
  xyz.store %a5, %p111 in "out"
  xyz.store %a6, %p113 in "out"
  xyz.store %a7, %p115 in "out"
  xyz.return
}

// -----

// A run of 12 words, lanes 2-7 of %u then 0-5 of %v: the first window is a
// window of the two vectors, the second (overlapping it at 4-7) too.
// CHECK-LABEL: xyz.kernel @run
// CHECK: %[[A:.*]] = xyz.window %[[U:.*]], %[[V:.*]] offset 2 : vector<8xi32>
// CHECK: xyz.vstore %[[A]], %{{.*}} : vector<8xi32>
// CHECK: %[[B:.*]] = xyz.window %[[U]], %[[V]] offset 6 : vector<8xi32>
// CHECK: xyz.vstore %[[B]], %{{.*}} : vector<8xi32>
// CHECK-NOT: xyz.store
// CHECK: xyz.return
xyz.kernel @run() {
  %c200 = arith.constant 200 : i32
  %c300 = arith.constant 300 : i32
  %u = xyz.vload %c200 in "in" : vector<8xi32>
  %v = xyz.vload %c300 in "in" : vector<8xi32>
  %u2 = xyz.lane %u[2] : vector<8xi32>
  %u3 = xyz.lane %u[3] : vector<8xi32>
  %u4 = xyz.lane %u[4] : vector<8xi32>
  %u5 = xyz.lane %u[5] : vector<8xi32>
  %u6 = xyz.lane %u[6] : vector<8xi32>
  %u7 = xyz.lane %u[7] : vector<8xi32>
  %v0 = xyz.lane %v[0] : vector<8xi32>
  %v1 = xyz.lane %v[1] : vector<8xi32>
  %v2 = xyz.lane %v[2] : vector<8xi32>
  %v3 = xyz.lane %v[3] : vector<8xi32>
  %v4 = xyz.lane %v[4] : vector<8xi32>
  %v5 = xyz.lane %v[5] : vector<8xi32>
  %p0 = arith.constant 10 : i32
  %p1 = arith.constant 11 : i32
  %p2 = arith.constant 12 : i32
  %p3 = arith.constant 13 : i32
  %p4 = arith.constant 14 : i32
  %p5 = arith.constant 15 : i32
  %p6 = arith.constant 16 : i32
  %p7 = arith.constant 17 : i32
  %p8 = arith.constant 18 : i32
  %p9 = arith.constant 19 : i32
  %p10 = arith.constant 20 : i32
  %p11 = arith.constant 21 : i32
  xyz.store %u2, %p0
  xyz.store %u3, %p1
  xyz.store %u4, %p2
  xyz.store %u5, %p3
  xyz.store %u6, %p4
  xyz.store %u7, %p5
  xyz.store %v0, %p6
  xyz.store %v1, %p7
  xyz.store %v2, %p8
  xyz.store %v3, %p9
  xyz.store %v4, %p10
  xyz.store %v5, %p11
  xyz.return
}

// -----

// The lanes of one vector in order are that vector. An earlier store to one
// of the words: the last store of each word is joined (the earlier one
// stays, overwritten).
// CHECK-LABEL: xyz.kernel @inorder
// CHECK: xyz.store %{{.*}}, %c3_i32{{$}}
// CHECK-NOT: xyz.store
// CHECK: xyz.vstore %[[V:.*]], %{{.*}} : vector<8xi32>
// CHECK-NOT: xyz.store
// CHECK: xyz.return
xyz.kernel @inorder() {
  %c200 = arith.constant 200 : i32
  %v = xyz.vload %c200 in "in" : vector<8xi32>
  %w = xyz.load %c200 in "in"
  %p3 = arith.constant 3 : i32
  xyz.store %w, %p3
  %v0 = xyz.lane %v[0] : vector<8xi32>
  %v1 = xyz.lane %v[1] : vector<8xi32>
  %v2 = xyz.lane %v[2] : vector<8xi32>
  %v3 = xyz.lane %v[3] : vector<8xi32>
  %v4 = xyz.lane %v[4] : vector<8xi32>
  %v5 = xyz.lane %v[5] : vector<8xi32>
  %v6 = xyz.lane %v[6] : vector<8xi32>
  %v7 = xyz.lane %v[7] : vector<8xi32>
  %p0 = arith.constant 0 : i32
  %p1 = arith.constant 1 : i32
  %p2 = arith.constant 2 : i32
  %p4 = arith.constant 4 : i32
  %p5 = arith.constant 5 : i32
  %p6 = arith.constant 6 : i32
  %p7 = arith.constant 7 : i32
  xyz.store %v0, %p0
  xyz.store %v1, %p1
  xyz.store %v2, %p2
  xyz.store %v3, %p3
  xyz.store %v4, %p4
  xyz.store %v5, %p5
  xyz.store %v6, %p6
  xyz.store %v7, %p7
  xyz.return
}

// -----

// Not joined: a load of one of the words between the stores (it must see
// word 4's new value and word 6's old one), a run of 7 words, words of
// two regions, a store at a computed address between the stores.
// CHECK-LABEL: xyz.kernel @kept
// CHECK-NOT: xyz.vstore
// CHECK: xyz.return
xyz.kernel @kept() {
  %c200 = arith.constant 200 : i32
  %c201 = arith.constant 201 : i32
  %w = xyz.load %c200 in "in"
  %a = xyz.load %c201 in "in"
  %p0 = arith.constant 0 : i32
  %p1 = arith.constant 1 : i32
  %p2 = arith.constant 2 : i32
  %p3 = arith.constant 3 : i32
  %p4 = arith.constant 4 : i32
  %p5 = arith.constant 5 : i32
  %p6 = arith.constant 6 : i32
  %p7 = arith.constant 7 : i32
  xyz.store %w, %p0
  xyz.store %w, %p1
  xyz.store %w, %p2
  xyz.store %w, %p3
  xyz.store %w, %p4
  %x = xyz.load %p4
  xyz.store %x, %p5
  xyz.store %x, %p6
  xyz.store %x, %p7
  %q0 = arith.constant 20 : i32
  %q1 = arith.constant 21 : i32
  %q2 = arith.constant 22 : i32
  %q3 = arith.constant 23 : i32
  %q4 = arith.constant 24 : i32
  %q5 = arith.constant 25 : i32
  %q6 = arith.constant 26 : i32
  xyz.store %w, %q0
  xyz.store %w, %q1
  xyz.store %w, %q2
  xyz.store %w, %q3
  xyz.store %w, %q4
  xyz.store %w, %q5
  xyz.store %w, %q6
  %r0 = arith.constant 40 : i32
  %r1 = arith.constant 41 : i32
  %r2 = arith.constant 42 : i32
  %r3 = arith.constant 43 : i32
  %r4 = arith.constant 44 : i32
  %r5 = arith.constant 45 : i32
  %r6 = arith.constant 46 : i32
  %r7 = arith.constant 47 : i32
  xyz.store %w, %r0 in "a"
  xyz.store %w, %r1 in "a"
  xyz.store %w, %r2 in "a"
  xyz.store %w, %r3 in "a"
  xyz.store %w, %r4 in "b"
  xyz.store %w, %r5 in "b"
  xyz.store %w, %r6 in "b"
  xyz.store %w, %r7 in "b"
  %s0 = arith.constant 60 : i32
  %s1 = arith.constant 61 : i32
  %s2 = arith.constant 62 : i32
  %s3 = arith.constant 63 : i32
  %s4 = arith.constant 64 : i32
  %s5 = arith.constant 65 : i32
  %s6 = arith.constant 66 : i32
  %s7 = arith.constant 67 : i32
  xyz.store %w, %s0
  xyz.store %w, %s1
  xyz.store %w, %s2
  xyz.store %w, %s3
  xyz.store %w, %a
  xyz.store %w, %s4
  xyz.store %w, %s5
  xyz.store %w, %s6
  xyz.store %w, %s7
  xyz.return
}

// -----

// The gate: 16 word loads (8 cycles of the load engine) and 8 stores (4
// cycles): the stores do not bind, and stay. Joined with store-bound=0.
// GATE-LABEL: xyz.kernel @loads_bind
// GATE-NOT: xyz.vstore
// GATE: xyz.return
// CHECK-LABEL: xyz.kernel @loads_bind
// CHECK: xyz.vstore
xyz.kernel @loads_bind() {
  %a0 = arith.constant 100 : i32
  %a1 = arith.constant 102 : i32
  %a2 = arith.constant 104 : i32
  %a3 = arith.constant 106 : i32
  %a4 = arith.constant 108 : i32
  %a5 = arith.constant 110 : i32
  %a6 = arith.constant 112 : i32
  %a7 = arith.constant 114 : i32
  %b0 = arith.constant 116 : i32
  %b1 = arith.constant 118 : i32
  %b2 = arith.constant 120 : i32
  %b3 = arith.constant 122 : i32
  %b4 = arith.constant 124 : i32
  %b5 = arith.constant 126 : i32
  %b6 = arith.constant 128 : i32
  %b7 = arith.constant 130 : i32
  %x0 = xyz.load %a0 in "in"
  %x1 = xyz.load %a1 in "in"
  %x2 = xyz.load %a2 in "in"
  %x3 = xyz.load %a3 in "in"
  %x4 = xyz.load %a4 in "in"
  %x5 = xyz.load %a5 in "in"
  %x6 = xyz.load %a6 in "in"
  %x7 = xyz.load %a7 in "in"
  %y0 = xyz.load %b0 in "in"
  %y1 = xyz.load %b1 in "in"
  %y2 = xyz.load %b2 in "in"
  %y3 = xyz.load %b3 in "in"
  %y4 = xyz.load %b4 in "in"
  %y5 = xyz.load %b5 in "in"
  %y6 = xyz.load %b6 in "in"
  %y7 = xyz.load %b7 in "in"
  %p0 = arith.constant 0 : i32
  %p1 = arith.constant 1 : i32
  %p2 = arith.constant 2 : i32
  %p3 = arith.constant 3 : i32
  %p4 = arith.constant 4 : i32
  %p5 = arith.constant 5 : i32
  %p6 = arith.constant 6 : i32
  %p7 = arith.constant 7 : i32
  xyz.store %x0, %p0 in "out"
  xyz.store %x1, %p1 in "out"
  xyz.store %x2, %p2 in "out"
  xyz.store %x3, %p3 in "out"
  xyz.store %y4, %p4 in "out"
  xyz.store %y5, %p5 in "out"
  xyz.store %y6, %p6 in "out"
  xyz.store %y7, %p7 in "out"
  xyz.return
}

// -----

// Word stores of threads 8-15 of loop 0 (`xyz.threads`): the vector store
// joining them runs for threads [8, 16), so that loads of other threads
// of the loop still pass it in the scheduler.
// CHECK-LABEL: xyz.kernel @marked
// CHECK: xyz.vstore %{{.*}}, %{{.*}} in "out" {xyz.threads = array<i64: 0, 8, 16>}
// CHECK-NOT: xyz.store
xyz.kernel @marked() {
  %c0 = arith.constant 0 : i32
  %v = xyz.vload %c0 in "in" : vector<8xi32>
  %w0 = xyz.lane %v[7] : vector<8xi32>
  %w1 = xyz.lane %v[6] : vector<8xi32>
  %w2 = xyz.lane %v[5] : vector<8xi32>
  %w3 = xyz.lane %v[4] : vector<8xi32>
  %w4 = xyz.lane %v[3] : vector<8xi32>
  %w5 = xyz.lane %v[2] : vector<8xi32>
  %w6 = xyz.lane %v[1] : vector<8xi32>
  %w7 = xyz.lane %v[0] : vector<8xi32>
  %a0 = arith.constant 200 : i32
  %a1 = arith.constant 201 : i32
  %a2 = arith.constant 202 : i32
  %a3 = arith.constant 203 : i32
  %a4 = arith.constant 204 : i32
  %a5 = arith.constant 205 : i32
  %a6 = arith.constant 206 : i32
  %a7 = arith.constant 207 : i32
  xyz.store %w0, %a0 in "out" {xyz.threads = array<i64: 0, 8, 9>}
  xyz.store %w1, %a1 in "out" {xyz.threads = array<i64: 0, 9, 10>}
  xyz.store %w2, %a2 in "out" {xyz.threads = array<i64: 0, 10, 11>}
  xyz.store %w3, %a3 in "out" {xyz.threads = array<i64: 0, 11, 12>}
  xyz.store %w4, %a4 in "out" {xyz.threads = array<i64: 0, 12, 13>}
  xyz.store %w5, %a5 in "out" {xyz.threads = array<i64: 0, 13, 14>}
  xyz.store %w6, %a6 in "out" {xyz.threads = array<i64: 0, 14, 15>}
  xyz.store %w7, %a7 in "out" {xyz.threads = array<i64: 0, 15, 16>}
  xyz.return
}
