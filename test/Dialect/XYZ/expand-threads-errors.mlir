// RUN: xyz-opt %s --xyz-expand-threads -verify-diagnostics

xyz.kernel @k(%n: i32 {xyz.name = "n"}) {
  // expected-error @below {{thread count is not a constant}}
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t
    xyz.store %v, %t
  }
  xyz.return
}
