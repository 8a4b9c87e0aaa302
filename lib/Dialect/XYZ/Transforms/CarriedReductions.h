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
  /// A running sum: the updated value is used in the body too (an
  /// inclusive scan), not only carried to the next iteration.
  bool scan = false;
};

/// The carried values of `loop` as reductions: each block argument used
/// once, by an op of getCarriedReduceKind in the body whose result is only
/// yielded, its other operand not the argument. With `allowScans`, an
/// `addi` whose result the body also uses is a scan. Nothing if one is
/// neither.
std::optional<llvm::SmallVector<CarriedReduction>>
matchCarriedReductions(mlir::scf::ForOp loop, bool allowScans = false);

} // namespace xyz

#endif // XYZ_LIB_DIALECT_XYZ_TRANSFORMS_CARRIEDREDUCTIONS_H
