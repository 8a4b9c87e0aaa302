// RUN: xyz-opt %s --xyz-expand-threads | FileCheck %s

// Each copy's memory ops are marked with the threads they run for,
// `xyz.threads = [loop, lo, hi]`: a group of 8 lanes [tid, tid + 8), a
// lane's word store (`xyz.lane_thread = k`, from the vectorizer) its one
// thread tid + k, a scalar copy its thread. The scheduler lets accesses of
// one loop for disjoint threads pass each other.
// CHECK-LABEL: xyz.kernel @threads
// CHECK: xyz.vload %{{.*}} in "in" {xyz.threads = array<i64: 0, 0, 8>}
// CHECK: xyz.store %{{.*}}, %{{.*}} in "out" {xyz.threads = array<i64: 0, 3, 4>}
// CHECK: xyz.vload %{{.*}} in "in" {xyz.threads = array<i64: 0, 8, 16>}
// CHECK: xyz.store %{{.*}}, %{{.*}} in "out" {xyz.threads = array<i64: 0, 11, 12>}
// CHECK: xyz.load %{{.*}} in "in" {xyz.threads = array<i64: 1, 0, 1>}
// CHECK: xyz.store %{{.*}}, %{{.*}} in "out" {xyz.threads = array<i64: 1, 0, 1>}
// CHECK: xyz.load %{{.*}} in "in" {xyz.threads = array<i64: 1, 1, 2>}
// CHECK-NOT: xyz.lane_thread
xyz.kernel @threads() {
  %n = arith.constant 16 : i32
  %m = arith.constant 2 : i32
  xyz.foreach_thread %g < %n attributes {lanes = 8 : i64} {
    %v = xyz.vload %g in "in" : vector<8xi32>
    %w = xyz.lane %v[3] : vector<8xi32>
    xyz.store %w, %w in "out" {xyz.lane_thread = 3 : i64}
  }
  xyz.foreach_thread %t < %m {
    %x = xyz.load %t in "in"
    xyz.store %x, %t in "out"
  }
  xyz.return
}
