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
// with its thread id a constant, is one valid execution. With more threads
// the same holds where each thread's chain is long against their number:
// 8 rows of 256 words 346 -> 213 cycles (betterAsCopies).
//
// Only loops of a constant count without reductions across threads, whose
// body holds an scf.for of at least 8 trips that reduces or scans words it
// loads (its carried values combined by an associative op:
// --xyz-parallelize-reductions and the chunked scans take it outside
// threads). Other loops gain nothing: rounds of a hash that carry a
// value and an index (no associative combine) lose their lanes as copies
// (measured 7-25% slower at 1 to 7 threads); a body of straight-line code
// is the same ops either way.
//
//===----------------------------------------------------------------------===//

#include "CarriedReductions.h"
#include "IntegerRanges.h"
#include "ThreadAddress.h"
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

/// The most threads copied: beyond that the copies' code grows more than
/// a long chain costs.
constexpr int64_t kMaxCopies = 32;

/// The trips of `loop` if it reduces or scans words it loads over at least
/// a group of trips (constant bounds): a loop worth running outside
/// threads. (One that loads nothing folds once unrolled.)
std::optional<int64_t> reducingTrips(scf::ForOp loop) {
  std::optional<int64_t> trips = constantTrips(loop);
  if (!trips || *trips < kGroup)
    return std::nullopt;
  if (!matchCarriedReductions(loop, /*allowScans=*/true, /*allowArgs=*/true))
    return std::nullopt;
  if (!loop.getBody()
           ->walk([](LoadOp) { return WalkResult::interrupt(); })
           .wasInterrupted())
    return std::nullopt;
  return trips;
}

/// Whether `threads` threads each running a `trips`-trip reduction or
/// scan are better as copies: fewer than a group (part of the lanes idle),
/// or up to kMaxCopies where the chain is long against the threads (as
/// threads, each group of 8 is a chain of `trips` steps; as copies, each
/// thread's loop is a scan in chunks or a tree, about trips / 12 cycles
/// of ALU work: 8 rows of 256 words 346 -> 213 cycles, 24 of 100 405 ->
/// 266, but 16 of 64 103 against 106).
bool betterAsCopies(int64_t threads, int64_t trips) {
  if (threads < kGroup)
    return true;
  return threads <= kMaxCopies && trips > 4 * threads;
}

/// Whether `loop` (in thread loop `threads`' body) is better outside
/// threads: it reduces or scans what it loads over a long enough chain
/// (betterAsCopies), its loads running along it and strided across the
/// threads (a row per thread: as copies 8 trips' loads are a vector load,
/// as threads lanes a row apart; a column per thread, whose loads are
/// contiguous across the threads, stays threads: a column prefix, 8
/// columns of 64 rows, 38 cycles as threads, 258 as copies).
bool betterOutside(scf::ForOp loop, ForeachThreadOp threads,
                   llvm::function_ref<DataFlowSolver *()> ranges) {
  std::optional<int64_t> count = threads.getConstantThreadCount();
  std::optional<int64_t> trips = reducingTrips(loop);
  if (!count || !trips || !betterAsCopies(*count, *trips))
    return false;
  DataFlowSolver *solver = ranges();
  if (!solver)
    return false;
  Region &body = threads.getBody();
  auto uniform = [&](Value v) { return !body.isAncestor(v.getParentRegion()); };
  return loadsRunAlong(loop, threads.getThreadId(), uniform, *solver,
                       /*storesToo=*/true);
}

} // namespace

unsigned xyz::inlineSmallThreadLoops(KernelOp kernel) {
  // Ranges only once a loop is a candidate (the specializer runs this on
  // every kernel, unrolled ones too).
  std::optional<DataFlowSolver> solver;
  bool solved = false;
  auto ranges = [&]() -> DataFlowSolver * {
    if (!solver) {
      solver.emplace();
      solved = succeeded(solveIntegerRanges(*solver, kernel));
    }
    return solved ? &*solver : nullptr;
  };
  SmallVector<ForeachThreadOp> loops;
  kernel.walk([&](ForeachThreadOp loop) {
    // The number of threads, [start, count).
    std::optional<int64_t> threads = loop.getConstantThreadCount();
    if (!threads || *threads < 1 || *threads > kMaxCopies ||
        loop.getNumResults() != 0 || loop.getLanes())
      return;
    bool copies = loop.getBody()
                      .walk([&](scf::ForOp inner) {
                        return betterOutside(inner, loop, ranges)
                                   ? WalkResult::interrupt()
                                   : WalkResult::advance();
                      })
                      .wasInterrupted();
    if (copies)
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
