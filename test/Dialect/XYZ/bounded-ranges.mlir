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

// LLVM 19 infers the range of an xor wider than i1 from the xor of its
// operands' bounds: for x unknown, x ^ 0x80000000 would be [0x7fffffff,
// 0x80000000], and `(x ^ 0x80000000) >u 2147482648` (what
// --xyz-expand-signed-arith makes of `x >s -1000`) would fold to true.
// The xor is hidden from the analysis: the compare stays, the xor too.
// RUNS-LABEL: xyz.kernel @xor_range
// RUNS: %[[F:.*]] = arith.xori %{{.*}}, %{{.*}} : i32
// RUNS: %[[C:.*]] = arith.cmpi ugt, %[[F]]
// RUNS: xyz.require %[[C]]
// RUNS-NOT: unrealized_conversion_cast
xyz.kernel @xor_range() {
  %c0 = arith.constant 0 : i32
  %sign = arith.constant -2147483648 : i32
  %k = arith.constant 2147482648 : i32
  %x = xyz.load %c0 in "in"
  %f = arith.xori %x, %sign : i32
  %gt = arith.cmpi ugt, %f, %k : i32
  xyz.require %gt, "x >s -1000"
  xyz.return
}
