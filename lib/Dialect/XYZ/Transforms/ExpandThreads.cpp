//===- ExpandThreads.cpp - Scalar mapping of the thread dimension ---------===//
//
// Replicates each xyz.foreach_thread body once per thread (or once per group
// of lanes for a vectorized one), with the thread id a constant, giving
// straight-line code that the scheduler can interleave freely. The
// vectorizer runs first; what it did not map onto lanes stays scalar.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZEXPANDTHREADS
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {
/// `values` (the copies' yields of one reduction) combined by `kind` in a
/// balanced tree: a chain of depth log2 instead of one per copy. Vectors
/// are then reduced across their lanes.
Value combineAll(OpBuilder &builder, Location loc, ReduceKind kind,
                 SmallVector<Value> values) {
  if (values.empty())
    return builder.create<arith::ConstantOp>(
        loc, builder.getIntegerAttr(builder.getI32Type(),
                                    getReduceIdentity(kind)));
  while (values.size() > 1) {
    SmallVector<Value> next;
    for (size_t i = 0; i + 1 < values.size(); i += 2)
      next.push_back(buildCombine(builder, loc, kind, values[i], values[i + 1]));
    if (values.size() % 2)
      next.push_back(values.back());
    values = std::move(next);
  }
  if (isa<VectorType>(values[0].getType()))
    return builder.create<ReduceLanesOp>(
        loc, builder.getI32IntegerAttr(static_cast<int32_t>(kind)), values[0]);
  return values[0];
}

struct ExpandThreadsPass
    : public xyz::impl::XYZExpandThreadsBase<ExpandThreadsPass> {
  using XYZExpandThreadsBase::XYZExpandThreadsBase;

  /// Checks that every loop's count is a constant and that expanding them
  /// all stays within `max-ops`.
  LogicalResult checkWork(ArrayRef<ForeachThreadOp> loops) {
    uint64_t total = 0;
    for (ForeachThreadOp loop : loops) {
      APInt count;
      if (!matchPattern(loop.getCount(), m_ConstantInt(&count)))
        return loop.emitError("thread count is not a constant; specialize "
                              "the kernel first (--xyz-specialize)");
      int64_t threads = count.getSExtValue() - loop.getFirstThread();
      if (threads <= 0)
        continue;
      uint64_t copies = (uint64_t(threads) + loop.getNumLanes() - 1) /
                        loop.getNumLanes();
      uint64_t bodyOps = 0;
      loop.getBody().walk([&](Operation *) { ++bodyOps; });
      uint64_t left = maxOps > total ? maxOps - total : 0;
      if (bodyOps != 0 && copies > left / bodyOps)
        return loop.emitError("expanding ")
               << threads << " threads (" << copies << " copies of a "
               << bodyOps << "-op body) would pass the compile-time bound of "
               << maxOps.getValue()
               << " ops; make the shape smaller or raise the bound "
                  "(--xyz-schedule=\"max-ops=N\")";
      total += copies * bodyOps;
    }
    return success();
  }

  void runOnOperation() override {
    SmallVector<ForeachThreadOp> loops;
    getOperation().walk([&](ForeachThreadOp op) { loops.push_back(op); });
    if (failed(checkWork(loops)))
      return signalPassFailure();
    for (ForeachThreadOp loop : loops) {
      APInt count;
      (void)matchPattern(loop.getCount(), m_ConstantInt(&count));
      OpBuilder builder(loop);
      Block &body = loop.getBody().front();
      // Per reduction, the word (or lanes) each copy yields.
      SmallVector<SmallVector<Value>> yielded(loop.getNumResults());
      for (int64_t tid = loop.getFirstThread(), e = count.getSExtValue();
           tid < e; tid += loop.getNumLanes()) {
        IRMapping mapping;
        mapping.map(loop.getThreadId(), builder.create<arith::ConstantIntOp>(
                                            loop.getLoc(), tid, 32));
        for (Operation &op : body.without_terminator())
          builder.clone(op, mapping);
        for (auto [index, value] : llvm::enumerate(loop.getYield().getValues()))
          yielded[index].push_back(mapping.lookupOrDefault(value));
      }
      for (auto [result, kind, values] :
           llvm::zip(loop.getResults(), loop.getReduceKinds(), yielded))
        result.replaceAllUsesWith(
            combineAll(builder, loop.getLoc(), kind, values));
      loop.erase();
    }
  }
};
} // namespace
