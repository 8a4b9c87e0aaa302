// RUN: not xyz-opt %s --xyz-schedule 2>&1 | FileCheck %s

// With no value and no default, the pipeline names the unbound parameter.
// CHECK: error: kernel 'k' has parameters without a value: n
xyz.kernel @k(%n: i32 {xyz.name = "n"}) {
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t
    xyz.store %v, %t
  }
  xyz.return
}
