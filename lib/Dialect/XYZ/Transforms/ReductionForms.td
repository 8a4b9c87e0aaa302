//===- ReductionForms.td - Selects that are min, max or a combine -*- tablegen -*-===//
//
// The declarative part of the rewrites --xyz-specialize applies before it
// looks for reduction loops: a select between the two operands of the
// comparison that chooses it is a min or a max. The select of a combine
// and its operand (`c ? acc + x : acc`) is in C++ (ReductionForms.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_REDUCTION_FORMS_TD
#define XYZ_REDUCTION_FORMS_TD

include "mlir/Dialect/Arith/IR/ArithOps.td"
include "mlir/IR/PatternBase.td"

class PredicateIn<string preds>
    : Constraint<CPred<"::llvm::is_contained({" # preds # "}, "
                       "$0.getValue())">, "a predicate of " # preds>;
def IsUnsignedLess : PredicateIn<"::mlir::arith::CmpIPredicate::ult, "
                                 "::mlir::arith::CmpIPredicate::ule">;
def IsUnsignedGreater : PredicateIn<"::mlir::arith::CmpIPredicate::ugt, "
                                    "::mlir::arith::CmpIPredicate::uge">;
def IsSignedLess : PredicateIn<"::mlir::arith::CmpIPredicate::slt, "
                               "::mlir::arith::CmpIPredicate::sle">;
def IsSignedGreater : PredicateIn<"::mlir::arith::CmpIPredicate::sgt, "
                                  "::mlir::arith::CmpIPredicate::sge">;

// select(a < b, a, b) is min(a, b) and select(a < b, b, a) max(a, b); with
// `<=` the arms differ only where a == b, where both are that value.
def SelectUltMin : Pat<(SelectOp (Arith_CmpIOp $p, $a, $b), $a, $b),
                       (Arith_MinUIOp $a, $b), [(IsUnsignedLess $p)]>;
def SelectUltMax : Pat<(SelectOp (Arith_CmpIOp $p, $a, $b), $b, $a),
                       (Arith_MaxUIOp $a, $b), [(IsUnsignedLess $p)]>;
def SelectUgtMax : Pat<(SelectOp (Arith_CmpIOp $p, $a, $b), $a, $b),
                       (Arith_MaxUIOp $a, $b), [(IsUnsignedGreater $p)]>;
def SelectUgtMin : Pat<(SelectOp (Arith_CmpIOp $p, $a, $b), $b, $a),
                       (Arith_MinUIOp $a, $b), [(IsUnsignedGreater $p)]>;
def SelectSltMin : Pat<(SelectOp (Arith_CmpIOp $p, $a, $b), $a, $b),
                       (Arith_MinSIOp $a, $b), [(IsSignedLess $p)]>;
def SelectSltMax : Pat<(SelectOp (Arith_CmpIOp $p, $a, $b), $b, $a),
                       (Arith_MaxSIOp $a, $b), [(IsSignedLess $p)]>;
def SelectSgtMax : Pat<(SelectOp (Arith_CmpIOp $p, $a, $b), $a, $b),
                       (Arith_MaxSIOp $a, $b), [(IsSignedGreater $p)]>;
def SelectSgtMin : Pat<(SelectOp (Arith_CmpIOp $p, $a, $b), $b, $a),
                       (Arith_MinSIOp $a, $b), [(IsSignedGreater $p)]>;

#endif // XYZ_REDUCTION_FORMS_TD
