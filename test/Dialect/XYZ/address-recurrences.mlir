// RUN: xyz-opt %s --split-input-file --xyz-address-recurrences | FileCheck %s

// A walk down a tree: m' = 2m + b read at m + c. Carried as the address,
// a' = 2(a + d) + b: the add of a constant reads the previous address, not
// the bit; the same number of ops, and the steps of m go.
// CHECK-LABEL: xyz.kernel @walk
// CHECK: %[[M0:.*]] = xyz.vload %{{.*}} in "idx"
// CHECK: %[[T0:.*]] = arith.addi %[[M0]], %cst_{{[0-9]+}} : vector<8xi32>
// CHECK: %[[A1:.*]] = xyz.multiply_add %[[T0]], %[[K:.*]], %[[B1:.*]] : vector<8xi32>
// CHECK: xyz.gather %[[A1]] in "tree"
// CHECK: %[[D:.*]] = arith.constant dense<-3> : vector<8xi32>
// CHECK: %[[T1:.*]] = arith.addi %[[A1]], %[[D]] : vector<8xi32>
// CHECK: %[[A2:.*]] = xyz.multiply_add %[[T1]], %[[K]], %[[B2:.*]] : vector<8xi32>
// CHECK: xyz.gather %[[A2]] in "tree"
// CHECK-NOT: xyz.multiply_add
// CHECK: xyz.return
xyz.kernel @walk() {
  %c0 = arith.constant 0 : i32
  %two = arith.constant dense<2> : vector<8xi32>
  %one = arith.constant dense<1> : vector<8xi32>
  %c9 = arith.constant dense<10> : vector<8xi32>
  %c11 = arith.constant dense<14> : vector<8xi32>
  %m0 = xyz.vload %c0 in "idx" : vector<8xi32>
  %h1 = xyz.vload %c0 in "h1" : vector<8xi32>
  %b1 = arith.andi %h1, %one : vector<8xi32>
  %m1 = xyz.multiply_add %m0, %two, %b1 : vector<8xi32>
  %a1 = arith.addi %m1, %c9 : vector<8xi32>
  %n1 = xyz.gather %a1 in "tree" : vector<8xi32>
  %b2 = arith.andi %n1, %one : vector<8xi32>
  %m2 = xyz.multiply_add %m1, %two, %b2 : vector<8xi32>
  %a2 = arith.addi %m2, %c11 : vector<8xi32>
  %n2 = xyz.gather %a2 in "tree" : vector<8xi32>
  xyz.vstore %n2, %c0 in "out" : vector<8xi32>
  xyz.return
}

// -----

// A step read elsewhere too (stored) reads a - c there; an offset that is
// not a multiple of the factor is left alone.
// CHECK-LABEL: xyz.kernel @other_use
// CHECK: %[[A:.*]] = xyz.multiply_add %{{.*}}, %{{.*}}, %{{.*}} : vector<8xi32>
// CHECK: %[[M:.*]] = arith.addi %[[A]], %{{.*}} : vector<8xi32>
// CHECK: xyz.gather %[[A]] in "tree"
// CHECK: xyz.vstore %[[M]], %{{.*}} in "out"
// CHECK-LABEL: xyz.kernel @odd_offset
// CHECK: %[[M3:.*]] = xyz.multiply_add
// CHECK: arith.addi %[[M3]], %{{.*}} : vector<8xi32>
xyz.kernel @other_use() {
  %c0 = arith.constant 0 : i32
  %two = arith.constant dense<2> : vector<8xi32>
  %c9 = arith.constant dense<10> : vector<8xi32>
  %m0 = xyz.vload %c0 in "idx" : vector<8xi32>
  %b1 = xyz.vload %c0 in "bits" : vector<8xi32>
  %m1 = xyz.multiply_add %m0, %two, %b1 : vector<8xi32>
  %a1 = arith.addi %m1, %c9 : vector<8xi32>
  %n1 = xyz.gather %a1 in "tree" : vector<8xi32>
  xyz.vstore %m1, %c0 in "out" : vector<8xi32>
  xyz.vstore %n1, %c0 in "out2" : vector<8xi32>
  xyz.return
}
xyz.kernel @odd_offset() {
  %c0 = arith.constant 0 : i32
  %two = arith.constant dense<2> : vector<8xi32>
  %c9 = arith.constant dense<9> : vector<8xi32>
  %m0 = xyz.vload %c0 in "idx" : vector<8xi32>
  %b1 = xyz.vload %c0 in "bits" : vector<8xi32>
  %m1 = xyz.multiply_add %m0, %two, %b1 : vector<8xi32>
  %a1 = arith.addi %m1, %c9 : vector<8xi32>
  %n1 = xyz.gather %a1 in "tree" : vector<8xi32>
  xyz.vstore %n1, %c0 in "out" : vector<8xi32>
  xyz.return
}
