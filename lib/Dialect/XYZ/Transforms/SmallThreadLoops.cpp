//===- SmallThreadLoops.cpp - Thread loops of a few threads as copies -----===//
//
// A thread loop of fewer than 8 threads fills part of one group of lanes.
// When its body holds a loop, that loop runs once per thread, on the
// lanes, at the pace of one thread: a running sum over a row of 256 words,
// one thread, is a chain of 256 adds. Outside a thread loop the same loop
// is the specializer's to take (a scan in chunks, a reduction across
// threads, 8 iterations on the lanes: 257 -> 42 cycles). The threads of a
// loop do not depend on each other (no thread reads a word another
// writes), so running them one after another, each a copy of the body
// with its thread id a constant, is one valid execution.
//
// Only loops of a constant count below 8 without reductions across
// threads, whose body holds an scf.for of at least 8 trips that reduces
// or scans words it loads (its carried values combined by an associative
// op: --xyz-parallelize-reductions and the chunked scans take it outside
// threads). Other loops gain nothing:
// tree-hash's rounds (carried index and value) at a batch of 1 to 7 ran
// 236 -> 252, 102 -> 127 cycles as copies; a body of straight-line code
// is the same ops either way; more threads than a group vectorize.
//
//===----------------------------------------------------------------------===//

#include "CarriedReductions.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/IRMapping.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"

namespace xyz {
#define GEN_PASS_DEF_XYZINLINESMALLTHREADLOOPS
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// Fewer threads than a group of lanes.
constexpr int64_t kGroup = 8;

/// Whether `loop` reduces or scans words it loads over at least a group of
/// trips (constant bounds): a loop worth running outside threads. (One
/// that loads nothing folds once unrolled.)
bool reducesMemory(scf::ForOp loop) {
  std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
  std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
  std::optional<int64_t> step = getConstantIntValue(loop.getStep());
  if (!lb || !ub || !step || *step <= 0 || *ub - *lb < kGroup * *step)
    return false;
  if (!matchCarriedReductions(loop, /*allowScans=*/true, /*allowArgs=*/true))
    return false;
  return loop.getBody()
      ->walk([](LoadOp) { return WalkResult::interrupt(); })
      .wasInterrupted();
}

} // namespace

unsigned xyz::inlineSmallThreadLoops(KernelOp kernel) {
  SmallVector<ForeachThreadOp> loops;
  kernel.walk([&](ForeachThreadOp loop) {
    // The number of threads, [start, count).
    std::optional<int64_t> threads = loop.getConstantThreadCount();
    if (!threads || *threads < 1 || *threads >= kGroup ||
        loop.getNumResults() != 0 || loop.getLanes())
      return;
    bool reduces = loop.getBody()
                       .walk([](scf::ForOp inner) {
                         return reducesMemory(inner) ? WalkResult::interrupt()
                                                     : WalkResult::advance();
                       })
                       .wasInterrupted();
    if (reduces)
      loops.push_back(loop);
  });
  for (ForeachThreadOp loop : loops) {
    OpBuilder builder(loop);
    Block &body = loop.getBody().front();
    int64_t first = loop.getFirstThread();
    int64_t end = first + *loop.getConstantThreadCount();
    for (int64_t t = first; t < end; ++t) {
      IRMapping mapping;
      mapping.map(loop.getThreadId(), builder.create<arith::ConstantIntOp>(
                                          loop.getLoc(), t, 32));
      for (Operation &op : body.without_terminator())
        builder.clone(op, mapping);
    }
    loop.erase();
  }
  return loops.size();
}

namespace {
struct InlineSmallThreadLoopsPass
    : public xyz::impl::XYZInlineSmallThreadLoopsBase<
          InlineSmallThreadLoopsPass> {
  void runOnOperation() override {
    if (inlineSmallThreadLoops(getOperation()) == 0)
      markAllAnalysesPreserved();
  }
};
} // namespace
