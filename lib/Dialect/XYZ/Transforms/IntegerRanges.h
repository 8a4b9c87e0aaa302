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
#include <optional>

namespace xyz {

/// Runs integer range analysis (with the dead-code and constant analyses
/// it builds on) over `root` in `solver`.
inline mlir::LogicalResult solveIntegerRanges(mlir::DataFlowSolver &solver,
                                              mlir::Operation *root) {
  solver.load<mlir::dataflow::DeadCodeAnalysis>();
  solver.load<mlir::dataflow::SparseConstantPropagation>();
  solver.load<mlir::dataflow::IntegerRangeAnalysis>();
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
