// RUN: xyz-opt %s | FileCheck %s
// RUN: xyz-opt %s | xyz-opt | FileCheck %s

// CHECK-LABEL: xyz.kernel @scale(%{{.*}}: i32 {xyz.default = 64 : i32, xyz.name = "n"})
xyz.kernel @scale(%n: i32 {xyz.name = "n", xyz.default = 64 : i32}) {
  %c1 = arith.constant 1 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  // CHECK: xyz.require %{{.*}}, "n must be >= 1"
  xyz.require %ok, "n must be >= 1"
  // CHECK: xyz.foreach_thread %[[T:.*]] < %{{.*}} {
  xyz.foreach_thread %t < %n {
    // CHECK: %[[V:.*]] = xyz.load %[[T]] in "in"
    %v = xyz.load %t in "in"
    %a = arith.addi %t, %n : i32
    // CHECK: xyz.store %[[V]], %{{.*}} in "out"
    xyz.store %v, %a in "out"
    // CHECK: xyz.load %[[T]]{{$}}
    %w = xyz.load %t
  }
  // CHECK: xyz.return
  xyz.return
}
