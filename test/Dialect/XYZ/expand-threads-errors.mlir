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

// A count computed from the core id: each core would run a different
// number of threads, but every core runs one program.
xyz.kernel @per_core_count() {
  %n = arith.constant 100 : i32
  %cores = arith.constant 3 : i32
  %core = xyz.core_id of %cores
  %rem = arith.subi %n, %core : i32
  %cnt = arith.ceildivui %rem, %cores : i32
  // expected-error @below {{thread count depends on the core (xyz.core_id): every core runs one program}}
  xyz.foreach_thread %t < %cnt {
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
