//===- CarriedReductions.h - Loop-carried values that are reductions -*- C++
//-*-===//
//
// A loop whose every carried value is updated by one associative and
// commutative op of itself and a value that does not depend on it may run
// its iterations in any order: --xyz-parallelize-reductions makes threads
// of them, --xyz-vectorize-inner-loops lanes.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_DIALECT_XYZ_TRANSFORMS_CARRIEDREDUCTIONS_H
#define XYZ_LIB_DIALECT_XYZ_TRANSFORMS_CARRIEDREDUCTIONS_H

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "xyz/Dialect/XYZ/XYZOps.h"

namespace xyz {

/// One carried value: the op updating it and the value each iteration
/// contributes.
struct CarriedReduction {
  ReduceKind kind;
  mlir::Operation *combine;
  mlir::Value contribution;
  /// A signed min or max reduced as the unsigned one over `v ^ bias`
  /// (getCarriedReduceKind).
  bool signBiased = false;
  /// A running value: the updated value is used in the body too (an
  /// inclusive scan), not only carried to the next iteration.
  bool scan = false;
  /// A value of an extreme-and-its-position pair (argmax, argmin): the
  /// extreme `m' = max(m, v)` (or min, or `select(c, v, m)`) with `c =
  /// cmpi(pred, v, m)` (`compare`, normalized to v first), and the values
  /// chosen with it, `i' = select(c, w, i)`: `combine` the update,
  /// `contribution` v or w, `partner` the extreme's iter arg index.
  enum class Arg { None, Extreme, Chosen } arg = Arg::None;
  mlir::arith::CmpIPredicate predicate = mlir::arith::CmpIPredicate::ugt;
  mlir::Operation *compare = nullptr;
  unsigned partner = 0;
};

/// The carried values of `loop` as reductions: each block argument used
/// once, by an op of getCarriedReduceKind in the body whose result is only
/// yielded, its other operand not the argument. With `allowScans`, such an
/// op (not a signed minimum or maximum) whose result the body also uses is
/// a scan. With `allowArgs`, pairs of an extreme and the values chosen
/// with it (CarriedReduction::Arg) too. Nothing if one is neither.
std::optional<llvm::SmallVector<CarriedReduction>>
matchCarriedReductions(mlir::scf::ForOp loop, bool allowScans = false,
                       bool allowArgs = false);

} // namespace xyz

namespace xyz {
/// The induction variable of a loop from `lb` by `step` for thread `tid`
/// of the xyz.foreach_thread that replaces it: `lb + tid * step` computed
/// on words (so that a cast of it back to i32 folds to this), cast to
/// `ivType`. Built where `builder` is.
mlir::Value buildThreadInductionVar(mlir::OpBuilder &builder,
                                    mlir::Location loc, mlir::Value tid,
                                    int64_t lb, int64_t step,
                                    mlir::Type ivType);

/// The trips of `loop` when its bounds and step are constants and the step
/// is positive (0 when the upper bound is not above the lower). Unlike
/// mlir::constantTripCount, a step of 0 gives none rather than a division
/// by zero.
std::optional<int64_t> constantTrips(mlir::scf::ForOp loop);
} // namespace xyz

#endif // XYZ_LIB_DIALECT_XYZ_TRANSFORMS_CARRIEDREDUCTIONS_H
