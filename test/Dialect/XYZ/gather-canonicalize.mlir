// RUN: xyz-opt %s --canonicalize | FileCheck %s

// After threads are expanded a group's neighbour x[max(i - 1, 0)] has
// constant addresses: consecutive ones (every group but the first) are one
// vector load; others stay a gather.
// CHECK-LABEL: xyz.kernel @neighbours
// CHECK-DAG: %[[C7:.*]] = arith.constant 7 : i32
// CHECK-DAG: %[[FIRST:.*]] = arith.constant dense<[0, 0, 1, 2, 3, 4, 5, 6]>
// CHECK: %[[A:.*]] = xyz.gather %[[FIRST]] in "x" : vector<8xi32>
// CHECK: %[[B:.*]] = xyz.vload %[[C7]] in "x" : vector<8xi32>
// CHECK: %[[W:.*]] = xyz.gather %{{.*}} : vector<8xi32>
// CHECK: xyz.vstore %[[A]]
// CHECK: xyz.vstore %[[B]]
// CHECK: xyz.vstore %[[W]]
xyz.kernel @neighbours() {
  %first = arith.constant dense<[0, 0, 1, 2, 3, 4, 5, 6]> : vector<8xi32>
  %second = arith.constant dense<[7, 8, 9, 10, 11, 12, 13, 14]> : vector<8xi32>
  // The last address wraps past 2^32: not consecutive words.
  %wrap = arith.constant dense<[-4, -3, -2, -1, 0, 1, 2, 3]> : vector<8xi32>
  %a = xyz.gather %first in "x" : vector<8xi32>
  %b = xyz.gather %second in "x" : vector<8xi32>
  %w = xyz.gather %wrap : vector<8xi32>
  %c64 = arith.constant 64 : i32
  %c72 = arith.constant 72 : i32
  %c80 = arith.constant 80 : i32
  xyz.vstore %a, %c64 : vector<8xi32>
  xyz.vstore %b, %c72 : vector<8xi32>
  xyz.vstore %w, %c80 : vector<8xi32>
  xyz.return
}
