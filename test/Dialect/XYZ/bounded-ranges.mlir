// RUN: xyz-opt %s --xyz-bounded-ranges | FileCheck %s --check-prefix=RUNS
// RUN: xyz-opt %s --xyz-bounded-ranges="max-ops=5" | FileCheck %s --check-prefix=SKIPPED

// `x & 7` is below 8 whatever x is: integer range analysis folds the
// compare to true when the module is small enough, and
// leaves it when it has more ops than `max-ops`.
// RUNS-LABEL: xyz.kernel @decided
// RUNS-NOT: arith.cmpi
// RUNS: %[[T:.*]] = arith.constant true
// RUNS: xyz.require %[[T]]
// SKIPPED-LABEL: xyz.kernel @decided
// SKIPPED: %[[C:.*]] = arith.cmpi ult
// SKIPPED: xyz.require %[[C]]
xyz.kernel @decided() {
  %c0 = arith.constant 0 : i32
  %c7 = arith.constant 7 : i32
  %c8 = arith.constant 8 : i32
  %x = xyz.load %c0 in "in"
  %m = arith.andi %x, %c7 : i32
  %ok = arith.cmpi ult, %m, %c8 : i32
  xyz.require %ok, "below 8"
  xyz.return
}
