// RUN: xyz-opt %s --split-input-file \
// RUN:   --xyz-carry-xor-constants="only-vector-bound=0" | FileCheck %s
// RUN: xyz-opt %s --split-input-file --xyz-carry-xor-constants \
// RUN:   | FileCheck %s --check-prefix=BOUND
// RUN: xyz-opt %s --split-input-file \
// RUN:   --xyz-carry-xor-constants="while-ranged=1" \
// RUN:   | FileCheck %s --check-prefix=RANGED

// A hash ends in `^ 5` (odd); its value is xored with a node selected from
// two uniform words by its own low bit. The xor goes: the node's words
// take the 5 (once, as scalars) and the bit, of opposite polarity, picks
// them the other way round.
// CHECK-LABEL: xyz.kernel @select_words
// CHECK: %[[N1:.*]] = xyz.load %{{.*}} in "t"
// CHECK: arith.xori %{{.*}}, %{{.*}} : i32
// CHECK: %[[X:.*]] = xyz.vload
// CHECK-NOT: arith.xori %[[X]]
// CHECK: %[[B:.*]] = arith.andi %[[X]], %{{.*}} : vector<8xi32>
// CHECK: %[[NODE:.*]] = xyz.multiply_add %[[B]], %{{.*}}, %{{.*}} : vector<8xi32>
// CHECK: %[[M:.*]] = arith.xori %[[X]], %[[NODE]] : vector<8xi32>
// CHECK: xyz.vstore %[[M]]
// CHECK: xyz.return
// BOUND-LABEL: xyz.kernel @select_words
// BOUND: arith.xori %{{.*}}, %cst
// With while-ranged the gate still holds here: no gather with a known
// address range is left for a replacement to move to selections.
// RANGED-LABEL: xyz.kernel @select_words
// RANGED: arith.xori %{{.*}}, %cst
xyz.kernel @select_words() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c16 = arith.constant 16 : i32
  %c32 = arith.constant 32 : i32
  %n1 = xyz.load %c0 in "t"
  %n2 = xyz.load %c1 in "t"
  %d = arith.subi %n2, %n1 : i32
  %x = xyz.vload %c16 in "v" : vector<8xi32>
  %k = arith.constant dense<5> : vector<8xi32>
  %one = arith.constant dense<1> : vector<8xi32>
  %h = arith.xori %x, %k : vector<8xi32>
  %b = arith.andi %h, %one : vector<8xi32>
  %dv = xyz.broadcast %d : vector<8xi32>
  %nv = xyz.broadcast %n1 : vector<8xi32>
  %node = xyz.multiply_add %b, %dv, %nv : vector<8xi32>
  %m = arith.xori %h, %node : vector<8xi32>
  xyz.vstore %m, %c32 in "v" : vector<8xi32>
  xyz.return
}

// -----

// Two hashes each end in `^ 3`; their bits choose a node among four
// uniform words with selects, and build an index 2 * b0 + b1 + 7 that a
// gather reads. The words take the 3 (as scalars), the selects swap their
// arms, and the index, 3 - (2 * b0' + b1') in the bits b' of opposite
// polarity, reaches the gather as 10 - w: the op that added the 7 does it.
// CHECK-LABEL: xyz.kernel @select_tree_and_index
// CHECK: %[[W0:.*]] = xyz.load %{{.*}} in "t"
// CHECK: %[[K0:.*]] = arith.xori %[[W0]], %{{.*}} : i32
// CHECK: %[[V0:.*]] = xyz.broadcast %[[K0]]
// CHECK: %[[X:.*]] = xyz.vload
// CHECK: %[[B0:.*]] = arith.andi %[[X]], %{{.*}} : vector<8xi32>
// CHECK: %[[X1:.*]] = xyz.multiply_add %[[X]]
// CHECK: %[[B1:.*]] = arith.andi %[[X1]], %{{.*}} : vector<8xi32>
// CHECK: %[[W:.*]] = xyz.multiply_add %[[B0]], %{{.*}}, %[[B1]] : vector<8xi32>
// CHECK: %[[T0:.*]] = arith.trunci %[[B0]]
// CHECK: %[[T1:.*]] = arith.trunci %[[B1]]
// CHECK: %[[S0:.*]] = arith.select %[[T0]], %[[V0]], %{{.*}}
// CHECK: %[[S1:.*]] = arith.select %[[T0]]
// CHECK: %[[C10:.*]] = arith.constant dense<10> : vector<8xi32>
// CHECK: %[[A:.*]] = arith.subi %[[C10]], %[[W]] : vector<8xi32>
// CHECK: xyz.gather %[[A]] in "t"
// CHECK: %[[S:.*]] = arith.select %[[T1]], %[[S0]], %[[S1]]
// CHECK: arith.xori %[[X1]], %[[S]] : vector<8xi32>
// CHECK-NOT: arith.xori
// CHECK: xyz.return
xyz.kernel @select_tree_and_index() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c16 = arith.constant 16 : i32
  %c32 = arith.constant 32 : i32
  %c40 = arith.constant 40 : i32
  %w0 = xyz.load %c0 in "t"
  %w1 = xyz.load %c1 in "t"
  %w2 = xyz.load %c2 in "t"
  %w3 = xyz.load %c3 in "t"
  %v0 = xyz.broadcast %w0 : vector<8xi32>
  %v1 = xyz.broadcast %w1 : vector<8xi32>
  %v2 = xyz.broadcast %w2 : vector<8xi32>
  %v3 = xyz.broadcast %w3 : vector<8xi32>
  %x = xyz.vload %c16 in "v" : vector<8xi32>
  %k = arith.constant dense<3> : vector<8xi32>
  %one = arith.constant dense<1> : vector<8xi32>
  %two = arith.constant dense<2> : vector<8xi32>
  %seven = arith.constant dense<7> : vector<8xi32>
  %h0 = arith.xori %x, %k : vector<8xi32>
  %b0 = arith.andi %h0, %one : vector<8xi32>
  %five = arith.constant dense<5> : vector<8xi32>
  %x1 = xyz.multiply_add %x, %five, %seven : vector<8xi32>
  %h1 = arith.xori %x1, %k : vector<8xi32>
  %b1 = arith.andi %h1, %one : vector<8xi32>
  %r = xyz.multiply_add %b0, %two, %b1 : vector<8xi32>
  %t0 = arith.trunci %b0 : vector<8xi32> to vector<8xi1>
  %s0 = arith.select %t0, %v1, %v0 : vector<8xi1>, vector<8xi32>
  %s1 = arith.select %t0, %v3, %v2 : vector<8xi1>, vector<8xi32>
  %t1 = arith.trunci %b1 : vector<8xi32> to vector<8xi1>
  %s = arith.select %t1, %s1, %s0 : vector<8xi1>, vector<8xi32>
  %addr = arith.addi %r, %seven : vector<8xi32>
  %g = xyz.gather %addr in "t" : vector<8xi32>
  %m = arith.xori %h1, %s : vector<8xi32>
  %out = arith.addi %m, %g : vector<8xi32>
  xyz.vstore %out, %c32 in "v" : vector<8xi32>
  xyz.return
}

// -----

// A value stored as it is keeps its xor: nothing would be saved.
// CHECK-LABEL: xyz.kernel @stored
// CHECK: %[[H:.*]] = arith.xori %{{.*}}, %{{.*}} : vector<8xi32>
// CHECK: xyz.vstore %[[H]]
xyz.kernel @stored() {
  %c16 = arith.constant 16 : i32
  %c32 = arith.constant 32 : i32
  %x = xyz.vload %c16 in "v" : vector<8xi32>
  %k = arith.constant dense<5> : vector<8xi32>
  %h = arith.xori %x, %k : vector<8xi32>
  xyz.vstore %h, %c32 in "v" : vector<8xi32>
  xyz.return
}

// -----

// @select_words with a gather whose address range is known: the loads
// bind, so the gate declines (BOUND), but with while-ranged the xor goes:
// a per-group gather replacement after this pass can move the gather's
// loads to selections, on the vector work the rewrite saved.
// BOUND-LABEL: xyz.kernel @select_words_ranged
// BOUND: arith.xori %{{.*}}, %cst
// RANGED-LABEL: xyz.kernel @select_words_ranged
// RANGED: %[[X:.*]] = xyz.vload
// RANGED-NOT: arith.xori %[[X]], %cst
// RANGED: arith.andi %[[X]]
// RANGED: xyz.gather {{.*}} {xyz.address_range = array<i64: 40, 16>}
xyz.kernel @select_words_ranged() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c16 = arith.constant 16 : i32
  %c32 = arith.constant 32 : i32
  %c48 = arith.constant 48 : i32
  %n1 = xyz.load %c0 in "t"
  %n2 = xyz.load %c1 in "t"
  %d = arith.subi %n2, %n1 : i32
  %x = xyz.vload %c16 in "v" : vector<8xi32>
  %k = arith.constant dense<5> : vector<8xi32>
  %one = arith.constant dense<1> : vector<8xi32>
  %h = arith.xori %x, %k : vector<8xi32>
  %b = arith.andi %h, %one : vector<8xi32>
  %dv = xyz.broadcast %d : vector<8xi32>
  %nv = xyz.broadcast %n1 : vector<8xi32>
  %node = xyz.multiply_add %b, %dv, %nv : vector<8xi32>
  %m = arith.xori %h, %node : vector<8xi32>
  xyz.vstore %m, %c32 in "v" : vector<8xi32>
  %a = xyz.vload %c48 in "v" : vector<8xi32>
  %g = xyz.gather %a in "u" {xyz.address_range = array<i64: 40, 16>} : vector<8xi32>
  xyz.vstore %g, %c48 in "w" : vector<8xi32>
  xyz.return
}
