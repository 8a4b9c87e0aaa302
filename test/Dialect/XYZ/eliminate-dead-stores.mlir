// RUN: xyz-opt %s -split-input-file --xyz-eliminate-dead-stores | FileCheck %s
// RUN: xyz-opt %s -split-input-file --xyz-eliminate-dead-stores --xyz-simplify | FileCheck %s --check-prefix=SIMPLIFY
// The nested form (the pass runs per kernel).
// RUN: xyz-opt %s -split-input-file --pass-pipeline='builtin.module(xyz.kernel(xyz-eliminate-dead-stores))' | FileCheck %s

// With `xyz.outputs`, stores to named regions not listed are unobservable:
// they go. Stores to listed regions and stores without a region stay. The
// work only the erased stores used is left to the next greedy rewrite:
// --xyz-simplify erases it (the load only reads memory).
// CHECK-LABEL: xyz.kernel @outputs
// CHECK: xyz.foreach_thread
// CHECK-NEXT: %[[X:.*]] = xyz.load %{{.*}} in "in"
// CHECK-NEXT: xyz.load %{{.*}} in "other"
// CHECK-NEXT: arith.xori
// CHECK-NEXT: xyz.vload %{{.*}} in "other"
// CHECK-NEXT: xyz.store %[[X]], %{{.*}} in "out"
// CHECK-NEXT: xyz.store %[[X]], %{{.*}}{{$}}
// CHECK-NEXT: }
// CHECK-NOT: "tmp"
// SIMPLIFY-LABEL: xyz.kernel @outputs
// SIMPLIFY: xyz.foreach_thread
// SIMPLIFY-NEXT: %[[X:.*]] = xyz.load %{{.*}} in "in"
// SIMPLIFY-NEXT: xyz.store %[[X]], %{{.*}} in "out"
// SIMPLIFY-NEXT: xyz.store %[[X]], %{{.*}}{{$}}
// SIMPLIFY-NEXT: }
// SIMPLIFY-NOT: "tmp"
// SIMPLIFY-NOT: "other"
xyz.kernel @outputs() attributes {xyz.outputs = ["out"]} {
  %n = arith.constant 8 : i32
  %c3 = arith.constant 3 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %o = xyz.load %t in "other"
    %y = arith.xori %o, %c3 : i32
    xyz.store %y, %t in "tmp"
    %v = xyz.vload %t in "other" : vector<8xi32>
    xyz.vstore %v, %t in "tmp" : vector<8xi32>
    xyz.store %x, %t in "out"
    xyz.store %x, %t
  }
  xyz.return
}

// -----

// Without `xyz.outputs` every store is observable.
// CHECK-LABEL: xyz.kernel @no_outputs
// CHECK: xyz.store %{{.*}} in "tmp"
// CHECK: xyz.vstore %{{.*}} in "tmp"
// SIMPLIFY-LABEL: xyz.kernel @no_outputs
// SIMPLIFY: xyz.load %{{.*}} in "other"
// SIMPLIFY: arith.xori
// SIMPLIFY: xyz.store %{{.*}} in "tmp"
// SIMPLIFY: xyz.vload
// SIMPLIFY: xyz.vstore %{{.*}} in "tmp"
xyz.kernel @no_outputs() {
  %n = arith.constant 8 : i32
  %c3 = arith.constant 3 : i32
  xyz.foreach_thread %t < %n {
    %o = xyz.load %t in "other"
    %y = arith.xori %o, %c3 : i32
    xyz.store %y, %t in "tmp"
    %v = xyz.vload %t in "other" : vector<8xi32>
    xyz.vstore %v, %t in "tmp" : vector<8xi32>
  }
  xyz.return
}

// -----

// A region the kernel reads back (e.g. after a barrier) is observable
// whether listed or not; an unnamed load may read any region.
// CHECK-LABEL: xyz.kernel @read_back
// CHECK: xyz.store %{{.*}} in "work"
// CHECK-LABEL: xyz.kernel @unnamed_read
// CHECK: xyz.store %{{.*}} in "tmp"
xyz.kernel @read_back() attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  xyz.store %c1, %c0 in "work"
  %x = xyz.load %c0 in "work"
  xyz.store %x, %c0 in "out"
  xyz.return
}
xyz.kernel @unnamed_read() attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  xyz.store %c1, %c0 in "tmp"
  %x = xyz.load %c0
  xyz.store %x, %c0 in "out"
  xyz.return
}
