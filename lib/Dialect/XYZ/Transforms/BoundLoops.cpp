//===- BoundLoops.cpp - Loops with a declared maximum trip count ----------===//
//
// The compiled program is straight-line code: a loop compiles only by
// unrolling, which needs a constant trip count. A loop whose count depends
// on data may declare the most iterations it makes (`xyz.max_trips = M`);
// it then becomes M copies of its body, copy j guarded by `lb + j*step <
// ub` and passing the carried values through when the guard is false. The
// guards are ordinary scf.ifs that --xyz-if-convert turns into selects, so
// every thread runs M iterations and keeps the results of its own first
// trips. The comparison is signed, as scf.for's, on i32 (bounds are i32
// values cast to index in a kernel).
//
// Where value ranges prove fewer trips than M (the upper bound at most m,
// the lower at least l, the step a constant s: at most ceil((m - l) / s)),
// the loop gets that many copies: the others could never run, and their
// stores would look like stores past the thread's words to
// --xyz-if-convert (a row of m words written under a loop declared for
// up to 6).
//
//===----------------------------------------------------------------------===//

#include "IntegerRanges.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZBOUNDLOOPS
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// As the specializer's bound on unrolled trips.
constexpr int64_t kMaxCopies = 1 << 16;

/// The most trips value ranges prove `loop` makes, if they bound it.
std::optional<int64_t> provenTrips(scf::ForOp loop, DataFlowSolver &solver) {
  // The step a constant: one value in its range (a cast of a constant is
  // not folded yet).
  std::optional<ConstantIntRanges> step = provenRange(solver, loop.getStep());
  if (!step || step->smin().getBitWidth() > 64 ||
      step->smin() != step->smax() || step->smin().getSExtValue() <= 0)
    return std::nullopt;
  std::optional<ConstantIntRanges> lb =
      provenRange(solver, loop.getLowerBound());
  std::optional<ConstantIntRanges> ub =
      provenRange(solver, loop.getUpperBound());
  if (!lb || !ub || lb->smin().getBitWidth() > 64 ||
      ub->smax().getBitWidth() > 64)
    return std::nullopt;
  // The guards compare i32 words (signed): bounds beyond them prove
  // nothing here.
  int64_t lo = lb->smin().getSExtValue(), hi = ub->smax().getSExtValue();
  if (lo < INT32_MIN || hi > INT32_MAX)
    return std::nullopt;
  if (hi <= lo)
    return 0;
  return llvm::divideCeil(hi - lo, step->smin().getSExtValue());
}

/// Replaces `loop` by `trips` guarded copies of its body.
void predicate(scf::ForOp loop, int64_t trips) {
  OpBuilder b(loop);
  Location loc = loop.getLoc();
  Type i32 = b.getI32Type();
  auto toWord = [&](Value v) -> Value {
    if (v.getType().isIndex())
      return b.create<arith::IndexCastOp>(loc, i32, v);
    return v;
  };
  Value lb = toWord(loop.getLowerBound());
  Value ub = toWord(loop.getUpperBound());
  Value step = toWord(loop.getStep());
  SmallVector<Value> carried(loop.getInitArgs());
  Block *body = loop.getBody();
  for (int64_t j = 0; j < trips; ++j) {
    Value index = b.create<arith::ConstantIntOp>(loc, j, 32);
    Value iv = b.create<arith::AddIOp>(
        loc, lb, b.create<arith::MulIOp>(loc, index, step));
    Value active =
        b.create<arith::CmpIOp>(loc, arith::CmpIPredicate::slt, iv, ub);
    auto guard = b.create<scf::IfOp>(loc, loop.getResultTypes(), active,
                                     /*withElseRegion=*/true);
    OpBuilder arm = guard.getThenBodyBuilder();
    IRMapping mapping;
    Value ivValue = iv;
    if (loop.getInductionVar().getType().isIndex())
      ivValue = arm.create<arith::IndexCastOp>(loc, b.getIndexType(), iv);
    mapping.map(loop.getInductionVar(), ivValue);
    mapping.map(loop.getRegionIterArgs(), carried);
    for (Operation &op : body->without_terminator())
      arm.clone(op, mapping);
    SmallVector<Value> next;
    for (Value v : body->getTerminator()->getOperands())
      next.push_back(mapping.lookupOrDefault(v));
    // An scf.if without results has its terminators already.
    if (!next.empty()) {
      arm.create<scf::YieldOp>(loc, next);
      guard.getElseBodyBuilder().create<scf::YieldOp>(loc, carried);
    }
    carried.assign(guard.getResults().begin(), guard.getResults().end());
  }
  loop.replaceAllUsesWith(carried);
  loop.erase();
}

struct BoundLoopsPass : public xyz::impl::XYZBoundLoopsBase<BoundLoopsPass> {
  void runOnOperation() override {
    SmallVector<scf::ForOp> loops;
    getOperation().walk([&](scf::ForOp loop) {
      if (loop->hasAttr(XYZDialect::kMaxTripsAttr))
        loops.push_back(loop);
    });
    if (loops.empty())
      return markAllAnalysesPreserved();
    // Each loop's copies, from ranges over the kernel as it is before any
    // rewrite (a loop's bounds are defined outside it).
    DataFlowSolver solver;
    bool ranged = succeeded(solveIntegerRanges(solver, getOperation()));
    SmallVector<int64_t> trips;
    for (scf::ForOp loop : loops) {
      auto attr = loop->getAttrOfType<IntegerAttr>(XYZDialect::kMaxTripsAttr);
      if (!attr || attr.getInt() < 0 || attr.getInt() > kMaxCopies) {
        loop.emitError() << XYZDialect::kMaxTripsAttr
                         << " must be an integer in [0, " << kMaxCopies
                         << "]";
        return signalPassFailure();
      }
      trips.push_back(attr.getInt());
      if (std::optional<int64_t> proven =
              ranged ? provenTrips(loop, solver) : std::nullopt)
        trips.back() = std::min(trips.back(), *proven);
    }
    // Post-order: inner loops first, so an outer one copies flat bodies.
    for (auto [loop, count] : llvm::zip(loops, trips))
      predicate(loop, count);
    // Each copy's induction variable is `lb + j * step`: folded (constant
    // bounds make it a constant, and the body's casts of it too), so that
    // --xyz-if-convert reads the copies' addresses as the forms they are
    // (a store at the thread's words `4 * tid + k + 1` under `k < count`).
    (void)applyPatternsAndFoldGreedily(getOperation(),
                                       FrozenRewritePatternSet());
  }
};
} // namespace
