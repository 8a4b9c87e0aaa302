// RUN: xyz-opt %s -split-input-file --xyz-vectorize="remarks=all" -verify-diagnostics
// RUN: xyz-opt %s -split-input-file --xyz-vectorize="remarks=missed" 2>&1 | FileCheck %s --check-prefix=MISSED
// RUN: xyz-opt %s -split-input-file --xyz-vectorize 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: not xyz-opt %s --xyz-vectorize="remarks=some" 2>&1 | FileCheck %s --check-prefix=BAD

// Optimization remarks on request (Remarks.h): `missed` reports each body
// left scalar at the op that has no vector form (or at the loop), `applied`
// the loops vectorized, `all` both; none by default.
// MISSED-NOT: remark: vectorized
// MISSED: remark: not vectorized
// NONE-NOT: remark
// BAD: for the --remarks option: Cannot find option named 'some'!

// The thread id as data (x ^ t) no longer keeps the loop scalar.
xyz.kernel @applied() {
  %n = arith.constant 19 : i32
  // expected-remark @+1 {{vectorized threads [0, 16) as 2 groups of 8 (1.5 cycles per group of 8 threads vectorized, 8.7 scalar); threads [16, 19) as a group of 8 from thread 11, before the others, its stores after them [xyz-vectorize]}}
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %y = arith.xori %x, %t : i32
    xyz.store %y, %t in "in"
  }
  xyz.return
}

// -----

// A scatter is a word store per lane: the loads and the lanes' addresses
// are vector work.
xyz.kernel @scatter() {
  %n = arith.constant 16 : i32
  // expected-remark @+1 {{vectorized threads [0, 16) as 2 groups of 8 (4.8 cycles per group of 8 threads vectorized, 8.0 scalar) [xyz-vectorize]}}
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    xyz.store %t, %x
  }
  xyz.return
}

// -----

xyz.kernel @few() {
  %n = arith.constant 5 : i32
  // expected-remark @+1 {{not vectorized: 5 threads, fewer than a group of 8, cheaper as scalar code (7.0 cycles as a group of 8 lanes, 5.0 as 5 scalar threads) [xyz-vectorize]}}
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    xyz.store %x, %t
  }
  xyz.return
}

// -----

xyz.kernel @unspecialized(%n: i32 {xyz.name = "n"}) {
  // expected-remark @+1 {{not vectorized: the thread count is not a constant (specialize the kernel first) [xyz-vectorize]}}
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    xyz.store %x, %t
  }
  xyz.return
}

// -----

xyz.kernel @region() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    %c = arith.cmpi eq, %x, %c0 : i32
    // expected-remark @+1 {{not vectorized: 'scf.if' has regions; only straight-line thread bodies are vectorized [xyz-vectorize]}}
    %y = scf.if %c -> i32 {
      scf.yield %t : i32
    } else {
      scf.yield %x : i32
    }
    xyz.store %y, %t
  }
  xyz.return
}
