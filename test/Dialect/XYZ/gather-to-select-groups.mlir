// RUN: xyz-opt %s -split-input-file --xyz-gather-to-select-groups | FileCheck %s

// A vector program (after vectorization and thread expansion) whose load
// engine binds: the gather of "tab" carries the range the scalar pass knew
// (4 words from 100) and its offset's bits are the kernel's own b1 (bit 0,
// computed last: a shift and a mask) and b0 (bit 1, one mask). The words,
// the pairs' differences and their broadcasts come once at the start. The
// levels go from the bit available first to the last: multiply-adds on b0
// pick within the pairs (w0, w2) and (w1, w3), the select on b1 (the last
// bit) is the one op left after it. The gathers without a range stay.
// CHECK-LABEL: xyz.kernel @groups
// CHECK-DAG: %[[W0:.*]] = xyz.load %c100_i32 in "tab"
// CHECK-DAG: %[[W2:.*]] = xyz.load %c102_i32 in "tab"
// CHECK-DAG: %[[D02:.*]] = arith.subi %[[W2]], %[[W0]] : i32
// CHECK-DAG: %[[V0:.*]] = xyz.broadcast %[[W0]] : vector<8xi32>
// CHECK-DAG: %[[VD02:.*]] = xyz.broadcast %[[D02]] : vector<8xi32>
// CHECK: %[[X:.*]] = xyz.vload
// CHECK: %[[B0:.*]] = arith.andi %[[X]]
// CHECK: %[[B1:.*]] = arith.andi
// CHECK: %[[P02:.*]] = xyz.multiply_add %[[B0]], %[[VD02]], %[[V0]]
// CHECK: %[[P13:.*]] = xyz.multiply_add %[[B0]]
// CHECK: %[[C1:.*]] = arith.trunci %[[B1]] : vector<8xi32> to vector<8xi1>
// CHECK: %[[SEL:.*]] = arith.select %[[C1]], %[[P13]], %[[P02]]
// CHECK-NOT: xyz.gather %{{.*}} in "tab"
// CHECK: xyz.gather %{{.*}} in "big"
// CHECK: xyz.gather %{{.*}} in "big"
// CHECK: xyz.gather %{{.*}} in "big"
// CHECK: xyz.vstore %[[SEL]]
xyz.kernel @groups() attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %one = arith.constant dense<1> : vector<8xi32>
  %two = arith.constant dense<2> : vector<8xi32>
  %k = arith.constant dense<100> : vector<8xi32>
  %x = xyz.vload %c0 in "in" : vector<8xi32>
  %b0 = arith.andi %x, %one : vector<8xi32>
  %s = arith.shrui %x, %one : vector<8xi32>
  %b1 = arith.andi %s, %one : vector<8xi32>
  %i = xyz.multiply_add %b0, %two, %b1 : vector<8xi32>
  %a = arith.addi %i, %k : vector<8xi32>
  %g = xyz.gather %a in "tab" {xyz.address_range = array<i64: 100, 4>} : vector<8xi32>
  %h1 = xyz.gather %x in "big" : vector<8xi32>
  %h2 = xyz.gather %h1 in "big" : vector<8xi32>
  %h3 = xyz.gather %h2 in "big" : vector<8xi32>
  xyz.vstore %g, %c0 in "out" : vector<8xi32>
  xyz.vstore %h3, %c8 in "out" : vector<8xi32>
  xyz.return
}

// -----

// The range annotation is only a hint: here it claims 4 words and the two
// low bits of the offset are known (b0, b1), but the address is
// 4*x + 2*b1 + b0 with x loaded (any value): nothing proves the range, so
// the gather stays.
// CHECK-LABEL: xyz.kernel @unproven
// CHECK-NOT: arith.select
// CHECK: xyz.gather %{{.*}} in "tab"
xyz.kernel @unproven() attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %one = arith.constant dense<1> : vector<8xi32>
  %two = arith.constant dense<2> : vector<8xi32>
  %k = arith.constant dense<100> : vector<8xi32>
  %x = xyz.vload %c0 in "in" : vector<8xi32>
  %b0 = arith.andi %x, %one : vector<8xi32>
  %s = arith.shrui %x, %one : vector<8xi32>
  %b1 = arith.andi %s, %one : vector<8xi32>
  %i1 = xyz.multiply_add %x, %two, %b1 : vector<8xi32>
  %i = xyz.multiply_add %i1, %two, %b0 : vector<8xi32>
  %a = arith.addi %i, %k : vector<8xi32>
  %g = xyz.gather %a in "tab" {xyz.address_range = array<i64: 100, 4>} : vector<8xi32>
  %h1 = xyz.gather %x in "big" : vector<8xi32>
  %h2 = xyz.gather %h1 in "big" : vector<8xi32>
  %h3 = xyz.gather %h2 in "big" : vector<8xi32>
  xyz.vstore %g, %c0 in "out" : vector<8xi32>
  xyz.vstore %h3, %c8 in "out" : vector<8xi32>
  xyz.return
}

// -----

// An address `x & 15` is proven to lie in [0, 16): its bits are made from
// x, (x >> j) & 1. The first group's selection has level 0 on the vector
// engines and the 7 selects above it on the flow engine; after it the one
// flow slot a cycle would bind, so the other groups' levels all go to the
// vector engines: 15 multiply-adds lo + bit * d, with every difference d
// taken once on the table words (no per-lane subtract).
// CHECK-LABEL: xyz.kernel @masked
// CHECK: %[[X0:.*]] = xyz.vload
// CHECK: arith.shrui %[[X0]], %{{.*}} : vector<8xi32>
// CHECK: arith.select
// CHECK: xyz.vstore
// CHECK: xyz.vload
// CHECK-NOT: arith.select
// CHECK-NOT: arith.subi {{.*}} : vector<8xi32>
// CHECK-COUNT-15: xyz.multiply_add
// CHECK-NOT: arith.select
// CHECK: xyz.vstore
// CHECK-NOT: xyz.gather
xyz.kernel @masked() attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %c16 = arith.constant 16 : i32
  %c24 = arith.constant 24 : i32
  %m = arith.constant dense<15> : vector<8xi32>
  %x0 = xyz.vload %c0 in "in" : vector<8xi32>
  %a0 = arith.andi %x0, %m : vector<8xi32>
  %g0 = xyz.gather %a0 in "tab" {xyz.address_range = array<i64: 0, 16>} : vector<8xi32>
  xyz.vstore %g0, %c0 in "out" : vector<8xi32>
  %x1 = xyz.vload %c8 in "in" : vector<8xi32>
  %a1 = arith.andi %x1, %m : vector<8xi32>
  %g1 = xyz.gather %a1 in "tab" {xyz.address_range = array<i64: 0, 16>} : vector<8xi32>
  xyz.vstore %g1, %c8 in "out" : vector<8xi32>
  %x2 = xyz.vload %c16 in "in" : vector<8xi32>
  %a2 = arith.andi %x2, %m : vector<8xi32>
  %g2 = xyz.gather %a2 in "tab" {xyz.address_range = array<i64: 0, 16>} : vector<8xi32>
  xyz.vstore %g2, %c16 in "out" : vector<8xi32>
  %x3 = xyz.vload %c24 in "in" : vector<8xi32>
  %a3 = arith.andi %x3, %m : vector<8xi32>
  %g3 = xyz.gather %a3 in "tab" {xyz.address_range = array<i64: 0, 16>} : vector<8xi32>
  xyz.vstore %g3, %c24 in "out" : vector<8xi32>
  xyz.return
}

// -----

// Bits of either polarity: the offset 16 - 2 * b0 + b1 - 14 is 2 * (1 - b0)
// + b1, a sum of bits with b0 complemented (what xyz-carry-xor-constants
// leaves when it flips a tree walk's branch bit: coefficients -2^j). The
// range [14, 18) is proven all the same, and the tree takes the words in
// the order of the complemented offset: on b0, the pairs (w16, w14) and
// (w17, w15) (b0 = 0 picks the first), then b1 picks between the pairs.
// A coefficient that is not +-2^j, or a constant left over, proves nothing
// (@signed_bits_unproven).
// CHECK-LABEL: xyz.kernel @signed_bits
// CHECK-DAG: %[[W14:.*]] = xyz.load %c14_i32 in "tab"
// CHECK-DAG: %[[W15:.*]] = xyz.load %c15_i32 in "tab"
// CHECK-DAG: %[[W16:.*]] = xyz.load %c16_i32 in "tab"
// CHECK-DAG: %[[W17:.*]] = xyz.load %c17_i32 in "tab"
// CHECK-DAG: %[[D0:.*]] = arith.subi %[[W14]], %[[W16]] : i32
// CHECK-DAG: %[[D1:.*]] = arith.subi %[[W15]], %[[W17]] : i32
// CHECK-DAG: %[[V16:.*]] = xyz.broadcast %[[W16]] : vector<8xi32>
// CHECK-DAG: %[[VD0:.*]] = xyz.broadcast %[[D0]] : vector<8xi32>
// CHECK-DAG: %[[V17:.*]] = xyz.broadcast %[[W17]] : vector<8xi32>
// CHECK-DAG: %[[VD1:.*]] = xyz.broadcast %[[D1]] : vector<8xi32>
// CHECK: %[[X:.*]] = xyz.vload
// CHECK: %[[B0:.*]] = arith.andi %[[X]]
// CHECK: %[[B1:.*]] = arith.andi
// CHECK: %[[P0:.*]] = xyz.multiply_add %[[B0]], %[[VD0]], %[[V16]]
// CHECK: %[[P1:.*]] = xyz.multiply_add %[[B0]], %[[VD1]], %[[V17]]
// CHECK: %[[C:.*]] = arith.trunci %[[B1]]
// CHECK: arith.select %[[C]], %[[P1]], %[[P0]]
// CHECK-NOT: xyz.gather
xyz.kernel @signed_bits() attributes {xyz.outputs = ["out"]} {
  %one = arith.constant dense<1> : vector<8xi32>
  %m2 = arith.constant dense<-2> : vector<8xi32>
  %c16 = arith.constant dense<16> : vector<8xi32>
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %c64 = arith.constant 64 : i32
  %c72 = arith.constant 72 : i32
  %x = xyz.vload %c0 in "in" : vector<8xi32>
  %b0 = arith.andi %x, %one : vector<8xi32>
  %s1 = arith.shrui %x, %one : vector<8xi32>
  %b1 = arith.andi %s1, %one : vector<8xi32>
  %i = xyz.multiply_add %b0, %m2, %b1 : vector<8xi32>
  %a = arith.addi %i, %c16 : vector<8xi32>
  %g = xyz.gather %a in "tab" {xyz.address_range = array<i64: 14, 4>} : vector<8xi32>
  xyz.vstore %g, %c64 in "out" : vector<8xi32>
  %y = xyz.vload %c8 in "in" : vector<8xi32>
  %d0 = arith.andi %y, %one : vector<8xi32>
  %t1 = arith.shrui %y, %one : vector<8xi32>
  %d1 = arith.andi %t1, %one : vector<8xi32>
  %j = xyz.multiply_add %d0, %m2, %d1 : vector<8xi32>
  %e = arith.addi %j, %c16 : vector<8xi32>
  %h = xyz.gather %e in "tab" {xyz.address_range = array<i64: 14, 4>} : vector<8xi32>
  xyz.vstore %h, %c72 in "out" : vector<8xi32>
  xyz.return
}

// -----

// The same with a coefficient of -3 (not a power of two), and with the
// constant off by one (the offset 2 * (1 - b0) + b1 - 1 may be -1): both
// gathers stay.
// CHECK-LABEL: xyz.kernel @signed_bits_unproven
// CHECK-COUNT-2: xyz.gather
xyz.kernel @signed_bits_unproven() attributes {xyz.outputs = ["out"]} {
  %one = arith.constant dense<1> : vector<8xi32>
  %m2 = arith.constant dense<-2> : vector<8xi32>
  %m3 = arith.constant dense<-3> : vector<8xi32>
  %c15 = arith.constant dense<15> : vector<8xi32>
  %c17 = arith.constant dense<17> : vector<8xi32>
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %c64 = arith.constant 64 : i32
  %c72 = arith.constant 72 : i32
  %x = xyz.vload %c0 in "in" : vector<8xi32>
  %b0 = arith.andi %x, %one : vector<8xi32>
  %s1 = arith.shrui %x, %one : vector<8xi32>
  %b1 = arith.andi %s1, %one : vector<8xi32>
  %i = xyz.multiply_add %b0, %m3, %b1 : vector<8xi32>
  %a = arith.addi %i, %c17 : vector<8xi32>
  %g = xyz.gather %a in "tab" {xyz.address_range = array<i64: 14, 4>} : vector<8xi32>
  xyz.vstore %g, %c64 in "out" : vector<8xi32>
  %y = xyz.vload %c8 in "in" : vector<8xi32>
  %d0 = arith.andi %y, %one : vector<8xi32>
  %t1 = arith.shrui %y, %one : vector<8xi32>
  %d1 = arith.andi %t1, %one : vector<8xi32>
  %j = xyz.multiply_add %d0, %m2, %d1 : vector<8xi32>
  %e = arith.addi %j, %c15 : vector<8xi32>
  %h = xyz.gather %e in "tab" {xyz.address_range = array<i64: 14, 4>} : vector<8xi32>
  xyz.vstore %h, %c72 in "out" : vector<8xi32>
  xyz.return
}
