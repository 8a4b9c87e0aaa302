// RUN: xyz-opt %s -split-input-file --xyz-gather-to-select="remarks=all" -verify-diagnostics
// RUN: xyz-opt %s -split-input-file --xyz-gather-to-select="remarks=missed" 2>&1 | FileCheck %s --check-prefix=MISSED

// Gather replacement explains each gather it keeps (--xyz-gather-to-select:
// range unknown, too many words, or the estimated floors with the
// min-gain bound) and each it replaces.
// MISSED-NOT: remark: gather replaced
// MISSED: remark: gather kept

xyz.kernel @replaced_and_too_many() {
  %n = arith.constant 16 : i32
  %c1 = arith.constant 1 : i32
  %c63 = arith.constant 63 : i32
  %c100 = arith.constant 100 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %b = arith.andi %x, %c1 : i32
    %a = arith.addi %b, %c100 : i32
    // expected-remark @+1 {{gather replaced by a selection among its 2 words [100, 101] (level 0 on the vector engines) [xyz-gather-to-select]}}
    %g = xyz.load %a in "table"
    %w = arith.andi %x, %c63 : i32
    // expected-remark @+1 {{gather kept: its addresses [0, 63] take 64 values, more than max-candidates=16 [xyz-gather-to-select]}}
    %h = xyz.load %w in "big"
    // expected-remark @+1 {{gather kept: the range of its addresses is unknown [xyz-gather-to-select]}}
    %u = xyz.load %x in "big"
    %s = arith.addi %g, %h : i32
    %r = arith.addi %s, %u : i32
    xyz.store %r, %t in "out"
  }
  xyz.return
}

// -----

// Bound by vector work, not loads: the selection would not lower the floor.
xyz.kernel @vector_bound() {
  %n = arith.constant 16 : i32
  %c1 = arith.constant 1 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %b = arith.andi %x, %c1 : i32
    // expected-remark @+1 {{gather kept: a selection among its 2 words would take the estimated floor from 10.9 to 10.9 cycles (min-gain=2.0% asks for less than 10.7) [xyz-gather-to-select]}}
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


