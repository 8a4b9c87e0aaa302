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
#include "llvm/ADT/DenseSet.h"

namespace xyz {
#define GEN_PASS_DEF_XYZEXPANDTHREADS
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {
/// One reduction's partial results while the copies are made: a binary
/// counter of subtrees (sizes decreasing from the bottom), so that the
/// copies combine in a balanced tree right after they are made, with at
/// most log2(copies) partials live at any point of the program (combining
/// them all at the end would keep every copy's value live until then).
struct PartialTree {
  ReduceKind kind;
  SmallVector<std::pair<Value, uint64_t>> stack; // (value, leaves)

  void add(OpBuilder &builder, Location loc, Value value) {
    stack.emplace_back(value, 1);
    while (stack.size() >= 2 &&
           stack.back().second == stack[stack.size() - 2].second) {
      auto [b, leaves] = stack.pop_back_val();
      Value a = stack.back().first;
      stack.back() = {buildCombine(builder, loc, kind, a, b), 2 * leaves};
    }
  }

  /// The whole reduction: the subtrees combined, smallest first; vector
  /// lanes then combined too; the identity if there were no copies.
  Value finish(OpBuilder &builder, Location loc) {
    if (stack.empty())
      return builder.create<arith::ConstantOp>(
          loc, builder.getIntegerAttr(builder.getI32Type(),
                                      getReduceIdentity(kind)));
    Value total = stack.back().first;
    for (auto it = std::next(stack.rbegin()); it != stack.rend(); ++it)
      total = buildCombine(builder, loc, kind, it->first, total);
    if (isa<VectorType>(total.getType()))
      return builder.create<ReduceLanesOp>(
          loc, builder.getI32IntegerAttr(static_cast<int32_t>(kind)), total);
    return total;
  }
};

/// Whether `value` is computed from an `xyz.core_id` (within the first
/// 64 ops back, each visited once).
bool dependsOnCore(Value value) {
  SmallVector<Value> work{value};
  DenseSet<Value> seen{value};
  while (!work.empty() && seen.size() <= 64) {
    Operation *def = work.pop_back_val().getDefiningOp();
    if (!def)
      continue;
    if (isa<CoreIdOp>(def))
      return true;
    for (Value operand : def->getOperands())
      if (seen.insert(operand).second)
        work.push_back(operand);
  }
  return false;
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
      if (!matchPattern(loop.getCount(), m_ConstantInt(&count)) &&
          dependsOnCore(loop.getCount()))
        return loop.emitError(
            "thread count depends on the core (xyz.core_id): every core "
            "runs one program, so a thread loop has the same count on all "
            "cores; loop over a uniform count such as ceildiv(n, cores), "
            "clamp the index with arith.minui or mask the threads past the "
            "end (an scf.if around the store, or a select of the reduced "
            "value)");
      if (!matchPattern(loop.getCount(), m_ConstantInt(&count)))
        return loop.emitError(
            "thread count is not a constant: it must follow from the "
            "kernel's parameters alone (specialize the kernel first, "
            "--xyz-specialize), not from memory or another loop's values");
      if (count.isNegative())
        return loop.emitError("negative thread count ")
               << count.getSExtValue()
               << " (at this shape; an xyz.require can state the shapes the "
                  "kernel accepts)";
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

  /// Marks the memory ops of `op` (a copy of loop `number`'s body for the
  /// threads [tid, tid + lanes)) with the threads they run for (a lane's
  /// word store: its one thread). The scheduler lets accesses of one loop
  /// with disjoint threads pass each other.
  static void markThreads(Operation *op, int64_t number, int64_t tid,
                          int64_t lanes) {
    op->walk([&](Operation *inner) {
      if (!isa<LoadOp, StoreOp, VLoadOp, VStoreOp, GatherOp>(inner))
        return;
      int64_t lo = tid, hi = tid + lanes;
      if (auto lane =
              inner->getAttrOfType<IntegerAttr>(XYZDialect::kLaneThreadAttr)) {
        lo = tid + lane.getInt();
        hi = lo + 1;
        inner->removeAttr(XYZDialect::kLaneThreadAttr);
      }
      inner->setAttr(
          XYZDialect::kThreadsAttr,
          DenseI64ArrayAttr::get(op->getContext(), {number, lo, hi}));
    });
  }

  void runOnOperation() override {
    SmallVector<ForeachThreadOp> loops;
    getOperation().walk([&](ForeachThreadOp op) { loops.push_back(op); });
    if (failed(checkWork(loops)))
      return signalPassFailure();
    for (auto [number, loop] : llvm::enumerate(loops)) {
      APInt count;
      (void)matchPattern(loop.getCount(), m_ConstantInt(&count));
      OpBuilder builder(loop);
      Block &body = loop.getBody().front();
      // Per reduction, the words (or lanes) the copies yield so far.
      SmallVector<PartialTree> partials;
      for (ReduceKind kind : loop.getReduceKinds())
        partials.push_back({kind, {}});
      for (int64_t tid = loop.getFirstThread(), e = count.getSExtValue();
           tid < e; tid += loop.getNumLanes()) {
        IRMapping mapping;
        mapping.map(loop.getThreadId(), builder.create<arith::ConstantIntOp>(
                                            loop.getLoc(), tid, 32));
        for (Operation &op : body.without_terminator())
          markThreads(builder.clone(op, mapping), number, tid,
                      loop.getNumLanes());
        for (auto [partial, value] :
             llvm::zip(partials, loop.getYield().getValues()))
          partial.add(builder, loop.getLoc(), mapping.lookupOrDefault(value));
      }
      for (auto [result, partial] : llvm::zip(loop.getResults(), partials))
        result.replaceAllUsesWith(partial.finish(builder, loop.getLoc()));
      loop.erase();
    }
  }
};
} // namespace
