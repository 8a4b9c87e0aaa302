// RUN: xyz-opt %s -split-input-file --xyz-distinct-stores | FileCheck %s

// 2 * tid + (x & 1) + base: the per-thread term spans 1 < 2, so every
// thread writes a word of its own. 3 * tid + (x & 3) spans 3: not marked.
// CHECK-LABEL: xyz.kernel @scatter
// CHECK: xyz.store %{{.*}}, %{{.*}} in "a" {xyz.distinct_words = 0 : i64}
// CHECK: xyz.store %{{.*}}, %{{.*}} in "b"{{$}}
// CHECK: xyz.store %{{.*}}, %{{.*}} in "c" {xyz.distinct_words = 1 : i64}
xyz.kernel @scatter() {
  %n = arith.constant 64 : i32
  %c0 = arith.constant 0 : i32
  %base = xyz.load %c0 in "p"
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %bit = arith.andi %x, %c1 : i32
    %pair = arith.muli %t, %c2 : i32
    %at = arith.addi %pair, %bit : i32
    %a = arith.addi %at, %base : i32
    xyz.store %x, %a in "a"
    %low = arith.andi %x, %c3 : i32
    %triple = arith.muli %c3, %t : i32
    %b = arith.addi %triple, %low : i32
    xyz.store %x, %b in "b"
    // (tid << 2) - (x & 3) + 9: stride 4, span 3.
    %quad = arith.shli %t, %c2 : i32
    %c9 = arith.constant 9 : i32
    %d = arith.subi %quad, %low : i32
    %e = arith.addi %d, %c9 : i32
    xyz.store %x, %e in "c"
  }
  xyz.return
}

// -----

// A data-dependent address, and a stride whose addresses wrap around
// 2^32 within the threads: neither is marked.
// CHECK-LABEL: xyz.kernel @unknown
// CHECK-NOT: xyz.distinct_words
xyz.kernel @unknown() {
  %n = arith.constant 64 : i32
  %big = arith.constant 134217728 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    xyz.store %t, %x in "a"
    %far = arith.muli %t, %big : i32
    xyz.store %x, %far in "b"
  }
  xyz.return
}

// -----

// Through a multiply-add (scale 5, plus a term of [0, 4]).
// CHECK-LABEL: xyz.kernel @fused
// CHECK: xyz.store {{.*}} {xyz.distinct_words = 0 : i64}
xyz.kernel @fused() {
  %n = arith.constant 16 : i32
  %c4 = arith.constant 4 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %r = arith.minui %x, %c4 : i32
    %a = xyz.multiply_add %t, %c5, %r : i32
    xyz.store %x, %a in "y"
  }
  xyz.return
}

// -----

// Read-modify-writes of a thread's own 4 words (4 * tid + n + bin, bin in
// [0, 3]): together the stores write words no other thread does, so they
// share one number. Stores at 2 * tid + [0, 1] and 2 * tid + [1, 2]
// overlap across threads together (span 2 at stride 2): one number each.
// CHECK-LABEL: xyz.kernel @grouped
// CHECK: xyz.store %{{.*}}, %{{.*}} in "bins" {xyz.distinct_words = [[G:[0-9]+]] : i64}
// CHECK: xyz.store %{{.*}}, %{{.*}} in "bins" {xyz.distinct_words = [[G]] : i64}
// CHECK: xyz.store %{{.*}}, %{{.*}} in "p" {xyz.distinct_words = [[P:[0-9]+]] : i64}
// CHECK-NOT: xyz.distinct_words = [[P]] :
// CHECK: xyz.store %{{.*}}, %{{.*}} in "p" {xyz.distinct_words = {{[0-9]+}} : i64}
xyz.kernel @grouped() {
  %n = arith.constant 64 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %c8 = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %b0 = arith.muli %t, %c4 : i32
    %base = arith.addi %b0, %n : i32
    %bin0 = arith.andi %x, %c3 : i32
    %a0 = arith.addi %base, %bin0 : i32
    %old0 = xyz.load %a0 in "bins"
    %new0 = arith.addi %old0, %c1 : i32
    xyz.store %new0, %a0 in "bins"
    %s = arith.shrui %x, %c8 : i32
    %bin1 = arith.andi %s, %c3 : i32
    %a1 = arith.addi %base, %bin1 : i32
    %old1 = xyz.load %a1 in "bins"
    %new1 = arith.addi %old1, %c1 : i32
    xyz.store %new1, %a1 in "bins"
    %bit = arith.andi %x, %c1 : i32
    %pair = arith.muli %t, %c2 : i32
    %p0 = arith.addi %pair, %bit : i32
    xyz.store %x, %p0 in "p"
    %p1 = arith.addi %p0, %c1 : i32
    xyz.store %x, %p1 in "p"
  }
  xyz.return
}
