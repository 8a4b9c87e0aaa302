// RUN: xyz-opt %s -split-input-file --canonicalize | FileCheck %s

// xyz.multiply_add's folder: constant operands, a zero factor, a * 1 + 0.
// CHECK-LABEL: xyz.kernel @folds
// CHECK-DAG: %[[C23:.*]] = arith.constant 23 : i32
// CHECK-DAG: %[[WRAP:.*]] = arith.constant -2 : i32
// CHECK-DAG: %[[SPLAT:.*]] = arith.constant dense<10> : vector<8xi32>
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[V:.*]] = xyz.vload
// CHECK-NEXT: xyz.store %[[C23]]
// CHECK-NEXT: xyz.store %[[WRAP]]
// CHECK-NEXT: xyz.store %[[X]]
// CHECK-NEXT: xyz.store %[[X]]
// CHECK-NEXT: xyz.store %[[X]]
// CHECK-NEXT: xyz.store %[[X]]
// CHECK-NEXT: xyz.vstore %[[SPLAT]]
// CHECK-NEXT: xyz.vstore %[[V]]
// CHECK-NOT: xyz.multiply_add
xyz.kernel @folds() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %c8 = arith.constant 8 : i32
  %max = arith.constant 2147483647 : i32
  %two = arith.constant 2 : i32
  %x = xyz.load %c0
  %v = xyz.vload %c0 : vector<8xi32>
  %v0 = arith.constant dense<0> : vector<8xi32>
  %v1 = arith.constant dense<1> : vector<8xi32>
  // 3 * 5 + 8 = 23; (2^31 - 1) * 2 + 0 wraps to -2.
  %a = xyz.multiply_add %c3, %c5, %c8 : i32
  %b = xyz.multiply_add %max, %two, %c0 : i32
  // x * 0 + ... and 0 * x + ...: the addend.
  %c = xyz.multiply_add %c3, %c0, %x : i32
  %d = xyz.multiply_add %c0, %c5, %x : i32
  // x * 1 + 0 and 1 * x + 0: x.
  %e = xyz.multiply_add %x, %c1, %c0 : i32
  %f = xyz.multiply_add %c1, %x, %c0 : i32
  // Splats and broadcasts of constants are constants too.
  %b3 = xyz.broadcast %c3 : vector<8xi32>
  %g = xyz.multiply_add %b3, %b3, %v1 : vector<8xi32>
  %h = xyz.multiply_add %v, %v1, %v0 : vector<8xi32>
  xyz.store %a, %c0
  xyz.store %b, %c0
  xyz.store %c, %c0
  xyz.store %d, %c0
  xyz.store %e, %c0
  xyz.store %f, %c0
  xyz.vstore %g, %c0 : vector<8xi32>
  xyz.vstore %h, %c0 : vector<8xi32>
  xyz.return
}

// -----

// Canonicalization: a constant first factor moves second; a * 1 + c is an
// add, a * b + 0 a multiply, A * B + c an add of the product.
// CHECK-LABEL: xyz.kernel @canonical
// CHECK-DAG: %[[C7:.*]] = arith.constant 7 : i32
// CHECK-DAG: %[[C15:.*]] = arith.constant 15 : i32
// CHECK: %[[X:.*]] = xyz.load
// CHECK: %[[Y:.*]] = xyz.load
// CHECK: %[[V:.*]] = xyz.vload
// CHECK-NEXT: %[[S:.*]] = xyz.multiply_add %[[X]], %[[C7]], %[[Y]] : i32
// CHECK-NEXT: %[[ADD:.*]] = arith.addi %[[X]], %[[Y]] : i32
// CHECK-NEXT: %[[MUL:.*]] = arith.muli %[[X]], %[[Y]] : i32
// CHECK-NEXT: %[[PROD:.*]] = arith.addi %[[Y]], %[[C15]] : i32
// CHECK-NEXT: %[[VADD:.*]] = arith.addi %[[V]], %[[V]] : vector<8xi32>
// CHECK-NEXT: xyz.store %[[S]]
// CHECK-NEXT: xyz.store %[[ADD]]
// CHECK-NEXT: xyz.store %[[MUL]]
// CHECK-NEXT: xyz.store %[[PROD]]
// CHECK-NEXT: xyz.vstore %[[VADD]]
xyz.kernel @canonical() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %c7 = arith.constant 7 : i32
  %x = xyz.load %c0
  %y = xyz.load %c1
  %v = xyz.vload %c0 : vector<8xi32>
  %b1 = xyz.broadcast %c1 : vector<8xi32>
  %s = xyz.multiply_add %c7, %x, %y : i32
  %add = xyz.multiply_add %x, %c1, %y : i32
  %mul = xyz.multiply_add %x, %y, %c0 : i32
  %prod = xyz.multiply_add %c3, %c5, %y : i32
  %vadd = xyz.multiply_add %v, %b1, %v : vector<8xi32>
  xyz.store %s, %c0
  xyz.store %add, %c0
  xyz.store %mul, %c0
  xyz.store %prod, %c0
  xyz.vstore %vadd, %c0 : vector<8xi32>
  xyz.return
}

// -----

// Constant vectors that are not splats fold lane by lane (thread expansion
// leaves lane-index vectors in a 2-D address `y * w + x`), and the
// gather of the consecutive words they address is a vector load.
// CHECK-LABEL: xyz.kernel @lanes
// CHECK-DAG: %[[LANES:.*]] = arith.constant dense<[21, 23, 25, 27, 29, 31, 33, 35]> : vector<8xi32>
// CHECK-DAG: %[[C40:.*]] = arith.constant 40 : i32
// CHECK: %[[ROW:.*]] = xyz.vload %[[C40]] in "grid"
// CHECK: xyz.vstore %[[LANES]]
// CHECK: xyz.vstore %[[ROW]]
// CHECK-NOT: xyz.multiply_add
// CHECK-NOT: xyz.gather
xyz.kernel @lanes() {
  %c0 = arith.constant 0 : i32
  %iota = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7]> : vector<8xi32>
  %two = arith.constant dense<2> : vector<8xi32>
  %base = arith.constant dense<21> : vector<8xi32>
  %w = arith.constant dense<10> : vector<8xi32>
  %y = arith.constant dense<4> : vector<8xi32>
  %odd = xyz.multiply_add %iota, %two, %base : vector<8xi32>
  %addr = xyz.multiply_add %y, %w, %iota : vector<8xi32>
  %row = xyz.gather %addr in "grid" : vector<8xi32>
  xyz.vstore %odd, %c0 : vector<8xi32>
  xyz.vstore %row, %c0 : vector<8xi32>
  xyz.return
}
