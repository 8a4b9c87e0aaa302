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
//===----------------------------------------------------------------------===//

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
    // Post-order: inner loops first, so an outer one copies flat bodies.
    for (scf::ForOp loop : loops) {
      auto attr = loop->getAttrOfType<IntegerAttr>(XYZDialect::kMaxTripsAttr);
      if (!attr || attr.getInt() < 0 || attr.getInt() > kMaxCopies) {
        loop.emitError() << XYZDialect::kMaxTripsAttr
                         << " must be an integer in [0, " << kMaxCopies
                         << "]";
        return signalPassFailure();
      }
      predicate(loop, attr.getInt());
    }
    // Each copy's induction variable is `lb + j * step`: folded (constant
    // bounds make it a constant, and the body's casts of it too), so that
    // --xyz-if-convert reads the copies' addresses as the forms they are
    // (a store at the thread's words `4 * tid + k + 1` under `k < count`).
    if (!loops.empty())
      (void)applyPatternsAndFoldGreedily(getOperation(),
                                         FrozenRewritePatternSet());
  }
};
} // namespace
