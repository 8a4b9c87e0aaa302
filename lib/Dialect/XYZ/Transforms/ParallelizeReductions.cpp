//===- ParallelizeReductions.cpp - Reduction loops as thread reductions ---===//
//
// A loop that sums (or multiplies, ands, ors, xors, takes the min or max
// of) values its iterations compute independently, reading memory but not
// writing it, is a reduction across threads written as a loop: each
// iteration becomes a thread that yields its value, and the carried value's
// initial value joins the result after the loop. The combining ops are
// associative and commutative on words (wrapping), so the result is exact;
// the threads then vectorize and combine in a tree.
//
// A conditional update, `if (c) acc += x`, is first written `acc +
// select(c, x, 0)` (the identity of the op on the other side).
//
// A signed min or max (`minsi`, `maxsi`) reduces as the unsigned one over
// biased words: flipping the sign bit (`^ 0x80000000`) maps signed order
// onto unsigned order, so each thread contributes `v ^ bias`, the threads
// reduce with `minu` (`maxu`), and `total ^ bias` joins the initial value
// with the signed op. The machine has only unsigned comparisons; a signed
// one is three ops more, per element in a chain but once per reduction
// here.
//
//===----------------------------------------------------------------------===//

#include "CarriedReductions.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"

namespace xyz {
#define GEN_PASS_DEF_XYZPARALLELIZEREDUCTIONS
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// True if running the body's iterations in any order (or at once) reads
/// the same memory: nothing in it writes memory or synchronizes.
bool onlyReadsMemory(Block &body) {
  WalkResult result = body.walk([](Operation *op) {
    if (isa<ForeachThreadOp, BarrierOp, RequireOp>(op))
      return WalkResult::interrupt();
    if (isa<LoadOp>(op) || isMemoryEffectFree(op) ||
        op->hasTrait<OpTrait::HasRecursiveMemoryEffects>())
      return WalkResult::advance();
    return WalkResult::interrupt();
  });
  return !result.wasInterrupted();
}

using Carried = CarriedReduction;

/// A group of lanes.
constexpr int64_t kGroup = 8;

/// Whether a loop of at least a group of trips (constant bounds) encloses
/// `loop`: the threads are better made there (a row of outputs, each a
/// small sum) than of `loop`'s few trips.
bool insideWideLoop(scf::ForOp loop) {
  for (auto outer = loop->getParentOfType<scf::ForOp>(); outer;
       outer = outer->getParentOfType<scf::ForOp>()) {
    std::optional<int64_t> trips = constantTrips(outer);
    if (trips && *trips >= kGroup)
      return true;
  }
  return false;
}

Value signBias(OpBuilder &builder, Location loc, Value v) {
  Value bias = builder.create<arith::ConstantIntOp>(loc, INT32_MIN, 32);
  return builder.create<arith::XOrIOp>(loc, v, bias);
}

/// The identity of a combining op of a carried value (see
/// getCarriedReduceKind): `op(acc, e) == acc`.
APInt identityOf(Operation *op) {
  if (isa<arith::MinSIOp>(op))
    return APInt::getSignedMaxValue(32);
  if (isa<arith::MaxSIOp>(op))
    return APInt::getSignedMinValue(32);
  return getReduceIdentity(*getReduceKind(op));
}

/// A conditional update of carried values, `scf.if %c { acc op x } else
/// { acc }` (arms either way round, several results), becomes `acc op
/// select(%c, x, e)` with `e` the identity of `op`, so that the loop
/// matches below. Only for an `scf.if` whose arms hold nothing but those
/// updates, each of a carried value by a value from outside the `scf.if`.
void foldConditionalUpdates(scf::ForOp loop) {
  SmallVector<scf::IfOp> ifs(loop.getBody()->getOps<scf::IfOp>());
  auto isCarried = [&](Value v) {
    auto arg = dyn_cast<BlockArgument>(v);
    return arg && arg.getOwner() == loop.getBody() && arg.getArgNumber() > 0;
  };
  for (scf::IfOp ifOp : ifs) {
    if (ifOp.getNumResults() == 0 || ifOp.getElseRegion().empty())
      continue;
    struct Update {
      Value acc, x;
      Operation *combine;
      bool onThen;
    };
    SmallVector<Update> updates;
    auto thenYield = ifOp.thenYield(), elseYield = ifOp.elseYield();
    for (auto [a, b] :
         llvm::zip(thenYield.getOperands(), elseYield.getOperands())) {
      // One arm yields the carried value, the other `acc op x`.
      bool onThen = isCarried(b);
      Value acc = onThen ? b : a, updated = onThen ? a : b;
      Operation *combine = updated.getDefiningOp();
      if (!isCarried(acc) || !combine || !updated.hasOneUse() ||
          combine->getParentOp() != ifOp.getOperation() ||
          combine->getNumOperands() != 2 || !getCarriedReduceKind(combine))
        break;
      if (combine->getOperand(0) != acc && combine->getOperand(1) != acc)
        break;
      Value x = combine->getOperand(0) == acc ? combine->getOperand(1)
                                               : combine->getOperand(0);
      // acc op acc, or an x the arm computes, is not an update by x.
      if (x == acc || ifOp->isAncestor(x.getParentBlock()->getParentOp()))
        break;
      updates.push_back({acc, x, combine, onThen});
    }
    // Every result such an update, and nothing else in the arms.
    auto armOps = [](Block &block) {
      return std::distance(block.begin(), block.end()) - 1;
    };
    unsigned inThen = llvm::count_if(updates, [](auto &u) { return u.onThen; });
    if (updates.size() != ifOp.getNumResults() ||
        armOps(*ifOp.thenBlock()) != inThen ||
        armOps(*ifOp.elseBlock()) != long(updates.size() - inThen))
      continue;
    OpBuilder builder(ifOp);
    Location loc = ifOp.getLoc();
    for (auto [update, result] : llvm::zip(updates, ifOp.getResults())) {
      Value identity = builder.create<arith::ConstantOp>(
          loc, builder.getI32IntegerAttr(
                   identityOf(update.combine).getSExtValue()));
      Value chosen = builder.create<arith::SelectOp>(
          loc, ifOp.getCondition(), update.onThen ? update.x : identity,
          update.onThen ? identity : update.x);
      Operation *combined = builder.clone(*update.combine);
      combined->setOperands({update.acc, chosen});
      result.replaceAllUsesWith(combined->getResult(0));
    }
    ifOp.erase();
  }
}

/// The reductions of `loop`, or nothing if it is not a reduction loop over
/// memory.
std::optional<SmallVector<Carried>> matchReductions(scf::ForOp loop) {
  // Thread loops are made outside threads and conditionals (a thread loop
  // under an scf.if has no machine form).
  if (loop.getNumRegionIterArgs() == 0 ||
      !isa<KernelOp, scf::ForOp>(loop->getParentOp()) ||
      loop->getParentOfType<ForeachThreadOp>())
    return std::nullopt;
  Block *body = loop.getBody();
  std::optional<SmallVector<Carried>> matched = matchCarriedReductions(loop);
  if (!matched)
    return std::nullopt;
  SmallVector<Carried> carried = std::move(*matched);
  if (!onlyReadsMemory(*body))
    return std::nullopt;
  // A loop that reads nothing computes from constants once the shape is
  // bound: unrolled, it folds away (e.g. a power of the tree's arity).
  if (body->walk([](LoadOp) { return WalkResult::interrupt(); })
          .wasInterrupted())
    return carried;
  return std::nullopt;
}

/// Rewrites `loop` (matched) as a foreach_thread with reductions.
void parallelize(scf::ForOp loop, ArrayRef<Carried> carried, int64_t lb,
                 int64_t step, int64_t trips) {
  Location loc = loop.getLoc();
  OpBuilder builder(loop);
  SmallVector<ReduceKind> kinds;
  for (const Carried &c : carried)
    kinds.push_back(c.kind);
  Value count = builder.create<arith::ConstantIntOp>(loc, trips, 32);
  auto threads = builder.create<ForeachThreadOp>(loc, count, kinds);
  Block &threadBody = threads.getBody().front();
  builder.setInsertionPointToStart(&threadBody);
  Value iv = buildThreadInductionVar(builder, loc, threads.getThreadId(), lb,
                                     step, loop.getInductionVar().getType());
  IRMapping mapping;
  mapping.map(loop.getInductionVar(), iv);
  for (Operation &op : loop.getBody()->without_terminator())
    if (!llvm::any_of(carried,
                      [&](const Carried &c) { return c.combine == &op; }))
      builder.clone(op, mapping);
  SmallVector<Value> yielded;
  for (const Carried &c : carried) {
    Value contribution = mapping.lookupOrDefault(c.contribution);
    yielded.push_back(c.signBiased ? signBias(builder, loc, contribution)
                                   : contribution);
  }
  builder.create<YieldOp>(loc, yielded);

  builder.setInsertionPoint(loop);
  for (auto [c, init, result, total] :
       llvm::zip(carried, loop.getInitArgs(), loop.getResults(),
                 threads.getResults())) {
    if (!c.signBiased) {
      result.replaceAllUsesWith(
          buildCombine(builder, loc, c.kind, init, total));
      continue;
    }
    Value unbiased = signBias(builder, loc, total);
    Operation *joined = builder.clone(*c.combine);
    joined->setOperands({init, unbiased});
    result.replaceAllUsesWith(joined->getResult(0));
  }
  loop.erase();
}

} // namespace

namespace {
/// `pred` with its operands swapped (`a < b` is `b > a`).
arith::CmpIPredicate swapOperands(arith::CmpIPredicate pred) {
  using P = arith::CmpIPredicate;
  switch (pred) {
  case P::ugt:
    return P::ult;
  case P::ult:
    return P::ugt;
  case P::uge:
    return P::ule;
  case P::ule:
    return P::uge;
  case P::sgt:
    return P::slt;
  case P::slt:
    return P::sgt;
  case P::sge:
    return P::sle;
  case P::sle:
    return P::sge;
  default:
    return pred;
  }
}

/// Whether `update(m, v)` is the value `cmpi(pred, v, m) ? v : m` always
/// is: the maximum for a greater-than test of its signedness, the minimum
/// for a less-than one (equal words give either), or that select itself.
bool updatesAsCompared(Operation *update, arith::CmpIPredicate pred,
                       Operation *compare) {
  using P = arith::CmpIPredicate;
  if (auto select = dyn_cast<arith::SelectOp>(update))
    return select.getCondition() == compare->getResult(0);
  if (isa<arith::MaxUIOp>(update))
    return pred == P::ugt || pred == P::uge;
  if (isa<arith::MinUIOp>(update))
    return pred == P::ult || pred == P::ule;
  if (isa<arith::MaxSIOp>(update))
    return pred == P::sgt || pred == P::sge;
  if (isa<arith::MinSIOp>(update))
    return pred == P::slt || pred == P::sle;
  return false;
}

/// The argument pairs of `loop` (CarriedReduction::Arg): per iter arg
/// index, its entry.
DenseMap<unsigned, CarriedReduction> matchArgPairs(scf::ForOp loop) {
  using P = arith::CmpIPredicate;
  Block *body = loop.getBody();
  auto yield = cast<scf::YieldOp>(body->getTerminator());
  DenseMap<unsigned, CarriedReduction> pairs;
  auto onlyYielded = [&](Value v) {
    return v.hasOneUse() && *v.user_begin() == yield.getOperation();
  };
  for (auto [k, arg] : llvm::enumerate(loop.getRegionIterArgs())) {
    Value yielded = yield.getOperand(k);
    Operation *update = yielded.getDefiningOp();
    SmallVector<Operation *> users(arg.getUsers());
    if (!update || update->getBlock() != body || !onlyYielded(yielded) ||
        users.size() != 2)
      continue;
    auto compare =
        dyn_cast<arith::CmpIOp>(users[0] == update ? users[1] : users[0]);
    if (!compare || compare->getBlock() != body ||
        !llvm::is_contained(users, update))
      continue;
    // v pred m, v the candidate.
    bool vFirst = compare.getRhs() == arg;
    Value v = vFirst ? compare.getLhs() : compare.getRhs();
    P pred =
        vFirst ? compare.getPredicate() : swapOperands(compare.getPredicate());
    if (v == arg || !llvm::is_contained({P::ugt, P::uge, P::ult, P::ule, P::sgt,
                                         P::sge, P::slt, P::sle},
                                        pred))
      continue;
    auto select = dyn_cast<arith::SelectOp>(update);
    bool operandsMatch =
        select ? select.getTrueValue() == v && select.getFalseValue() == arg
               : update->getNumOperands() == 2 &&
                     llvm::is_contained(update->getOperands(), v);
    if (!operandsMatch || !updatesAsCompared(update, pred, compare))
      continue;
    // The values chosen with it: each `select(c, w, i)` of another iter
    // arg used only there, yielded only; the compare used by nothing else.
    SmallVector<std::pair<unsigned, CarriedReduction>> chosen;
    bool ok = true;
    for (Operation *user : compare->getUsers()) {
      if (user == update)
        continue;
      auto pick = dyn_cast<arith::SelectOp>(user);
      auto other = pick ? dyn_cast<BlockArgument>(pick.getFalseValue())
                        : BlockArgument();
      if (!pick || pick.getCondition() != compare.getResult() || !other ||
          other.getOwner() != body || other.getArgNumber() == 0 ||
          !other.hasOneUse() || pick->getBlock() != body ||
          !onlyYielded(pick.getResult()) ||
          yield.getOperand(other.getArgNumber() - 1) != pick.getResult() ||
          pick.getTrueValue() == other) {
        ok = false;
        break;
      }
      CarriedReduction c{ReduceKind::MaxU, pick, pick.getTrueValue()};
      c.arg = CarriedReduction::Arg::Chosen;
      c.predicate = pred;
      c.compare = compare;
      c.partner = k;
      chosen.push_back({other.getArgNumber() - 1, c});
    }
    if (!ok || chosen.empty())
      continue;
    CarriedReduction e{ReduceKind::MaxU, update, v};
    e.arg = CarriedReduction::Arg::Extreme;
    e.predicate = pred;
    e.compare = compare;
    e.partner = k;
    pairs[k] = e;
    for (auto &[index, c] : chosen)
      pairs[index] = c;
  }
  return pairs;
}
} // namespace

std::optional<SmallVector<CarriedReduction>>
xyz::matchCarriedReductions(scf::ForOp loop, bool allowScans, bool allowArgs) {
  Block *body = loop.getBody();
  auto yield = cast<scf::YieldOp>(body->getTerminator());
  DenseMap<unsigned, CarriedReduction> pairs;
  if (allowArgs)
    pairs = matchArgPairs(loop);
  SmallVector<CarriedReduction> carried;
  for (auto [k, arg, yielded] :
       llvm::enumerate(loop.getRegionIterArgs(), yield.getOperands())) {
    if (auto pair = pairs.find(k); pair != pairs.end()) {
      carried.push_back(pair->second);
      continue;
    }
    if (!arg.hasOneUse())
      return std::nullopt;
    Operation *combine = *arg.user_begin();
    std::optional<std::pair<ReduceKind, bool>> kind =
        getCarriedReduceKind(combine);
    if (!kind || combine->getBlock() != body ||
        yielded != combine->getResult(0))
      return std::nullopt;
    // A running value used in the body too (a scan): any kind but the
    // signed minimum and maximum, whose running value is not the biased
    // one the reduction keeps.
    bool scan = !yielded.hasOneUse();
    if (scan && (!allowScans || kind->second))
      return std::nullopt;
    Value other = combine->getOperand(0) == arg ? combine->getOperand(1)
                                                : combine->getOperand(0);
    if (other == arg)
      return std::nullopt; // acc op acc
    // The carried value's only use is `combine`, whose only use is the
    // yield (or, for a scan, the yield and ops after it).
    carried.push_back({kind->first, combine, other, kind->second, scan});
  }
  return carried;
}

Value xyz::buildThreadInductionVar(OpBuilder &builder, Location loc, Value tid,
                                   int64_t lb, int64_t step, Type ivType) {
  Value iv = tid;
  if (step != 1)
    iv = builder.create<arith::MulIOp>(
        loc, iv, builder.create<arith::ConstantIntOp>(loc, step, 32));
  if (lb != 0)
    iv = builder.create<arith::AddIOp>(
        loc, iv, builder.create<arith::ConstantIntOp>(loc, lb, 32));
  if (ivType.isIndex())
    return builder.create<arith::IndexCastOp>(loc, ivType, iv);
  if (ivType.getIntOrFloatBitWidth() > 32)
    return builder.create<arith::ExtSIOp>(loc, ivType, iv);
  if (ivType.getIntOrFloatBitWidth() < 32)
    return builder.create<arith::TruncIOp>(loc, ivType, iv);
  return iv;
}

std::optional<int64_t> xyz::constantTrips(scf::ForOp loop) {
  std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
  std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
  std::optional<int64_t> step = getConstantIntValue(loop.getStep());
  if (!lb || !ub || !step || *step <= 0)
    return std::nullopt;
  return *ub > *lb ? (*ub - *lb + *step - 1) / *step : 0;
}

unsigned xyz::parallelizeReductionLoops(Operation *root) {
  SmallVector<scf::ForOp> loops;
  root->walk([&](scf::ForOp loop) { loops.push_back(loop); });
  unsigned rewritten = 0;
  for (scf::ForOp loop : loops) {
    std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
    std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
    std::optional<int64_t> step = getConstantIntValue(loop.getStep());
    if (!lb || !ub || !step || *step <= 0)
      continue;
    int64_t trips = *ub > *lb ? (*ub - *lb + *step - 1) / *step : 0;
    if (trips < kGroup && insideWideLoop(loop))
      continue;
    // Thread ids and the induction variable are computed on words.
    if (*lb + (trips + 1) * *step > INT32_MAX || *lb < INT32_MIN)
      continue;
    foldConditionalUpdates(loop);
    std::optional<SmallVector<Carried>> carried = matchReductions(loop);
    if (!carried)
      continue;
    parallelize(loop, *carried, *lb, *step, trips);
    ++rewritten;
  }
  return rewritten;
}

namespace {
struct ParallelizeReductionsPass
    : public xyz::impl::XYZParallelizeReductionsBase<
          ParallelizeReductionsPass> {
  void runOnOperation() override {
    (void)parallelizeReductionLoops(getOperation());
  }
};
} // namespace
