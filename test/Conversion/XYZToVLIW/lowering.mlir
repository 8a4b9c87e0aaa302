// RUN: xyz-opt %s -split-input-file --convert-xyz-to-vliw | FileCheck %s

// Arithmetic on words goes to the ALU, memory to load/store with its region.
// CHECK-LABEL: vliw.vprogram @arith
// CHECK: %[[A:.*]] = vliw.vop const imm [5] () : () -> i32
// CHECK: %[[B:.*]] = vliw.vop const imm [4294967295] () : () -> i32
// CHECK: %[[X:.*]] = vliw.vop load (%[[A]]) in "in" : (i32) -> i32
// CHECK: %[[S:.*]] = vliw.vop alu add (%[[X]], %[[B]]) : (i32, i32) -> i32
// CHECK: %[[T:.*]] = vliw.vop alu shl (%[[S]], %[[A]])
// CHECK: %[[U:.*]] = vliw.vop alu shr (%[[T]], %[[A]])
// CHECK: %[[V:.*]] = vliw.vop alu xor (%[[U]], %[[S]])
// CHECK: %[[W:.*]] = vliw.vop alu mul (%[[V]], %[[V]])
// CHECK: vliw.vop store (%[[A]], %[[W]]) in "out" : (i32, i32) -> ()
xyz.kernel @arith() {
  %a = arith.constant 5 : i32
  %b = arith.constant -1 : i32
  %x = xyz.load %a in "in"
  %s = arith.addi %x, %b : i32
  %t = arith.shli %s, %a : i32
  %u = arith.shrui %t, %a : i32
  %v = arith.xori %u, %s : i32
  %w = arith.muli %v, %v : i32
  xyz.store %w, %a in "out"
  xyz.return
}

// -----

// Comparisons the machine lacks are built from < and ==: x >= y is
// (x < y) ^ 1, but read only by selects it is x < y with the arms swapped.
// The chain of ops binds this kernel, so its select is the flow engine's
// (one op on the chain, not three: @parallel_selects has the ALU form).
// CHECK-LABEL: vliw.vprogram @compare
// CHECK: %[[X:.*]] = vliw.vop load
// CHECK: %[[Y:.*]] = vliw.vop load
// CHECK: %[[LT:.*]] = vliw.vop alu lt (%[[X]], %[[Y]])
// CHECK-NEXT: %[[R:.*]] = vliw.vop select (%[[LT]], %[[Y]], %[[X]])
// CHECK: %[[GT:.*]] = vliw.vop alu lt (%[[Y]], %[[X]])
// CHECK: %[[EQ:.*]] = vliw.vop alu eq (%[[X]], %[[Y]])
// CHECK: %[[LE:.*]] = vliw.vop alu lt (%[[Y]], %[[X]])
// CHECK: %[[ONE:.*]] = vliw.vop const imm [1]
// CHECK: vliw.vop alu xor (%[[LE]], %[[ONE]])
xyz.kernel @compare() {
  %a = arith.constant 0 : i32
  %b = arith.constant 1 : i32
  %x = xyz.load %a
  %y = xyz.load %b
  %ge = arith.cmpi uge, %x, %y : i32
  %r = arith.select %ge, %x, %y : i32
  %gt = arith.cmpi ugt, %x, %y : i32
  %eq = arith.cmpi eq, %x, %y : i32
  %le = arith.cmpi ule, %x, %y : i32
  %g = arith.extui %gt : i1 to i32
  %e = arith.extui %eq : i1 to i32
  %l = arith.extui %le : i1 to i32
  %s = arith.addi %g, %e : i32
  %t = arith.addi %s, %r : i32
  %u = arith.addi %t, %l : i32
  xyz.store %u, %a
  xyz.return
}

// -----

// Word selects on the flow engine test their condition for nonzero, as
// vselect does: a select on y != 0 reads y (no compare), one on y == 0
// reads y with its arms swapped.
// CHECK-LABEL: vliw.vprogram @word_nonzero_test
// CHECK: %[[X:.*]] = vliw.vop load
// CHECK: %[[Y:.*]] = vliw.vop load
// CHECK-NOT: alu eq
// CHECK: vliw.vop select (%[[Y]], %[[X]], %[[Y]])
// CHECK-NOT: alu eq
// CHECK: vliw.vop select (%[[X]], %[[X]], %[[Y]])
xyz.kernel @word_nonzero_test() {
  %a = arith.constant 0 : i32
  %b = arith.constant 1 : i32
  %zero = arith.constant 0 : i32
  %x = xyz.load %a
  %y = xyz.load %b
  %ne = arith.cmpi ne, %y, %zero : i32
  %r = arith.select %ne, %x, %y : i32
  %eq = arith.cmpi eq, %x, %zero : i32
  %q = arith.select %eq, %y, %x : i32
  %t = arith.addi %r, %q : i32
  xyz.store %t, %a
  xyz.return
}

// -----

// Vector forms: vload/vstore, a gather as 8 lane loads, broadcasts,
// multiply_add on the VALU (and as mul + add on the ALU for words).
// CHECK-LABEL: vliw.vprogram @vector
// CHECK: %[[A:.*]] = vliw.vop const imm [16] () : () -> i32
// CHECK: %[[V:.*]] = vliw.vop vload (%[[A]]) in "in" : (i32) -> vector<8xi32>
// CHECK: %[[G:.*]] = vliw.vop lanes load (%[[V]]) in "table" : (vector<8xi32>) -> vector<8xi32>
// CHECK: %[[B:.*]] = vliw.vop vbroadcast (%{{.*}}) : (i32) -> vector<8xi32>
// CHECK: %[[M:.*]] = vliw.vop multiply_add (%[[G]], %[[B]], %[[V]])
// CHECK: vliw.vop vstore (%[[A]], %[[M]]) in "in" : (i32, vector<8xi32>) -> ()
// CHECK: %[[W:.*]] = vliw.vop load (%[[A]])
// CHECK: %[[P:.*]] = vliw.vop alu mul (%[[W]], %[[A]])
// CHECK: vliw.vop alu add (%[[P]], %[[A]])
xyz.kernel @vector() {
  %a = arith.constant 16 : i32
  %v = xyz.vload %a in "in" : vector<8xi32>
  %g = xyz.gather %v in "table" : vector<8xi32>
  %b = xyz.broadcast %a : vector<8xi32>
  %m = xyz.multiply_add %g, %b, %v : vector<8xi32>
  xyz.vstore %m, %a in "in" : vector<8xi32>
  // Not all constant: multiply_add folds constant operands.
  %w = xyz.load %a
  %s = xyz.multiply_add %w, %a, %a : i32
  xyz.store %s, %a
  xyz.return
}

// -----

// A select on lanes is one flow-engine vselect; truncating a masked bit to i1
// is free, any other truncation keeps the low bit with a mask.
// CHECK-LABEL: vliw.vprogram @vector_select
// CHECK-DAG: %[[V:.*]] = vliw.vop vload
// CHECK-DAG: %[[ONE:.*]] = vliw.vop vbroadcast
// CHECK: %[[B:.*]] = vliw.vop valu and (%[[V]], %[[ONE]])
// CHECK: vliw.vop vselect (%[[B]], %[[V]], %[[B]])
// CHECK: %[[M:.*]] = vliw.vop valu and (%[[V]], %{{.*}})
// CHECK: vliw.vop vselect (%[[M]], %[[B]], %[[V]])
xyz.kernel @vector_select() {
  %a = arith.constant 16 : i32
  %one = arith.constant dense<1> : vector<8xi32>
  %v = xyz.vload %a in "in" : vector<8xi32>
  %b = arith.andi %v, %one : vector<8xi32>
  %c = arith.trunci %b : vector<8xi32> to vector<8xi1>
  %s = arith.select %c, %v, %b : vector<8xi1>, vector<8xi32>
  %d = arith.trunci %v : vector<8xi32> to vector<8xi1>
  %t = arith.select %d, %b, %v : vector<8xi1>, vector<8xi32>
  %u = arith.addi %s, %t : vector<8xi32>
  xyz.vstore %u, %a in "out" : vector<8xi32>
  xyz.return
}

// -----

// A uniform bit broadcast to lanes (the vectorizer's form of a uniform
// condition) is 0 or 1 already: no mask.
// CHECK-LABEL: vliw.vprogram @broadcast_bit
// CHECK: %[[CMP:.*]] = vliw.vop alu lt
// CHECK: %[[B:.*]] = vliw.vop vbroadcast (%[[CMP]])
// CHECK-NOT: valu and
// CHECK: vliw.vop vselect (%[[B]],
xyz.kernel @broadcast_bit() {
  %a = arith.constant 16 : i32
  %x = xyz.load %a in "hdr"
  %c = arith.cmpi ult, %x, %a : i32
  %w = arith.extui %c : i1 to i32
  %b = xyz.broadcast %w : vector<8xi32>
  %bits = arith.trunci %b : vector<8xi32> to vector<8xi1>
  %v = xyz.vload %a in "in" : vector<8xi32>
  %s = arith.select %bits, %v, %b : vector<8xi1>, vector<8xi32>
  xyz.vstore %s, %a in "out" : vector<8xi32>
  xyz.return
}

// -----

// A scalar condition selecting vectors: broadcast to the lanes.
// CHECK-LABEL: vliw.vprogram @scalar_condition
// CHECK: %[[CMP:.*]] = vliw.vop alu lt
// CHECK: %[[V:.*]] = vliw.vop vload
// CHECK: %[[B:.*]] = vliw.vop vbroadcast (%[[CMP]])
// CHECK: vliw.vop vselect (%[[B]], %[[V]],
xyz.kernel @scalar_condition() {
  %a = arith.constant 16 : i32
  %x = xyz.load %a in "hdr"
  %c = arith.cmpi ult, %x, %a : i32
  %v = xyz.vload %a in "in" : vector<8xi32>
  %w = xyz.vload %x in "in" : vector<8xi32>
  %s = arith.select %c, %v, %w : vector<8xi32>
  xyz.vstore %s, %a in "out" : vector<8xi32>
  xyz.return
}

// -----

// A vector constant with different lanes (the vectorizer's lane indices,
// folded after thread expansion): the first word broadcast plus one `lanes
// const` of the differences, the same for every <c, c+1, ..., c+7>.
// CHECK-LABEL: vliw.vprogram @lane_constants
// CHECK: %[[D:.*]] = vliw.vop lanes const imm [0, 1, 2, 3, 4, 5, 6, 7] () : () -> vector<8xi32>
// CHECK: %[[C:.*]] = vliw.vop const imm [16] () : () -> i32
// CHECK: %[[B:.*]] = vliw.vop vbroadcast (%[[C]]) : (i32) -> vector<8xi32>
// CHECK: vliw.vop valu add (%[[B]], %[[D]])
xyz.kernel @lane_constants() {
  %a = arith.constant 0 : i32
  %v = arith.constant dense<[16, 17, 18, 19, 20, 21, 22, 23]> : vector<8xi32>
  %w = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7]> : vector<8xi32>
  %s = arith.xori %v, %w : vector<8xi32>
  xyz.vstore %s, %a : vector<8xi32>
  xyz.return
}

// -----

// The lanes of a vector combined: ALU ops reading lane words, lane i with
// i + 4, then i + 2, then i + 1; min and max as compare, subtract,
// multiply, add.
// CHECK-LABEL: vliw.vprogram @reduce_lanes
// CHECK: %[[V:.*]] = vliw.vop vload
// CHECK: %[[A:.*]] = vliw.vop alu add from_lanes [0, 4] (%[[V]], %[[V]])
// CHECK: %[[B:.*]] = vliw.vop alu add from_lanes [1, 5] (%[[V]], %[[V]])
// CHECK: %[[C:.*]] = vliw.vop alu add from_lanes [2, 6] (%[[V]], %[[V]])
// CHECK: %[[D:.*]] = vliw.vop alu add from_lanes [3, 7] (%[[V]], %[[V]])
// CHECK: %[[AC:.*]] = vliw.vop alu add (%[[A]], %[[C]])
// CHECK: %[[BD:.*]] = vliw.vop alu add (%[[B]], %[[D]])
// CHECK: %[[S:.*]] = vliw.vop alu add (%[[AC]], %[[BD]])
// CHECK: vliw.vop store (%{{.*}}, %[[S]])
// CHECK: vliw.vop alu lt from_lanes [4, 0] (%[[V]], %[[V]])
// CHECK: vliw.vop alu sub from_lanes [0, 4] (%[[V]], %[[V]])
xyz.kernel @reduce_lanes() {
  %c0 = arith.constant 0 : i32
  %v = xyz.vload %c0 in "a" : vector<8xi32>
  %s = xyz.reduce_lanes add %v : vector<8xi32>
  xyz.store %s, %c0 in "out"
  %m = xyz.reduce_lanes maxu %v : vector<8xi32>
  xyz.store %m, %c0 in "out"
  xyz.return
}

// -----

// A window is a vliw.window of the lowered vectors.
// CHECK-LABEL: vliw.vprogram @window
// CHECK: %[[A:.*]] = vliw.vop vload
// CHECK: %[[B:.*]] = vliw.vop vload
// CHECK: %[[W:.*]] = vliw.window %[[A]], %[[B]] offset 3 : vector<8xi32>
// CHECK: vliw.vop vstore (%{{.*}}, %[[W]])
xyz.kernel @window() {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %a = xyz.vload %c0 : vector<8xi32>
  %b = xyz.vload %c8 : vector<8xi32>
  %w = xyz.window %a, %b offset 3 : vector<8xi32>
  xyz.vstore %w, %c8 : vector<8xi32>
  xyz.return
}

// -----

// A lane is its vector's word: the slots reading it read that word
// (`from_lanes`), a store and an ALU op alike; no copy is left.
// CHECK-LABEL: vliw.vprogram @lane
// CHECK: %[[A:.*]] = vliw.vop vload
// CHECK-NOT: alu or
// CHECK: vliw.vop store from_lanes [-1, 5] (%{{.*}}, %[[A]])
// CHECK: %[[S:.*]] = vliw.vop alu add from_lanes [5, 2] (%[[A]], %[[A]])
// CHECK: vliw.vop store (%{{.*}}, %[[S]])
xyz.kernel @lane() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %a = xyz.vload %c0 : vector<8xi32>
  %l = xyz.lane %a[5] : vector<8xi32>
  xyz.store %l, %c0
  %m = xyz.lane %a[2] : vector<8xi32>
  %s = arith.addi %l, %m : i32
  xyz.store %s, %c1
  xyz.return
}

// -----

// A vector of words: the lanes of vectors it copies are read in place
// (`from_lanes`, the lane copies go), a word as it is (-1).
// CHECK-LABEL: vliw.vprogram @from_words
// CHECK: %[[A:.*]] = vliw.vop vload
// CHECK: %[[W:.*]] = vliw.vop load
// CHECK-NOT: vliw.vop alu
// CHECK: vliw.from_words from_lanes [5, 2, -1, 0, 0, 1, 7, 3] (%[[A]], %[[A]], %[[W]], %[[A]], %[[A]], %[[A]], %[[A]], %[[A]])
xyz.kernel @from_words() {
  %c0 = arith.constant 0 : i32
  %c9 = arith.constant 9 : i32
  %c16 = arith.constant 16 : i32
  %a = xyz.vload %c0 : vector<8xi32>
  %w = xyz.load %c9
  %l5 = xyz.lane %a[5] : vector<8xi32>
  %l2 = xyz.lane %a[2] : vector<8xi32>
  %l0 = xyz.lane %a[0] : vector<8xi32>
  %l1 = xyz.lane %a[1] : vector<8xi32>
  %l7 = xyz.lane %a[7] : vector<8xi32>
  %l3 = xyz.lane %a[3] : vector<8xi32>
  %v = xyz.from_words %l5, %l2, %w, %l0, %l0, %l1, %l7, %l3 : vector<8xi32>
  xyz.vstore %v, %c16 : vector<8xi32>
  xyz.return
}

// -----

// vselect tests its condition word for nonzero: a test y != 0 read only by
// vector selects is y itself (no op), a select on y == 0 reads y with the
// arms swapped. A test read otherwise is `==` (and a xor for !=).
// CHECK-LABEL: vliw.vprogram @select_nonzero
// CHECK: %[[V:.*]] = vliw.vop vload
// CHECK: %[[M:.*]] = vliw.vop valu and (%[[V]], %{{.*}})
// CHECK-NOT: valu eq
// CHECK: vliw.vop vselect (%[[M]], %[[V]], %[[M]])
// CHECK-NOT: valu eq
// CHECK: vliw.vop vselect (%[[M]], %[[M]], %[[V]])
// CHECK: vliw.vop valu eq
// CHECK: vliw.vop vselect
xyz.kernel @select_nonzero() attributes {xyz.outputs = ["out"]} {
  %a = arith.constant 0 : i32
  %four = arith.constant dense<4> : vector<8xi32>
  %zero = arith.constant dense<0> : vector<8xi32>
  %v = xyz.vload %a in "in" : vector<8xi32>
  %m = arith.andi %v, %four : vector<8xi32>
  %ne = arith.cmpi ne, %m, %zero : vector<8xi32>
  %s = arith.select %ne, %v, %m : vector<8xi1>, vector<8xi32>
  xyz.vstore %s, %a in "out" : vector<8xi32>
  %eq = arith.cmpi eq, %zero, %m : vector<8xi32>
  %t = arith.select %eq, %v, %m : vector<8xi1>, vector<8xi32>
  xyz.vstore %t, %a in "out" : vector<8xi32>
  %eq2 = arith.cmpi eq, %v, %zero : vector<8xi32>
  %u = arith.select %eq2, %v, %m : vector<8xi1>, vector<8xi32>
  %w = arith.extui %eq2 : vector<8xi1> to vector<8xi32>
  xyz.vstore %u, %a in "out" : vector<8xi32>
  xyz.vstore %w, %a in "out" : vector<8xi32>
  xyz.return
}

// -----

// Twenty independent selects: on the one flow slot they would take 20
// cycles against a chain of 4, so each is arithmetic on its 0/1
// condition (three ALU ops).
// CHECK-LABEL: vliw.vprogram @parallel_selects
// CHECK-NOT: vliw.vop select
// CHECK: %[[LT:.*]] = vliw.vop alu lt (%[[X:.*]], %[[Y:.*]]) :
// CHECK: %[[D:.*]] = vliw.vop alu sub (%[[X]], %[[Y]])
// CHECK: %[[M:.*]] = vliw.vop alu mul (%[[LT]], %[[D]])
// CHECK: vliw.vop alu add (%[[Y]], %[[M]])
// CHECK-NOT: vliw.vop select
xyz.kernel @parallel_selects() {
  %c1 = arith.constant 1 : i32
  %x1 = xyz.load %c1
  %y1 = arith.xori %x1, %c1 : i32
  %lt1 = arith.cmpi ult, %x1, %y1 : i32
  %s1 = arith.select %lt1, %x1, %y1 : i32
  xyz.store %s1, %c1
  %c2 = arith.constant 2 : i32
  %x2 = xyz.load %c2
  %y2 = arith.xori %x2, %c2 : i32
  %lt2 = arith.cmpi ult, %x2, %y2 : i32
  %s2 = arith.select %lt2, %x2, %y2 : i32
  xyz.store %s2, %c2
  %c3 = arith.constant 3 : i32
  %x3 = xyz.load %c3
  %y3 = arith.xori %x3, %c3 : i32
  %lt3 = arith.cmpi ult, %x3, %y3 : i32
  %s3 = arith.select %lt3, %x3, %y3 : i32
  xyz.store %s3, %c3
  %c4 = arith.constant 4 : i32
  %x4 = xyz.load %c4
  %y4 = arith.xori %x4, %c4 : i32
  %lt4 = arith.cmpi ult, %x4, %y4 : i32
  %s4 = arith.select %lt4, %x4, %y4 : i32
  xyz.store %s4, %c4
  %c5 = arith.constant 5 : i32
  %x5 = xyz.load %c5
  %y5 = arith.xori %x5, %c5 : i32
  %lt5 = arith.cmpi ult, %x5, %y5 : i32
  %s5 = arith.select %lt5, %x5, %y5 : i32
  xyz.store %s5, %c5
  %c6 = arith.constant 6 : i32
  %x6 = xyz.load %c6
  %y6 = arith.xori %x6, %c6 : i32
  %lt6 = arith.cmpi ult, %x6, %y6 : i32
  %s6 = arith.select %lt6, %x6, %y6 : i32
  xyz.store %s6, %c6
  %c7 = arith.constant 7 : i32
  %x7 = xyz.load %c7
  %y7 = arith.xori %x7, %c7 : i32
  %lt7 = arith.cmpi ult, %x7, %y7 : i32
  %s7 = arith.select %lt7, %x7, %y7 : i32
  xyz.store %s7, %c7
  %c8 = arith.constant 8 : i32
  %x8 = xyz.load %c8
  %y8 = arith.xori %x8, %c8 : i32
  %lt8 = arith.cmpi ult, %x8, %y8 : i32
  %s8 = arith.select %lt8, %x8, %y8 : i32
  xyz.store %s8, %c8
  %c9 = arith.constant 9 : i32
  %x9 = xyz.load %c9
  %y9 = arith.xori %x9, %c9 : i32
  %lt9 = arith.cmpi ult, %x9, %y9 : i32
  %s9 = arith.select %lt9, %x9, %y9 : i32
  xyz.store %s9, %c9
  %c10 = arith.constant 10 : i32
  %x10 = xyz.load %c10
  %y10 = arith.xori %x10, %c10 : i32
  %lt10 = arith.cmpi ult, %x10, %y10 : i32
  %s10 = arith.select %lt10, %x10, %y10 : i32
  xyz.store %s10, %c10
  %c11 = arith.constant 11 : i32
  %x11 = xyz.load %c11
  %y11 = arith.xori %x11, %c11 : i32
  %lt11 = arith.cmpi ult, %x11, %y11 : i32
  %s11 = arith.select %lt11, %x11, %y11 : i32
  xyz.store %s11, %c11
  %c12 = arith.constant 12 : i32
  %x12 = xyz.load %c12
  %y12 = arith.xori %x12, %c12 : i32
  %lt12 = arith.cmpi ult, %x12, %y12 : i32
  %s12 = arith.select %lt12, %x12, %y12 : i32
  xyz.store %s12, %c12
  %c13 = arith.constant 13 : i32
  %x13 = xyz.load %c13
  %y13 = arith.xori %x13, %c13 : i32
  %lt13 = arith.cmpi ult, %x13, %y13 : i32
  %s13 = arith.select %lt13, %x13, %y13 : i32
  xyz.store %s13, %c13
  %c14 = arith.constant 14 : i32
  %x14 = xyz.load %c14
  %y14 = arith.xori %x14, %c14 : i32
  %lt14 = arith.cmpi ult, %x14, %y14 : i32
  %s14 = arith.select %lt14, %x14, %y14 : i32
  xyz.store %s14, %c14
  %c15 = arith.constant 15 : i32
  %x15 = xyz.load %c15
  %y15 = arith.xori %x15, %c15 : i32
  %lt15 = arith.cmpi ult, %x15, %y15 : i32
  %s15 = arith.select %lt15, %x15, %y15 : i32
  xyz.store %s15, %c15
  %c16 = arith.constant 16 : i32
  %x16 = xyz.load %c16
  %y16 = arith.xori %x16, %c16 : i32
  %lt16 = arith.cmpi ult, %x16, %y16 : i32
  %s16 = arith.select %lt16, %x16, %y16 : i32
  xyz.store %s16, %c16
  %c17 = arith.constant 17 : i32
  %x17 = xyz.load %c17
  %y17 = arith.xori %x17, %c17 : i32
  %lt17 = arith.cmpi ult, %x17, %y17 : i32
  %s17 = arith.select %lt17, %x17, %y17 : i32
  xyz.store %s17, %c17
  %c18 = arith.constant 18 : i32
  %x18 = xyz.load %c18
  %y18 = arith.xori %x18, %c18 : i32
  %lt18 = arith.cmpi ult, %x18, %y18 : i32
  %s18 = arith.select %lt18, %x18, %y18 : i32
  xyz.store %s18, %c18
  %c19 = arith.constant 19 : i32
  %x19 = xyz.load %c19
  %y19 = arith.xori %x19, %c19 : i32
  %lt19 = arith.cmpi ult, %x19, %y19 : i32
  %s19 = arith.select %lt19, %x19, %y19 : i32
  xyz.store %s19, %c19
  %c20 = arith.constant 20 : i32
  %x20 = xyz.load %c20
  %y20 = arith.xori %x20, %c20 : i32
  %lt20 = arith.cmpi ult, %x20, %y20 : i32
  %s20 = arith.select %lt20, %x20, %y20 : i32
  xyz.store %s20, %c20
  xyz.return
}

// -----

// A uniform min in a kernel that leaves the flow engine nearly idle (one
// select against a floor of 8 cycles of loads): a compare and the flow
// engine's `select`, a chain of 2 that every load address waits for,
// not 3 ALU ops in a chain of 3. (@compare above keeps the ALU form: its
// select is a large part of its work.)
// CHECK-LABEL: vliw.vprogram @uniform_min
// CHECK: %[[LT:.*]] = vliw.vop alu lt (%[[F:.*]], %[[L:.*]]) :
// CHECK-NEXT: %[[S:.*]] = vliw.vop select (%[[LT]], %[[F]], %[[L]])
// CHECK-NOT: vliw.vop alu mul
// CHECK: vliw.vop vload (%[[S]])
xyz.kernel @uniform_min() {
  %c8 = arith.constant 8 : i32
  %c64 = arith.constant 64 : i32
  %core = xyz.core_id
  %f = arith.muli %core, %c8 : i32
  %s = arith.minui %f, %c64 : i32
  %v0 = xyz.vload %s : vector<8xi32>
  %v1 = xyz.vload %s : vector<8xi32>
  %v2 = xyz.vload %s : vector<8xi32>
  %v3 = xyz.vload %s : vector<8xi32>
  %v4 = xyz.vload %s : vector<8xi32>
  %v5 = xyz.vload %s : vector<8xi32>
  %v6 = xyz.vload %s : vector<8xi32>
  %v7 = xyz.vload %s : vector<8xi32>
  %v8 = xyz.vload %s : vector<8xi32>
  %v9 = xyz.vload %s : vector<8xi32>
  %v10 = xyz.vload %s : vector<8xi32>
  %v11 = xyz.vload %s : vector<8xi32>
  %v12 = xyz.vload %s : vector<8xi32>
  %v13 = xyz.vload %s : vector<8xi32>
  %v14 = xyz.vload %s : vector<8xi32>
  %v15 = xyz.vload %s : vector<8xi32>
  %a0 = arith.addi %v0, %v1 : vector<8xi32>
  %a1 = arith.addi %a0, %v2 : vector<8xi32>
  %a2 = arith.addi %a1, %v3 : vector<8xi32>
  %a3 = arith.addi %a2, %v4 : vector<8xi32>
  %a4 = arith.addi %a3, %v5 : vector<8xi32>
  %a5 = arith.addi %a4, %v6 : vector<8xi32>
  %a6 = arith.addi %a5, %v7 : vector<8xi32>
  %a7 = arith.addi %a6, %v8 : vector<8xi32>
  %a8 = arith.addi %a7, %v9 : vector<8xi32>
  %a9 = arith.addi %a8, %v10 : vector<8xi32>
  %a10 = arith.addi %a9, %v11 : vector<8xi32>
  %a11 = arith.addi %a10, %v12 : vector<8xi32>
  %a12 = arith.addi %a11, %v13 : vector<8xi32>
  %a13 = arith.addi %a12, %v14 : vector<8xi32>
  %a14 = arith.addi %a13, %v15 : vector<8xi32>
  xyz.vstore %a14, %c64 : vector<8xi32>
  xyz.return
}
