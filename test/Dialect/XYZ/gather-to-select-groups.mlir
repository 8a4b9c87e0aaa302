// RUN: xyz-opt %s --xyz-gather-to-select-groups | FileCheck %s

// A vector program (after vectorization and thread expansion) whose load
// engine binds: the gather of "tab" carries the range the scalar pass knew
// (4 words from 100) and its offset's bits are the kernel's own b1 (bit 0)
// and b0 (bit 1). Its words, the level-0 pairs' differences and their
// broadcasts come once at the start; the group picks with multiply-adds on
// b1 (the vector engines have more room than flow here) and a select on b0.
// The gathers without a known range stay.
// CHECK-LABEL: xyz.kernel @groups
// CHECK-DAG: %[[W0:.*]] = xyz.load %{{.*}} in "tab"
// CHECK-DAG: %[[W1:.*]] = xyz.load %{{.*}} in "tab"
// CHECK-DAG: %[[D01:.*]] = arith.subi %[[W1]], %[[W0]] : i32
// CHECK-DAG: %[[V0:.*]] = xyz.broadcast %[[W0]] : vector<8xi32>
// CHECK-DAG: %[[VD01:.*]] = xyz.broadcast %[[D01]] : vector<8xi32>
// CHECK: %[[X:.*]] = xyz.vload
// CHECK: %[[B0:.*]] = arith.andi %[[X]]
// CHECK: %[[B1:.*]] = arith.andi
// CHECK: %[[P01:.*]] = xyz.multiply_add %[[B1]], %[[VD01]], %[[V0]]
// CHECK: %[[P23:.*]] = xyz.multiply_add %[[B1]]
// CHECK: %[[C1:.*]] = arith.trunci %[[B0]] : vector<8xi32> to vector<8xi1>
// CHECK: %[[SEL:.*]] = arith.select %[[C1]], %[[P23]], %[[P01]]
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
