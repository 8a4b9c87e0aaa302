// RUN: xyz-opt %s --canonicalize | FileCheck %s

// A barrier for one core waits for no one and writes no flag (the machine's
// protocol elides it): it goes, so that it fences nothing. A barrier for
// two cores, or for a count not yet known, stays.
// CHECK-LABEL: xyz.kernel @one_core
// CHECK-NOT: xyz.barrier
// CHECK: xyz.return
// CHECK-LABEL: xyz.kernel @two_cores
// CHECK: xyz.barrier
// CHECK-LABEL: xyz.kernel @unknown
// CHECK: xyz.barrier
xyz.kernel @one_core() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  xyz.store %c1, %c0 in "a"
  xyz.barrier %c0, %c1
  %x = xyz.load %c0 in "a"
  xyz.store %x, %c1 in "a"
  xyz.return
}
xyz.kernel @two_cores() {
  %c0 = arith.constant 0 : i32
  %c2 = arith.constant 2 : i32
  xyz.barrier %c0, %c2
  xyz.return
}
xyz.kernel @unknown(%n: i32 {xyz.name = "cores"}) {
  %c0 = arith.constant 0 : i32
  xyz.barrier %c0, %n
  xyz.return
}
