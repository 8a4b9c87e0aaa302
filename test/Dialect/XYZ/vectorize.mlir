// RUN: xyz-opt %s -split-input-file --xyz-vectorize | FileCheck %s
// RUN: xyz-opt %s -split-input-file --xyz-vectorize=other-last-group | FileCheck %s --check-prefix=OTHER
// RUN: xyz-opt %xyz_src/examples/zoo/thread_hash.mlir --xyz-specialize="n=77" --xyz-schedule="remarks=applied" -o /dev/null 2>&1 | FileCheck %s --check-prefix=TAIL
// RUN: xyz-opt %xyz_src/examples/zoo/thread_hash.mlir --xyz-specialize="n=74" --xyz-schedule="remarks=applied" -o /dev/null 2>&1 | FileCheck %s --check-prefix=TAIL2
// RUN: xyz-opt %xyz_src/examples/constructs/max_trips_loop.mlir --xyz-specialize="n=101" --xyz-schedule="remarks=applied" -o /dev/null 2>&1 | FileCheck %s --check-prefix=TAIL3

// An overlapping group costs under 1.5 times the leftover threads' share of
// scalar code: 5 threads of thread_hash (2.8 cycles a group, 8.7 scalar:
// 4.2 < 5.4), not 2 (4.2 > 2.2).
// TAIL: threads [72, 77) as a group of 8 from thread 69, overlapping the one before
// TAIL2: threads [72, 74) stay scalar
// The pipeline schedules both choices for leftover threads and keeps the
// shorter: max_trips_loop n=101, 5 threads left, is 99 cycles with them
// scalar, 101 as an overlapping group (the cost model's choice).
// TAIL3: threads [96, 101) stay scalar (not the cost model's choice)

// 19 threads: two groups of 8 lanes and a scalar tail of 3. Contiguous
// accesses (thread id + uniform) become vload/vstore at the group's base,
// the indirect one a gather; the uniform multiplier is broadcast once.
// CHECK-LABEL: xyz.kernel @split
// CHECK: %[[C16:.*]] = arith.constant 16 : i32
// CHECK: xyz.foreach_thread %[[G:.*]] < %[[C16]] attributes {lanes = 8 : i64} {
// CHECK:   %[[A:.*]] = arith.addi %[[G]], %{{.*}} : i32
// CHECK:   %[[X:.*]] = xyz.vload %[[A]] in "in" : vector<8xi32>
// CHECK:   %[[B:.*]] = xyz.broadcast %{{.*}} : vector<8xi32>
// CHECK:   %[[Y:.*]] = arith.muli %[[X]], %[[B]] : vector<8xi32>
// CHECK:   %[[T:.*]] = xyz.gather %[[Y]] in "table" : vector<8xi32>
// CHECK:   %[[Z:.*]] = arith.addi %[[T]], %[[X]] : vector<8xi32>
// CHECK:   xyz.vstore %[[Z]], %{{.*}} in "in" : vector<8xi32>
// CHECK: }
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {start = 16 : i64} {
// CHECK:   xyz.load %{{.*}} in "in"{{$}}
xyz.kernel @split() {
  %n = arith.constant 19 : i32
  %c5 = arith.constant 5 : i32
  %c100 = arith.constant 100 : i32
  xyz.foreach_thread %t < %n {
    %a = arith.addi %t, %c100 : i32
    %x = xyz.load %a in "in"
    %y = arith.muli %x, %c5 : i32
    %g = xyz.load %y in "table"
    %z = arith.addi %g, %x : i32
    xyz.store %z, %a in "in"
  }
  xyz.return
}

// -----

// Uniform work stays scalar, computed once per group.
// CHECK-LABEL: xyz.kernel @uniform
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {lanes = 8 : i64} {
// CHECK:   %[[U:.*]] = xyz.load %{{.*}} in "params"{{$}}
// CHECK:   %[[V:.*]] = arith.muli %[[U]], %[[U]] : i32
// CHECK:   xyz.broadcast %[[V]] : vector<8xi32>
// CHECK-NOT: xyz.foreach_thread
xyz.kernel @uniform() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : i32
  xyz.foreach_thread %t < %n {
    %u = xyz.load %c0 in "params"
    %v = arith.muli %u, %u : i32
    %x = xyz.load %t in "in"
    %y = arith.addi %x, %v : i32
    xyz.store %y, %t in "in"
  }
  xyz.return
}

// -----

// Fewer threads than lanes: the loop stays as it was.
// CHECK-LABEL: xyz.kernel @scalar
// CHECK-NOT: lanes
// CHECK-NOT: vector
xyz.kernel @scalar() {
  %n7 = arith.constant 7 : i32
  xyz.foreach_thread %t < %n7 {
    %x = xyz.load %t
    xyz.store %x, %t
  }
  xyz.return
}

// -----

// A scatter (a store at an address other than the thread id plus a uniform
// offset) is a word store per lane: lane i of the value at lane i of the
// address.
// CHECK-LABEL: xyz.kernel @scatter
// CHECK: xyz.foreach_thread %[[T:.*]] < %{{.*}} attributes {lanes = 8 : i64} {
// CHECK: %[[X:.*]] = xyz.vload %[[T]] : vector<8xi32>
// CHECK: %[[TV:.*]] = arith.addi
// CHECK: %[[W0:.*]] = xyz.lane %[[TV]][0]
// CHECK: %[[A0:.*]] = xyz.lane %[[X]][0]
// CHECK: xyz.store %[[W0]], %[[A0]]
// CHECK-COUNT-7: xyz.store
// CHECK-NOT: xyz.store
// CHECK: xyz.return
xyz.kernel @scatter() {
  %n16 = arith.constant 16 : i32
  xyz.foreach_thread %t < %n16 {
    %x = xyz.load %t
    xyz.store %t, %x
  }
  xyz.return
}

// -----

// The thread id used as data is the lane-index vector: the group's first id
// broadcast plus <0, ..., 7>, once per distinct offset (here the id itself
// and id + 100, which is also a contiguous address).
// CHECK-LABEL: xyz.kernel @thread_index_as_data
// CHECK: xyz.foreach_thread %[[G:.*]] < %{{.*}} attributes {lanes = 8 : i64} {
// CHECK:   %[[X:.*]] = xyz.vload %[[G]] : vector<8xi32>
// CHECK:   %[[B:.*]] = xyz.broadcast %[[G]] : vector<8xi32>
// CHECK:   %[[IOTA:.*]] = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7]> : vector<8xi32>
// CHECK:   %[[T:.*]] = arith.addi %[[B]], %[[IOTA]] : vector<8xi32>
// CHECK:   %[[Y:.*]] = arith.xori %[[X]], %[[T]] : vector<8xi32>
// CHECK:   %[[A2:.*]] = arith.addi %[[G]], %{{.*}} : i32
// CHECK:   %[[BA:.*]] = xyz.broadcast %[[A2]] : vector<8xi32>
// CHECK:   %[[TA:.*]] = arith.addi %[[BA]], %[[IOTA]] : vector<8xi32>
// CHECK:   %[[Z:.*]] = arith.muli %[[Y]], %[[TA]] : vector<8xi32>
// CHECK:   %[[A3:.*]] = arith.addi %[[G]], %{{.*}} : i32
// CHECK:   xyz.vstore %[[Z]], %[[A3]] : vector<8xi32>
// CHECK: }
// The 4 left over (stores at 100 + id never read): a group from thread 12.
// CHECK: xyz.foreach_thread %[[T2:.*]] < %{{.*}} attributes {lanes = 8 : i64, start = 12 : i64} {
// CHECK:   %[[B2:.*]] = xyz.broadcast %[[T2]] : vector<8xi32>
// CHECK:   arith.addi %[[B2]], %{{.*}} : vector<8xi32>
xyz.kernel @thread_index_as_data() {
  %n = arith.constant 20 : i32
  %c100 = arith.constant 100 : i32
  xyz.foreach_thread %t < %n {
    %a = arith.addi %t, %c100 : i32
    %x = xyz.load %t
    %y = arith.xori %x, %t : i32
    %z = arith.muli %y, %a : i32
    xyz.store %z, %a
  }
  xyz.return
}

// -----

// An address that is a uniform multiply-add around the thread id stays
// contiguous.
// CHECK-LABEL: xyz.kernel @affine_multiply_add
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {lanes = 8 : i64} {
// CHECK: xyz.vload
// CHECK: xyz.vstore
xyz.kernel @affine_multiply_add() {
  %n = arith.constant 16 : i32
  %c64 = arith.constant 64 : i32
  %core = xyz.core_id
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = xyz.multiply_add %core, %c64, %t : i32
    xyz.store %x, %a in "out"
  }
  xyz.return
}

// -----

// A uniform condition selecting per-thread values (an if-converted uniform
// scf.if): its 0/1 word is broadcast once per group and used as lane bits.
// CHECK-LABEL: xyz.kernel @uniform_condition
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {lanes = 8 : i64} {
// CHECK:   %[[X:.*]] = xyz.vload
// CHECK:   %[[W:.*]] = arith.extui %[[C:.*]] : i1 to i32
// CHECK:   %[[B:.*]] = xyz.broadcast %[[W]] : vector<8xi32>
// CHECK:   %[[BITS:.*]] = arith.trunci %[[B]] : vector<8xi32> to vector<8xi1>
// CHECK:   %[[S:.*]] = arith.select %[[BITS]], %[[X]], %{{.*}} : vector<8xi1>, vector<8xi32>
// CHECK:   xyz.vstore %[[S]]
xyz.kernel @uniform_condition() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : i32
  %c5 = arith.constant 5 : i32
  %flag = xyz.load %c0 in "hdr"
  %on = arith.cmpi ult, %flag, %c5 : i32
  xyz.foreach_thread %t < %n {
    %a = arith.addi %t, %c5 : i32
    %x = xyz.load %a in "x"
    %y = arith.muli %x, %x : i32
    %r = arith.select %on, %x, %y : i32
    xyz.store %r, %a in "x"
  }
  xyz.return
}

// -----

// 21 threads reading "in" and writing "out": the 5 left over run as one
// more group of 8 from thread 13, repeating threads 13-15, which read
// what they read before and store the same words again.
// With other-last-group, the leftover threads stay scalar.
// CHECK-LABEL: xyz.kernel @overlapping_tail
// OTHER-LABEL: xyz.kernel @overlapping_tail
// OTHER: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {lanes = 8 : i64} {
// OTHER: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {start = 16 : i64} {
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {lanes = 8 : i64} {
// CHECK: %[[C21:.*]] = arith.constant 21 : i32
// CHECK: xyz.foreach_thread %{{.*}} < %[[C21]] attributes {lanes = 8 : i64, start = 13 : i64} {
// CHECK:   xyz.vload %{{.*}} in "in"
// CHECK-NOT: arith.select
// CHECK:   xyz.vstore %{{.*}} in "out"
// CHECK-NOT: xyz.foreach_thread
xyz.kernel @overlapping_tail() {
  %n = arith.constant 21 : i32
  %c7 = arith.constant 7 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.muli %x, %c7 : i32
    %b = arith.xori %a, %x : i32
    %c = arith.shrui %b, %c7 : i32
    %d = arith.addi %c, %a : i32
    xyz.store %d, %t in "out"
  }
  xyz.return
}

// -----

// In place, the repeated threads (13-15) must not update their words twice:
// the leftover group runs before the others, from the words every thread
// finds, and its vstore comes after them, storing for threads 13-15 what
// their group stored already.
// CHECK-LABEL: xyz.kernel @in_place_tail
// CHECK: %[[C13:.*]] = arith.constant 13 : i32
// CHECK: xyz.vload %[[C13]] in "x"
// CHECK: %[[NEW:.*]] = arith.addi %{{.*}} : vector<8xi32>
// CHECK-NOT: xyz.vstore
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {lanes = 8 : i64} {
// CHECK:   xyz.vstore
// CHECK: }
// CHECK-NEXT: xyz.vstore %[[NEW]], %[[C13]] in "x"
// CHECK-NOT: xyz.foreach_thread
xyz.kernel @in_place_tail() {
  %n = arith.constant 21 : i32
  %c7 = arith.constant 7 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %a = arith.muli %x, %c7 : i32
    %b = arith.xori %a, %x : i32
    %c = arith.shrui %b, %c7 : i32
    %d = arith.addi %c, %a : i32
    xyz.store %d, %t in "x"
  }
  xyz.return
}

// -----

// A load after a store: the group's stores cannot move after the other
// groups. It still runs first, and stores only the leftover threads'
// lanes (16-20), one word each.
// CHECK-LABEL: xyz.kernel @in_place_reload
// CHECK: xyz.foreach_thread %[[G:.*]] < %{{.*}} attributes {lanes = 8 : i64, start = 13 : i64} {
// CHECK:   %[[NEW:.*]] = arith.addi %{{.*}} : vector<8xi32>
// CHECK:   %[[L3:.*]] = xyz.lane %[[NEW]][3] : vector<8xi32>
// CHECK:   %[[A3:.*]] = arith.addi %[[G]], %{{.*}} : i32
// CHECK:   xyz.store %[[L3]], %[[A3]] in "x"
// CHECK-COUNT-4: xyz.store
// CHECK:   xyz.vload %{{.*}} in "y"
// CHECK-COUNT-5: xyz.store
// CHECK-NOT: xyz.vstore
// CHECK: }
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {lanes = 8 : i64} {
// CHECK:   xyz.vstore
// CHECK-NOT: xyz.foreach_thread
xyz.kernel @in_place_reload() {
  %n = arith.constant 21 : i32
  %c7 = arith.constant 7 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %a = arith.muli %x, %c7 : i32
    %b = arith.xori %a, %x : i32
    %c = arith.shrui %b, %c7 : i32
    %d = arith.addi %c, %a : i32
    xyz.store %d, %t in "x"
    %y = xyz.load %t in "y"
    %e = arith.xori %y, %d : i32
    xyz.store %e, %t in "y"
  }
  xyz.return
}

// -----

// One thread left over: cheaper as scalar code than as a group. With
// other-last-group (the choice the cost model rejected), a group of 8 from
// thread 9 after the others, overlapping the one before.
// CHECK-LABEL: xyz.kernel @one_left
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {lanes = 8 : i64} {
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {start = 16 : i64} {
// OTHER-LABEL: xyz.kernel @one_left
// OTHER: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {lanes = 8 : i64} {
// OTHER: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {lanes = 8 : i64, start = 9 : i64} {
// OTHER-NOT: xyz.foreach_thread
xyz.kernel @one_left() {
  %n = arith.constant 17 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    xyz.store %x, %t in "out"
  }
  xyz.return
}

// -----

// Five threads, fewer than a group: the cost model keeps them scalar
// (8.2 cycles as a group, 7.5 scalar). With other-last-group, one group of
// 8 lanes whose thread ids are min(lane, 4), lanes 5-7 computing thread 4
// again: accesses at the thread id are gathers (constant addresses once
// threads are expanded) and only lanes 0-4 store.
// CHECK-LABEL: xyz.kernel @short
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} {
// CHECK-NOT: vector
// OTHER-LABEL: xyz.kernel @short
// OTHER: %[[C8:.*]] = arith.constant 8 : i32
// OTHER: xyz.foreach_thread %[[G:.*]] < %[[C8]] attributes {lanes = 8 : i64} {
// OTHER:   %[[B:.*]] = xyz.broadcast %[[G]]
// OTHER:   %[[IDS:.*]] = arith.addi %[[B]], %{{.*}} : vector<8xi32>
// OTHER:   %[[LAST:.*]] = arith.constant dense<4> : vector<8xi32>
// OTHER:   %[[T:.*]] = arith.minui %[[IDS]], %[[LAST]] : vector<8xi32>
// OTHER:   xyz.gather %[[T]] in "in"
// OTHER-COUNT-5: xyz.store
// OTHER-NOT: xyz.store
// OTHER-NOT: xyz.vstore
// OTHER: }
// OTHER-NOT: xyz.foreach_thread
xyz.kernel @short() {
  %n = arith.constant 5 : i32
  %c7 = arith.constant 7 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.muli %x, %c7 : i32
    %b = arith.xori %a, %x : i32
    %c = arith.shrui %b, %c7 : i32
    %d = arith.addi %c, %a : i32
    %e = arith.muli %d, %b : i32
    %f = arith.xori %e, %c : i32
    xyz.store %f, %t in "out"
  }
  xyz.return
}

// -----

// A reduction over fewer threads than a group stays scalar (the repeated
// lanes would be combined too).
// CHECK-LABEL: xyz.kernel @short_reduction
// OTHER-LABEL: xyz.kernel @short_reduction
// OTHER-NOT: vector
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} reduce(add) {
// CHECK-NOT: vector
xyz.kernel @short_reduction() {
  %n = arith.constant 5 : i32
  %c64 = arith.constant 64 : i32
  %s = xyz.foreach_thread %t < %n reduce(add) {
    %x = xyz.load %t in "in"
    xyz.yield %x : i32
  }
  xyz.store %s, %c64 in "out"
  xyz.return
}

// -----

// A scatter in place (thread t reads a[2t], writes a[2t + (a[2t] & 1)]):
// no group may repeat threads of the one before (a repeated thread would
// read its own new word), but the 5 leftover threads may run as a group of
// their own whose spare lanes repeat thread 12 and store nothing. The cost
// model keeps them scalar; with other-last-group, that group.
// CHECK-LABEL: xyz.kernel @in_place_scatter
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {lanes = 8 : i64} {
// CHECK: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {start = 8 : i64} {
// OTHER-LABEL: xyz.kernel @in_place_scatter
// OTHER: xyz.foreach_thread %{{.*}} < %{{.*}} attributes {lanes = 8 : i64} {
// OTHER-COUNT-8: xyz.store
// OTHER: %[[C16:.*]] = arith.constant 16 : i32
// OTHER: xyz.foreach_thread %{{.*}} < %[[C16]] attributes {lanes = 8 : i64, start = 8 : i64} {
// OTHER: %[[LAST:.*]] = arith.constant dense<12> : vector<8xi32>
// OTHER: arith.minui %{{.*}}, %[[LAST]] : vector<8xi32>
// OTHER: xyz.gather
// OTHER-COUNT-5: xyz.store
// OTHER-NOT: xyz.store
// OTHER-NOT: xyz.foreach_thread
xyz.kernel @in_place_scatter() {
  %n = arith.constant 13 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c7 = arith.constant 7 : i32
  xyz.foreach_thread %t < %n {
    %at = arith.muli %t, %c2 : i32
    %x = xyz.load %at in "a"
    %a = arith.muli %x, %c7 : i32
    %b = arith.xori %a, %x : i32
    %c = arith.shrui %b, %c7 : i32
    %d = arith.addi %c, %a : i32
    %e = arith.muli %d, %b : i32
    %f = arith.xori %e, %c : i32
    %bit = arith.andi %x, %c1 : i32
    %to = arith.addi %at, %bit : i32
    xyz.store %f, %to in "a"
  }
  xyz.return
}
