//===- SplitThreadRanges.cpp - Thread loops split where clamps stop -------===//
//
// `minui(tid + u, b)` with u and b uniform is `tid + u` for every thread
// tid <= min(b) - max(u) (no wrap: tid + max(u) stays below 2^32). A
// thread loop whose clamps all stop mattering below some T inside it
// becomes the loop over [first, T), its clamps replaced by their first
// operand, and the loop over [T, count) as it was.
//
//===----------------------------------------------------------------------===//

#include "IntegerRanges.h"
#include "mlir/IR/Matchers.h"
#include "xyz/Analysis/ThreadUniformity.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZSPLITTHREADRANGES
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// The threads below which `clamp` is its operand `tid + u` (or `tid`),
/// and that operand's index; none if it is no such clamp or the ranges do
/// not show it.
std::optional<std::pair<int64_t, unsigned>>
unclampedBelow(arith::MinUIOp clamp, Value tid,
               const ThreadUniformity &uniformity, DataFlowSolver &solver) {
  for (unsigned k : {0u, 1u}) {
    Value x = clamp->getOperand(k), b = clamp->getOperand(1 - k);
    if (!uniformity.isUniform(b))
      continue;
    Value u;
    if (x != tid) {
      auto add = x.getDefiningOp<arith::AddIOp>();
      if (!add)
        continue;
      if (add.getLhs() == tid)
        u = add.getRhs();
      else if (add.getRhs() == tid)
        u = add.getLhs();
      if (!u || !uniformity.isUniform(u))
        continue;
    }
    std::optional<ConstantIntRanges> bRange = provenRange(solver, b);
    if (!bRange || bRange->umin().getBitWidth() != 32)
      continue;
    int64_t uMax = 0;
    if (u) {
      std::optional<ConstantIntRanges> uRange = provenRange(solver, u);
      if (!uRange || uRange->umax().getBitWidth() != 32)
        continue;
      uMax = uRange->umax().getZExtValue();
    }
    int64_t limit = int64_t(bRange->umin().getZExtValue()) - uMax + 1;
    return std::make_pair(limit, k);
  }
  return std::nullopt;
}

struct SplitThreadRangesPass
    : public xyz::impl::XYZSplitThreadRangesBase<SplitThreadRangesPass> {
  void runOnOperation() override {
    KernelOp kernel = getOperation();
    SmallVector<ForeachThreadOp> loops;
    kernel.walk([&](ForeachThreadOp loop) {
      if (loop.getNumResults() == 0)
        loops.push_back(loop);
    });
    if (loops.empty())
      return;
    DataFlowSolver solver;
    if (failed(solveIntegerRanges(solver, kernel)))
      return signalPassFailure();
    auto &uniformity = getAnalysis<ThreadUniformity>();
    bool changed = false;
    for (ForeachThreadOp loop : loops) {
      APInt count;
      if (!matchPattern(loop.getCount(), m_ConstantInt(&count)) ||
          count.getBitWidth() > 64)
        continue;
      int64_t first = loop.getFirstThread(), end = count.getSExtValue();
      // Every clamp of the body, and the threads below which it is not.
      SmallVector<std::pair<arith::MinUIOp, unsigned>> clamps;
      int64_t split = end;
      for (auto clamp : loop.getBody().front().getOps<arith::MinUIOp>()) {
        auto below =
            unclampedBelow(clamp, loop.getThreadId(), uniformity, solver);
        if (!below)
          continue;
        clamps.push_back({clamp, below->second});
        split = std::min(split, below->first);
      }
      // Below the split, tid + u <= split - 1 + max(u) = min(b) < 2^32:
      // no wrap, and every clamp is its first operand there.
      if (clamps.empty() || split < first + 8 || split >= end)
        continue;
      OpBuilder builder(loop);
      builder.setInsertionPointAfter(loop);
      auto rest = cast<ForeachThreadOp>(builder.clone(*loop));
      rest.setStartAttr(builder.getI64IntegerAttr(split));
      builder.setInsertionPoint(loop);
      loop.getCountMutable().assign(
          builder.create<arith::ConstantIntOp>(loop.getLoc(), split, 32));
      for (auto [clamp, operand] : clamps) {
        clamp.getResult().replaceAllUsesWith(clamp->getOperand(operand));
        clamp.erase();
      }
      changed = true;
    }
    if (!changed)
      markAllAnalysesPreserved();
  }
};

} // namespace
