//===- SignedArith.td - Signed i32 ops as unsigned ones ----*- tablegen -*-===//
//
// The declarative part of --xyz-expand-signed-arith: comparisons and
// min/max. Division, remainder, the arithmetic shift and sign extension
// build on shared intermediate values and are in C++
// (ExpandSignedArith.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SIGNED_ARITH_TD
#define XYZ_SIGNED_ARITH_TD

include "mlir/Dialect/Arith/IR/ArithOps.td"
include "mlir/IR/PatternBase.td"

// An i32 value (or a vector of them): the machine word.
def IsWord : Constraint<CPred<"::xyz::isWordType($0.getType())">, "a 32-bit word">;
// slt, sle, sgt, sge.
def IsSignedOrdering
    : Constraint<CPred<"isSignedOrdering($0.getValue())">, "signed ordering">;

// The unsigned predicate of the same ordering (slt -> ult, ...).
def UnsignedOf : NativeCodeCall<"unsignedOf($_builder, $0)">;
// 0x80000000 with the type of $0, and 0 (scalars or splats).
def SignBit : NativeCodeCall<"wordConstant($_builder, $0.getType(), 0x80000000)">;
def PredicateSlt : NativeCodeCall<
  "::mlir::arith::CmpIPredicateAttr::get($_builder.getContext(), "
  "::mlir::arith::CmpIPredicate::slt)">;

// a <s b  <=>  (a ^ 0x80000000) <u (b ^ 0x80000000): flipping the sign bit
// maps [-2^31, 2^31) onto [0, 2^32) in order.
def SignedCmpAsUnsigned : Pat<
  (Arith_CmpIOp $pred, $a, $b),
  (Arith_CmpIOp (UnsignedOf $pred),
    (Arith_XOrIOp $a, (Arith_ConstantOp (SignBit $a))),
    (Arith_XOrIOp $b, (Arith_ConstantOp (SignBit $a)))),
  [(IsSignedOrdering $pred), (IsWord $a)]>;

// minsi/maxsi: a select on a signed comparison (expanded by the pattern
// above).
def MinSIAsSelect : Pat<
  (Arith_MinSIOp $a, $b),
  (SelectOp (Arith_CmpIOp (PredicateSlt), $a, $b), $a, $b),
  [(IsWord $a)]>;
def MaxSIAsSelect : Pat<
  (Arith_MaxSIOp $a, $b),
  (SelectOp (Arith_CmpIOp (PredicateSlt), $b, $a), $a, $b),
  [(IsWord $a)]>;

#endif // XYZ_SIGNED_ARITH_TD
