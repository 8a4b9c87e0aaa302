// RUN: xyz-opt %s -split-input-file --xyz-fuse-multiply-add | FileCheck %s

// Rewrite 1: x*y + z, the mul on either side of the add, a constant factor
// on either side of the mul.
// CHECK-LABEL: xyz.kernel @mul_add
// CHECK-DAG: %[[C:.*]] = arith.constant 4097 : i32
// CHECK: xyz.foreach_thread %[[T:.*]] <
// CHECK:   %[[X:.*]] = xyz.load %[[T]]
// CHECK:   %[[Y:.*]] = xyz.load %[[X]]
// CHECK:   %[[R1:.*]] = xyz.multiply_add %[[X]], %[[Y]], %[[T]] : i32
// CHECK:   %[[R2:.*]] = xyz.multiply_add %[[X]], %[[C]], %[[R1]] : i32
// CHECK:   %[[R3:.*]] = xyz.multiply_add %[[Y]], %[[C]], %[[R2]] : i32
// CHECK-NOT: arith.muli
// CHECK-NOT: arith.addi
// CHECK:   xyz.store %[[R3]], %[[T]]
xyz.kernel @mul_add() {
  %c = arith.constant 4097 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    %y = xyz.load %x
    %m1 = arith.muli %x, %y : i32
    %r1 = arith.addi %m1, %t : i32
    %m2 = arith.muli %x, %c : i32
    %r2 = arith.addi %r1, %m2 : i32
    %m3 = arith.muli %c, %y : i32
    %r3 = arith.addi %m3, %r2 : i32
    xyz.store %r3, %t
  }
  xyz.return
}

// -----

// Rewrite 2: (x << k) + y with a constant k in [0, 32); k = 31 and k = 0
// are still multiplications (by 2^31 and by 1: a plain add).
// CHECK-LABEL: xyz.kernel @shl_add
// CHECK-DAG: %[[C32:.*]] = arith.constant 32 : i32
// CHECK-DAG: %[[CMIN:.*]] = arith.constant -2147483648 : i32
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[Y:.*]] = xyz.load %[[X]]
// CHECK: %[[Z:.*]] = xyz.load %[[Y]]
// CHECK-NEXT: %[[R1:.*]] = xyz.multiply_add %[[X]], %[[C32]], %[[Y]] : i32
// CHECK-NEXT: %[[R2:.*]] = xyz.multiply_add %[[Z]], %[[CMIN]], %[[R1]] : i32
// CHECK-NEXT: %[[R3:.*]] = arith.addi %[[X]], %[[R2]] : i32
// CHECK-NEXT: xyz.store %[[R3]]
xyz.kernel @shl_add() {
  %k5 = arith.constant 5 : i32
  %k31 = arith.constant 31 : i32
  %k0 = arith.constant 0 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    %y = xyz.load %x
    %z = xyz.load %y
    %s1 = arith.shli %x, %k5 : i32
    %r1 = arith.addi %s1, %y : i32
    %s2 = arith.shli %z, %k31 : i32
    %r2 = arith.addi %r1, %s2 : i32
    %s3 = arith.shli %x, %k0 : i32
    %r3 = arith.addi %s3, %r2 : i32
    xyz.store %r3, %t
  }
  xyz.return
}

// -----

// Must not fire: a shift by a non-constant amount, by 32 or more (not a
// multiplication mod 2^32: arith makes it poison, the machine gives 0), a
// vector shift by a non-splat constant, and right shifts.
// CHECK-LABEL: xyz.kernel @shl_refused
// CHECK-NOT: xyz.multiply_add
// CHECK: arith.shli %{{.*}}, %[[T:.*]] : i32
// CHECK: arith.addi
// CHECK: arith.shli %{{.*}}, %c32_i32 : i32
// CHECK: arith.addi
// CHECK: arith.shli %{{.*}}, %c40_i32 : i32
// CHECK: arith.addi
// CHECK: arith.shrui
// CHECK: arith.addi
// CHECK: arith.shrsi
// CHECK: arith.addi
// CHECK-NOT: xyz.multiply_add
// CHECK: xyz.return
xyz.kernel @shl_refused() {
  %k32 = arith.constant 32 : i32
  %k40 = arith.constant 40 : i32
  %k3 = arith.constant 3 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    %s1 = arith.shli %x, %t : i32
    %r1 = arith.addi %s1, %x : i32
    %s2 = arith.shli %r1, %k32 : i32
    %r2 = arith.addi %s2, %x : i32
    %s3 = arith.shli %r2, %k40 : i32
    %r3 = arith.addi %s3, %x : i32
    %s4 = arith.shrui %r3, %k3 : i32
    %r4 = arith.addi %s4, %x : i32
    %s5 = arith.shrsi %r4, %k3 : i32
    %r5 = arith.addi %s5, %x : i32
    xyz.store %r5, %t
  }
  xyz.return
}

// -----

// CHECK-LABEL: xyz.kernel @vector_shl_refused
// CHECK-NOT: xyz.multiply_add
// CHECK: arith.shli
// CHECK: arith.addi
// CHECK: arith.shli
// CHECK: arith.addi
// CHECK-NOT: xyz.multiply_add
xyz.kernel @vector_shl_refused() {
  %c0 = arith.constant 0 : i32
  %k32 = arith.constant dense<32> : vector<8xi32>
  %ks = arith.constant dense<[1, 2, 3, 4, 5, 6, 7, 8]> : vector<8xi32>
  %v = xyz.vload %c0 : vector<8xi32>
  %s1 = arith.shli %v, %k32 : vector<8xi32>
  %r1 = arith.addi %s1, %v : vector<8xi32>
  %s2 = arith.shli %r1, %ks : vector<8xi32>
  %r2 = arith.addi %s2, %v : vector<8xi32>
  xyz.vstore %r2, %c0 : vector<8xi32>
  xyz.return
}

// -----

// Must not fire: the product has another user that cannot absorb it (a
// store, an xor); fusing the add would compute the product twice.
// CHECK-LABEL: xyz.kernel @mul_other_use
// CHECK-NOT: xyz.multiply_add
// CHECK: %[[M:.*]] = arith.muli
// CHECK: arith.addi %[[M]]
// CHECK: xyz.store %[[M]]
// CHECK: %[[S:.*]] = arith.shli
// CHECK: arith.addi %[[S]]
// CHECK: arith.xori %[[S]]
// CHECK-NOT: xyz.multiply_add
xyz.kernel @mul_other_use() {
  %c = arith.constant 4097 : i32
  %k = arith.constant 7 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    %m = arith.muli %x, %c : i32
    %r = arith.addi %m, %t : i32
    xyz.store %m, %r
    %s = arith.shli %r, %k : i32
    %r2 = arith.addi %s, %x : i32
    %r3 = arith.xori %s, %r2 : i32
    xyz.store %r3, %t
  }
  xyz.return
}

// -----

// Fusion keeps every value identical: the sum fed to an unsigned (overflow
// sensitive) comparison is the same word, so the add fuses and the
// comparison reads the fused result; nothing else changes.
// CHECK-LABEL: xyz.kernel @sum_compared
// CHECK-DAG: %[[C:.*]] = arith.constant 4097 : i32
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[Y:.*]] = xyz.load %[[X]]
// CHECK: %[[S:.*]] = xyz.multiply_add %[[X]], %[[C]], %[[Y]] : i32
// CHECK: %[[LT:.*]] = arith.cmpi ult, %[[S]], %[[Y]] : i32
// CHECK: arith.extui %[[LT]]
// CHECK-NOT: arith.muli
xyz.kernel @sum_compared() {
  %c = arith.constant 4097 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    %y = xyz.load %x
    %m = arith.muli %x, %c : i32
    %s = arith.addi %m, %y : i32
    %lt = arith.cmpi ult, %s, %y : i32
    %z = arith.extui %lt : i1 to i32
    xyz.store %z, %t
  }
  xyz.return
}

// -----

// Rewrite 3: (a + c) + (a << k) = a * (2^k + 1) + c, for a constant c (the
// hash-like chain: one multiply_add) and for any value c, in either order.
// CHECK-LABEL: xyz.kernel @add_shifted_self
// CHECK-DAG: %[[M4097:.*]] = arith.constant 4097 : i32
// CHECK-DAG: %[[C:.*]] = arith.constant 2127912214 : i32
// CHECK-DAG: %[[M9:.*]] = arith.constant 9 : i32
// CHECK: %[[A:.*]] = xyz.load
// CHECK-NEXT: %[[H:.*]] = xyz.multiply_add %[[A]], %[[M4097]], %[[C]] : i32
// CHECK-NEXT: %[[R:.*]] = xyz.multiply_add %[[H]], %[[M9]], %[[A]] : i32
// CHECK-NEXT: xyz.store %[[R]]
xyz.kernel @add_shifted_self() {
  %c = arith.constant 0x7ED55D16 : i32
  %k12 = arith.constant 12 : i32
  %k3 = arith.constant 3 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t
    %s0a = arith.addi %a, %c : i32
    %s0b = arith.shli %a, %k12 : i32
    %h = arith.addi %s0a, %s0b : i32
    // (h << 3) + (a + h): c is the value a here.
    %s1b = arith.shli %h, %k3 : i32
    %s1a = arith.addi %a, %h : i32
    %r = arith.addi %s1b, %s1a : i32
    xyz.store %r, %t
  }
  xyz.return
}

// -----

// The same in vector form, with splat constants.
// CHECK-LABEL: xyz.kernel @add_shifted_self_vector
// CHECK-DAG: %[[M:.*]] = arith.constant dense<4097> : vector<8xi32>
// CHECK-DAG: %[[C:.*]] = arith.constant dense<2127912214> : vector<8xi32>
// CHECK: %[[V:.*]] = xyz.vload
// CHECK-NEXT: %[[H:.*]] = xyz.multiply_add %[[V]], %[[M]], %[[C]] : vector<8xi32>
// CHECK-NEXT: xyz.vstore %[[H]]
xyz.kernel @add_shifted_self_vector() {
  %c = arith.constant dense<0x7ED55D16> : vector<8xi32>
  %k12 = arith.constant dense<12> : vector<8xi32>
  %n = arith.constant 16 : i32
  xyz.foreach_thread %t < %n {
    %v = xyz.vload %t : vector<8xi32>
    %s0a = arith.addi %v, %c : vector<8xi32>
    %s0b = arith.shli %v, %k12 : vector<8xi32>
    %h = arith.addi %s0b, %s0a : vector<8xi32>
    xyz.vstore %h, %t : vector<8xi32>
  }
  xyz.return
}

// -----

// A vector constant may also be a broadcast of a scalar constant.
// CHECK-LABEL: xyz.kernel @broadcast_constant
// CHECK-DAG: %[[M:.*]] = arith.constant dense<257> : vector<8xi32>
// CHECK: %[[V:.*]] = xyz.vload
// CHECK: %[[W:.*]] = xyz.vload
// CHECK-NEXT: xyz.multiply_add %[[V]], %[[M]], %[[W]] : vector<8xi32>
// CHECK-NOT: arith.shli
xyz.kernel @broadcast_constant() {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %k8 = arith.constant 8 : i32
  %k = xyz.broadcast %k8 : vector<8xi32>
  %v = xyz.vload %c0 : vector<8xi32>
  %w = xyz.vload %c8 : vector<8xi32>
  %s = arith.shli %v, %k : vector<8xi32>
  %t = arith.addi %v, %w : vector<8xi32>
  %r = arith.addi %s, %t : vector<8xi32>
  xyz.vstore %r, %c0 : vector<8xi32>
  xyz.return
}

// -----

// multiply_add(a, M, a) is a*(M + 1): a plain mul, no more ops.
// CHECK-LABEL: xyz.kernel @like_terms
// CHECK-DAG: %[[C33:.*]] = arith.constant 33 : i32
// CHECK: %[[A:.*]] = xyz.load
// CHECK-NEXT: %[[R1:.*]] = arith.muli %[[A]], %[[C33]] : i32
// CHECK-NEXT: xyz.store %[[R1]]
xyz.kernel @like_terms() {
  %k5 = arith.constant 5 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t
    %s1 = arith.shli %a, %k5 : i32
    %r1 = arith.addi %s1, %a : i32
    xyz.store %r1, %t
  }
  xyz.return
}

// -----

// (a << k) + (a + y) with the shift used elsewhere: the inner sum still
// folds in on vectors (2 ops -> 1). On scalars the multiply_add would be
// two ALU ops, no saving, so the scalar form is left alone.
// CHECK-LABEL: xyz.kernel @like_terms_shared_shift
// CHECK-DAG: %[[C17:.*]] = arith.constant dense<17> : vector<8xi32>
// CHECK: %[[A:.*]] = xyz.vload
// CHECK: %[[Y:.*]] = xyz.vload
// CHECK-NEXT: %[[S:.*]] = arith.shli %[[A]], %{{.*}} : vector<8xi32>
// CHECK-NEXT: %[[R:.*]] = xyz.multiply_add %[[A]], %[[C17]], %[[Y]] : vector<8xi32>
// CHECK-NEXT: xyz.vstore %[[S]]
// CHECK-NEXT: xyz.vstore %[[R]]
// CHECK: %[[X:.*]] = xyz.load
// CHECK-NEXT: %[[XS:.*]] = arith.shli %[[X]]
// CHECK-NEXT: %[[XU:.*]] = arith.addi %[[X]], %[[X]]
// CHECK-NEXT: arith.addi %[[XS]], %[[XU]]
// CHECK-NOT: xyz.multiply_add
xyz.kernel @like_terms_shared_shift() {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %c16 = arith.constant 16 : i32
  %k4 = arith.constant dense<4> : vector<8xi32>
  %k4s = arith.constant 4 : i32
  %a = xyz.vload %c0 : vector<8xi32>
  %y = xyz.vload %c8 : vector<8xi32>
  %s = arith.shli %a, %k4 : vector<8xi32>
  %u = arith.addi %y, %a : vector<8xi32>
  %r = arith.addi %s, %u : vector<8xi32>
  xyz.vstore %s, %c0 : vector<8xi32>
  xyz.vstore %r, %c8 : vector<8xi32>
  %x = xyz.load %c16
  %xs = arith.shli %x, %k4s : i32
  %xu = arith.addi %x, %x : i32
  %xr = arith.addi %xs, %xu : i32
  xyz.store %xs, %c0
  xyz.store %xr, %c8
  xyz.return
}

// -----

// Rewrite 4: a shift, a multiply or a constant add of a multiply-add with
// constant scale and addend is one multiply-add; all constants mod 2^32:
//   (a*0x40000001 + 0xC0000000) << 2 = a*4 (+ 0x300000000 = 0 mod 2^32)
//   (a*3 + 5) * 0x80000001          = a*0x80000003 + 0x80000005
//   (a*3 + 0xFFFFFFFF) + 2          = a*3 + 1
//   ((a + 7) << 3) + 0xFFFFFFC8     = a*8 (the constants cancel)
// CHECK-LABEL: xyz.kernel @compose
// CHECK-DAG: %[[C4:.*]] = arith.constant 4 : i32
// CHECK-DAG: %[[M:.*]] = arith.constant -2147483645 : i32
// CHECK-DAG: %[[C:.*]] = arith.constant -2147483643 : i32
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : i32
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : i32
// CHECK-DAG: %[[C8:.*]] = arith.constant 8 : i32
// CHECK: %[[A:.*]] = xyz.load
// CHECK-NEXT: %[[R1:.*]] = arith.muli %[[A]], %[[C4]] : i32
// CHECK-NEXT: %[[R2:.*]] = xyz.multiply_add %[[A]], %[[M]], %[[C]] : i32
// CHECK-NEXT: %[[R3:.*]] = xyz.multiply_add %[[A]], %[[C3]], %[[C1]] : i32
// CHECK-NEXT: %[[R4:.*]] = arith.muli %[[A]], %[[C8]] : i32
// CHECK-NEXT: xyz.store %[[R1]], %[[A]]
// CHECK-NEXT: xyz.store %[[R2]], %[[A]]
// CHECK-NEXT: xyz.store %[[R3]], %[[A]]
// CHECK-NEXT: xyz.store %[[R4]], %[[A]]
xyz.kernel @compose() {
  %m1 = arith.constant 0x40000001 : i32
  %c1 = arith.constant 0xC0000000 : i32
  %k2 = arith.constant 2 : i32
  %k3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %big = arith.constant 0x80000001 : i32
  %cm1 = arith.constant 0xFFFFFFFF : i32
  %c2 = arith.constant 2 : i32
  %c7 = arith.constant 7 : i32
  %cm56 = arith.constant 0xFFFFFFC8 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t
    %f1 = xyz.multiply_add %a, %m1, %c1 : i32
    %r1 = arith.shli %f1, %k2 : i32
    %f2 = xyz.multiply_add %a, %k3, %c5 : i32
    %r2 = arith.muli %big, %f2 : i32
    %f3 = xyz.multiply_add %k3, %a, %cm1 : i32
    %r3 = arith.addi %c2, %f3 : i32
    %s4 = arith.addi %a, %c7 : i32
    %t4 = arith.shli %s4, %k3 : i32
    %r4 = arith.addi %t4, %cm56 : i32
    xyz.store %r1, %a
    xyz.store %r2, %a
    xyz.store %r3, %a
    xyz.store %r4, %a
  }
  xyz.return
}

// -----

// Rewrite 5: a multiply-add used by several ops that can all absorb it is
// duplicated into each and dies (4 VALU ops -> 3); a product used by two
// adds likewise becomes two multiply-adds (3 -> 2).
// CHECK-LABEL: xyz.kernel @duplicate
// CHECK-DAG: %[[M8:.*]] = arith.constant dense<8200> : vector<8xi32>
// CHECK-DAG: %[[C8:.*]] = arith.constant dense<56> : vector<8xi32>
// CHECK-DAG: %[[M3:.*]] = arith.constant dense<3075> : vector<8xi32>
// CHECK-DAG: %[[C3:.*]] = arith.constant dense<21> : vector<8xi32>
// CHECK-DAG: %[[M1:.*]] = arith.constant dense<1025> : vector<8xi32>
// CHECK-DAG: %[[C12:.*]] = arith.constant dense<12> : vector<8xi32>
// CHECK: %[[A:.*]] = xyz.vload
// CHECK: %[[Y:.*]] = xyz.vload
// CHECK-NEXT: %[[R1:.*]] = xyz.multiply_add %[[A]], %[[M8]], %[[C8]]
// CHECK-NEXT: %[[R2:.*]] = xyz.multiply_add %[[A]], %[[M3]], %[[C3]]
// CHECK-NEXT: %[[R3:.*]] = xyz.multiply_add %[[A]], %[[M1]], %[[C12]]
// CHECK-NEXT: %[[P1:.*]] = xyz.multiply_add %[[A]], %[[Y]], %[[R1]]
// CHECK-NEXT: %[[P2:.*]] = xyz.multiply_add %[[A]], %[[Y]], %[[R2]]
// CHECK-NEXT: xyz.vstore %[[R3]]
// CHECK-NEXT: xyz.vstore %[[P1]]
// CHECK-NEXT: xyz.vstore %[[P2]]
xyz.kernel @duplicate() {
  %m = arith.constant dense<1025> : vector<8xi32>
  %c = arith.constant dense<7> : vector<8xi32>
  %k3 = arith.constant dense<3> : vector<8xi32>
  %c5 = arith.constant dense<5> : vector<8xi32>
  %n = arith.constant 16 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.vload %t : vector<8xi32>
    %y = xyz.vload %n : vector<8xi32>
    %f = xyz.multiply_add %a, %m, %c : vector<8xi32>
    %r1 = arith.shli %f, %k3 : vector<8xi32>
    %r2 = arith.muli %f, %k3 : vector<8xi32>
    %r3 = arith.addi %f, %c5 : vector<8xi32>
    %p = arith.muli %a, %y : vector<8xi32>
    %p1 = arith.addi %p, %r1 : vector<8xi32>
    %p2 = arith.addi %r2, %p : vector<8xi32>
    xyz.vstore %r3, %t : vector<8xi32>
    xyz.vstore %p1, %t : vector<8xi32>
    xyz.vstore %p2, %t : vector<8xi32>
  }
  xyz.return
}

// -----

// On scalars a multiply_add is two ALU ops: duplicating one (or a product
// feeding two adds) into its users saves nothing and is not done. (Scalars
// outside thread bodies: per-thread ops in a body are costed as the vector
// ops they become, see @thread_body_is_vector.) Each of
// the shift and the mul of %f fuses with its single add user (2 ALU ops ->
// 2), and a duplication whose copies are plain adds still pays (3 -> 2).
// CHECK-LABEL: xyz.kernel @duplicate_scalar
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : i32
// CHECK-DAG: %[[C8:.*]] = arith.constant 8 : i32
// CHECK-DAG: %[[C12:.*]] = arith.constant 12 : i32
// CHECK: %[[A:.*]] = xyz.load
// CHECK: %[[Y:.*]] = xyz.load
// CHECK-NEXT: %[[F:.*]] = xyz.multiply_add %[[A]]
// CHECK-NEXT: %[[P:.*]] = arith.muli %[[A]], %[[Y]]
// CHECK-NEXT: xyz.multiply_add %[[F]], %[[C8]], %[[P]] : i32
// CHECK-NEXT: xyz.multiply_add %[[F]], %[[C3]], %[[P]] : i32
// CHECK-NEXT: arith.addi %[[A]], %[[C8]]
// CHECK-NEXT: arith.addi %[[A]], %[[C12]]
xyz.kernel @duplicate_scalar() {
  %m = arith.constant 1025 : i32
  %c = arith.constant 7 : i32
  %k3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %t = arith.constant 8 : i32
  %a = xyz.load %t
  %y = xyz.load %a
  %f = xyz.multiply_add %a, %m, %c : i32
  %r1 = arith.shli %f, %k3 : i32
  %r2 = arith.muli %f, %k3 : i32
  %p = arith.muli %a, %y : i32
  %p1 = arith.addi %p, %r1 : i32
  %p2 = arith.addi %r2, %p : i32
  %s = arith.addi %a, %c5 : i32
  %q1 = arith.addi %s, %k3 : i32
  %q2 = arith.addi %s, %c : i32
  xyz.store %p1, %p2
  xyz.store %q1, %q2
  xyz.return
}

// -----

// The same scalar code in a thread body: the vectorizer turns it into
// vector ops, where a multiply_add is one slot, so duplicating the product
// into both users pays (3 ops -> 2) and is done.
// CHECK-LABEL: xyz.kernel @thread_body_is_vector
// CHECK: xyz.foreach_thread
// CHECK: %[[A:.*]] = xyz.load
// CHECK: %[[Y:.*]] = xyz.load
// CHECK-NOT: arith.muli
// CHECK: xyz.multiply_add %[[A]], %{{.*}}, %{{.*}} : i32
// CHECK: xyz.multiply_add %[[A]], %{{.*}}, %{{.*}} : i32
// CHECK-NOT: arith.muli
// CHECK: xyz.return
xyz.kernel @thread_body_is_vector() {
  %m = arith.constant 1025 : i32
  %c = arith.constant 7 : i32
  %k3 = arith.constant 3 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t
    %y = xyz.load %a
    %f = arith.muli %a, %m : i32
    %p1 = arith.addi %f, %y : i32
    %p2 = arith.addi %f, %c : i32
    xyz.store %p1, %p2
  }
  xyz.return
}

// -----

// Not duplicated: one user (the xor) cannot absorb the multiply-add, so
// rewriting the other two would add ops.
// CHECK-LABEL: xyz.kernel @duplicate_refused
// CHECK: %[[F:.*]] = xyz.multiply_add
// CHECK-NEXT: arith.shli %[[F]]
// CHECK-NEXT: arith.muli %[[F]]
// CHECK-NEXT: arith.xori %[[F]]
// CHECK-NOT: xyz.multiply_add
xyz.kernel @duplicate_refused() {
  %m = arith.constant 1025 : i32
  %c = arith.constant 7 : i32
  %k3 = arith.constant 3 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t
    %f = xyz.multiply_add %a, %m, %c : i32
    %r1 = arith.shli %f, %k3 : i32
    %r2 = arith.muli %f, %k3 : i32
    %r3 = arith.xori %f, %c : i32
    xyz.store %r1, %r2
    xyz.store %r3, %t
  }
  xyz.return
}

// -----

// Subtractions: z - a*M = a*(-M) + z, (a*M + C) - D = a*M + (C - D).
// CHECK-LABEL: xyz.kernel @subtract
// CHECK-DAG: %[[NEG:.*]] = arith.constant -4097 : i32
// CHECK-DAG: %[[M:.*]] = arith.constant 9 : i32
// CHECK-DAG: %[[C:.*]] = arith.constant -3 : i32
// CHECK: %[[A:.*]] = xyz.load
// CHECK: %[[Y:.*]] = xyz.load %[[A]]
// CHECK-NEXT: %[[R1:.*]] = xyz.multiply_add %[[A]], %[[NEG]], %[[Y]] : i32
// CHECK-NEXT: %[[R2:.*]] = xyz.multiply_add %[[Y]], %[[M]], %[[C]] : i32
// CHECK-NEXT: xyz.store %[[R1]], %[[R2]]
xyz.kernel @subtract() {
  %c = arith.constant 4097 : i32
  %m = arith.constant 9 : i32
  %c2 = arith.constant 2 : i32
  %c5 = arith.constant 5 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t
    %y = xyz.load %a
    %p = arith.muli %a, %c : i32
    %r1 = arith.subi %y, %p : i32
    %f = xyz.multiply_add %y, %m, %c2 : i32
    %r2 = arith.subi %f, %c5 : i32
    xyz.store %r1, %r2
  }
  xyz.return
}

// -----

// Any position: uniform code outside foreach_thread, vectors, and a product
// in the thread body added to a uniform value.
// CHECK-LABEL: xyz.kernel @positions
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : i32
// CHECK-DAG: %[[V3:.*]] = arith.constant dense<3> : vector<8xi32>
// CHECK: %[[U:.*]] = xyz.load
// CHECK: %[[W:.*]] = xyz.load
// CHECK: %[[B:.*]] = xyz.multiply_add %[[U]], %[[C3]], %[[W]] : i32
// CHECK: xyz.foreach_thread %[[T:.*]] <
// CHECK: %[[V:.*]] = xyz.vload %[[T]]
// CHECK: %[[V2:.*]] = xyz.vload %[[B]]
// CHECK: xyz.multiply_add %[[V]], %[[V3]], %[[V2]] : vector<8xi32>
// CHECK: %[[X:.*]] = xyz.load %[[T]]
// CHECK: xyz.multiply_add %[[X]], %[[X]], %[[B]] : i32
// CHECK-NOT: arith.addi
// CHECK-NOT: arith.muli
xyz.kernel @positions() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %v3 = arith.constant dense<3> : vector<8xi32>
  %n = arith.constant 16 : i32
  %u = xyz.load %c0
  %w = xyz.load %c1
  %up = arith.muli %u, %c3 : i32
  %base = arith.addi %up, %w : i32
  xyz.foreach_thread %t < %n {
    %v = xyz.vload %t : vector<8xi32>
    %v2 = xyz.vload %base : vector<8xi32>
    %vp = arith.muli %v, %v3 : vector<8xi32>
    %vr = arith.addi %vp, %v2 : vector<8xi32>
    xyz.vstore %vr, %t : vector<8xi32>
    %x = xyz.load %t
    %xp = arith.muli %x, %x : i32
    %addr = arith.addi %xp, %base : i32
    xyz.store %x, %addr
  }
  xyz.return
}

// -----

// Only i32 words are arithmetic mod 2^32: i64 and index are left alone.
// CHECK-LABEL: func.func @other_widths
// CHECK-NOT: xyz.multiply_add
// CHECK: arith.muli %{{.*}} : i64
// CHECK: arith.addi %{{.*}} : i64
// CHECK: arith.muli %{{.*}} : index
// CHECK: arith.addi %{{.*}} : index
func.func @other_widths(%a: i64, %b: i64, %i: index, %j: index) -> (i64, index) {
  %p = arith.muli %a, %b : i64
  %s = arith.addi %p, %a : i64
  %q = arith.muli %i, %j : index
  %r = arith.addi %q, %i : index
  return %s, %r : i64, index
}

// -----

// HoistConstantOffset: the `+ 1` of a recurrence i' = 2*i + b + 1 whose
// every i is also read as the address i + 7 moves past the next step's
// multiply_add (2*(m + 1) + b = (2*m + b) + 2) and merges with the address
// and the next `+ 1`: one add per step instead of two.
// CHECK-LABEL: xyz.kernel @hoist_offset
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : i32
// CHECK-DAG: %[[C8:.*]] = arith.constant 8 : i32
// CHECK-DAG: %[[C10:.*]] = arith.constant 10 : i32
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : i32
// CHECK:   %[[B0:.*]] = xyz.load %{{.*}} in "b"
// CHECK:   %[[B1:.*]] = xyz.load %{{.*}} in "b"
// CHECK:   %[[I0:.*]] = xyz.load %{{.*}} in "i"
// CHECK:   %[[M1:.*]] = xyz.multiply_add %[[I0]], %[[C2]], %[[B0]] : i32
// CHECK:   %[[A1:.*]] = arith.addi %[[M1]], %[[C8]] : i32
// CHECK:   xyz.load %[[A1]] in "f"
// CHECK:   %[[M2:.*]] = xyz.multiply_add %[[M1]], %[[C2]], %[[B1]] : i32
// CHECK-DAG:   %[[A2:.*]] = arith.addi %[[M2]], %[[C10]] : i32
// CHECK-DAG:   %[[I2:.*]] = arith.addi %[[M2]], %[[C3]] : i32
// CHECK-DAG:   xyz.load %[[A2]] in "f"
// CHECK-DAG:   xyz.store %[[I2]], %{{.*}} in "i"
// CHECK-NOT: arith.addi
// CHECK: xyz.return
xyz.kernel @hoist_offset() {
  %n = arith.constant 8 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c7 = arith.constant 7 : i32
  %c8 = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %t8 = arith.addi %t, %c8 : i32
    %b0 = xyz.load %t in "b"
    %b1 = xyz.load %t8 in "b"
    %i0 = xyz.load %t in "i"
    %m1 = xyz.multiply_add %i0, %c2, %b0 : i32
    %i1 = arith.addi %m1, %c1 : i32
    %a1 = arith.addi %i1, %c7 : i32
    %g1 = xyz.load %a1 in "f"
    xyz.store %g1, %t in "g"
    %m2 = xyz.multiply_add %i1, %c2, %b1 : i32
    %i2 = arith.addi %m2, %c1 : i32
    %a2 = arith.addi %i2, %c7 : i32
    %g2 = xyz.load %a2 in "f"
    xyz.store %g2, %t8 in "g"
    xyz.store %i2, %t in "i"
  }
  xyz.return
}
