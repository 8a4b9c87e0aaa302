//===- GatherToSelect.cpp - Value-range driven gather replacement ---------===//
//
// A per-thread load at a thread-dependent address becomes a gather when the
// threads are vectorized: one load slot per lane, and the load engine has
// only two slots a bundle. When integer range analysis bounds the address to
// a few words [lo, lo + K), the K words can be loaded once (uniform) and each
// thread can pick its word arithmetically from the bits of its offset
// o = addr - lo:
//
//   level 0:  s_i = w_2i + bit0(o) * (w_2i+1 - w_2i)   (a multiply-add; the
//             difference is uniform, computed once)
//   level j:  s_i = a + bitj(o) * (b - a)              (a sub and a
//             multiply-add)
//
// exact mod 2^32 since each bit is 0 or 1. The pass runs before the
// vectorizer (MLIR 19's range analysis handles scalars only), which then
// turns the selection into vector ops and broadcasts of the uniform words.
// Whether that pays depends on the whole kernel: it trades load slots for
// vector slots, so loads are replaced, fewest candidates first, only while
// the load engine's floor is above the vector engines' (the engines' slot
// limits come from the machine description).
//
//===----------------------------------------------------------------------===//

#include "mlir/Analysis/DataFlow/ConstantPropagationAnalysis.h"
#include "mlir/Analysis/DataFlow/DeadCodeAnalysis.h"
#include "mlir/Analysis/DataFlow/IntegerRangeAnalysis.h"
#include "mlir/Analysis/DataFlowFramework.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "xyz/Dialect/VLIW/MachineDesc.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "llvm/ADT/DenseSet.h"

namespace xyz {
#define GEN_PASS_DEF_XYZGATHERTOSELECT
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// The flow engine has one slot, and selects come in dependent chains (a
/// tree's levels): its floor is reached less closely than the others', so
/// its work counts a quarter more.
constexpr double kFlowHeadroom = 1.25;

/// Per-engine work of a kernel in machine slots, with every per-thread op
/// counted once per thread (a lane of a vector op, or a scalar op).
struct EngineWork {
  double loads = 0;
  double vectorSlots = 0; // VALU lanes + ALU ops: both engines share it
  double flow = 0;        // flow-engine slots (a vector select is one)

  double loadFloor() const {
    return loads / vliw::getSlotLimit(vliw::Engine::Load);
  }
  double vectorFloor() const {
    return vectorSlots /
           (vliw::kVectorLength * vliw::getSlotLimit(vliw::Engine::Valu) +
            vliw::getSlotLimit(vliw::Engine::Alu));
  }
  double flowFloor() const {
    return kFlowHeadroom * flow / vliw::getSlotLimit(vliw::Engine::Flow);
  }
  double floor() const {
    return std::max({loadFloor(), vectorFloor(), flowFloor()});
  }
};

/// Threads a foreach_thread body runs for (1 outside of one).
int64_t threadCount(Operation *op) {
  auto loop = op->getParentOfType<ForeachThreadOp>();
  APInt count;
  if (!loop || !matchPattern(loop.getCount(), m_ConstantInt(&count)))
    return 1;
  return count.getSExtValue() - loop.getFirstThread();
}

/// Values of thread bodies that may differ between threads: the thread id
/// and what depends on it, including loads at such addresses.
DenseSet<Value> perThreadValues(KernelOp kernel) {
  DenseSet<Value> varying;
  kernel.walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (auto loop = dyn_cast<ForeachThreadOp>(op))
      varying.insert(loop.getThreadId());
    bool depends = llvm::any_of(op->getOperands(), [&](Value v) {
      return varying.contains(v);
    });
    if (depends)
      varying.insert(op->getResults().begin(), op->getResults().end());
  });
  return varying;
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

EngineWork estimateWork(KernelOp kernel, const DenseSet<Value> &varying) {
  EngineWork work;
  kernel.walk([&](Operation *op) {
    double threads = threadCount(op);
    bool perThread = op->getNumResults() && varying.contains(op->getResult(0));
    double times = perThread ? threads : 1;
    if (auto load = dyn_cast<LoadOp>(op)) {
      if (!varying.contains(load.getAddr()))
        work.loads += 1;
      else if (isContiguous(load.getAddr()))
        work.loads += threads / vliw::kVectorLength; // a vload per group
      else
        work.loads += threads; // a gather: a load per lane
    }
    else if (isa<StoreOp>(op))
      ; // the store engine is rarely the bound
    else if (isa<arith::SelectOp>(op) && perThread)
      work.flow += threads / vliw::kVectorLength; // a vselect per group
    else if (isa<arith::TruncIOp, arith::ExtUIOp, arith::IndexCastOp>(op))
      ; // free: a bit is its own condition, the word is the index
    else if (op->getNumResults() == 1 && isContiguous(op->getResult(0)))
      ; // thread id + uniform: folded into contiguous accesses
    else if (op->getNumResults() == 1 && !isa<arith::ConstantOp>(op) &&
             (isa<arith::ArithDialect>(op->getDialect()) ||
              isa<MultiplyAddOp>(op)))
      work.vectorSlots += times;
  });
  return work;
}

/// True for a value that is 0 or 1: `x & 1`.
bool isBit(Value v) {
  auto andOp = v.getDefiningOp<arith::AndIOp>();
  if (!andOp)
    return false;
  std::optional<int64_t> one = getConstantIntValue(andOp.getRhs());
  if (!one)
    one = getConstantIntValue(andOp.getLhs());
  return one && *one == 1;
}

/// Bit j of (v + k) mod 2^32 when the kernel already computed it, else null.
/// Addresses built by doubling and adding a bit (v = 2 * x + b + c, b in
/// {0, 1}) carry their bits: with c + k even, bit 0 is b and bit j is bit
/// j - 1 of x + (c + k) / 2. A selection can then reuse the bits that chose
/// each earlier step instead of extracting them again.
Value knownBit(Value v, unsigned j, int64_t k, unsigned depth = 0) {
  if (depth > 64)
    return Value();
  if (isBit(v))
    return j == 0 && !(k & 1) ? v : Value(); // higher bits would be k's
  if (auto add = v.getDefiningOp<arith::AddIOp>()) {
    if (std::optional<int64_t> c = getConstantIntValue(add.getRhs()))
      return knownBit(add.getLhs(), j, k + *c, depth + 1);
    if (std::optional<int64_t> c = getConstantIntValue(add.getLhs()))
      return knownBit(add.getRhs(), j, k + *c, depth + 1);
    return Value();
  }
  auto fma = v.getDefiningOp<MultiplyAddOp>();
  if (!fma)
    return Value();
  std::optional<int64_t> two = getConstantIntValue(fma.getB());
  if (!two || *two != 2)
    return Value();
  Value addend = fma.getC();
  while (auto add = addend.getDefiningOp<arith::AddIOp>()) {
    std::optional<int64_t> c = getConstantIntValue(add.getRhs());
    if (!c)
      break;
    k += *c;
    addend = add.getLhs();
  }
  if (!isBit(addend) || (k & 1))
    return Value();
  if (j == 0)
    return addend;
  return knownBit(fma.getA(), j - 1, k / 2, depth + 1);
}

/// The bits 0 .. ceil(log2 count) - 1 of addr - lo, if all are known.
SmallVector<Value> knownOffsetBits(Value addr, uint64_t lo, uint64_t count) {
  SmallVector<Value> bits;
  for (unsigned j = 0, e = llvm::Log2_64_Ceil(count); j < e; ++j) {
    Value bit = knownBit(addr, j, -int64_t(lo));
    if (!bit)
      return {};
    bits.push_back(bit);
  }
  return bits;
}

/// Vector-engine ops per thread to select among K words (see the file
/// comment): the offset's bits, and level 0's multiply-adds unless level 0
/// selects on the flow engine too.
double selectionCost(uint64_t k, bool offsetIsAddress, bool bitsKnown,
                     bool level0OnFlow) {
  unsigned bits = llvm::Log2_64_Ceil(k);
  double ops = offsetIsAddress || bitsKnown ? 0 : 1; // o = addr - lo
  if (!bitsKnown)
    ops += bits ? 1 + 2 * (bits - 1) : 0; // bit j: (o >> j) & 1
  if (!level0OnFlow)
    ops += k / 2; // one multiply-add per pair
  return ops;
}

/// Flow-engine selects per group of lanes for K words: one per node of the
/// selection tree above level 0, and level 0's pairs when it is on flow.
double flowSelects(uint64_t k, bool level0OnFlow) {
  return double(k - 1 - (level0OnFlow ? 0 : k / 2));
}

struct Candidate {
  LoadOp load;
  uint64_t lo, count;
};

struct GatherToSelectPass
    : public xyz::impl::XYZGatherToSelectBase<GatherToSelectPass> {
  using XYZGatherToSelectBase::XYZGatherToSelectBase;

  void runOnOperation() override {
    for (KernelOp kernel : getOperation().getOps<KernelOp>())
      runOnKernel(kernel);
  }

  void runOnKernel(KernelOp kernel) {
    DataFlowSolver solver;
    solver.load<dataflow::DeadCodeAnalysis>();
    solver.load<dataflow::SparseConstantPropagation>();
    solver.load<dataflow::IntegerRangeAnalysis>();
    if (failed(solver.initializeAndRun(kernel)))
      return;

    DenseSet<Value> varying = perThreadValues(kernel);
    SmallVector<Candidate> candidates;
    kernel.walk([&](LoadOp load) {
      if (!varying.contains(load.getAddr()))
        return; // a uniform load is already one load per group
      auto *lattice = solver.lookupState<dataflow::IntegerValueRangeLattice>(
          load.getAddr());
      if (!lattice || lattice->getValue().isUninitialized())
        return;
      const ConstantIntRanges &range = lattice->getValue().getValue();
      uint64_t lo = range.umin().getZExtValue();
      uint64_t hi = range.umax().getZExtValue();
      if (hi >= lo && hi - lo + 1 <= maxCandidates && hi - lo >= 1)
        candidates.push_back({load, lo, hi - lo + 1});
    });
    llvm::stable_sort(candidates, [](const Candidate &a, const Candidate &b) {
      return a.count < b.count;
    });

    // Plan with flow selects allowed everywhere; then keep level 0 on the
    // vector engines for loads before the first load that stays a gather:
    // every group passes through that part before the load engine has
    // anything to do, and the one flow slot a cycle would serialize them.
    EngineWork work = estimateWork(kernel, varying);
    SmallVector<std::pair<Candidate, bool>> plan =
        planReplacements(candidates, work, nullptr);
    DenseSet<Operation *> replaced;
    for (auto &[c, onFlow] : plan)
      replaced.insert(c.load);
    Operation *firstGather = nullptr;
    kernel.walk([&](LoadOp load) {
      if (!firstGather && varying.contains(load.getAddr()) &&
          !isContiguous(load.getAddr()) && !replaced.contains(load))
        firstGather = load;
    });
    auto beforeFirstGather = [&](Operation *load) {
      return !firstGather || (load->getBlock() == firstGather->getBlock() &&
                              load->isBeforeInBlock(firstGather));
    };
    plan = planReplacements(candidates, work, beforeFirstGather);
    for (auto &[c, onFlow] : plan)
      replace(kernel, c, onFlow);
  }

  /// Greedy over the candidates (fewest words first): replace while the
  /// floor of the estimated per-engine work drops, each with level 0 on the
  /// vector engines or on flow, whichever leaves the lower floor (on flow
  /// only where `vectorOnly` allows).
  SmallVector<std::pair<Candidate, bool>>
  planReplacements(ArrayRef<Candidate> candidates, EngineWork work,
                   llvm::function_ref<bool(Operation *)> vectorOnly) {
    SmallVector<std::pair<Candidate, bool>> plan;
    for (const Candidate &c : candidates) {
      double threads = threadCount(c.load);
      bool bitsKnown =
          !knownOffsetBits(LoadOp(c.load).getAddr(), c.lo, c.count).empty();
      auto workAfter = [&](bool level0OnFlow) {
        EngineWork after = work;
        after.loads += c.count - threads;
        after.vectorSlots +=
            threads *
            selectionCost(c.count, c.lo == 0, bitsKnown, level0OnFlow);
        after.flow += threads / vliw::kVectorLength *
                      flowSelects(c.count, level0OnFlow);
        return after;
      };
      EngineWork onVector = workAfter(false), onFlow = workAfter(true);
      // Ties (the load floor binds either way) go to the lower of the
      // other floors, which bind once enough loads are gone.
      auto key = [](const EngineWork &w) {
        return std::make_pair(w.floor(),
                              std::max(w.vectorFloor(), w.flowFloor()));
      };
      bool level0OnFlow = key(onFlow) < key(onVector) &&
                          !(vectorOnly && vectorOnly(c.load));
      EngineWork after = level0OnFlow ? onFlow : onVector;
      // A selection lengthens dependence chains and couples engines in ways
      // the floors do not see: it must buy a clear drop of the floor.
      if (after.floor() > work.floor() * (1.0 - minGainPercent / 100.0))
        break; // the load engine no longer binds (or barely)
      plan.push_back({c, level0OnFlow});
      work = after;
    }
    return plan;
  }

  /// True if nothing in the kernel may write `region`, so its words can be
  /// read once before the thread loops.
  static bool isReadOnly(KernelOp kernel, StringAttr region) {
    if (!region)
      return false;
    bool written = false;
    kernel.walk([&](Operation *op) {
      StringAttr target;
      if (auto store = dyn_cast<StoreOp>(op))
        target = store.getRegionAttr();
      else if (auto store = dyn_cast<VStoreOp>(op))
        target = store.getRegionAttr();
      else
        return;
      if (!target || target == region)
        written = true;
    });
    return !written;
  }

  void replace(KernelOp kernel, const Candidate &c, bool level0OnFlow) {
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
    // Level 0: pairs of uniform words, by a multiply-add on the pair's
    // uniform difference, or with the levels above on flow.
    SmallVector<Value> level;
    if (level0OnFlow) {
      level = words;
    } else {
      Value bit0 = bit(0);
      for (uint64_t k = 0; k < c.count; k += 2) {
        if (k + 1 == c.count) {
          level.push_back(words[k]);
          continue;
        }
        Value diff =
            uniform.create<arith::SubIOp>(loc, words[k + 1], words[k]);
        level.push_back(
            builder.create<MultiplyAddOp>(loc, bit0, diff, words[k]));
      }
    }
    // Selects.
    for (unsigned j = level0OnFlow ? 0 : 1; level.size() > 1; ++j) {
      Value bitJ = bit(j);
      SmallVector<Value> next;
      for (size_t i = 0; i < level.size(); i += 2) {
        if (i + 1 == level.size()) {
          next.push_back(level[i]);
          continue;
        }
        // A select (one flow slot for 8 lanes) rather than a sub and a
        // multiply-add on the busier vector engines.
        Value cond = builder.create<arith::TruncIOp>(
            loc, builder.getI1Type(), bitJ);
        next.push_back(
            builder.create<arith::SelectOp>(loc, cond, level[i + 1], level[i]));
      }
      level = std::move(next);
    }
    load.replaceAllUsesWith(level.front());
    load.erase();
  }
};
} // namespace
