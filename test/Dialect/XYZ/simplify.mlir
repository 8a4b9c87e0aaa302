// RUN: xyz-opt %s -split-input-file --xyz-simplify | FileCheck %s

// Constants of an xor chain merge (arith has no xor reassociation), on
// scalars and on splat vectors.
// CHECK-LABEL: xyz.kernel @xor_chain
// CHECK-DAG: %[[C6:.*]] = arith.constant 6 : i32
// CHECK-DAG: %[[V6:.*]] = arith.constant dense<6> : vector<8xi32>
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[R:.*]] = arith.xori %[[X]], %[[C6]] : i32
// CHECK-NOT: arith.xori
// CHECK: xyz.store %[[R]]
// CHECK: %[[V:.*]] = xyz.vload
// CHECK: %[[VR:.*]] = arith.xori %[[V]], %[[V6]] : vector<8xi32>
// CHECK-NOT: arith.xori
// CHECK: xyz.vstore %[[VR]]
xyz.kernel @xor_chain() {
  %n = arith.constant 8 : i32
  %c5 = arith.constant 5 : i32
  %c3 = arith.constant 3 : i32
  %v5 = arith.constant dense<5> : vector<8xi32>
  %v3 = arith.constant dense<3> : vector<8xi32>
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.xori %x, %c5 : i32
    %b = arith.xori %c3, %a : i32
    xyz.store %b, %t in "out"
    %v = xyz.vload %t in "in" : vector<8xi32>
    %va = arith.xori %v, %v5 : vector<8xi32>
    %vb = arith.xori %va, %v3 : vector<8xi32>
    xyz.vstore %vb, %t in "out" : vector<8xi32>
  }
  xyz.return
}

// -----

// Add/sub chains: arith merges scalar ones itself; the pass adds the splat
// vector forms.
// CHECK-LABEL: xyz.kernel @add_chain
// CHECK-DAG: %[[C8:.*]] = arith.constant 8 : i32
// CHECK-DAG: %[[V8:.*]] = arith.constant dense<8> : vector<8xi32>
// CHECK-DAG: %[[VM2:.*]] = arith.constant dense<-2> : vector<8xi32>
// CHECK-DAG: %[[V9:.*]] = arith.constant dense<9> : vector<8xi32>
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[R:.*]] = arith.addi %[[X]], %[[C8]] : i32
// CHECK: xyz.store %[[R]]
// CHECK: %[[V:.*]] = xyz.vload
// CHECK: %[[A:.*]] = arith.addi %[[V]], %[[V8]] : vector<8xi32>
// CHECK: xyz.vstore %[[A]]
// CHECK: %[[S:.*]] = arith.addi %[[V]], %[[VM2]] : vector<8xi32>
// CHECK: xyz.vstore %[[S]]
// CHECK: %[[N:.*]] = arith.subi %[[V9]], %[[V]] : vector<8xi32>
// CHECK: xyz.vstore %[[N]]
xyz.kernel @add_chain() {
  %n = arith.constant 8 : i32
  %c5 = arith.constant 5 : i32
  %c3 = arith.constant 3 : i32
  %v5 = arith.constant dense<5> : vector<8xi32>
  %v3 = arith.constant dense<3> : vector<8xi32>
  %v4 = arith.constant dense<4> : vector<8xi32>
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.addi %x, %c5 : i32
    %b = arith.addi %a, %c3 : i32
    xyz.store %b, %t in "out"
    %v = xyz.vload %t in "in" : vector<8xi32>
    %va = arith.addi %v, %v5 : vector<8xi32>
    %vb = arith.addi %v3, %va : vector<8xi32>
    xyz.vstore %vb, %t in "out" : vector<8xi32>
    // (v - 5) + 3 = v - 2
    %vs = arith.subi %v, %v5 : vector<8xi32>
    %vt = arith.addi %vs, %v3 : vector<8xi32>
    xyz.vstore %vt, %t in "out2" : vector<8xi32>
    // 4 - (v - 5) = 9 - v
    %vu = arith.subi %v4, %vs : vector<8xi32>
    xyz.vstore %vu, %t in "out3" : vector<8xi32>
  }
  xyz.return
}

// -----

// A shift between two constants blocks the merge, and so does a change of
// operation: xor and add constants do not mix.
// CHECK-LABEL: xyz.kernel @chain_refused
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[A:.*]] = arith.xori %[[X]], %c5_i32
// CHECK: %[[B:.*]] = arith.shrui %[[A]], %c2_i32
// CHECK: %[[C:.*]] = arith.xori %[[B]], %c3_i32
// CHECK: xyz.store %[[C]]
// CHECK: %[[D:.*]] = arith.addi %[[X]], %c5_i32
// CHECK: %[[E:.*]] = arith.xori %[[D]], %c3_i32
// CHECK: xyz.store %[[E]]
xyz.kernel @chain_refused() {
  %n = arith.constant 8 : i32
  %c5 = arith.constant 5 : i32
  %c3 = arith.constant 3 : i32
  %c2 = arith.constant 2 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.xori %x, %c5 : i32
    %b = arith.shrui %a, %c2 : i32
    %c = arith.xori %b, %c3 : i32
    xyz.store %c, %t in "out"
    %d = arith.addi %x, %c5 : i32
    %e = arith.xori %d, %c3 : i32
    xyz.store %e, %t in "out2"
  }
  xyz.return
}

// -----

// Constants of a tree merge: ((x ^ 5) ^ y) ^ 3 = (x ^ 6) ^ y (the xor tree
// is rebuilt with the folded constant on its first leaf, see @xor_tree). A
// constant add moves outward past a non-constant operand and merges with the
// next one: ((x + 5) + y) + 3 = (x + y) + 8, y - (x + 5) = (y - x) - 5, and
// on vectors.
// CHECK-LABEL: xyz.kernel @hoist
// CHECK-DAG: %[[C6:.*]] = arith.constant 6 : i32
// CHECK-DAG: %[[C8:.*]] = arith.constant 8 : i32
// CHECK-DAG: %[[CM5:.*]] = arith.constant -5 : i32
// CHECK-DAG: %[[V8:.*]] = arith.constant dense<8> : vector<8xi32>
// CHECK: %[[X:.*]] = xyz.load %{{.*}} in "x"
// CHECK: %[[X6:.*]] = arith.xori %[[X]], %[[C6]] : i32
// CHECK: %[[Y:.*]] = xyz.load %{{.*}} in "y"
// CHECK: %[[R:.*]] = arith.xori %[[X6]], %[[Y]] : i32
// CHECK: xyz.store %[[R]]
// CHECK: %[[S:.*]] = arith.addi %[[X]], %[[Y]] : i32
// CHECK: %[[R2:.*]] = arith.addi %[[S]], %[[C8]] : i32
// CHECK: xyz.store %[[R2]]
// CHECK: %[[D:.*]] = arith.subi %[[Y]], %[[X]] : i32
// CHECK: %[[R3:.*]] = arith.addi %[[D]], %[[CM5]] : i32
// CHECK: xyz.store %[[R3]]
// CHECK: %[[VS:.*]] = arith.addi %{{.*}}, %{{.*}} : vector<8xi32>
// CHECK: %[[VR:.*]] = arith.addi %[[VS]], %[[V8]] : vector<8xi32>
// CHECK: xyz.vstore %[[VR]]
xyz.kernel @hoist() {
  %n = arith.constant 8 : i32
  %c5 = arith.constant 5 : i32
  %c3 = arith.constant 3 : i32
  %v5 = arith.constant dense<5> : vector<8xi32>
  %v3 = arith.constant dense<3> : vector<8xi32>
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %y = xyz.load %t in "y"
    %a = arith.xori %x, %c5 : i32
    %b = arith.xori %y, %a : i32
    %c = arith.xori %b, %c3 : i32
    xyz.store %c, %t in "out"
    %d = arith.addi %x, %c5 : i32
    %e = arith.addi %d, %y : i32
    %f = arith.addi %e, %c3 : i32
    xyz.store %f, %t in "out2"
    %g = arith.addi %x, %c5 : i32
    %h = arith.subi %y, %g : i32
    xyz.store %h, %t in "out3"
    %vx = xyz.vload %t in "x" : vector<8xi32>
    %vy = xyz.vload %t in "y" : vector<8xi32>
    %va = arith.addi %vx, %v5 : vector<8xi32>
    %vb = arith.addi %va, %vy : vector<8xi32>
    %vc = arith.addi %vb, %v3 : vector<8xi32>
    xyz.vstore %vc, %t in "out4" : vector<8xi32>
  }
  xyz.return
}

// -----

// When the inner op has another use, moving its constant would cost an op:
// the chain stays.
// CHECK-LABEL: xyz.kernel @hoist_refused
// CHECK: %[[X:.*]] = xyz.load %{{.*}} in "x"
// CHECK: %[[Y:.*]] = xyz.load %{{.*}} in "y"
// CHECK: %[[A:.*]] = arith.xori %[[X]], %c5_i32
// CHECK: %[[B:.*]] = arith.xori %[[A]], %[[Y]]
// CHECK: xyz.store %[[B]]
// CHECK: xyz.store %[[A]]
// CHECK: %[[D:.*]] = arith.addi %[[X]], %c5_i32
// CHECK: %[[E:.*]] = arith.addi %[[D]], %[[Y]]
// CHECK: xyz.store %[[E]]
// CHECK: xyz.store %[[D]]
xyz.kernel @hoist_refused() {
  %n = arith.constant 8 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %y = xyz.load %t in "y"
    %a = arith.xori %x, %c5 : i32
    %b = arith.xori %a, %y : i32
    xyz.store %b, %t in "out"
    xyz.store %a, %t in "out2"
    %d = arith.addi %x, %c5 : i32
    %e = arith.addi %d, %y : i32
    xyz.store %e, %t in "out3"
    xyz.store %d, %t in "out4"
  }
  xyz.return
}

// -----

// Parity: (x ^ 5) & 1 = (x & 1) ^ 1, (x + 4) & 1 = x & 1, (6 - x) & 1 = x & 1,
// and on vectors.
// CHECK-LABEL: xyz.kernel @parity
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : i32
// CHECK-DAG: %[[V1:.*]] = arith.constant dense<1> : vector<8xi32>
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[L:.*]] = arith.andi %[[X]], %[[C1]] : i32
// CHECK: %[[P:.*]] = arith.xori %[[L]], %[[C1]] : i32
// CHECK: xyz.store %[[P]]
// CHECK: %[[L2:.*]] = arith.andi %[[X]], %[[C1]] : i32
// CHECK-NEXT: xyz.store %[[L2]]
// CHECK: %[[L3:.*]] = arith.andi %[[X]], %[[C1]] : i32
// CHECK-NEXT: xyz.store %[[L3]]
// CHECK: %[[V:.*]] = xyz.vload
// CHECK: %[[VL:.*]] = arith.andi %[[V]], %[[V1]] : vector<8xi32>
// CHECK: %[[VP:.*]] = arith.xori %[[VL]], %[[V1]] : vector<8xi32>
// CHECK: xyz.vstore %[[VP]]
xyz.kernel @parity() {
  %n = arith.constant 8 : i32
  %c1 = arith.constant 1 : i32
  %c4 = arith.constant 4 : i32
  %c5 = arith.constant 5 : i32
  %c6 = arith.constant 6 : i32
  %v1 = arith.constant dense<1> : vector<8xi32>
  %v3 = arith.constant dense<3> : vector<8xi32>
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.xori %x, %c5 : i32
    %b = arith.andi %a, %c1 : i32
    xyz.store %b, %t in "out"
    %c = arith.addi %x, %c4 : i32
    %d = arith.andi %c, %c1 : i32
    xyz.store %d, %t in "out2"
    %e = arith.subi %c6, %x : i32
    %f = arith.andi %c1, %e : i32
    xyz.store %f, %t in "out3"
    %v = xyz.vload %t in "in" : vector<8xi32>
    %va = arith.xori %v, %v3 : vector<8xi32>
    %vb = arith.andi %va, %v1 : vector<8xi32>
    xyz.vstore %vb, %t in "out4" : vector<8xi32>
  }
  xyz.return
}

// -----

// Not parity facts: `& 2` is not the low bit (for an add, a carry reaches
// it); and with an odd constant whose xor has another use, the rewrite would
// add an op. An even constant still drops out then.
// CHECK-LABEL: xyz.kernel @parity_refused
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[A:.*]] = arith.xori %[[X]], %c5_i32
// CHECK: %[[B:.*]] = arith.andi %[[A]], %c2_i32
// CHECK: xyz.store %[[B]]
// CHECK: %[[C:.*]] = arith.addi %[[X]], %c5_i32
// CHECK: %[[D:.*]] = arith.andi %[[C]], %c2_i32
// CHECK: xyz.store %[[D]]
// CHECK: %[[E:.*]] = arith.andi %[[A]], %c1_i32
// CHECK: xyz.store %[[E]]
// CHECK: %[[G:.*]] = arith.xori %[[X]], %c4_i32
// CHECK: %[[H:.*]] = arith.andi %[[X]], %c1_i32
// CHECK: xyz.store %[[H]]
// CHECK: xyz.store %[[G]]
xyz.kernel @parity_refused() {
  %n = arith.constant 8 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c4 = arith.constant 4 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.xori %x, %c5 : i32
    %b = arith.andi %a, %c2 : i32
    xyz.store %b, %t in "out"
    %c = arith.addi %x, %c5 : i32
    %d = arith.andi %c, %c2 : i32
    xyz.store %d, %t in "out2"
    %e = arith.andi %a, %c1 : i32
    xyz.store %e, %t in "out3"
    %g = arith.xori %x, %c4 : i32
    %h = arith.andi %g, %c1 : i32
    xyz.store %h, %t in "out4"
    xyz.store %g, %t in "out5"
  }
  xyz.return
}

// -----

// A select between constants on a compare of a 0/1 value with 0 or 1 is
// arithmetic on the value, the compare gone: b + C1 when C2 - C1 = 1,
// C1 - b when it is -1, C1 + (C2 - C1) * b otherwise.
// CHECK-LABEL: xyz.kernel @select_zero_one
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : i32
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : i32
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : i32
// CHECK-DAG: %[[C5:.*]] = arith.constant 5 : i32
// CHECK-DAG: %[[C7:.*]] = arith.constant 7 : i32
// CHECK-DAG: %[[V10:.*]] = arith.constant dense<10> : vector<8xi32>
// CHECK-NOT: arith.cmpi
// CHECK-NOT: arith.select
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[B:.*]] = arith.andi %[[X]], %[[C1]]
// CHECK: %[[R1:.*]] = arith.addi %[[B]], %[[C1]] : i32
// CHECK: xyz.store %[[R1]]
// CHECK: %[[M:.*]] = arith.muli %[[B]], %[[C2]] : i32
// CHECK: %[[R2:.*]] = arith.addi %[[M]], %[[C3]] : i32
// CHECK: xyz.store %[[R2]]
// CHECK: %[[R3:.*]] = arith.subi %[[C5]], %[[B]] : i32
// CHECK: xyz.store %[[R3]]
// CHECK: %[[Z:.*]] = arith.extui %{{.*}} : i1 to i32
// CHECK: %[[R4:.*]] = arith.subi %[[C7]], %[[Z]] : i32
// CHECK: xyz.store %[[R4]]
// CHECK: %[[VB:.*]] = arith.andi
// CHECK: %[[VM:.*]] = arith.muli %[[VB]], %[[V10]] : vector<8xi32>
// CHECK: %[[VR:.*]] = arith.addi %[[VM]], %[[V10]] : vector<8xi32>
// CHECK: xyz.vstore %[[VR]]
// CHECK-NOT: arith.cmpi
// CHECK-NOT: arith.select
xyz.kernel @select_zero_one(%p: i32 {xyz.name = "p"}) {
  %n = arith.constant 8 : i32
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %c5 = arith.constant 5 : i32
  %c6 = arith.constant 6 : i32
  %c7 = arith.constant 7 : i32
  %v0 = arith.constant dense<0> : vector<8xi32>
  %v1 = arith.constant dense<1> : vector<8xi32>
  %v10 = arith.constant dense<10> : vector<8xi32>
  %v20 = arith.constant dense<20> : vector<8xi32>
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %b = arith.andi %x, %c1 : i32
    // b == 0 ? 1 : 2  ->  b + 1
    %e = arith.cmpi eq, %b, %c0 : i32
    %s1 = arith.select %e, %c1, %c2 : i32
    xyz.store %s1, %t in "out"
    // b != 0 ? 5 : 3  ->  b * 2 + 3
    %ne = arith.cmpi ne, %b, %c0 : i32
    %s2 = arith.select %ne, %c5, %c3 : i32
    xyz.store %s2, %t in "out2"
    // b == 1 ? 4 : 5  ->  5 - b
    %one = arith.cmpi eq, %c1, %b : i32
    %s3 = arith.select %one, %c4, %c5 : i32
    xyz.store %s3, %t in "out3"
    // A zero-extended i1 is 0 or 1 too: z == 0 ? 7 : 6  ->  7 - z
    %lt = arith.cmpi ult, %x, %p : i32
    %z = arith.extui %lt : i1 to i32
    %ze = arith.cmpi eq, %z, %c0 : i32
    %s4 = arith.select %ze, %c7, %c6 : i32
    xyz.store %s4, %t in "out4"
    // On vectors: vb != 1 ? 10 : 20  ->  vb * 10 + 10
    %v = xyz.vload %t in "in" : vector<8xi32>
    %vb = arith.andi %v, %v1 : vector<8xi32>
    %vc = arith.cmpi ne, %vb, %v1 : vector<8xi32>
    %vs = arith.select %vc, %v10, %v20 : vector<8xi1>, vector<8xi32>
    xyz.vstore %vs, %t in "out5" : vector<8xi32>
  }
  xyz.return
}

// -----

// `x & 2` is not known to be 0 or 1: the compare stays (its i1 result is
// what selects); only the select becomes arithmetic on it. A select between
// a value and a non-zero constant stays a select.
// CHECK-LABEL: xyz.kernel @select_refused
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : i32
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[A:.*]] = arith.andi %[[X]], %[[C2]]
// CHECK: %[[E:.*]] = arith.cmpi eq, %[[A]], %c0_i32
// CHECK: %[[Z:.*]] = arith.extui %[[E]] : i1 to i32
// CHECK: %[[R:.*]] = arith.subi %[[C2]], %[[Z]]
// CHECK: xyz.store %[[R]]
// CHECK: %[[S:.*]] = arith.select %[[E]], %[[X]], %c5_i32
// CHECK: xyz.store %[[S]]
xyz.kernel @select_refused() {
  %n = arith.constant 8 : i32
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.andi %x, %c2 : i32
    %e = arith.cmpi eq, %a, %c0 : i32
    %s = arith.select %e, %c1, %c2 : i32
    xyz.store %s, %t in "out"
    %s2 = arith.select %e, %x, %c5 : i32
    xyz.store %s2, %t in "out2"
  }
  xyz.return
}

// -----

// A select with a zero arm is a multiply by the 0/1 condition; a compare
// choosing zero is inverted instead of negated.
// CHECK-LABEL: xyz.kernel @select_zero_arm
// CHECK: %[[X:.*]] = xyz.load %{{.*}} in "x"
// CHECK: %[[Y:.*]] = xyz.load %{{.*}} in "y"
// CHECK: %[[LT:.*]] = arith.cmpi ult, %[[X]], %[[Y]] : i32
// CHECK: %[[B:.*]] = arith.extui %[[LT]] : i1 to i32
// CHECK: %[[R:.*]] = arith.muli %[[X]], %[[B]] : i32
// CHECK: xyz.store %[[R]]
// CHECK: %[[EQ:.*]] = arith.cmpi eq, %[[X]], %[[Y]] : i32
// CHECK: %[[B2:.*]] = arith.extui %[[EQ]] : i1 to i32
// CHECK: %[[R2:.*]] = arith.muli %[[Y]], %[[B2]] : i32
// CHECK: xyz.store %[[R2]]
// CHECK-NOT: arith.select
xyz.kernel @select_zero_arm() {
  %n = arith.constant 8 : i32
  %c0 = arith.constant 0 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %y = xyz.load %t in "y"
    // x >= y ? 0 : x  ->  x * (x < y)
    %ge = arith.cmpi uge, %x, %y : i32
    %s = arith.select %ge, %c0, %x : i32
    xyz.store %s, %t in "out"
    // x == y ? y : 0  ->  y * (x == y)
    %eq = arith.cmpi eq, %x, %y : i32
    %s2 = arith.select %eq, %y, %c0 : i32
    xyz.store %s2, %t in "out2"
  }
  xyz.return
}

// -----

// Xor trees are rebuilt by rank: the constants fold into one, the uniform
// leaves (defined outside the thread body, or from uniform values only)
// combine first, so their xor is per kernel, not per thread; then the
// per-thread leaves from the shallowest to the deepest. The stage
// `(a ^ c1) ^ (a >> 19)` written as `(a ^ (a >> 19)) ^ c1` is ready one op
// earlier as `(a ^ c1) ^ (a >> 19)`; `((h ^ 5) ^ u) ^ s` with a uniform u
// costs two per-thread xors: `((u ^ 5) ^ h) ^ s`.
// CHECK-LABEL: xyz.kernel @xor_tree
// CHECK-DAG: %[[C19:.*]] = arith.constant 19 : i32
// CHECK-DAG: %[[C5:.*]] = arith.constant 5 : i32
// CHECK-DAG: %[[C6:.*]] = arith.constant 6 : i32
// CHECK: %[[U:.*]] = xyz.load %{{.*}} in "u"
// CHECK: xyz.foreach_thread %[[T:.*]] <
// CHECK:   %[[U5:.*]] = arith.xori %[[U]], %[[C5]]
// CHECK:   %[[A:.*]] = xyz.load %[[T]] in "a"
// CHECK:   %[[X1:.*]] = arith.xori %[[U5]], %[[A]]
// CHECK:   %[[A6:.*]] = arith.xori %[[A]], %[[C6]]
// CHECK:   %[[SH:.*]] = arith.shrui %[[A]], %[[C19]]
// CHECK:   %[[X2:.*]] = arith.xori %[[X1]], %[[SH]]
// CHECK:   %[[H:.*]] = arith.xori %[[A6]], %[[SH]]
// CHECK:   xyz.store %[[H]], %[[T]] in "h"
// CHECK:   xyz.store %[[X2]], %[[T]] in "g"
xyz.kernel @xor_tree() {
  %n = arith.constant 8 : i32
  %c0 = arith.constant 0 : i32
  %c5 = arith.constant 5 : i32
  %c6 = arith.constant 6 : i32
  %c19 = arith.constant 19 : i32
  %u = xyz.load %c0 in "u"
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t in "a"
    %sh = arith.shrui %a, %c19 : i32
    %x = arith.xori %a, %sh : i32
    %h = arith.xori %x, %c6 : i32
    xyz.store %h, %t in "h"
    %y = arith.xori %sh, %c5 : i32
    %z = arith.xori %y, %u : i32
    %g = arith.xori %a, %z : i32
    xyz.store %g, %t in "g"
  }
  xyz.return
}

// -----

// Unsigned min/max that the operands' ranges decide are the operand they
// always are: with 4 declared cores, core * 256 <= 768 (the chunk start of
// 4 chunks covering 1024 words) and core * 256 >= 0; with 767 the min
// stays (core 3 starts at 767).
// CHECK-LABEL: xyz.kernel @decided_min_max
// CHECK: %[[CORE:.*]] = xyz.core_id of
// CHECK: %[[F:.*]] = arith.muli %[[CORE]]
// CHECK-NOT: arith.minui %[[F]], %c768
// CHECK-NOT: arith.maxui
// CHECK: arith.minui %[[F]], %c767
// CHECK: xyz.store %[[F]]
// CHECK: xyz.store %[[F]]
xyz.kernel @decided_min_max() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %c256 = arith.constant 256 : i32
  %c767 = arith.constant 767 : i32
  %c768 = arith.constant 768 : i32
  %core = xyz.core_id of %c4
  %f = arith.muli %core, %c256 : i32
  %a = arith.minui %f, %c768 : i32
  %b = arith.maxui %c0, %f : i32
  %c = arith.minui %f, %c767 : i32
  xyz.store %a, %c0
  xyz.store %b, %c4
  xyz.store %c, %c256
  xyz.return
}

// -----

// A chain of decided maxima: %m2 keeps %m1, which is %b itself (the second
// fold follows the first: it once replaced %m2 by the erased %m1 and
// crashed).
// CHECK-LABEL: xyz.kernel @decided_chain
// CHECK: %[[B:.*]] = arith.addi
// CHECK-NOT: arith.maxui
// CHECK: xyz.store %[[B]], %c0
xyz.kernel @decided_chain() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c7 = arith.constant 7 : i32
  %c8 = arith.constant 8 : i32
  %x = xyz.load %c0
  %y = xyz.load %c1
  %a = arith.andi %x, %c7 : i32
  %k = arith.andi %y, %c7 : i32
  %b = arith.addi %k, %c8 : i32
  %m1 = arith.maxui %a, %b : i32
  %m2 = arith.maxui %m1, %a : i32
  xyz.store %m2, %c0
  xyz.return
}

// -----

// An xor's range: LLVM 19 would give x ^ 9 the range [9, 0xfffffff6] and
// drop both min and max (minui(x ^ 9, 4) is 1 for x = 8). Ours is below
// the next power of two above the operands' maxima: (x & 15) ^ 9 is at
// most 15, which still decides the min with 16.
// CHECK-LABEL: xyz.kernel @xor_range
// CHECK: %[[X:.*]] = arith.xori
// CHECK: arith.minui %[[X]], %c4
// CHECK: arith.maxui %[[X]], %c4
// CHECK: %[[K:.*]] = arith.andi
// CHECK: %[[Y:.*]] = arith.xori %[[K]]
// CHECK-NOT: arith.minui
// CHECK: xyz.store %[[Y]]
xyz.kernel @xor_range() {
  %c0 = arith.constant 0 : i32
  %c4 = arith.constant 4 : i32
  %c9 = arith.constant 9 : i32
  %c15 = arith.constant 15 : i32
  %c16 = arith.constant 16 : i32
  %x = xyz.load %c0
  %f = arith.xori %x, %c9 : i32
  %a = arith.minui %f, %c4 : i32
  %b = arith.maxui %f, %c4 : i32
  xyz.store %a, %c0
  xyz.store %b, %c4
  %k = arith.andi %x, %c15 : i32
  %y = arith.xori %k, %c9 : i32
  %c = arith.minui %y, %c16 : i32
  xyz.store %c, %c9
  xyz.return
}

// -----

// Without a declared number of cores the id is any word: the min stays.
// CHECK-LABEL: xyz.kernel @undeclared_cores
// CHECK: arith.minui
xyz.kernel @undeclared_cores() {
  %c0 = arith.constant 0 : i32
  %c256 = arith.constant 256 : i32
  %c768 = arith.constant 768 : i32
  %core = xyz.core_id
  %f = arith.muli %core, %c256 : i32
  %a = arith.minui %f, %c768 : i32
  xyz.store %a, %c0
  xyz.return
}

// -----

// An xor chain written `load ^ acc` (its leaves collected last first) is
// rebuilt in program order, each xor right after the later of its operands:
// the partial result follows the loads instead of every loaded word staying
// live until the root (a 1,600-word chain needed more scratch than there is).
// CHECK-LABEL: xyz.kernel @xor_chain_program_order
// CHECK:      %[[A:.*]] = xyz.load %{{.*}} in "a"
// CHECK-NEXT: %[[X0:.*]] = arith.xori %[[A]], %{{.*}} : i32
// CHECK-NEXT: %[[B:.*]] = xyz.load %{{.*}} in "a"
// CHECK-NEXT: %[[X1:.*]] = arith.xori %[[X0]], %[[B]] : i32
// CHECK-NEXT: %[[C:.*]] = xyz.load %{{.*}} in "a"
// CHECK-NEXT: %[[X2:.*]] = arith.xori %[[X1]], %[[C]] : i32
// CHECK-NEXT: %[[D:.*]] = xyz.load %{{.*}} in "a"
// CHECK-NEXT: %[[X3:.*]] = arith.xori %[[X2]], %[[D]] : i32
// CHECK-NEXT: xyz.store %[[X3]]
xyz.kernel @xor_chain_program_order() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c9 = arith.constant 9 : i32
  %a = xyz.load %c0 in "a"
  %x0 = arith.xori %a, %c9 : i32
  %b = xyz.load %c1 in "a"
  %x1 = arith.xori %b, %x0 : i32
  %c = xyz.load %c2 in "a"
  %x2 = arith.xori %c, %x1 : i32
  %d = xyz.load %c3 in "a"
  %x3 = arith.xori %d, %x2 : i32
  xyz.store %x3, %c0 in "out"
  xyz.return
}

// -----

// A conditional update keeps its select off the updated value's chain:
// select(c, a + x, a) = a + select(c, x, 0) (then a multiply by the
// condition), select(c, a, x * a) = select(c, 1, x) * a; a - x only with
// a on the left (x - a is not an update of a). 1,024 threads: their work,
// not a chain, binds.
// CHECK-LABEL: xyz.kernel @select_of_update
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i32
// CHECK: %[[A:.*]] = xyz.load %{{.*}} in "a"
// CHECK: %[[X:.*]] = xyz.load %{{.*}} in "x"
// CHECK: %[[C:.*]] = arith.cmpi ult, %[[X]], %[[A]] : i32
// CHECK: %[[E:.*]] = arith.extui %[[C]] : i1 to i32
// CHECK: %[[XE:.*]] = arith.muli %[[X]], %[[E]] : i32
// CHECK: %[[ADD:.*]] = arith.addi %[[A]], %[[XE]] : i32
// CHECK: xyz.store %[[ADD]], %{{.*}} in "add"
// CHECK: %[[S:.*]] = arith.select %[[C]], %[[ONE]], %[[X]] : i32
// CHECK: %[[MUL:.*]] = arith.muli %[[S]], %[[A]] : i32
// CHECK: xyz.store %[[MUL]], %{{.*}} in "mul"
// CHECK: %[[D:.*]] = arith.subi %[[X]], %[[A]] : i32
// CHECK: %[[SUB:.*]] = arith.select %[[C]], %[[D]], %[[A]] : i32
// CHECK: xyz.store %[[SUB]], %{{.*}} in "sub"
xyz.kernel @select_of_update() {
  %n = arith.constant 1024 : i32
  %c1 = arith.constant 1 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t in "a"
    %x = xyz.load %t in "x"
    %c = arith.cmpi ult, %x, %a : i32
    %u = arith.addi %a, %x : i32
    %r = arith.select %c, %u, %a : i32
    xyz.store %r, %t in "add"
    %m = arith.muli %x, %a : i32
    %r2 = arith.select %c, %a, %m : i32
    xyz.store %r2, %t in "mul"
    %d = arith.subi %x, %a : i32
    %r3 = arith.select %c, %d, %a : i32
    xyz.store %r3, %t in "sub"
  }
  xyz.return
}

// -----

// The mask of a 0/1 value, `(0 - b) & p`, is `b * p` (a CRC step's
// `poly & -(crc & 1)`), on words and on splat vectors; a mask of a value
// that may be more than 1 stays.
// CHECK-LABEL: xyz.kernel @mask_of_bit
// CHECK: %[[B:.*]] = arith.andi %{{.*}}, %{{.*}} : i32
// CHECK: %[[M:.*]] = arith.muli %[[B]], %{{.*}} : i32
// CHECK: xyz.store %[[M]]
// CHECK: %[[VB:.*]] = arith.andi %{{.*}}, %{{.*}} : vector<8xi32>
// CHECK: arith.muli %[[VB]], %{{.*}} : vector<8xi32>
// CHECK: %[[N:.*]] = arith.subi %{{.*}}, %{{.*}} : i32
// CHECK: arith.andi %[[N]], %{{.*}} : i32
xyz.kernel @mask_of_bit() {
  %n = arith.constant 8 : i32
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %poly = arith.constant -306674912 : i32
  %v0 = arith.constant dense<0> : vector<8xi32>
  %v1 = arith.constant dense<1> : vector<8xi32>
  %vp = arith.constant dense<-306674912> : vector<8xi32>
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %b = arith.andi %x, %c1 : i32
    %m = arith.subi %c0, %b : i32
    %r = arith.andi %poly, %m : i32
    xyz.store %r, %t in "a"
    %vx = xyz.vload %t in "x" : vector<8xi32>
    %vb = arith.andi %vx, %v1 : vector<8xi32>
    %vm = arith.subi %v0, %vb : vector<8xi32>
    %vr = arith.andi %vm, %vp : vector<8xi32>
    xyz.vstore %vr, %t in "v" : vector<8xi32>
    %w = arith.andi %x, %c3 : i32
    %wm = arith.subi %c0, %w : i32
    %wr = arith.andi %wm, %poly : i32
    xyz.store %wr, %t in "b"
  }
  xyz.return
}

// -----

// A compare-exchange toward a direction, `select(w, max(x, y), min(x, y))`,
// is one compare: `select(w ^ (x < y), x, y)`. With minui/maxui the compare
// is new; in the form signed min/max expand to (selects on compares of the
// sign-flipped words) the min's compare serves. A min that is also stored
// stays, and so does the select.
// CHECK-LABEL: xyz.kernel @select_of_min_max
// CHECK: %[[X:.*]] = xyz.load %{{.*}} in "x"
// CHECK: %[[Y:.*]] = xyz.load %{{.*}} in "y"
// CHECK: %[[W:.*]] = arith.cmpi ult, %{{.*}}, %{{.*}} : i32
// CHECK: %[[LT:.*]] = arith.cmpi ult, %[[X]], %[[Y]] : i32
// CHECK: %[[F:.*]] = arith.xori %[[W]], %[[LT]] : i1
// CHECK: %[[R:.*]] = arith.select %[[F]], %[[X]], %[[Y]] : i32
// CHECK: xyz.store %[[R]], %{{.*}} in "u"
// CHECK: %[[SLT:.*]] = arith.cmpi ult, %{{.*}}, %{{.*}} : i32
// CHECK: %[[G:.*]] = arith.xori %[[W]], %[[SLT]] : i1
// CHECK: %[[S:.*]] = arith.select %[[G]], %[[Y]], %[[X]] : i32
// CHECK: xyz.store %[[S]], %{{.*}} in "s"
// CHECK: arith.minui
// CHECK: arith.maxui
// CHECK: arith.select
xyz.kernel @select_of_min_max() {
  %n = arith.constant 8 : i32
  %c4 = arith.constant 4 : i32
  %sign = arith.constant -2147483648 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %y = xyz.load %t in "y"
    %w = arith.cmpi ult, %t, %c4 : i32
    %lo = arith.minui %x, %y : i32
    %hi = arith.maxui %x, %y : i32
    %r = arith.select %w, %hi, %lo : i32
    xyz.store %r, %t in "u"
    %xs = arith.xori %x, %sign : i32
    %ys = arith.xori %y, %sign : i32
    %lt = arith.cmpi ult, %xs, %ys : i32
    %smin = arith.select %lt, %x, %y : i32
    %gt = arith.cmpi ult, %ys, %xs : i32
    %smax = arith.select %gt, %x, %y : i32
    %s = arith.select %w, %smin, %smax : i32
    xyz.store %s, %t in "s"
    %lo2 = arith.minui %x, %y : i32
    %hi2 = arith.maxui %x, %y : i32
    %q = arith.select %w, %lo2, %hi2 : i32
    xyz.store %q, %t in "q"
    xyz.store %lo2, %t in "m"
  }
  xyz.return
}

// -----

// One thread whose chain binds (latency-bound): an update on a condition
// computed from the updated value itself (an integer square root's
// `num >= r ? num - r : num`) stays a select of two ready arms, one op
// after the compare instead of a multiply and a subtract; an update on a
// condition ready before the value (loaded) still moves.
// CHECK-LABEL: xyz.kernel @select_of_update_chain
// CHECK: %[[GE:.*]] = arith.cmpi uge, %[[NUM:.*]], %[[R:.*]] : i32
// CHECK: %[[SUB:.*]] = arith.subi %[[NUM]], %[[R]] : i32
// CHECK: %[[NUM2:.*]] = arith.select %[[GE]], %[[SUB]], %[[NUM]] : i32
// CHECK: arith.muli
// CHECK: xyz.store
xyz.kernel @select_of_update_chain() {
  %n = arith.constant 1 : i32
  %c1 = arith.constant 1 : i32
  xyz.foreach_thread %t < %n {
    %num = xyz.load %t in "x"
    %r = xyz.load %t in "r"
    %ge = arith.cmpi uge, %num, %r : i32
    %sub = arith.subi %num, %r : i32
    %num2 = arith.select %ge, %sub, %num : i32
    %ready = xyz.load %t in "y"
    %c = arith.cmpi ult, %ready, %c1 : i32
    %inc = arith.addi %num2, %ready : i32
    %acc = arith.select %c, %inc, %num2 : i32
    xyz.store %acc, %t in "out"
  }
  xyz.return
}
