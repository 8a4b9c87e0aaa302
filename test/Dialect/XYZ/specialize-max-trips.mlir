// RUN: not xyz-opt %s --xyz-specialize="m=3" 2>&1 | FileCheck %s --check-prefix=OVER
// RUN: xyz-opt %s --xyz-specialize="m=2" | FileCheck %s --check-prefix=OK

// A loop whose trip count the shape fixes is unrolled; past its declared
// xyz.max_trips it is an error at the loop (xyz-interp, which specializes
// first, says the same), not a longer loop.
// OVER: specialize-max-trips.mlir:[[@LINE+12]]:8: error: loop runs more than its xyz.max_trips = 2 iterations (3 at this shape)
// At the maximum it unrolls (the two multiplies by 3 fold into one by 9).
// OK-LABEL: xyz.kernel @k
// OK-NOT: scf.for
// OK: arith.muli %{{.*}}, %c9_i32
xyz.kernel @k(%m: i32 {xyz.name = "m"}) {
  %c0 = arith.constant 0 : i32
  %c3 = arith.constant 3 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %mi = arith.index_cast %m : i32 to index
  %x = xyz.load %c0
  %r = scf.for %k = %lb to %mi step %one iter_args(%a = %x) -> (i32) {
    %q = arith.muli %a, %c3 : i32
    scf.yield %q : i32
  } {xyz.max_trips = 2}
  xyz.store %r, %c0
  xyz.return
}
