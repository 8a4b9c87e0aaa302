//===- ThreadUniformity.h - Uniform and per-thread values -------*- C++ -*-===//
//
// Which values of a kernel are the same for every thread of an
// `xyz.foreach_thread` (uniform) and which may differ (per-thread): the
// thread id is per-thread, and so is every result of an op that reads a
// per-thread value, or that has regions and sits inside a thread body (its
// regions may read the thread id). Everything else - values defined outside
// the thread bodies, and ops of a body whose operands are all uniform - is
// uniform. Vectorization keeps uniform values scalar (computed once per
// group), gather replacement counts per-thread work once per thread, and
// simplification combines uniform operands first.
//
// An MLIR analysis: `getAnalysis<ThreadUniformity>()` on a kernel (or any
// op) computes it once; passes that only erase ops without results (stores)
// keep it valid and mark it preserved.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_ANALYSIS_THREADUNIFORMITY_H
#define XYZ_ANALYSIS_THREADUNIFORMITY_H

#include "mlir/IR/Operation.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/DenseSet.h"

namespace xyz {

class ThreadUniformity {
public:
  explicit ThreadUniformity(mlir::Operation *root);

  /// True if `value` may differ between the threads of its thread body.
  bool isPerThread(mlir::Value value) const {
    return perThread.contains(value);
  }
  bool isUniform(mlir::Value value) const { return !isPerThread(value); }

  /// Records the results of `op`, created after the analysis ran: they are
  /// per-thread if an operand is. Lets a pass that builds new ops from
  /// analysed values keep the analysis up to date.
  void recordNewOp(mlir::Operation *op);

private:
  llvm::DenseSet<mlir::Value> perThread;
};

} // namespace xyz

#endif // XYZ_ANALYSIS_THREADUNIFORMITY_H
