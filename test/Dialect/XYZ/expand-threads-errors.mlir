// RUN: xyz-opt %s --xyz-expand-threads -verify-diagnostics -split-input-file

xyz.kernel @k(%n: i32 {xyz.name = "n"}) {
  // expected-error @below {{thread count is not a constant}}
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t
    xyz.store %v, %t
  }
  xyz.return
}

// -----

// A count that is negative at this shape (n - 1 at n = 0): an error, as in
// xyz-interp, not zero threads.
xyz.kernel @negative() {
  %c0 = arith.constant 0 : i32
  %m = arith.constant -1 : i32
  // expected-error @below {{negative thread count -1}}
  xyz.foreach_thread %t < %m {
    xyz.store %t, %c0
  }
  xyz.return
}
