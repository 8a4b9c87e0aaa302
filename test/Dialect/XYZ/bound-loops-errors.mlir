// RUN: xyz-opt %s --xyz-bound-loops -verify-diagnostics

xyz.kernel @too_many() {
  %c0 = arith.constant 0 : i32
  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  %x = xyz.load %c0
  %trips = arith.index_cast %x : i32 to index
  // expected-error @below {{xyz.max_trips must be an integer in [0, 65536]}}
  %r = scf.for %k = %lb to %trips step %step iter_args(%a = %x) -> (i32) {
    scf.yield %a : i32
  } {xyz.max_trips = 100000}
  xyz.store %r, %c0
  xyz.return
}
