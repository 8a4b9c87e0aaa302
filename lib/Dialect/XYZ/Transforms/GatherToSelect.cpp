//===- GatherToSelect.cpp - Value-range driven gather replacement ---------===//
//
// A per-thread load at a thread-dependent address becomes a gather when the
// threads are vectorized: one load slot per lane, and the load engine has
// only two slots a bundle. When integer range analysis bounds the address to
// a few words [lo, lo + K), the K words can be loaded once (uniform) and each
// thread can pick its word by a selection tree on the bits of its offset
// o = addr - lo (Selection.h builds it):
//
//   first level:  w + bit * (w' - w)   (a multiply-add on a uniform
//                                      difference), or a select on flow
//   other levels: select(bit, a, b)    (one flow slot per 8 lanes)
//
// exact mod 2^32 since each bit is 0 or 1; the levels go from the bit that
// is available first to the last. Bits the kernel already computed (the
// branch bits of a walk down a tree) are reused. The pass runs before the
// vectorizer (MLIR 19's range analysis handles scalars only), which then
// turns the selection into vector ops and broadcasts of the uniform words.
// Whether that pays depends on the whole kernel: it trades load slots for
// vector and flow slots, so loads are replaced, fewest candidates first,
// while the estimated per-engine floor drops by more than `min-gain` (the
// engines' slot limits come from the machine description). Loads it keeps
// but whose range it knows are annotated for the per-group pass
// (GatherToSelectGroups.cpp).
//
//===----------------------------------------------------------------------===//

#include "IntegerRanges.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "Selection.h"
#include "xyz/Analysis/KernelCost.h"
#include "xyz/Analysis/ThreadUniformity.h"
#include "xyz/Machine/Machine.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/FormatVariadic.h"

namespace xyz {
#define GEN_PASS_DEF_XYZGATHERTOSELECT
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;
using namespace xyz::selection;

namespace {

/// Threads a foreach_thread body runs for (1 outside of one).
int64_t threadCount(Operation *op) {
  auto loop = op->getParentOfType<ForeachThreadOp>();
  APInt count;
  if (!loop || !matchPattern(loop.getCount(), m_ConstantInt(&count)))
    return 1;
  return count.getSExtValue() - loop.getFirstThread();
}

/// Thread id + uniform: the vectorizer makes such accesses contiguous.
bool isContiguous(Value addr) {
  auto isThreadId = [](Value v) {
    auto arg = dyn_cast<BlockArgument>(v);
    return arg && isa<ForeachThreadOp>(arg.getOwner()->getParentOp());
  };
  if (isThreadId(addr))
    return true;
  auto add = addr.getDefiningOp<arith::AddIOp>();
  return add && (isThreadId(add.getLhs()) || isThreadId(add.getRhs()));
}

/// The kernel's work once vectorized (KernelCost.h): per-thread ops as their
/// vector form, once per group of lanes; uniform ones as scalar code, once.
/// Stores do not count (the store engine is rarely the bound), nor does
/// address arithmetic that vectorization folds into contiguous accesses.
EngineWork estimateWork(KernelOp kernel, const ThreadUniformity &uniformity) {
  machine::OpMix mix;
  kernel.walk([&](Operation *op) {
    if (isa<StoreOp>(op))
      return;
    if (auto load = dyn_cast<LoadOp>(op)) {
      if (uniformity.isUniform(load.getAddr()))
        mix += cost::opMix(op, cost::Mapping::Scalar);
      else
        mix += cost::scaled(
            cost::opMix(op, cost::Mapping::Vector,
                        isContiguous(load.getAddr()) ? cost::Access::Contiguous
                                                     : cost::Access::Gather),
            threadCount(op) / machine::kVectorLength);
      return;
    }
    if (op->getNumResults() == 1 && isContiguous(op->getResult(0)))
      return; // thread id + uniform: folded into contiguous accesses
    if (op->getNumResults() && uniformity.isPerThread(op->getResult(0)))
      mix += cost::scaled(cost::opMix(op, cost::Mapping::Vector),
                          threadCount(op) / machine::kVectorLength);
    else
      mix += cost::opMix(op, cost::Mapping::Scalar);
  });
  return EngineWork::of(mix);
}

struct Candidate {
  LoadOp load;
  uint64_t lo, count;
};

/// Wider ranges than this get no kAddressBoundsAttr (no free memory holds
/// a copy of them).
constexpr uint64_t kMaxBounds = 1 << 16;

struct GatherToSelectPass
    : public xyz::impl::XYZGatherToSelectBase<GatherToSelectPass> {
  using XYZGatherToSelectBase::XYZGatherToSelectBase;

  void runOnOperation() override {
    KernelOp kernel = getOperation();
    DataFlowSolver solver;
    if (failed(solveIntegerRanges(solver, kernel)))
      return;

    auto &uniformity = getAnalysis<ThreadUniformity>();
    Remarks remarks(remarkLevel, getArgument());
    SmallVector<Candidate> candidates, wide;
    kernel.walk([&](LoadOp load) {
      if (uniformity.isUniform(load.getAddr()))
        return; // a uniform load is already one load per group
      bool gather = !isContiguous(load.getAddr());
      auto *lattice = solver.lookupState<dataflow::IntegerValueRangeLattice>(
          load.getAddr());
      if (!lattice || lattice->getValue().isUninitialized() ||
          (lattice->getValue().getValue().umin().isZero() &&
           lattice->getValue().getValue().umax().isAllOnes())) {
        if (gather)
          remarks.missed(load.getLoc(), "gather kept: the range of its "
                                        "addresses is unknown");
        return;
      }
      const ConstantIntRanges &range = lattice->getValue().getValue();
      uint64_t lo = range.umin().getZExtValue();
      uint64_t hi = range.umax().getZExtValue();
      if (hi >= lo && hi - lo + 1 <= maxCandidates && hi - lo >= 1)
        candidates.push_back({load, lo, hi - lo + 1});
      else if (gather && hi >= lo && hi - lo >= 1 && hi - lo < kMaxBounds)
        wide.push_back({load, lo, hi - lo + 1});
      if (gather && hi >= lo && hi - lo + 1 > maxCandidates && hi - lo >= 1)
        remarks.missed(load.getLoc(),
                       llvm::formatv("gather kept: its addresses [{0}, {1}] "
                                     "take {2} values, more than "
                                     "max-candidates={3}",
                                     lo, hi, hi - lo + 1,
                                     unsigned(maxCandidates))
                           .str());
    });
    llvm::stable_sort(candidates, [](const Candidate &a, const Candidate &b) {
      return a.count < b.count;
    });

    // Plan with flow selects allowed everywhere; then keep level 0 on the
    // vector engines for loads before the first load that stays a gather:
    // every group passes through that part before the load engine has
    // anything to do, and the one flow slot a cycle would serialize them.
    EngineWork work = estimateWork(kernel, uniformity);
    SmallVector<Planned> plan = planReplacements(candidates, work, nullptr);
    DenseSet<Operation *> replaced;
    for (const Planned &p : plan)
      replaced.insert(p.candidate.load);
    Operation *firstGather = nullptr;
    kernel.walk([&](LoadOp load) {
      if (!firstGather && uniformity.isPerThread(load.getAddr()) &&
          !isContiguous(load.getAddr()) && !replaced.contains(load))
        firstGather = load;
    });
    auto beforeFirstGather = [&](Operation *load) {
      return !firstGather || (load->getBlock() == firstGather->getBlock() &&
                              load->isBeforeInBlock(firstGather));
    };
    SmallVector<Declined> declined;
    plan = planReplacements(candidates, work, beforeFirstGather, &declined);
    for (const Declined &d : declined)
      if (d.leftToGroups)
        remarks.missed(
            d.load->getLoc(),
            llvm::formatv("gather left to the per-group pass, which "
                          "replaces it where the engines balance (a "
                          "selection in every group would take the "
                          "estimated floor from {0:f1} to {1:f1} cycles)",
                          d.before, d.after)
                .str());
      else if (!isContiguous(cast<LoadOp>(d.load).getAddr()))
        remarks.missed(
          d.load->getLoc(),
          llvm::formatv("gather kept: a selection among its {0} words would "
                        "take the estimated floor from {1:f1} to {2:f1} "
                        "cycles (min-gain={4:f1}% asks for less than {3:f1})",
                        d.count, d.before, d.after,
                        d.before * (1.0 - minGainPercent / 100.0),
                        double(minGainPercent))
              .str());
    // The others keep their range for the per-group pass after
    // vectorization (--xyz-gather-to-select-groups).
    Builder attrs(kernel.getContext());
    for (const Candidate &c : wide)
      c.load->setAttr(
          kAddressBoundsAttr,
          attrs.getDenseI64ArrayAttr({int64_t(c.lo), int64_t(c.count)}));
    for (const Candidate &c : candidates)
      c.load->setAttr(kAddressRangeAttr,
                      attrs.getDenseI64ArrayAttr(
                          {int64_t(c.lo), int64_t(c.count)}));
    for (Planned &p : plan) {
      Candidate &c = p.candidate;
      remarks.applied(c.load.getLoc(),
                      llvm::formatv("{4} replaced by a selection among "
                                    "its {0} words [{1}, {2}] ({3})",
                                    c.count, c.lo, c.lo + c.count - 1,
                                    placement(p.level0OnFlow,
                                              p.upperOnVector),
                                    isContiguous(c.load.getAddr()) ? "load"
                                                                   : "gather")
                          .str());
      replace(kernel, c, p.level0OnFlow, p.upperOnVector);
    }
  }

  /// A candidate the plan leaves a gather: the floors without and with it.
  struct Declined {
    Operation *load;
    uint64_t count;
    double before, after;
    bool leftToGroups = false;
  };

  /// A planned replacement and where its tree's levels run.
  struct Planned {
    Candidate candidate;
    bool level0OnFlow = false, upperOnVector = false;
  };

  /// Greedy over the candidates (fewest words first): replace while the
  /// floor of the estimated per-engine work drops, each with level 0 on
  /// flow, level 0 on the vector engines and the levels above on flow, or
  /// every level on the vector engines, whichever leaves the lowest floor
  /// (level 0 on flow only where `vectorOnly` allows).
  SmallVector<Planned>
  planReplacements(ArrayRef<Candidate> candidates, EngineWork work,
                   llvm::function_ref<bool(Operation *)> vectorOnly,
                   SmallVectorImpl<Declined> *declined = nullptr) {
    SmallVector<Planned> plan;
    bool stopped = false;
    for (const Candidate &c : candidates) {
      double threads = threadCount(c.load);
      bool bitsKnown =
          !knownOffsetBits(LoadOp(c.load).getAddr(), c.lo, c.count).empty();
      auto workAfter = [&](bool level0OnFlow, bool upperOnVector) {
        EngineWork after = work;
        after.loads += c.count - threads;
        after.vectorSlots +=
            threads *
            selectionCost(c.count, c.lo == 0, bitsKnown, level0OnFlow);
        after.flow += threads / machine::kVectorLength *
                      flowSelects(c.count, level0OnFlow);
        if (upperOnVector) {
          after.vectorSlots += threads * selection::upperSelects(c.count);
          after.flow -= threads / machine::kVectorLength *
                        selection::upperSelects(c.count);
        }
        return after;
      };
      // Ties (the load floor binds either way) go to the lower of the
      // other floors, which bind once enough loads are gone.
      auto key = [](const EngineWork &w) {
        return std::make_pair(w.floor(),
                              std::max(w.vectorFloor(), w.flowFloor()));
      };
      Planned choice{c, false, false};
      EngineWork after = workAfter(false, false);
      // The levels above level 0 go to the vector engines only for a
      // strictly lower floor (where the flow engine would bind): a select
      // is one flow slot for 8 lanes, against a multiply-add per lane on
      // the busier vector engines.
      auto consider = [&](bool level0OnFlow, bool upperOnVector) {
        EngineWork w = workAfter(level0OnFlow, upperOnVector);
        if (upperOnVector ? w.floor() < after.floor() : key(w) < key(after)) {
          after = w;
          choice = {c, level0OnFlow, upperOnVector};
        }
      };
      if (!(vectorOnly && vectorOnly(c.load)))
        consider(true, false);
      consider(false, true);
      // A selection lengthens dependence chains and couples engines in ways
      // the floors do not see: it must buy a clear drop of the floor.
      // Once one fails, the load engine no longer binds (or barely): the
      // rest only get their figures for the remarks.
      //
      // A gather of a masked address (x & (2^B - 1)) whose bits the kernel
      // did not compute is left to the per-group pass, which replaces it
      // in the groups where the engines balance: its bits are extracted
      // per lane, so a replacement in every group overshoots the balance.
      // (Gathers whose offset bits the kernel computed keep this plan: the
      // per-group pass does not yet keep level 0 off the flow engine
      // before the first gather, and a kernel whose offsets come from an
      // index recurrence measured 5% slower with them left to it.)
      Value addr = LoadOp(c.load).getAddr();
      if (leaveMaskedToGroups && !isContiguous(addr) && !bitsKnown &&
          maskedSource(addr, c.lo, c.count)) {
        if (declined)
          declined->push_back(
              {c.load, c.count, work.floor(), after.floor(), true});
        continue;
      }
      if (stopped ||
          after.floor() > work.floor() * (1.0 - minGainPercent / 100.0)) {
        stopped = true;
        if (!declined)
          break;
        declined->push_back({c.load, c.count, work.floor(), after.floor()});
        continue;
      }
      plan.push_back(choice);
      work = after;
    }
    return plan;
  }

  void replace(KernelOp kernel, const Candidate &c, bool level0OnFlow,
               bool upperOnVector) {
    LoadOp load = c.load;
    Location loc = load.getLoc();
    OpBuilder builder(load);
    // The candidate words and the uniform differences of level 0's pairs go
    // before the outermost thread loop when the region is read-only.
    OpBuilder uniform(load);
    if (isReadOnly(kernel, load.getRegionAttr())) {
      Operation *outer = load;
      while (auto loop = outer->getParentOfType<ForeachThreadOp>())
        outer = loop;
      uniform.setInsertionPoint(outer);
    }
    auto constant = [&](OpBuilder &b, uint64_t value) -> Value {
      return b.create<arith::ConstantIntOp>(loc, value, 32);
    };
    SmallVector<Value> words;
    for (uint64_t k = 0; k < c.count; ++k)
      words.push_back(uniform.create<LoadOp>(loc, constant(uniform, c.lo + k),
                                             load.getRegionAttr()));

    SmallVector<Value> known = knownOffsetBits(load.getAddr(), c.lo, c.count);
    Value offset = load.getAddr();
    if (c.lo != 0 && known.empty())
      offset = builder.create<arith::SubIOp>(loc, offset,
                                             constant(builder, c.lo));
    auto bit = [&](unsigned j) -> Value {
      if (!known.empty())
        return known[j];
      Value shifted = j ? builder.create<arith::ShRUIOp>(loc, offset,
                                                         constant(builder, j))
                        : offset;
      return builder.create<arith::AndIOp>(loc, shifted, constant(builder, 1));
    };
    OpDepth depths; // fresh: the IR changes between replacements
    Value selected = selection::buildSelectionTree(
        builder, uniform, loc, words, bit, [](Value w) { return w; },
        level0OnFlow, depths, upperOnVector);
    load.replaceAllUsesWith(selected);
    load.erase();
  }
};
} // namespace
