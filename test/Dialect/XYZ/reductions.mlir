// RUN: xyz-opt %s --split-input-file | xyz-opt | FileCheck %s --check-prefix=ROUNDTRIP
// RUN: xyz-opt %s --split-input-file --xyz-expand-threads | FileCheck %s --check-prefix=EXPAND
// RUN: xyz-opt %s --split-input-file --xyz-vectorize | FileCheck %s --check-prefix=VECTOR

// ROUNDTRIP-LABEL: xyz.kernel @sum_max
// ROUNDTRIP: %{{.*}}:2 = xyz.foreach_thread %{{.*}} < %{{.*}} reduce(add, maxu) {
// ROUNDTRIP: xyz.yield %[[X:.*]], %[[X]] : i32, i32

// Scalar expansion: the copies' words combine in a balanced tree (depth
// log2 of the thread count), not one chain, each combine right after the
// copies it needs (a binary counter: at most log2 partials live).
// EXPAND-LABEL: xyz.kernel @sum_max
// EXPAND-NOT: xyz.foreach_thread
// EXPAND: %[[A:.*]] = xyz.load %{{.*}} in "a"
// EXPAND: %[[B:.*]] = xyz.load %{{.*}} in "a"
// EXPAND: %[[AB:.*]] = arith.addi %[[A]], %[[B]] : i32
// EXPAND: arith.maxui %[[A]], %[[B]] : i32
// EXPAND: %[[C:.*]] = xyz.load %{{.*}} in "a"
// EXPAND: %[[D:.*]] = xyz.load %{{.*}} in "a"
// EXPAND: %[[CD:.*]] = arith.addi %[[C]], %[[D]] : i32
// EXPAND: %[[ABCD:.*]] = arith.addi %[[AB]], %[[CD]] : i32
// EXPAND: %[[E:.*]] = xyz.load %{{.*}} in "a"
// EXPAND: %[[SUM:.*]] = arith.addi %[[ABCD]], %[[E]] : i32
// EXPAND: xyz.store %[[SUM]]

// Fewer than 8 threads: nothing to vectorize.
// VECTOR-LABEL: xyz.kernel @sum_max
// VECTOR-NOT: lanes = 8
xyz.kernel @sum_max() {
  %n = arith.constant 5 : i32
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %s, %m = xyz.foreach_thread %t < %n reduce(add, maxu) {
    %x = xyz.load %t in "a"
    xyz.yield %x, %x : i32, i32
  }
  xyz.store %s, %c0 in "out"
  xyz.store %m, %c1 in "out"
  xyz.return
}

// -----

// No threads: the result is the kind's identity (and: all ones).
// EXPAND-LABEL: xyz.kernel @empty
// EXPAND: %[[ONES:.*]] = arith.constant -1 : i32
// EXPAND: xyz.store %[[ONES]]
xyz.kernel @empty() {
  %n = arith.constant 0 : i32
  %c0 = arith.constant 0 : i32
  %r = xyz.foreach_thread %t < %n reduce(and) {
    %x = xyz.load %t in "a"
    xyz.yield %x : i32
  }
  xyz.store %r, %c0 in "out"
  xyz.return
}

// -----

// 19 threads: two groups of 8 yield vectors, the 3 others stay scalar; the
// two loops' results combine after them.
// VECTOR-LABEL: xyz.kernel @tail
// VECTOR: %[[V:.*]] = xyz.foreach_thread %{{.*}} < %{{.*}} reduce(xor) attributes {lanes = 8 : i64} {
// VECTOR:   %[[L:.*]] = xyz.vload %{{.*}} in "a" : vector<8xi32>
// VECTOR:   xyz.yield %[[L]] : vector<8xi32>
// VECTOR: %[[T:.*]] = xyz.foreach_thread %{{.*}} < %{{.*}} reduce(xor) attributes {start = 16 : i64} {
// VECTOR:   xyz.yield %{{.*}} : i32
// VECTOR: %[[BOTH:.*]] = arith.xori %[[V]], %[[T]] : i32
// VECTOR: xyz.store %[[BOTH]]

xyz.kernel @tail() {
  %n = arith.constant 19 : i32
  %c0 = arith.constant 0 : i32
  %r = xyz.foreach_thread %t < %n reduce(xor) {
    %x = xyz.load %t in "a"
    xyz.yield %x : i32
  }
  xyz.store %r, %c0 in "out"
  xyz.return
}

// -----

// A vectorized loop expanded: group vectors in a tree, then reduce_lanes.
// EXPAND-LABEL: xyz.kernel @groups
// EXPAND: %[[V0:.*]] = xyz.vload %{{.*}} in "a" {{.*}}: vector<8xi32>
// EXPAND: %[[V1:.*]] = xyz.vload %{{.*}} in "a" {{.*}}: vector<8xi32>
// EXPAND: %[[V:.*]] = arith.minui %[[V0]], %[[V1]] : vector<8xi32>
// EXPAND: %[[R:.*]] = xyz.reduce_lanes minu %[[V]] : vector<8xi32>
// EXPAND: xyz.store %[[R]]
xyz.kernel @groups() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : i32
  %r = xyz.foreach_thread %g < %n reduce(minu) attributes {lanes = 8 : i64} {
    %x = xyz.vload %g in "a" : vector<8xi32>
    xyz.yield %x : vector<8xi32>
  }
  xyz.store %r, %c0 in "out"
  xyz.return
}
