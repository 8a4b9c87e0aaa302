// RUN: xyz-opt %s -split-input-file --xyz-expand-signed-arith | FileCheck %s

// Signed i32 ops as the machine's unsigned ones (the arithmetic of each
// form is checked against xyz-interp on random images by
// test/e2e/constructs.py). No signed op is left.

// a <s b == (a ^ 0x80000000) <u (b ^ 0x80000000).
// CHECK-LABEL: xyz.kernel @cmp_slt
// CHECK: %[[SIGN:.*]] = arith.constant -2147483648 : i32
// CHECK: %[[V2:.*]] = arith.xori %{{.*}}, %[[SIGN]] : i32
// CHECK: %[[V3:.*]] = arith.xori %{{.*}}, %[[SIGN]] : i32
// CHECK: %[[V4:.*]] = arith.cmpi ult, %[[V2]], %[[V3]] : i32
// CHECK: %[[V5:.*]] = arith.extui %[[V4]] : i1 to i32
// CHECK: xyz.store %[[V5]], %{{.*}}
// CHECK-NOT: si 
xyz.kernel @cmp_slt() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %a = xyz.load %c0
  %b = xyz.load %c4
  %r0 = arith.cmpi slt, %a, %b : i32
  %r = arith.extui %r0 : i1 to i32
  xyz.store %r, %c0
  xyz.return
}

// -----

// CHECK-LABEL: xyz.kernel @cmp_sge
// CHECK: %[[SIGN:.*]] = arith.constant -2147483648 : i32
// CHECK: %[[V2:.*]] = arith.xori %{{.*}}, %[[SIGN]] : i32
// CHECK: %[[V3:.*]] = arith.xori %{{.*}}, %[[SIGN]] : i32
// CHECK: %[[V4:.*]] = arith.cmpi uge, %[[V2]], %[[V3]] : i32
// CHECK: %[[V5:.*]] = arith.extui %[[V4]] : i1 to i32
// CHECK: xyz.store %[[V5]], %{{.*}}
// CHECK-NOT: si 
xyz.kernel @cmp_sge() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %a = xyz.load %c0
  %b = xyz.load %c4
  %r0 = arith.cmpi sge, %a, %b : i32
  %r = arith.extui %r0 : i1 to i32
  xyz.store %r, %c0
  xyz.return
}

// -----

// CHECK-LABEL: xyz.kernel @minsi
// CHECK: %[[SIGN:.*]] = arith.constant -2147483648 : i32
// CHECK: %[[V2:.*]] = arith.xori %{{.*}}, %[[SIGN]] : i32
// CHECK: %[[V3:.*]] = arith.xori %{{.*}}, %[[SIGN]] : i32
// CHECK: %[[V4:.*]] = arith.cmpi ult, %[[V2]], %[[V3]] : i32
// CHECK: %[[V5:.*]] = arith.select %[[V4]], %{{.*}}, %{{.*}} : i32
// CHECK: xyz.store %[[V5]], %{{.*}}
// CHECK-NOT: si 
xyz.kernel @minsi() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %a = xyz.load %c0
  %b = xyz.load %c4
  %r = arith.minsi %a, %b : i32
  xyz.store %r, %c0
  xyz.return
}

// -----

// CHECK-LABEL: xyz.kernel @maxsi
// CHECK: %[[SIGN:.*]] = arith.constant -2147483648 : i32
// CHECK: %[[V2:.*]] = arith.xori %{{.*}}, %[[SIGN]] : i32
// CHECK: %[[V3:.*]] = arith.xori %{{.*}}, %[[SIGN]] : i32
// CHECK: %[[V4:.*]] = arith.cmpi ult, %[[V2]], %[[V3]] : i32
// CHECK: %[[V5:.*]] = arith.select %[[V4]], %{{.*}}, %{{.*}} : i32
// CHECK: xyz.store %[[V5]], %{{.*}}
// CHECK-NOT: si 
xyz.kernel @maxsi() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %a = xyz.load %c0
  %b = xyz.load %c4
  %r = arith.maxsi %a, %b : i32
  xyz.store %r, %c0
  xyz.return
}

// -----

// ((a ^ m) >> b) ^ m with m = 0 - (a >> 31).
// CHECK-LABEL: xyz.kernel @shrsi
// CHECK: %[[C31:.*]] = arith.constant 31 : i32
// CHECK: %[[V2:.*]] = arith.shrui %{{.*}}, %[[C31]] : i32
// CHECK: %[[V3:.*]] = arith.subi %{{.*}}, %[[V2]] : i32
// CHECK: %[[V4:.*]] = arith.xori %{{.*}}, %[[V3]] : i32
// CHECK: %[[V5:.*]] = arith.shrui %[[V4]], %{{.*}} : i32
// CHECK: %[[V6:.*]] = arith.xori %[[V5]], %[[V3]] : i32
// CHECK: xyz.store %[[V6]], %{{.*}}
// CHECK-NOT: si 
xyz.kernel @shrsi() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %a = xyz.load %c0
  %b = xyz.load %c4
  %r = arith.shrsi %a, %b : i32
  xyz.store %r, %c0
  xyz.return
}

// -----

// |a| / |b|, negated when the signs differ.
// CHECK-LABEL: xyz.kernel @divsi
// CHECK: %[[C31:.*]] = arith.constant 31 : i32
// CHECK: %[[V2:.*]] = arith.shrui %{{.*}}, %[[C31]] : i32
// CHECK: %[[V3:.*]] = arith.subi %{{.*}}, %[[V2]] : i32
// CHECK: %[[V4:.*]] = arith.shrui %{{.*}}, %[[C31]] : i32
// CHECK: %[[V5:.*]] = arith.xori %{{.*}}, %[[V3]] : i32
// CHECK: %[[V6:.*]] = arith.subi %[[V5]], %[[V3]] : i32
// CHECK: %[[V7:.*]] = arith.subi %{{.*}}, %[[V4]] : i32
// CHECK: %[[V8:.*]] = arith.xori %{{.*}}, %[[V7]] : i32
// CHECK: %[[V9:.*]] = arith.subi %[[V8]], %[[V7]] : i32
// CHECK: %[[V10:.*]] = arith.xori %[[V2]], %[[V4]] : i32
// CHECK: %[[V11:.*]] = arith.divui %[[V6]], %[[V9]] : i32
// CHECK: %[[V12:.*]] = arith.subi %{{.*}}, %[[V10]] : i32
// CHECK: %[[V13:.*]] = arith.xori %[[V11]], %[[V12]] : i32
// CHECK: %[[V14:.*]] = arith.subi %[[V13]], %[[V12]] : i32
// CHECK: xyz.store %[[V14]], %{{.*}}
// CHECK-NOT: si 
xyz.kernel @divsi() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %a = xyz.load %c0
  %b = xyz.load %c4
  %r = arith.divsi %a, %b : i32
  xyz.store %r, %c0
  xyz.return
}

// -----

// |a| % |b| with the sign of a.
// CHECK-LABEL: xyz.kernel @remsi
// CHECK: %[[C31:.*]] = arith.constant 31 : i32
// CHECK: %[[V2:.*]] = arith.shrui %{{.*}}, %[[C31]] : i32
// CHECK: %[[V3:.*]] = arith.subi %{{.*}}, %[[V2]] : i32
// CHECK: %[[V4:.*]] = arith.shrui %{{.*}}, %[[C31]] : i32
// CHECK: %[[V5:.*]] = arith.xori %{{.*}}, %[[V3]] : i32
// CHECK: %[[V6:.*]] = arith.subi %[[V5]], %[[V3]] : i32
// CHECK: %[[V7:.*]] = arith.subi %{{.*}}, %[[V4]] : i32
// CHECK: %[[V8:.*]] = arith.xori %{{.*}}, %[[V7]] : i32
// CHECK: %[[V9:.*]] = arith.subi %[[V8]], %[[V7]] : i32
// CHECK: %[[V10:.*]] = arith.remui %[[V6]], %[[V9]] : i32
// CHECK: %[[V11:.*]] = arith.xori %[[V10]], %[[V3]] : i32
// CHECK: %[[V12:.*]] = arith.subi %[[V11]], %[[V3]] : i32
// CHECK: xyz.store %[[V12]], %{{.*}}
// CHECK-NOT: si 
xyz.kernel @remsi() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %a = xyz.load %c0
  %b = xyz.load %c4
  %r = arith.remsi %a, %b : i32
  xyz.store %r, %c0
  xyz.return
}

// -----

// The truncated quotient, plus 1 when inexact and positive.
// CHECK-LABEL: xyz.kernel @ceildivsi
// CHECK: %[[C1:.*]] = arith.constant 1 : i32
// CHECK: %[[C31:.*]] = arith.constant 31 : i32
// CHECK: %[[V2:.*]] = arith.shrui %{{.*}}, %[[C31]] : i32
// CHECK: %[[V3:.*]] = arith.subi %{{.*}}, %[[V2]] : i32
// CHECK: %[[V4:.*]] = arith.shrui %{{.*}}, %[[C31]] : i32
// CHECK: %[[V5:.*]] = arith.xori %{{.*}}, %[[V3]] : i32
// CHECK: %[[V6:.*]] = arith.subi %[[V5]], %[[V3]] : i32
// CHECK: %[[V7:.*]] = arith.subi %{{.*}}, %[[V4]] : i32
// CHECK: %[[V8:.*]] = arith.xori %{{.*}}, %[[V7]] : i32
// CHECK: %[[V9:.*]] = arith.subi %[[V8]], %[[V7]] : i32
// CHECK: %[[V10:.*]] = arith.xori %[[V2]], %[[V4]] : i32
// CHECK: %[[V11:.*]] = arith.divui %[[V6]], %[[V9]] : i32
// CHECK: %[[V12:.*]] = arith.remui %[[V6]], %[[V9]] : i32
// CHECK: %[[V13:.*]] = arith.xori %[[V10]], %[[C1]] : i32
// CHECK: %[[V14:.*]] = arith.cmpi ne, %[[V12]], %{{.*}} : i32
// CHECK: %[[V15:.*]] = arith.extui %[[V14]] : i1 to i32
// CHECK: %[[V16:.*]] = arith.andi %[[V15]], %[[V13]] : i32
// CHECK: %[[V17:.*]] = arith.subi %{{.*}}, %[[V10]] : i32
// CHECK: %[[V18:.*]] = arith.xori %[[V11]], %[[V17]] : i32
// CHECK: %[[V19:.*]] = arith.subi %[[V18]], %[[V17]] : i32
// CHECK: %[[V20:.*]] = arith.addi %[[V19]], %[[V16]] : i32
// CHECK: xyz.store %[[V20]], %{{.*}}
// CHECK-NOT: si 
xyz.kernel @ceildivsi() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %a = xyz.load %c0
  %b = xyz.load %c4
  %r = arith.ceildivsi %a, %b : i32
  xyz.store %r, %c0
  xyz.return
}

// -----

// The truncated quotient, minus 1 when inexact and negative.
// CHECK-LABEL: xyz.kernel @floordivsi
// CHECK: %[[C31:.*]] = arith.constant 31 : i32
// CHECK: %[[V2:.*]] = arith.shrui %{{.*}}, %[[C31]] : i32
// CHECK: %[[V3:.*]] = arith.subi %{{.*}}, %[[V2]] : i32
// CHECK: %[[V4:.*]] = arith.shrui %{{.*}}, %[[C31]] : i32
// CHECK: %[[V5:.*]] = arith.xori %{{.*}}, %[[V3]] : i32
// CHECK: %[[V6:.*]] = arith.subi %[[V5]], %[[V3]] : i32
// CHECK: %[[V7:.*]] = arith.subi %{{.*}}, %[[V4]] : i32
// CHECK: %[[V8:.*]] = arith.xori %{{.*}}, %[[V7]] : i32
// CHECK: %[[V9:.*]] = arith.subi %[[V8]], %[[V7]] : i32
// CHECK: %[[V10:.*]] = arith.xori %[[V2]], %[[V4]] : i32
// CHECK: %[[V11:.*]] = arith.divui %[[V6]], %[[V9]] : i32
// CHECK: %[[V12:.*]] = arith.remui %[[V6]], %[[V9]] : i32
// CHECK: %[[V13:.*]] = arith.cmpi ne, %[[V12]], %{{.*}} : i32
// CHECK: %[[V14:.*]] = arith.extui %[[V13]] : i1 to i32
// CHECK: %[[V15:.*]] = arith.andi %[[V14]], %[[V10]] : i32
// CHECK: %[[V16:.*]] = arith.subi %{{.*}}, %[[V10]] : i32
// CHECK: %[[V17:.*]] = arith.xori %[[V11]], %[[V16]] : i32
// CHECK: %[[V18:.*]] = arith.subi %[[V17]], %[[V16]] : i32
// CHECK: %[[V19:.*]] = arith.subi %[[V18]], %[[V15]] : i32
// CHECK: xyz.store %[[V19]], %{{.*}}
// CHECK-NOT: si 
xyz.kernel @floordivsi() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %a = xyz.load %c0
  %b = xyz.load %c4
  %r = arith.floordivsi %a, %b : i32
  xyz.store %r, %c0
  xyz.return
}

// -----

// 0 - zext(x).
// CHECK-LABEL: xyz.kernel @extsi
// CHECK: %[[V2:.*]] = arith.cmpi ult, %{{.*}}, %{{.*}} : i32
// CHECK: %[[V3:.*]] = arith.extui %[[V2]] : i1 to i32
// CHECK: %[[V4:.*]] = arith.subi %{{.*}}, %[[V3]] : i32
// CHECK: xyz.store %[[V4]], %{{.*}}
// CHECK-NOT: si 
xyz.kernel @extsi() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %a = xyz.load %c0
  %b = xyz.load %c4
  %r0 = arith.cmpi ult, %a, %b : i32
  %r = arith.extsi %r0 : i1 to i32
  xyz.store %r, %c0
  xyz.return
}


// -----

// The high word of a product from 16-bit halves: four multiplies of
// halves, then the partial products' carries; the low word is one
// multiply. The signed high word subtracts b & mask(a) and a & mask(b).
// CHECK-LABEL: xyz.kernel @mul_extended
// CHECK-COUNT-4: arith.muli
// CHECK: %[[LOW:.*]] = arith.muli
// CHECK: xyz.store %[[LOW]]
// CHECK-COUNT-4: arith.muli
// CHECK: arith.shrui %{{.*}}, %c31
// CHECK: arith.shrui %{{.*}}, %c31
// CHECK: %[[M:.*]] = arith.andi
// CHECK: %[[SIGNED:.*]] = arith.subi %{{.*}}, %[[M]] : i32
// CHECK-NEXT: xyz.store %[[SIGNED]]
// CHECK-NOT: _extended
xyz.kernel @mul_extended() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %a = xyz.load %c0
  %b = xyz.load %c4
  %lo, %hi = arith.mului_extended %a, %b : i32
  xyz.store %lo, %c0
  xyz.store %hi, %c4
  %slo, %shi = arith.mulsi_extended %a, %b : i32
  xyz.store %shi, %c0
  xyz.return
}

// -----

// Booleans are the words 0 and 1: i1 add and subtract are xor, multiply
// is and; true is -1, so a <s b is b <u a, minsi is maxui, maxsi minui.
// CHECK-LABEL: xyz.kernel @bools
// CHECK: %[[A:.*]] = arith.cmpi ne
// CHECK: %[[B:.*]] = arith.cmpi ne
// CHECK: arith.xori %[[A]], %[[B]] : i1
// CHECK: arith.xori %[[A]], %[[B]] : i1
// CHECK: arith.andi %[[A]], %[[B]] : i1
// CHECK: arith.cmpi ult, %[[B]], %[[A]] : i1
// CHECK: arith.maxui %[[A]], %[[B]] : i1
// CHECK: arith.minui %[[A]], %[[B]] : i1
// CHECK-NOT: si
xyz.kernel @bools() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %x = xyz.load %c0
  %y = xyz.load %c4
  %a = arith.cmpi ne, %x, %c0 : i32
  %b = arith.cmpi ne, %y, %c0 : i32
  %s = arith.addi %a, %b : i1
  %d = arith.subi %a, %b : i1
  %m = arith.muli %a, %b : i1
  %lt = arith.cmpi slt, %a, %b : i1
  %mn = arith.minsi %a, %b : i1
  %mx = arith.maxsi %a, %b : i1
  %r0 = arith.extui %s : i1 to i32
  %r1 = arith.extui %d : i1 to i32
  %r2 = arith.extui %m : i1 to i32
  %r3 = arith.extui %lt : i1 to i32
  %r4 = arith.extui %mn : i1 to i32
  %r5 = arith.extui %mx : i1 to i32
  xyz.store %r0, %c0
  xyz.store %r1, %c0
  xyz.store %r2, %c0
  xyz.store %r3, %c0
  xyz.store %r4, %c0
  xyz.store %r5, %c0
  xyz.return
}
