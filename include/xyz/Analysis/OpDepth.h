//===- OpDepth.h - Longest chain of ops above a value -----------*- C++ -*-===//
//
// The depth of a value: 0 for a block argument, else one more than the
// deepest operand of its defining op (regions not looked into). It is when
// the value becomes available relative to the others in a dataflow
// schedule with unit latencies: selection trees take their bits in that
// order, xor chains join their deepest operand last, and gather
// replacement estimates when each group's ops issue.
//
// An MLIR analysis (`getAnalysis<OpDepth>()`), computed lazily and
// memoized per value. A pass that rewires existing ops (so that their
// depth changes) calls `clear()` before asking again; values created after
// the last `clear()` are computed when first asked.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_ANALYSIS_OPDEPTH_H
#define XYZ_ANALYSIS_OPDEPTH_H

#include "mlir/IR/Value.h"
#include "llvm/ADT/DenseMap.h"

namespace mlir {
class Operation;
} // namespace mlir

namespace xyz {

class OpDepth {
public:
  OpDepth() = default;
  explicit OpDepth(mlir::Operation *) {}

  /// The depth of `value` (iterative: chains can be thousands of ops long).
  unsigned depth(mlir::Value value);

  /// Forgets every memoized depth (after the IR was rewired).
  void clear() { memo.clear(); }

private:
  llvm::DenseMap<mlir::Value, unsigned> memo;
};

} // namespace xyz

#endif // XYZ_ANALYSIS_OPDEPTH_H
