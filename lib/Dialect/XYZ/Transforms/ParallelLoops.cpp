//===- ParallelLoops.cpp - Loops of independent iterations as threads -----===//
//
// A kernel written with plain loops (a matrix product as `for i, for j, for
// l`) has no thread loop for the vectorizer, and --xyz-vectorize-inner-loops
// runs only innermost loops on lanes: the middle loop, whose iterations are
// independent, was unrolled and its iterations ran one word at a time. Such
// a loop is a thread loop written as a loop: each iteration becomes a
// thread (`xyz.foreach_thread`), and the vectorizer puts 8 of them on the
// lanes, with the loops inside each running on vectors.
//
// A loop qualifies when:
//   - it sits outside thread loops, in the kernel or in loops with
//     constant bounds only (no scf.if above it, no loop the specializer
//     does not unroll), has constant bounds, a positive step, at least 8
//     trips, no carried values (--xyz-parallelize-reductions takes loops
//     that reduce), and a loop inside it (a body of straight-line code is
//     --xyz-vectorize-inner-loops' to run on lanes) whose bounds do not
//     depend on the iteration (a triangular loop, `for l < i`, would make
//     a trip count per thread);
//   - its body holds only loops, ifs, ops without memory effects, and word
//     loads and stores (no thread loop, barrier or requirement);
//   - its iterations touch disjoint words where they write: every store
//     names its region, and the stores of a region take the form `c * i +
//     u + r` (i the induction variable, u defined outside the loop, r
//     terms with a proven range) with one c and one u, their r spanning
//     less than |c|: each iteration writes a window of words of its own
//     (the linear forms of --xyz-distinct-stores). A load of a region the
//     loop stores to reads within its own iteration's window (same c and
//     u, r inside the stores' span); a load of any other named region
//     reads what it read before. Then the iterations may run in any
//     order, or at once;
//   - each iteration stores a single word of each region it stores to (r
//     spans nothing: `C[i][j]` in j, or in i at a stride). A loop over rows
//     (c = w, a loop inside over the row's words) qualifies only in a
//     second round (`single-words=false`), after
//     --xyz-vectorize-inner-loops: where that step ran the row's loop on
//     lanes (vector loads and stores, which this step does not take) the
//     row loop stays a loop (as threads, its rows were strided lanes: a
//     tester's rows of 8 words, 51-143 cycles as loops, 96-323 as
//     threads); where it did not (a histogram of the row, a sorting
//     network in place) 8 rows run on the lanes at once (64 rows of 8:
//     1,539 -> 515, 1,050 -> 239);
//   - in a kernel that runs on several cores (`xyz.core_id`,
//     `xyz.barrier`), no store sits under an scf.if: in a thread loop it
//     would be masked by storing the old word back, over another core's;
//   - the reductions inside do not run better as threads themselves
//     (betterAsInnerReductions: a matrix-vector product's rows over a
//     multiple of 8 columns stay a loop, their dot products vector loads).
//
// Of nested loops that qualify, the innermost is rewritten (the loop the
// accesses are contiguous in, typically: `C[i][j]` and `B[l][j]` in j);
// the loops around it then hold a thread loop and stay loops.
//
// --xyz-specialize runs this step before --xyz-parallelize-reductions
// (which would make the dot product inside a matrix product's column loop
// threads of its own in every column) and --xyz-vectorize-inner-loops, and
// the round for rows after them; the pass (--xyz-parallelize-loops) is the
// same step alone, for tests.
//
//===----------------------------------------------------------------------===//

#include "CarriedReductions.h"
#include "IntegerRanges.h"
#include "ThreadAddress.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"

namespace xyz {
#define GEN_PASS_DEF_XYZPARALLELIZELOOPS
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// Fewest trips worth a thread loop: a group of lanes.
constexpr int64_t kMinTrips = 8;

/// Whether `loop` sits in loops with constant bounds only, up to the
/// kernel: loops the specializer unrolls. Under an scf.if, or in a loop
/// with a trip count known only at run time (guarded copies of its body
/// under ifs, --xyz-bound-loops), a thread loop has no machine form.
bool inUnrolledLoopsOnly(scf::ForOp loop) {
  for (Operation *op = loop->getParentOp(); !isa<KernelOp>(op);
       op = op->getParentOp()) {
    auto outer = dyn_cast<scf::ForOp>(op);
    if (!outer || !getConstantIntValue(outer.getLowerBound()) ||
        !getConstantIntValue(outer.getUpperBound()) ||
        !getConstantIntValue(outer.getStep()))
      return false;
  }
  return true;
}

/// Whether the iterations of `loop` (induction variable `word`, `trips`
/// of them `step` apart) write disjoint windows of words and read nothing
/// another iteration writes (see the file comment). `multiCore`: the
/// kernel runs on several cores, where a store under a condition cannot
/// be masked in a thread loop (a masked store writes the old word back,
/// over another core's).
bool independentIterations(scf::ForOp loop, Value word, int64_t step,
                           int64_t trips, bool multiCore, bool singleWords,
                           DataFlowSolver &solver) {
  SmallVector<StoreOp> stores;
  SmallVector<LoadOp> loads;
  bool nestedLoop = false;
  WalkResult walk = loop.getBody()->walk([&](Operation *op) {
    if (auto store = dyn_cast<StoreOp>(op)) {
      if (multiCore && store->getParentOfType<scf::IfOp>() &&
          loop->isProperAncestor(store->getParentOfType<scf::IfOp>()))
        return WalkResult::interrupt();
      stores.push_back(store);
      return WalkResult::advance();
    }
    if (auto load = dyn_cast<LoadOp>(op)) {
      loads.push_back(load);
      return WalkResult::advance();
    }
    nestedLoop |= isa<scf::ForOp>(op);
    if (isa<scf::ForOp, scf::IfOp, scf::YieldOp>(op) || isMemoryEffectFree(op))
      return WalkResult::advance();
    return WalkResult::interrupt();
  });
  if (walk.wasInterrupted() || !nestedLoop || stores.empty())
    return false;
  Region &body = loop.getRegion();
  auto isUniform = [&](Value v) { return !body.isAncestor(v.getParentRegion()); };
  // A loop inside runs the same trips in every iteration: unrolled, a
  // bound that depends on the iteration was a constant; in a thread it
  // would be a per-thread trip count, which has no machine form.
  WalkResult bounds = loop.getBody()->walk([&](scf::ForOp inner) {
    if (!isUniform(inner.getLowerBound()) || !isUniform(inner.getUpperBound()) ||
        !isUniform(inner.getStep()))
      return WalkResult::interrupt();
    return WalkResult::advance();
  });
  if (bounds.wasInterrupted())
    return false;
  AddressForm forms(word, isUniform, solver);
  // Per stored region: the stores' common form, [lo, hi] spanning them all.
  llvm::SmallDenseMap<StringAttr, LinearAddress> windows;
  for (StoreOp store : stores) {
    StringAttr region = store.getRegionAttr();
    LinearAddress form;
    if (!region || !forms.add(store.getAddr(), 1, form))
      return false;
    form.normalize();
    auto [it, fresh] = windows.try_emplace(region, form);
    if (!fresh && !it->second.absorb(form))
      return false;
  }
  // Iteration t's window starts at c * step * t (plus the same for all).
  // With singleWords, only where each iteration stores one word of a
  // region: rows (c = w, an inner loop over the row's words) wait for the
  // round after --xyz-vectorize-inner-loops (see the file comment).
  for (auto &[region, window] : windows)
    if ((singleWords && window.hi != window.lo) ||
        !distinctPerThread(window.coefficient * step, window.lo, window.hi,
                           trips))
      return false;
  for (LoadOp load : loads) {
    StringAttr region = load.getRegionAttr();
    if (!region)
      return false; // it may read any stored word
    auto it = windows.find(region);
    if (it == windows.end())
      continue;
    LinearAddress form;
    if (!forms.add(load.getAddr(), 1, form))
      return false;
    form.normalize();
    const LinearAddress &window = it->second;
    if (form.coefficient != window.coefficient ||
        form.uniform != window.uniform || form.lo < window.lo ||
        form.hi > window.hi)
      return false;
  }
  return true;
}

/// Whether the reductions inside `loop` (induction variable `word`) run
/// better as threads than `loop` does: every loop directly in its body is
/// a reduction --xyz-parallelize-reductions takes (it only reads memory),
/// over a constant number of trips, a multiple of 8, whose loads step by
/// one word per trip (or not at all), and one of them at least steps by
/// more than a word per iteration of `loop`. As threads of the reduction,
/// 8 trips' loads are a vector load; as threads of `loop`, lanes a stride
/// apart, copied lane by lane: a matrix-vector product written in loops,
/// 64 x 64, 269 cycles one way and 351 the other. (Where the trips are not
/// a multiple of 8 a reduction's last group is partial in every row, and
/// threads of `loop` win: 100 x 12, 197 against 111.)
bool betterAsInnerReductions(scf::ForOp loop, Value word,
                             DataFlowSolver &solver) {
  bool any = false;
  Region &outerBody = loop.getRegion();
  auto outerUniform = [&](Value v) {
    return !outerBody.isAncestor(v.getParentRegion());
  };
  for (auto inner : loop.getBody()->getOps<scf::ForOp>()) {
    std::optional<int64_t> trips = constantTrips(inner);
    if (!trips || *trips == 0 || *trips % kMinTrips != 0 ||
        !matchCarriedReductions(inner) ||
        !loadsRunAlong(inner, word, outerUniform, solver))
      return false;
    any = true;
  }
  return any;
}

/// Rewrites `loop` as a thread loop of `trips` threads, thread t running
/// iteration `lb + t * step`.
void makeThreads(scf::ForOp loop, int64_t lb, int64_t step, int64_t trips) {
  Location loc = loop.getLoc();
  OpBuilder builder(loop);
  Value count = builder.create<arith::ConstantIntOp>(loc, trips, 32);
  auto threads = builder.create<ForeachThreadOp>(loc, count);
  Block &threadBody = threads.getBody().front();
  builder.setInsertionPoint(threadBody.getTerminator());
  Value iv = buildThreadInductionVar(builder, loc, threads.getThreadId(), lb,
                                     step, loop.getInductionVar().getType());
  IRMapping mapping;
  mapping.map(loop.getInductionVar(), iv);
  for (Operation &op : loop.getBody()->without_terminator())
    builder.clone(op, mapping);
  loop.erase();
}

} // namespace

unsigned xyz::parallelizeIndependentLoops(KernelOp kernel, bool singleWords) {
  SmallVector<scf::ForOp> loops;
  kernel.walk([&](scf::ForOp loop) { loops.push_back(loop); });
  if (loops.empty())
    return 0;
  DataFlowSolver solver;
  if (failed(solveIntegerRanges(solver, kernel)))
    return 0;
  bool multiCore = kernel
                       .walk([](Operation *op) {
                         return isa<CoreIdOp, BarrierOp>(op)
                                    ? WalkResult::interrupt()
                                    : WalkResult::advance();
                       })
                       .wasInterrupted();
  // Innermost first (post-order): a loop around a rewritten one holds a
  // thread loop and no longer qualifies.
  unsigned rewritten = 0;
  for (scf::ForOp loop : loops) {
    if (loop.getNumRegionIterArgs() != 0 || !inUnrolledLoopsOnly(loop))
      continue;
    std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
    std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
    std::optional<int64_t> step = getConstantIntValue(loop.getStep());
    if (!lb || !ub || !step || *step <= 0 || *ub <= *lb)
      continue;
    int64_t trips = (*ub - *lb + *step - 1) / *step;
    // Thread ids and the induction variable are computed on words.
    if (trips < kMinTrips || *lb < INT32_MIN ||
        *lb + (trips + 1) * *step > INT32_MAX)
      continue;
    bool nested = false;
    loop.getBody()->walk([&](Operation *op) {
      nested |= isa<ForeachThreadOp>(op);
    });
    if (nested)
      continue;
    Value word = wordInductionVar(loop);
    if (!word ||
        !independentIterations(loop, word, *step, trips, multiCore, singleWords,
                               solver) ||
        betterAsInnerReductions(loop, word, solver))
      continue;
    makeThreads(loop, *lb, *step, trips);
    ++rewritten;
  }
  return rewritten;
}

namespace {
struct ParallelizeLoopsPass
    : public xyz::impl::XYZParallelizeLoopsBase<ParallelizeLoopsPass> {
  using XYZParallelizeLoopsBase::XYZParallelizeLoopsBase;
  void runOnOperation() override {
    (void)parallelizeIndependentLoops(getOperation(), singleWords);
  }
};
} // namespace
