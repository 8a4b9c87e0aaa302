//===- IntegerRanges.h - Integer range analysis of a kernel -----*- C++ -*-===//
//
// What the passes that ask upstream integer range analysis about a kernel
// share: the solver with the analyses it needs, and the range it proves
// for a value.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_DIALECT_XYZ_TRANSFORMS_INTEGERRANGES_H
#define XYZ_LIB_DIALECT_XYZ_TRANSFORMS_INTEGERRANGES_H

#include "mlir/Analysis/DataFlow/ConstantPropagationAnalysis.h"
#include "mlir/Analysis/DataFlow/DeadCodeAnalysis.h"
#include "mlir/Analysis/DataFlow/IntegerRangeAnalysis.h"
#include "mlir/Analysis/DataFlowFramework.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/TypeUtilities.h"
#include <optional>

namespace xyz {

/// Upstream integer range analysis with a correct range for `arith.xori`
/// wider than i1. LLVM 19 takes the xor of the operands' bounds
/// (llvm/llvm-project#82168): `any ^ 9` gets [9, 0xfffffff6], so
/// `minui(x ^ 9, 4)` was folded to 4 and a gather at `(x & 15) ^ 9` took
/// its addresses from [6, 9]. Here an xor is below the next power of two
/// above both operands' maxima, which is exact enough for a table index.
/// (--xyz-bounded-ranges, which runs upstream passes whose analysis this
/// cannot replace, hides the xors instead.)
class XorSafeIntegerRangeAnalysis
    : public mlir::dataflow::IntegerRangeAnalysis {
public:
  using IntegerRangeAnalysis::IntegerRangeAnalysis;

  void visitOperation(
      mlir::Operation *op,
      llvm::ArrayRef<const mlir::dataflow::IntegerValueRangeLattice *> operands,
      llvm::ArrayRef<mlir::dataflow::IntegerValueRangeLattice *> results)
      override {
    auto xorOp = llvm::dyn_cast<mlir::arith::XOrIOp>(op);
    if (!xorOp ||
        mlir::getElementTypeOrSelf(xorOp.getType()).getIntOrFloatBitWidth() <=
            1)
      return IntegerRangeAnalysis::visitOperation(op, operands, results);
    const mlir::IntegerValueRange &a = operands[0]->getValue();
    const mlir::IntegerValueRange &b = operands[1]->getValue();
    if (a.isUninitialized() || b.isUninitialized())
      return;
    llvm::APInt high =
        llvm::APIntOps::umax(a.getValue().umax(), b.getValue().umax());
    unsigned width = high.getBitWidth();
    mlir::ConstantIntRanges range = mlir::ConstantIntRanges::fromUnsigned(
        llvm::APInt::getZero(width),
        llvm::APInt::getLowBitsSet(width, high.getActiveBits()));
    propagateIfChanged(results[0],
                       results[0]->join(mlir::IntegerValueRange(range)));
  }
};

/// Runs integer range analysis (with the dead-code and constant analyses
/// it builds on) over `root` in `solver`.
inline mlir::LogicalResult solveIntegerRanges(mlir::DataFlowSolver &solver,
                                              mlir::Operation *root) {
  solver.load<mlir::dataflow::DeadCodeAnalysis>();
  solver.load<mlir::dataflow::SparseConstantPropagation>();
  solver.load<XorSafeIntegerRangeAnalysis>();
  return solver.initializeAndRun(root);
}

/// The range the solver proves for `value`, if it has one.
inline std::optional<mlir::ConstantIntRanges>
provenRange(mlir::DataFlowSolver &solver, mlir::Value value) {
  auto *lattice =
      solver.lookupState<mlir::dataflow::IntegerValueRangeLattice>(value);
  if (!lattice || lattice->getValue().isUninitialized())
    return std::nullopt;
  return lattice->getValue().getValue();
}

} // namespace xyz

#endif // XYZ_LIB_DIALECT_XYZ_TRANSFORMS_INTEGERRANGES_H
