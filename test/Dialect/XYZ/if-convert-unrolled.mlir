// RUN: xyz-opt %s --xyz-specialize --xyz-if-convert -verify-diagnostics

// A store in a loop the specializer unrolls: one error for all its copies.
xyz.kernel @unrolled() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : i32
  %c3 = arith.constant 3 : i32
  %c1 = arith.constant 1 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    scf.for %i = %c0 to %c3 step %c1 : i32 {
      %c = arith.cmpi ult, %x, %i : i32
      scf.if %c {
        // expected-error @below {{a store under a condition cannot be masked}}
        xyz.store %i, %x in "y"
      }
    }
  }
  xyz.return
}
