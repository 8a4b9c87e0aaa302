// RUN: xyz-opt %s -split-input-file --xyz-gather-to-select | FileCheck %s
// RUN: xyz-opt %s -split-input-file \
// RUN:   --xyz-gather-to-select="leave-masked-to-groups=0" | \
// RUN:   FileCheck %s --check-prefix=WHOLE

// The table index is (x & 1) + 100: two words. They are loaded once, before
// the thread loop ("table" is never written), and each thread picks its word
// with one multiply-add on the offset's low bit, which is the bit the kernel
// already computed (x & 1): nothing is re-derived.
// CHECK-LABEL: xyz.kernel @two_words
// CHECK: %[[W0:.*]] = xyz.load %c100{{.*}} in "table"
// CHECK: %[[W1:.*]] = xyz.load %c101{{.*}} in "table"
// CHECK: %[[D:.*]] = arith.subi %[[W1]], %[[W0]] : i32
// CHECK: xyz.foreach_thread
// CHECK:   %[[B:.*]] = arith.andi %{{.*}}, %{{.*}} : i32
// CHECK-NOT: arith.subi
// CHECK:   %[[S:.*]] = xyz.multiply_add %[[B]], %[[D]], %[[W0]] : i32
// CHECK:   xyz.store %[[S]], %{{.*}} in "out"
// CHECK-NOT: xyz.load %{{.*}} in "table"
xyz.kernel @two_words() {
  %n = arith.constant 16 : i32
  %c1 = arith.constant 1 : i32
  %c100 = arith.constant 100 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %b = arith.andi %x, %c1 : i32
    %a = arith.addi %b, %c100 : i32
    %g = xyz.load %a in "table"
    xyz.store %g, %t in "out"
  }
  xyz.return
}

// -----

// The index of a walk down a binary tree, 2 * (2 * b0 + b1 + 1) + b2 + ...:
// the bits that chose each step are the selection's bits; the offset is
// never subtracted nor shifted.
// CHECK-LABEL: xyz.kernel @walk
// CHECK: xyz.foreach_thread
// CHECK-NOT: arith.shrui
// CHECK-NOT: arith.subi
// CHECK: xyz.multiply_add
xyz.kernel @walk() {
  %n = arith.constant 16 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %y = arith.muli %x, %c3 : i32
    %b0 = arith.andi %x, %c1 : i32
    %b1 = arith.andi %y, %c1 : i32
    %i1 = arith.addi %b0, %c1 : i32
    %i2 = xyz.multiply_add %i1, %c2, %b1 : i32
    %g = xyz.load %i2 in "table"
    xyz.store %g, %t in "out"
  }
  xyz.return
}

// -----

// Four words at a masked address, x & 3: left to the per-group pass (its
// bits are extracted per lane; that pass replaces it in the groups where
// the engines balance), with its range for it to read.
// CHECK-LABEL: xyz.kernel @four_words
// CHECK-NOT: xyz.multiply_add
// CHECK: xyz.load %{{.*}} in "table" {xyz.address_range = array<i64: 0, 4>}
// CHECK-NOT: xyz.multiply_add
// CHECK: xyz.return
//
// Replaced here when there is no per-group pass to leave it to: a
// two-level tree, two level-0 multiply-adds on bit 0 (the words'
// differences taken once, before the loop), then a select on bit 1 (one
// flow-engine vselect for 8 lanes once vectorized, instead of a
// multiply-add on the busier vector engines).
// WHOLE-LABEL: xyz.kernel @four_words
// WHOLE-COUNT-4: xyz.load %{{.*}} in "table"
// WHOLE-COUNT-2: arith.subi
// WHOLE: xyz.foreach_thread
// WHOLE-COUNT-2: xyz.multiply_add
// WHOLE: %[[C:.*]] = arith.trunci %{{.*}} : i32 to i1
// WHOLE: arith.select %[[C]], %{{.*}}, %{{.*}} : i32
// WHOLE-NOT: xyz.load %{{.*}} in "table"
// WHOLE: xyz.return
xyz.kernel @four_words() {
  %n = arith.constant 16 : i32
  %c3 = arith.constant 3 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.andi %x, %c3 : i32
    %g = xyz.load %a in "table"
    xyz.store %g, %t in "out"
  }
  xyz.return
}

// -----

// Not replaced: 64 possible words (too many), a uniform address (already one
// load per group), and a region the kernel writes (the words could change).
// CHECK-LABEL: xyz.kernel @refused
// CHECK-NOT: xyz.multiply_add
xyz.kernel @refused() {
  %n = arith.constant 16 : i32
  %c1 = arith.constant 1 : i32
  %c63 = arith.constant 63 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.andi %x, %c63 : i32
    %g = xyz.load %a in "table"
    %u = xyz.load %c5 in "table"
    %s = arith.addi %g, %u : i32
    xyz.store %s, %t in "out"
  }
  xyz.return
}

// -----

// Not replaced: the kernel is bound by vector work, not loads, so trading
// loads for selection arithmetic would not pay.
// CHECK-LABEL: xyz.kernel @vector_bound
// CHECK: xyz.load %{{.*}} in "table"
// CHECK-NOT: xyz.multiply_add
xyz.kernel @vector_bound() {
  %n = arith.constant 16 : i32
  %c1 = arith.constant 1 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %b = arith.andi %x, %c1 : i32
    %g = xyz.load %b in "table"
    %m0 = arith.muli %g, %x : i32
    %m1 = arith.muli %m0, %x : i32
    %m2 = arith.muli %m1, %x : i32
    %m3 = arith.muli %m2, %x : i32
    %m4 = arith.muli %m3, %x : i32
    %m5 = arith.muli %m4, %x : i32
    %m6 = arith.muli %m5, %x : i32
    %m7 = arith.muli %m6, %x : i32
    %m8 = arith.muli %m7, %x : i32
    %m9 = arith.muli %m8, %x : i32
    %m10 = arith.muli %m9, %x : i32
    %m11 = arith.muli %m10, %x : i32
    %m12 = arith.muli %m11, %x : i32
    %m13 = arith.muli %m12, %x : i32
    %m14 = arith.muli %m13, %x : i32
    %m15 = arith.muli %m14, %x : i32
    %m16 = arith.muli %m15, %x : i32
    %m17 = arith.muli %m16, %x : i32
    %m18 = arith.muli %m17, %x : i32
    %m19 = arith.muli %m18, %x : i32
    %m20 = arith.muli %m19, %x : i32
    %m21 = arith.muli %m20, %x : i32
    %m22 = arith.muli %m21, %x : i32
    %m23 = arith.muli %m22, %x : i32
    %m24 = arith.muli %m23, %x : i32
    %m25 = arith.muli %m24, %x : i32
    %m26 = arith.muli %m25, %x : i32
    %m27 = arith.muli %m26, %x : i32
    %m28 = arith.muli %m27, %x : i32
    %m29 = arith.muli %m28, %x : i32
    %m30 = arith.muli %m29, %x : i32
    %m31 = arith.muli %m30, %x : i32
    %m32 = arith.muli %m31, %x : i32
    %m33 = arith.muli %m32, %x : i32
    %m34 = arith.muli %m33, %x : i32
    %m35 = arith.muli %m34, %x : i32
    %m36 = arith.muli %m35, %x : i32
    %m37 = arith.muli %m36, %x : i32
    %m38 = arith.muli %m37, %x : i32
    %m39 = arith.muli %m38, %x : i32
    xyz.store %m39, %t in "out"
  }
  xyz.return
}

// -----

// Level 0 on flow: both table reads take two words and are replaced (the
// loads bind). The first comes before the gather that stays (every group
// passes through it before the load engine has work): a multiply-add on the
// bit. The second, after it, selects on flow, which has room, and leaves the
// vector engines (the busier of the others) alone.
// CHECK-LABEL: xyz.kernel @level0_on_flow
// CHECK-DAG: %[[W0:.*]] = xyz.load %{{.*}} in "tab"
// CHECK-DAG: %[[W1:.*]] = xyz.load %{{.*}} in "tab"
// CHECK: xyz.foreach_thread
// CHECK:   %[[X:.*]] = xyz.load %{{.*}} in "in"
// CHECK:   xyz.multiply_add
// CHECK:   xyz.load %[[X]] in "big"
// CHECK-NOT: xyz.load
// CHECK:   %[[C:.*]] = arith.trunci %{{.*}} : i32 to i1
// CHECK:   arith.select %[[C]], %{{.*}}, %{{.*}} : i32
// CHECK-NOT: xyz.load
// CHECK: xyz.return
xyz.kernel @level0_on_flow() attributes {xyz.outputs = ["out"]} {
  %n = arith.constant 64 : i32
  %c1 = arith.constant 1 : i32
  %c16 = arith.constant 16 : i32
  %k = arith.constant 2654435761 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %b0 = arith.andi %x, %c1 : i32
    %a0 = arith.addi %b0, %c16 : i32
    %w0 = xyz.load %a0 in "tab"
    %g = xyz.load %x in "big"
    %m1 = arith.muli %g, %k : i32
    %m2 = arith.xori %m1, %w0 : i32
    %m3 = arith.muli %m2, %k : i32
    %m4 = arith.xori %m3, %x : i32
    %m5 = arith.muli %m4, %k : i32
    %m6 = arith.xori %m5, %g : i32
    %m7 = arith.muli %m6, %k : i32
    %m8 = arith.xori %m7, %x : i32
    %m9 = arith.muli %m8, %k : i32
    %b1 = arith.andi %m9, %c1 : i32
    %a1 = arith.addi %b1, %c16 : i32
    %w1 = xyz.load %a1 in "tab"
    %r = arith.xori %m9, %w1 : i32
    xyz.store %r, %t in "out"
  }
  xyz.return
}
