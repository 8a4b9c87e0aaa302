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
struct ExpandThreadsPass
    : public xyz::impl::XYZExpandThreadsBase<ExpandThreadsPass> {
  void runOnOperation() override {
    SmallVector<ForeachThreadOp> loops;
    getOperation().walk([&](ForeachThreadOp op) { loops.push_back(op); });
    for (ForeachThreadOp loop : loops) {
      APInt count;
      if (!matchPattern(loop.getCount(), m_ConstantInt(&count))) {
        loop.emitError("thread count is not a constant; specialize the "
                       "kernel first (--xyz-specialize)");
        return signalPassFailure();
      }
      OpBuilder builder(loop);
      Block &body = loop.getBody().front();
      for (int64_t tid = loop.getFirstThread(), e = count.getSExtValue();
           tid < e; tid += loop.getNumLanes()) {
        IRMapping mapping;
        mapping.map(loop.getThreadId(), builder.create<arith::ConstantIntOp>(
                                            loop.getLoc(), tid, 32));
        for (Operation &op : body.without_terminator())
          builder.clone(op, mapping);
      }
      loop.erase();
    }
  }
};
} // namespace
