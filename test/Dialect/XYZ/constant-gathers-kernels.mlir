// RUN: xyz-opt %s --mlir-disable-threading --xyz-constant-gathers | FileCheck %s

// Two kernels whose gathers read the same windows of the grid: each kernel
// loads them itself (the pass object runs on one kernel after the other
// and keeps nothing from the first; it once reused the first kernel's
// vector loads in the second).
// CHECK-LABEL: xyz.kernel @first
// CHECK-COUNT-4: xyz.vload
// CHECK: xyz.from_words
// CHECK-LABEL: xyz.kernel @second
// CHECK-COUNT-4: xyz.vload
// CHECK: xyz.from_words
// CHECK-NOT: xyz.gather
xyz.kernel @first() {
  %c0 = arith.constant 0 : i32
  %c64 = arith.constant 64 : i32
  %addrs = arith.constant dense<[0, 9, 18, 27, 4, 13, 22, 31]> : vector<8xi32>
  %lo = xyz.vload %c0 in "t" : vector<8xi32>
  %g = xyz.gather %addrs in "t" : vector<8xi32>
  %s = arith.addi %lo, %g : vector<8xi32>
  xyz.vstore %s, %c64 : vector<8xi32>
  xyz.return
}
xyz.kernel @second() {
  %c0 = arith.constant 0 : i32
  %c64 = arith.constant 64 : i32
  %addrs = arith.constant dense<[0, 9, 18, 27, 4, 13, 22, 31]> : vector<8xi32>
  %lo = xyz.vload %c0 in "t" : vector<8xi32>
  %g = xyz.gather %addrs in "t" : vector<8xi32>
  %s = arith.xori %lo, %g : vector<8xi32>
  xyz.vstore %s, %c64 : vector<8xi32>
  xyz.return
}
