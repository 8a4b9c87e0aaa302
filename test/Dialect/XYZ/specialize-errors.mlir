// RUN: not xyz-opt %s --xyz-specialize="n=0" 2>&1 | FileCheck %s --check-prefix=REJECT
// RUN: not xyz-opt %s --xyz-specialize="m=3" 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not xyz-opt %s --xyz-specialize 2>&1 | FileCheck %s --check-prefix=UNBOUND
// RUN: not xyz-opt %s --xyz-specialize="n=x" 2>&1 | FileCheck %s --check-prefix=VALUE
// RUN: not xyz-opt %s --xyz-specialize="n" 2>&1 | FileCheck %s --check-prefix=PAIR
// RUN: not xyz-opt %s --xyz-specialize="n=1 n=2" 2>&1 | FileCheck %s --check-prefix=TWICE

// REJECT: error: the shape {n = 0 : i32} is rejected by kernel 'k': n must be >= 1
// UNKNOWN: error: xyz-specialize: unknown parameter 'm'; the kernel declares n
// UNBOUND: error: kernel 'k' has parameters without a value: n; give them with --xyz-specialize="n=N"
// A malformed binding is reported at the parameter it names (the option
// parser has no location to give; the pass reports it when it runs).
// VALUE: specialize-errors.mlir:16:15: error: xyz-specialize: value of 'n' must be a signed 32-bit integer (-2147483648 to 2147483647), got 'x'
// PAIR: specialize-errors.mlir:16:1: error: xyz-specialize: expected name=value, got 'n'
// TWICE: specialize-errors.mlir:16:15: error: xyz-specialize: 'n' is given twice
xyz.kernel @k(%n: i32 {xyz.name = "n"}) {
  %c1 = arith.constant 1 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t
    xyz.store %v, %t
  }
  xyz.return
}
