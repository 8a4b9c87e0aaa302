//===- SplitThreadRanges.cpp - Thread loops split where clamps stop -------===//
//
// `minui(tid + u, b)` with u (a sum of uniform terms) and b uniform is
// `tid + u` for every thread tid <= min(b) - max(u) (no wrap: tid + max(u)
// stays below 2^32). A thread loop whose clamps all stop mattering below
// some T inside it becomes the loop over [first, T), its clamps replaced by
// their first operand, and the loop over [T, count) as it was.
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

/// The most uniform terms added to a thread id that a clamp's operand may
/// hold.
constexpr unsigned kMaxTerms = 8;

/// The bounds [lo, hi] of `x - tid` when `x` is `tid` plus uniform terms
/// (a chain of adds, in any order: the canonicalizer moves a constant
/// out, `(start + tid) + 1`), as integers: a constant term counts as the
/// signed value it has, any other as its proven unsigned range. None if
/// `x` is no such sum or a term's range is not known.
std::optional<std::pair<int64_t, int64_t>>
uniformPart(Value x, Value tid, const ThreadUniformity &uniformity,
            DataFlowSolver &solver, unsigned depth = 0) {
  if (x == tid)
    return std::make_pair(int64_t(0), int64_t(0));
  auto add = x.getDefiningOp<arith::AddIOp>();
  if (!add || depth == kMaxTerms)
    return std::nullopt;
  for (unsigned k : {0u, 1u}) {
    Value term = add->getOperand(k), rest = add->getOperand(1 - k);
    if (!uniformity.isUniform(term) || uniformity.isUniform(rest))
      continue;
    int64_t lo, hi;
    APInt value;
    if (matchPattern(term, m_ConstantInt(&value)) &&
        value.getBitWidth() == 32) {
      lo = hi = value.getSExtValue();
    } else {
      std::optional<ConstantIntRanges> range = provenRange(solver, term);
      if (!range || range->umax().getBitWidth() != 32)
        return std::nullopt;
      lo = range->umin().getZExtValue();
      hi = range->umax().getZExtValue();
    }
    auto others = uniformPart(rest, tid, uniformity, solver, depth + 1);
    if (!others)
      return std::nullopt;
    return std::make_pair(others->first + lo, others->second + hi);
  }
  return std::nullopt;
}

/// The threads below which `clamp` is its operand `tid + u` (u a sum of
/// uniform terms, see uniformPart), and that operand's index; none if it
/// is no such clamp or the ranges do not show it.
std::optional<std::pair<int64_t, unsigned>>
unclampedBelow(arith::MinUIOp clamp, Value tid,
               const ThreadUniformity &uniformity, DataFlowSolver &solver) {
  for (unsigned k : {0u, 1u}) {
    Value x = clamp->getOperand(k), b = clamp->getOperand(1 - k);
    if (!uniformity.isUniform(b))
      continue;
    std::optional<std::pair<int64_t, int64_t>> u =
        uniformPart(x, tid, uniformity, solver);
    // tid + u as integers must be the word x is: u >= 0 (and below the
    // split at most min(b) < 2^32, below).
    if (!u || u->first < 0)
      continue;
    std::optional<ConstantIntRanges> bRange = provenRange(solver, b);
    if (!bRange || bRange->umin().getBitWidth() != 32)
      continue;
    int64_t limit = int64_t(bRange->umin().getZExtValue()) - u->second + 1;
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
