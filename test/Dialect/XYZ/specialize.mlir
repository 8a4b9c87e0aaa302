// RUN: xyz-opt %s -split-input-file --xyz-specialize="n=3 k=2" | FileCheck %s
// RUN: xyz-opt %s -split-input-file --xyz-specialize="n=3" | FileCheck %s --check-prefix=DEFAULT

func.func private @square(%x: i32) -> i32 {
  %y = arith.muli %x, %x : i32
  return %y : i32
}

// The parameters are bound (k from its default when not given), the helper is
// inlined and removed, the loop over k is unrolled, and the requirement folds.
// CHECK-LABEL: xyz.kernel @k() attributes {xyz.shape = {k = 2 : i32, n = 3 : i32}}
// CHECK-NOT: func.func
// CHECK-NOT: scf.for
// CHECK-NOT: xyz.require
// CHECK: xyz.foreach_thread %[[T:.*]] < %c3_i32
// CHECK-COUNT-2: arith.muli
// CHECK-NOT: arith.muli
// DEFAULT: xyz.shape = {k = 4 : i32, n = 3 : i32}
// DEFAULT-COUNT-4: arith.muli
xyz.kernel @k(%n: i32 {xyz.name = "n"}, %k: i32 {xyz.name = "k", xyz.default = 4 : i32}) {
  %c1 = arith.constant 1 : i32
  %ok = arith.cmpi sge, %k, %c1 : i32
  xyz.require %ok, "k must be >= 1"
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t
    %ub = arith.index_cast %k : i32 to index
    %lb = arith.constant 0 : index
    %step = arith.constant 1 : index
    %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %v) -> (i32) {
      %d = func.call @square(%acc) : (i32) -> i32
      scf.yield %d : i32
    }
    xyz.store %r, %t
  }
  xyz.return
}

// -----

// A loop with an i32 induction variable unrolls into i32 constants (the
// iterations' values of %j, read as data; the xor with 0 folds away).
// CHECK-LABEL: xyz.kernel @i32_iv
// CHECK-NOT: scf.for
// CHECK: %[[K2:.*]] = arith.constant 2 : i32
// CHECK: arith.xori %{{.*}}, %[[K2]] : i32
// CHECK-NOT: arith.xori
xyz.kernel @i32_iv(%n: i32 {xyz.name = "n"},
                   %k: i32 {xyz.name = "k", xyz.default = 4 : i32}) {
  %c0 = arith.constant 0 : i32
  %c2 = arith.constant 2 : i32
  %c4 = arith.constant 4 : i32
  xyz.foreach_thread %t < %n {
    %r = scf.for %j = %c0 to %c4 step %c2 iter_args(%acc = %t) -> (i32) : i32 {
      %x = arith.xori %acc, %j : i32
      scf.yield %x : i32
    }
    xyz.store %r, %t
  }
  xyz.return
}
