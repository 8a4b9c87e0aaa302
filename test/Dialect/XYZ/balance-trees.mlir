// RUN: xyz-opt %s -split-input-file --xyz-simplify | FileCheck %s

// An unrolled sum of eight loads (a chain of 7 adds) becomes a tree of
// depth 3. The loads issue two a cycle, the first one a cycle before the
// others' addresses are ready: the estimated arrivals are 1, 2, 2, 2, 3,
// 3, 4, 4 (from the first), and combining the two earliest each time
// pairs them in program order.
// Each partial sum is placed right after its later operand, so that a long
// reduction does not keep every leaf live until the root.
// CHECK-LABEL: xyz.kernel @sum_of_loads
// CHECK: %[[L0:.*]] = xyz.load
// CHECK-NEXT: %[[L1:.*]] = xyz.load
// CHECK-NEXT: %[[S01:.*]] = arith.addi %[[L0]], %[[L1]]
// CHECK-NEXT: %[[L2:.*]] = xyz.load
// CHECK-NEXT: %[[L3:.*]] = xyz.load
// CHECK-NEXT: %[[S23:.*]] = arith.addi %[[L2]], %[[L3]]
// CHECK-NEXT: %[[S03:.*]] = arith.addi %[[S01]], %[[S23]]
// CHECK-NEXT: %[[L4:.*]] = xyz.load
// CHECK-NEXT: %[[L5:.*]] = xyz.load
// CHECK-NEXT: %[[S45:.*]] = arith.addi %[[L4]], %[[L5]]
// CHECK-NEXT: %[[L6:.*]] = xyz.load
// CHECK-NEXT: %[[L7:.*]] = xyz.load
// CHECK-NEXT: %[[S67:.*]] = arith.addi %[[L6]], %[[L7]]
// CHECK-NEXT: %[[S47:.*]] = arith.addi %[[S45]], %[[S67]]
// CHECK-NEXT: %[[SUM:.*]] = arith.addi %[[S03]], %[[S47]]
// CHECK-NEXT: xyz.store %[[SUM]]
xyz.kernel @sum_of_loads() {
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a1 = arith.addi %t, %n : i32
    %a2 = arith.addi %a1, %n : i32
    %a3 = arith.addi %a2, %n : i32
    %a4 = arith.addi %a3, %n : i32
    %a5 = arith.addi %a4, %n : i32
    %a6 = arith.addi %a5, %n : i32
    %a7 = arith.addi %a6, %n : i32
    %v0 = xyz.load %t in "in"
    %v1 = xyz.load %a1 in "in"
    %v2 = xyz.load %a2 in "in"
    %v3 = xyz.load %a3 in "in"
    %v4 = xyz.load %a4 in "in"
    %v5 = xyz.load %a5 in "in"
    %v6 = xyz.load %a6 in "in"
    %v7 = xyz.load %a7 in "in"
    %s1 = arith.addi %v0, %v1 : i32
    %s2 = arith.addi %s1, %v2 : i32
    %s3 = arith.addi %s2, %v3 : i32
    %s4 = arith.addi %s3, %v4 : i32
    %s5 = arith.addi %s4, %v5 : i32
    %s6 = arith.addi %s5, %v6 : i32
    %s7 = arith.addi %s6, %v7 : i32
    xyz.store %s7, %t in "out"
  }
  xyz.return
}

// -----

// The same over xor, with uniform leaves: those are combined first, once
// (a scalar op), and join the per-thread tree as one leaf: the loads are
// ready at 1 (the thread id is the first one's address), 2, 2, 2, the
// uniform leaf at 2 (after its op).
// CHECK-LABEL: xyz.kernel @xor_with_uniform
// CHECK: %[[P:.*]] = xyz.load %{{.*}} in "k"
// CHECK: %[[Q:.*]] = xyz.load %{{.*}} in "k"
// CHECK: xyz.foreach_thread
// CHECK-NEXT: %[[U:.*]] = arith.xori %[[P]], %[[Q]] : i32
// CHECK-NEXT: %[[A0:.*]] = xyz.load
// CHECK-NEXT: %[[X0:.*]] = arith.xori %[[A0]], %[[U]] : i32
// CHECK: %[[A1:.*]] = xyz.load
// CHECK: %[[A2:.*]] = xyz.load
// CHECK-NEXT: %[[X12:.*]] = arith.xori %[[A1]], %[[A2]] : i32
// CHECK: %[[A3:.*]] = xyz.load
// CHECK-NEXT: %[[X3:.*]] = arith.xori %[[A3]], %[[X0]] : i32
// CHECK-NEXT: %[[R:.*]] = arith.xori %[[X12]], %[[X3]] : i32
// CHECK-NEXT: xyz.store %[[R]]
xyz.kernel @xor_with_uniform() {
  %n = arith.constant 8 : i32
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %p = xyz.load %c0 in "k"
  %q = xyz.load %c1 in "k"
  %c8 = arith.constant 8 : i32
  %c16 = arith.constant 16 : i32
  %c24 = arith.constant 24 : i32
  xyz.foreach_thread %t < %n {
    %a0 = xyz.load %t in "in"
    %i1 = arith.addi %t, %c8 : i32
    %a1 = xyz.load %i1 in "in"
    %i2 = arith.addi %t, %c16 : i32
    %a2 = xyz.load %i2 in "in"
    %i3 = arith.addi %t, %c24 : i32
    %a3 = xyz.load %i3 in "in"
    %x0 = arith.xori %a0, %p : i32
    %x1 = arith.xori %x0, %a1 : i32
    %x2 = arith.xori %x1, %a2 : i32
    %x3 = arith.xori %x2, %q : i32
    %x4 = arith.xori %x3, %a3 : i32
    xyz.store %x4, %t in "out"
  }
  xyz.return
}

// -----

// Left alone: a sum of products (--xyz-fuse-multiply-add makes the chain
// one multiply-add per product; a tree would pair products into a multiply
// and a multiply-add), and a chain of three leaves.
// CHECK-LABEL: xyz.kernel @left_alone
// CHECK: %[[P0:.*]] = arith.muli
// CHECK: %[[S0:.*]] = arith.addi %{{.*}}, %[[P0]]
// CHECK: %[[P1:.*]] = arith.muli
// CHECK: %[[S1:.*]] = arith.addi %[[S0]], %[[P1]]
// CHECK: %[[P2:.*]] = arith.muli
// CHECK-NEXT: %[[S2:.*]] = arith.addi %[[S1]], %[[P2]]
// CHECK: %[[P3:.*]] = arith.muli
// CHECK-NEXT: %[[S3:.*]] = arith.addi %[[S2]], %[[P3]]
// CHECK: xyz.store %[[S3]]
// CHECK: %[[T0:.*]] = arith.addi %{{.*}}, %{{.*}} : i32
// CHECK: %[[T1:.*]] = arith.addi %[[T0]], %{{.*}} : i32
// CHECK: xyz.store %[[T1]]
xyz.kernel @left_alone() {
  %n = arith.constant 8 : i32
  %c8 = arith.constant 8 : i32
  %c16 = arith.constant 16 : i32
  %c24 = arith.constant 24 : i32
  %c32 = arith.constant 32 : i32
  xyz.foreach_thread %t < %n {
    %a0 = xyz.load %t in "in"
    %i1 = arith.addi %t, %c8 : i32
    %a1 = xyz.load %i1 in "in"
    %i2 = arith.addi %t, %c16 : i32
    %a2 = xyz.load %i2 in "in"
    %i3 = arith.addi %t, %c24 : i32
    %a3 = xyz.load %i3 in "in"
    %i4 = arith.addi %t, %c32 : i32
    %a4 = xyz.load %i4 in "in"
    %p0 = arith.muli %a0, %a1 : i32
    %s0 = arith.addi %a4, %p0 : i32
    %p1 = arith.muli %a1, %a2 : i32
    %s1 = arith.addi %s0, %p1 : i32
    %p2 = arith.muli %a2, %a3 : i32
    %s2 = arith.addi %s1, %p2 : i32
    %p3 = arith.muli %a3, %a4 : i32
    %s3 = arith.addi %s2, %p3 : i32
    xyz.store %s3, %t in "out"
    %t0 = arith.addi %a0, %a1 : i32
    %t1 = arith.addi %t0, %a2 : i32
    %o = arith.addi %t, %c8 : i32
    xyz.store %t1, %o in "out"
  }
  xyz.return
}

// -----

// 128 threads of eight loads each: the load engine needs 64 cycles for
// them, and a chain of 7 adds runs as the loads arrive. With one store of
// the sum per thread the chain stays. Stored to eight rows (as many stores
// as loads: allreduce's column sums), no store starts before the first
// thread's sum is done, so that start counts: the chain becomes a tree.
// CHECK-LABEL: xyz.kernel @behind_loads
// CHECK-COUNT-8: xyz.load
// CHECK-NEXT: %[[S1:.*]] = arith.addi %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: %[[S2:.*]] = arith.addi %[[S1]], %{{.*}} : i32
// CHECK-NEXT: %[[S3:.*]] = arith.addi %[[S2]], %{{.*}} : i32
// CHECK-NEXT: %[[S4:.*]] = arith.addi %[[S3]], %{{.*}} : i32
// CHECK-NEXT: %[[S5:.*]] = arith.addi %[[S4]], %{{.*}} : i32
// CHECK-NEXT: %[[S6:.*]] = arith.addi %[[S5]], %{{.*}} : i32
// CHECK-NEXT: %[[S7:.*]] = arith.addi %[[S6]], %{{.*}} : i32
// CHECK-NEXT: xyz.store %[[S7]]
// CHECK-LABEL: xyz.kernel @stored_to_rows
// CHECK: %[[L0:.*]] = xyz.load
// CHECK-NEXT: %[[L1:.*]] = xyz.load
// CHECK-NEXT: %[[S01:.*]] = arith.addi %[[L0]], %[[L1]]
// CHECK-NEXT: %[[L2:.*]] = xyz.load
// CHECK-NEXT: %[[L3:.*]] = xyz.load
// CHECK-NEXT: %[[S23:.*]] = arith.addi %[[L2]], %[[L3]]
// CHECK-NEXT: arith.addi %[[S01]], %[[S23]]
// CHECK-COUNT-8: xyz.store
xyz.kernel @behind_loads() {
  %n = arith.constant 128 : i32
  xyz.foreach_thread %t < %n {
    %a1 = arith.addi %t, %n : i32
    %a2 = arith.addi %a1, %n : i32
    %a3 = arith.addi %a2, %n : i32
    %a4 = arith.addi %a3, %n : i32
    %a5 = arith.addi %a4, %n : i32
    %a6 = arith.addi %a5, %n : i32
    %a7 = arith.addi %a6, %n : i32
    %v0 = xyz.load %t in "in"
    %v1 = xyz.load %a1 in "in"
    %v2 = xyz.load %a2 in "in"
    %v3 = xyz.load %a3 in "in"
    %v4 = xyz.load %a4 in "in"
    %v5 = xyz.load %a5 in "in"
    %v6 = xyz.load %a6 in "in"
    %v7 = xyz.load %a7 in "in"
    %s1 = arith.addi %v0, %v1 : i32
    %s2 = arith.addi %s1, %v2 : i32
    %s3 = arith.addi %s2, %v3 : i32
    %s4 = arith.addi %s3, %v4 : i32
    %s5 = arith.addi %s4, %v5 : i32
    %s6 = arith.addi %s5, %v6 : i32
    %s7 = arith.addi %s6, %v7 : i32
    xyz.store %s7, %t in "out"
  }
  xyz.return
}

xyz.kernel @stored_to_rows() {
  %n = arith.constant 128 : i32
  xyz.foreach_thread %t < %n {
    %a1 = arith.addi %t, %n : i32
    %a2 = arith.addi %a1, %n : i32
    %a3 = arith.addi %a2, %n : i32
    %a4 = arith.addi %a3, %n : i32
    %a5 = arith.addi %a4, %n : i32
    %a6 = arith.addi %a5, %n : i32
    %a7 = arith.addi %a6, %n : i32
    %v0 = xyz.load %t in "in"
    %v1 = xyz.load %a1 in "in"
    %v2 = xyz.load %a2 in "in"
    %v3 = xyz.load %a3 in "in"
    %v4 = xyz.load %a4 in "in"
    %v5 = xyz.load %a5 in "in"
    %v6 = xyz.load %a6 in "in"
    %v7 = xyz.load %a7 in "in"
    %s1 = arith.addi %v0, %v1 : i32
    %s2 = arith.addi %s1, %v2 : i32
    %s3 = arith.addi %s2, %v3 : i32
    %s4 = arith.addi %s3, %v4 : i32
    %s5 = arith.addi %s4, %v5 : i32
    %s6 = arith.addi %s5, %v6 : i32
    %s7 = arith.addi %s6, %v7 : i32
    xyz.store %s7, %t in "out"
    %o1 = arith.addi %a1, %n : i32
    xyz.store %s7, %o1 in "out"
    %o2 = arith.addi %a2, %n : i32
    xyz.store %s7, %o2 in "out"
    %o3 = arith.addi %a3, %n : i32
    xyz.store %s7, %o3 in "out"
    %o4 = arith.addi %a4, %n : i32
    xyz.store %s7, %o4 in "out"
    %o5 = arith.addi %a5, %n : i32
    xyz.store %s7, %o5 in "out"
    %o6 = arith.addi %a6, %n : i32
    xyz.store %s7, %o6 in "out"
    %o7 = arith.addi %a7, %n : i32
    xyz.store %s7, %o7 in "out"
  }
  xyz.return
}
