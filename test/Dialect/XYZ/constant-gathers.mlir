// RUN: xyz-opt %s -split-input-file --xyz-constant-gathers | FileCheck %s
// RUN: xyz-opt %s -split-input-file --xyz-constant-gathers="max-loads=1" | FileCheck %s --check-prefix=ONE
// RUN: xyz-opt %s -split-input-file --xyz-constant-gathers="max-windows=0" | FileCheck %s --check-prefix=NOWIN
// RUN: xyz-opt %s -split-input-file --xyz-constant-gathers="max-windows=3" | FileCheck %s --check-prefix=THREE
// RUN: xyz-opt %xyz_src/examples/constructs/clamped_stencil_2d.mlir --xyz-specialize="w=20 h=6" --xyz-schedule --mlir-print-ir-before=xyz-constant-gathers --mlir-print-ir-after=xyz-constant-gathers -o /dev/null 2>&1 | FileCheck %s --check-prefix=PIPE

// In the pipeline, on a 2-D stencil with clamped neighbours (20 x 6 cells,
// 15 groups): 12 of its 14 gathers become loads and selects; the first
// group's left and upper-left neighbours (a load serving lanes 1-7 would
// start at word -1) are copied lane by lane from the window at 0.
// PIPE-LABEL: IR Dump Before XYZConstantGathers
// PIPE-COUNT-14: xyz.gather
// PIPE-LABEL: IR Dump After XYZConstantGathers
// PIPE-COUNT-2: xyz.from_words
// PIPE-NOT: xyz.gather

// A clamped left neighbour, row starts at words 16 and 20 (w = 4): lanes
// 1-3 and 5-7 read one word to their left (a load at 15 serves them and
// lane 4's clamped word 20 is its own lane of a load at 16), lane 0's
// clamped word 16 is lane 0 of that same load. Two loads, one select on
// the lanes of the second.
// CHECK-LABEL: xyz.kernel @clamped
// Both loads read a word past the lanes' addresses (15, and 23), which
// no store writes: they keep the gather's region.
// CHECK: %[[C15:.*]] = arith.constant 15 : i32
// CHECK-NEXT: %[[A:.*]] = xyz.vload %[[C15]] in "grid" : vector<8xi32>
// CHECK-NEXT: %[[MASK:.*]] = arith.constant dense<[true, false, false, false, true, false, false, false]> : vector<8xi1>
// CHECK-NEXT: %[[C16:.*]] = arith.constant 16 : i32
// CHECK-NEXT: %[[B:.*]] = xyz.vload %[[C16]] in "grid" : vector<8xi32>
// CHECK: %[[S:.*]] = arith.select %[[MASK]], %[[B]], %[[A]]
// CHECK-NEXT: arith.addi %{{.*}}, %[[S]]
// CHECK-NOT: xyz.gather
// With one load at most, no sources serve it: the window at 16 (on the
// grid from the hull's first word, 8) holds every lane.
// ONE-LABEL: xyz.kernel @clamped
// ONE: xyz.vload %{{.*}} in "grid"
// ONE: %[[W:.*]] = xyz.vload %{{.*}} in "grid"
// ONE: xyz.from_words
// ONE-NOT: xyz.gather
// ONE-LABEL: xyz.kernel @clamped_written
xyz.kernel @clamped() {
  %c8 = arith.constant 8 : i32
  %c32 = arith.constant 32 : i32
  %addrs = arith.constant dense<[16, 16, 17, 18, 20, 20, 21, 22]> : vector<8xi32>
  // The kernel reads words 8 .. 31 (the hull a load must stay in).
  %lo = xyz.vload %c8 in "grid" : vector<8xi32>
  %g = xyz.gather %addrs in "grid" : vector<8xi32>
  %s = arith.addi %lo, %g : vector<8xi32>
  xyz.vstore %s, %c32 : vector<8xi32>
  xyz.return
}

// -----

// The same gather where a store writes word 23 (another region's): the
// load at 16 reads it past its lanes, so it names no region, and the
// scheduler orders it with every store to its words (forwarding might
// otherwise serve a later load of word 23 from it while the scheduler
// moved it past the store). The load at 15 reads no written word.
// CHECK-LABEL: xyz.kernel @clamped_written
// CHECK: xyz.vload %{{.*}} in "grid" : vector<8xi32>
// CHECK: %[[C16:.*]] = arith.constant 16 : i32
// CHECK-NEXT: xyz.vload %[[C16]] : vector<8xi32>
// With max-loads=1 the gather stays: the store after it writes word 23
// of the window at 16.
// ONE: xyz.gather
// ONE-NOT: xyz.from_words
// ONE-LABEL: xyz.kernel @out_of_hull
xyz.kernel @clamped_written() {
  %c8 = arith.constant 8 : i32
  %c23 = arith.constant 23 : i32
  %addrs = arith.constant dense<[16, 16, 17, 18, 20, 20, 21, 22]> : vector<8xi32>
  %lo = xyz.vload %c8 in "grid" : vector<8xi32>
  %g = xyz.gather %addrs in "grid" : vector<8xi32>
  %s = arith.addi %lo, %g : vector<8xi32>
  xyz.vstore %s, %c23 in "out" : vector<8xi32>
  xyz.return
}

// -----

// Word 16 is the lowest the kernel touches: a load at 15 would read below
// it, and no load in bounds serves lanes 1-3. So no three sources serve
// the gather, but the window at 16 (the grid starts at the lowest word)
// holds every lane: its load and a copy per lane. With max-windows=0 the
// gather stays.
// CHECK-LABEL: xyz.kernel @out_of_hull
// CHECK-DAG: %[[C16:.*]] = arith.constant 16 : i32
// CHECK: %[[W:.*]] = xyz.vload %[[C16]] in "grid"
// CHECK: %[[L0:.*]] = xyz.lane %[[W]][0]
// CHECK: %[[L1:.*]] = xyz.lane %[[W]][0]
// CHECK: %[[L2:.*]] = xyz.lane %[[W]][1]
// CHECK: xyz.from_words %[[L0]], %[[L1]], %[[L2]],
// CHECK-NOT: xyz.gather
// NOWIN-LABEL: xyz.kernel @out_of_hull
// NOWIN: xyz.gather
// NOWIN-NOT: xyz.from_words
xyz.kernel @out_of_hull() {
  %c32 = arith.constant 32 : i32
  %addrs = arith.constant dense<[16, 16, 17, 18, 19, 20, 21, 22]> : vector<8xi32>
  %g = xyz.gather %addrs in "grid" : vector<8xi32>
  xyz.vstore %g, %c32 : vector<8xi32>
  xyz.return
}

// -----

// Four runs of two lanes each need four sources: more than the default
// three. The lanes lie in four windows of the grid: four loads, at most
// max-windows (4), and a copy per lane; with max-windows=3 the gather
// stays.
// CHECK-LABEL: xyz.kernel @scattered
// CHECK-COUNT-4: xyz.vload
// CHECK: xyz.from_words
// CHECK-NOT: xyz.gather
// THREE-LABEL: xyz.kernel @scattered
// THREE: xyz.gather
// THREE-NOT: xyz.from_words
xyz.kernel @scattered() {
  %c0 = arith.constant 0 : i32
  %c64 = arith.constant 64 : i32
  %addrs = arith.constant dense<[0, 9, 18, 27, 4, 13, 22, 31]> : vector<8xi32>
  %lo = xyz.vload %c0 in "t" : vector<8xi32>
  %g = xyz.gather %addrs in "t" : vector<8xi32>
  %s = arith.addi %lo, %g : vector<8xi32>
  xyz.vstore %s, %c64 : vector<8xi32>
  xyz.return
}

// -----

// Repeated addresses (a row index `t / p` of a matrix product, p = 6):
// lanes 0-3 read word 40, lanes 4-7 word 41. Each word is loaded once and
// broadcast; a vector load serves no two of these lanes. The lanes from 4
// on are the lane numbers compared with 4 (a constant vector of 8
// different words would take 8 `const` slots; the lane numbers are one
// for every mask of this kind).
// CHECK-LABEL: xyz.kernel @rows
// CHECK: %[[C40:.*]] = arith.constant 40 : i32
// CHECK-NEXT: %[[W40:.*]] = xyz.load %[[C40]] in "A"
// CHECK-NEXT: %[[B40:.*]] = xyz.broadcast %[[W40]] : vector<8xi32>
// CHECK-NEXT: %[[LANES:.*]] = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7]> : vector<8xi32>
// CHECK-NEXT: %[[FOUR:.*]] = arith.constant dense<4> : vector<8xi32>
// CHECK-NEXT: %[[MASK:.*]] = arith.cmpi uge, %[[LANES]], %[[FOUR]] : vector<8xi32>
// CHECK-NEXT: %[[C41:.*]] = arith.constant 41 : i32
// CHECK-NEXT: %[[W41:.*]] = xyz.load %[[C41]] in "A"
// CHECK-NEXT: %[[B41:.*]] = xyz.broadcast %[[W41]] : vector<8xi32>
// CHECK-NEXT: arith.select %[[MASK]], %[[B41]], %[[B40]]
// CHECK-NOT: xyz.gather
xyz.kernel @rows() {
  %c64 = arith.constant 64 : i32
  %addrs = arith.constant dense<[40, 40, 40, 40, 41, 41, 41, 41]> : vector<8xi32>
  %g = xyz.gather %addrs in "A" : vector<8xi32>
  xyz.vstore %g, %c64 : vector<8xi32>
  xyz.return
}

// -----

// The fields of records of 3 words (item i at 24 + 3i): three gathers at
// stride 3 whose lanes lie in the same three windows of the grid (24, 32,
// 40). Each window is loaded once for the three, a share of 1 load each
// (3 windows / 3 readers), and every gather is a vector of their lanes.
// NOWIN-LABEL: xyz.kernel @records
// NOWIN-COUNT-3: xyz.gather
// THREE-LABEL: xyz.kernel @records
// CHECK-LABEL: xyz.kernel @records
// CHECK: %[[C24:.*]] = arith.constant 24 : i32
// CHECK: %[[A:.*]] = xyz.vload %[[C24]] in "rec"
// CHECK: %[[L0:.*]] = xyz.lane %[[A]][0]
// CHECK: %[[L1:.*]] = xyz.lane %[[A]][3]
// CHECK: %[[L2:.*]] = xyz.lane %[[A]][6]
// CHECK: %[[C32:.*]] = arith.constant 32 : i32
// CHECK: %[[B:.*]] = xyz.vload %[[C32]] in "rec"
// CHECK: %[[L3:.*]] = xyz.lane %[[B]][1]
// CHECK: %[[C40:.*]] = arith.constant 40 : i32
// CHECK: %[[C:.*]] = xyz.vload %[[C40]] in "rec"
// CHECK: xyz.from_words %[[L0]], %[[L1]], %[[L2]], %[[L3]],
// CHECK-NOT: xyz.vload
// CHECK: %[[G:.*]] = xyz.lane %[[A]][1]
// CHECK: xyz.from_words %[[G]],
// CHECK-NOT: xyz.vload
// CHECK: %[[H:.*]] = xyz.lane %[[A]][2]
// CHECK: xyz.from_words %[[H]],
// CHECK-NOT: xyz.gather
xyz.kernel @records() {
  %c0 = arith.constant 0 : i32
  %c96 = arith.constant 96 : i32
  %r = arith.constant dense<[24, 27, 30, 33, 36, 39, 42, 45]> : vector<8xi32>
  %g = arith.constant dense<[25, 28, 31, 34, 37, 40, 43, 46]> : vector<8xi32>
  %b = arith.constant dense<[26, 29, 32, 35, 38, 41, 44, 47]> : vector<8xi32>
  %x = xyz.gather %r in "rec" : vector<8xi32>
  %y = xyz.gather %g in "rec" : vector<8xi32>
  %z = xyz.gather %b in "rec" : vector<8xi32>
  %s = arith.addi %x, %y : vector<8xi32>
  %t = arith.addi %s, %z : vector<8xi32>
  xyz.vstore %t, %c96 in "out" : vector<8xi32>
  xyz.return
}

// -----

// Words a store wrote, read back in reverse (a second thread loop reading
// the first one's output backwards): the window the store wrote, loaded
// after it, its lanes in reverse order. A gather whose window a later
// store writes stays: its threads' gather may pass other threads' stores,
// a load of the window may not (an in-place update would chain every
// group's loads behind the stores before).
// CHECK-LABEL: xyz.kernel @reversed
// CHECK: xyz.vstore %{{.*}}, %{{.*}} in "tmp"
// CHECK-NEXT: %[[G:.*]] = xyz.gather %{{.*}} in "tmp"
// CHECK: xyz.vstore %[[G]], %{{.*}} in "tmp"
// CHECK: %[[C16:.*]] = arith.constant 16 : i32
// CHECK-NEXT: %[[W:.*]] = xyz.vload %[[C16]] in "tmp"
// CHECK-NEXT: xyz.lane %[[W]][7]
// CHECK: xyz.from_words
// CHECK-NOT: xyz.gather
xyz.kernel @reversed() {
  %c0 = arith.constant 0 : i32
  %c16 = arith.constant 16 : i32
  %c32 = arith.constant 32 : i32
  %c40 = arith.constant 40 : i32
  %rev = arith.constant dense<[23, 22, 21, 20, 19, 18, 17, 16]> : vector<8xi32>
  %x = xyz.vload %c0 in "x" : vector<8xi32>
  xyz.vstore %x, %c16 in "tmp" : vector<8xi32>
  %g = xyz.gather %rev in "tmp" : vector<8xi32>
  xyz.vstore %g, %c32 in "out" : vector<8xi32>
  xyz.vstore %g, %c16 in "tmp" : vector<8xi32>
  %h = xyz.gather %rev in "tmp" : vector<8xi32>
  xyz.vstore %h, %c40 in "out" : vector<8xi32>
  xyz.return
}

// -----

// One group's fields a[3i + k] (k = 0, 1, 2; words 1..24), updated in
// place: the three gathers cover three windows of the group's own words,
// loaded at the first gather and marked with its threads (no other thread
// writes them). A gather is copied from them if no store between writes
// its words: the second (after a store of field 0 at word 1) is; the third
// (after a store at word 3, one of its words) is not, and reads the
// windows of the grid anew (unmarked; the one at 1 unnamed: a store
// writes word 1, outside its lanes).
// CHECK-LABEL: xyz.kernel @fields_in_place
// CHECK: %[[W0:.*]] = xyz.vload %{{.*}} in "a" {xyz.threads = array<i64: 0, 0, 8>}
// CHECK: %[[W1:.*]] = xyz.vload %{{.*}} in "a" {xyz.threads = array<i64: 0, 0, 8>}
// CHECK: %[[W2:.*]] = xyz.vload %{{.*}} in "a" {xyz.threads = array<i64: 0, 0, 8>}
// CHECK: xyz.lane %[[W0]][0]
// CHECK: xyz.lane %[[W0]][3]
// CHECK: xyz.from_words
// CHECK: xyz.store %{{.*}}, %{{.*}} in "a"
// CHECK: xyz.lane %[[W0]][1]
// CHECK: xyz.from_words
// CHECK: xyz.store %{{.*}}, %{{.*}} in "a"
// CHECK: xyz.vload %{{.*}} : vector<8xi32>
// CHECK: xyz.vload %{{.*}} in "a" : vector<8xi32>
// CHECK: xyz.vload %{{.*}} in "a" : vector<8xi32>
// CHECK: xyz.from_words
// CHECK-NOT: xyz.gather
xyz.kernel @fields_in_place() {
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %c100 = arith.constant 100 : i32
  %f0 = arith.constant dense<[1, 4, 7, 10, 13, 16, 19, 22]> : vector<8xi32>
  %f1 = arith.constant dense<[2, 5, 8, 11, 14, 17, 20, 23]> : vector<8xi32>
  %f2 = arith.constant dense<[3, 6, 9, 12, 15, 18, 21, 24]> : vector<8xi32>
  %g0 = xyz.gather %f0 in "a" {xyz.threads = array<i64: 0, 0, 8>} : vector<8xi32>
  xyz.store %c100, %c1 in "a" {xyz.threads = array<i64: 0, 0, 1>}
  %g1 = xyz.gather %f1 in "a" {xyz.threads = array<i64: 0, 0, 8>} : vector<8xi32>
  %s = arith.addi %g0, %g1 : vector<8xi32>
  xyz.vstore %s, %c100 in "out" : vector<8xi32>
  xyz.store %c100, %c3 in "a" {xyz.threads = array<i64: 0, 0, 1>}
  %g2 = xyz.gather %f2 in "a" {xyz.threads = array<i64: 0, 0, 8>} : vector<8xi32>
  xyz.vstore %g2, %c100 in "out" : vector<8xi32>
  xyz.return
}
