//===- GatherToSelectGroups.cpp - Per-group gather replacement ------------===//
//
// The scalar pass (--xyz-gather-to-select) decides per load of the thread
// body, i.e. for every thread at once. A gather whose replacement pays for
// some of the vector groups but not all (a 16-word selection costs 15 flow
// slots per group: the flow engine has room for some groups, not all) is
// decided here, on the expanded vector program, where each group's gather
// is its own op and every engine's work can be counted exactly:
//
//   gather                 8 load slots (one per lane)
//   vload, load            1 load slot
//   vector arith, bcast    8 vector slots (a VALU op, or 8 ALU ops)
//   scalar arith           1 (a scalar multiply_add: 2)
//   vector select          1 flow slot
//
// Candidates are the gathers carrying `xyz.address_range` whose offset the
// kernel computed as exactly a sum of bits times powers of two (so the
// range is proven, whatever the annotation says: Selection.h); fewest words
// first, and within one range those whose estimated issue cycle is
// farthest from both ends of the schedule first (estimateTimes), so the
// flow work lands in the middle, not on the ramp or the drain; past a few
// work-item chains from either end, spread evenly over program order (or,
// with `waves`, spread evenly over dependence depth throughout). Per
// range, the prefix that leaves the lowest floor is replaced (the words'
// loads and broadcasts are paid once).
//
//===----------------------------------------------------------------------===//

#include "Selection.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "xyz/Analysis/KernelCost.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MathExtras.h"
#include <limits>
#include <map>
#include <optional>

namespace xyz {
#define GEN_PASS_DEF_XYZGATHERTOSELECTGROUPS
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;
using namespace xyz::selection;

namespace {

unsigned lanesOf(Type type) {
  if (auto vector = dyn_cast<VectorType>(type))
    return vector.getNumElements();
  return 1;
}

struct Candidate {
  GatherOp gather;
  uint64_t lo, count;
  SmallVector<Value> bits;
  /// Or, for an address `x & (count - 1)` (lo 0), x: the bits are made
  /// from it when the gather is replaced.
  Value maskedFrom;
  /// The positions whose bit counts complemented (exactOffsetBits).
  uint64_t flips = 0;
  /// Distance of its estimated issue cycle to the nearer end of the
  /// schedule (see estimateTimes).
  double margin = 0;
  /// Its estimated issue cycle.
  double time = 0;
};

/// When each op would issue in a staggered schedule of the program: the
/// work items (vector groups, in program order) start evenly spread over
/// the first `floor - chain` cycles, and an op issues its depth (longest
/// dependence chain from the inputs) after its item starts, the item taken
/// as the op's position in program order. Selections are best placed in
/// the middle, away from the ramp at the start (everything waits on the
/// first chains) and the drain at the end (nothing is left to overlap).
/// With `waves`, the groups advance together instead: an op issues at its
/// depth's share of the floor, wherever it is in program order.
/// Sets `maxDepth` to the longest chain.
DenseMap<Operation *, double> estimateTimes(KernelOp kernel, double floor,
                                            OpDepth &depths, bool waves,
                                            unsigned &maxDepth) {
  SmallVector<Operation *> ops;
  maxDepth = 0;
  kernel.walk([&](Operation *op) {
    unsigned d = 1;
    for (Value r : op->getResults())
      d = depths.depth(r);
    if (op->getNumResults() == 0)
      for (Value v : op->getOperands())
        d = std::max(d, depths.depth(v) + 1);
    maxDepth = std::max(maxDepth, d);
    ops.push_back(op);
  });
  DenseMap<Operation *, double> time;
  double ramp = std::max(0.0, floor - maxDepth);
  for (size_t i = 0; i < ops.size(); ++i) {
    Operation *op = ops[i];
    unsigned d = op->getNumResults() ? depths.depth(op->getResult(0)) : 0;
    time[op] = waves ? floor * d / std::max(maxDepth, 1u)
                     : ramp * double(i) / std::max<size_t>(ops.size(), 1) + d;
  }
  return time;
}

/// How far from either end of the schedule the ramp (the first work items
/// filling the machine) and the drain reach, in work-item chains (the
/// longest dependence chain). Past them every position is as good: the
/// replacements are spread evenly over program order there (see
/// planReplacements), so that a long program (many more work items than
/// are in flight at once) meets its flow work at a steady rate, not as a
/// flow-bound phase in the middle.
constexpr double kRampChains = 2.5;

/// Candidates by word count, in program order: gathers of read-only
/// regions whose `xyz.address_range` hint the offset's bits prove.
using CandidatesByCount = std::map<uint64_t, SmallVector<Candidate>>;
CandidatesByCount collectCandidates(KernelOp kernel, const Remarks &remarks) {
  CandidatesByCount byCount;
  // Per region, once: a walk per gather would make the pass quadratic in
  // the number of groups.
  DenseMap<StringAttr, bool> readOnly;
  auto isReadOnlyRegion = [&](StringAttr region) {
    auto [it, inserted] = readOnly.try_emplace(region, false);
    if (inserted)
      it->second = isReadOnly(kernel, region);
    return it->second;
  };
  kernel.walk([&](GatherOp gather) {
    auto range = dyn_cast_or_null<DenseI64ArrayAttr>(
        gather->getDiscardableAttr(kAddressRangeAttr));
    if (!range || range.size() != 2 || range[1] < 2)
      return remarks.missed(gather.getLoc(),
                            "gather kept: no small address range is known "
                            "(see --xyz-gather-to-select)");
    if (!isReadOnlyRegion(gather.getRegionAttr()))
      return remarks.missed(gather.getLoc(),
                            "gather kept: the kernel stores to its region, "
                            "so its words cannot be loaded once");
    uint64_t lo = range[0], count = range[1];
    // The annotation is only a hint: the bits must prove the range, or a
    // mask of the low bits (the words below the mask are loaded, so the
    // hint must cover them).
    if (Value x = maskedSource(gather.getAddrs(), lo, count)) {
      uint64_t words = uint64_t(1) << llvm::Log2_64(count);
      byCount[words].push_back({gather, lo, words, {}, x});
      return;
    }
    uint64_t flips = 0;
    SmallVector<Value> bits =
        exactOffsetBits(gather.getAddrs(), lo, count, &flips);
    if (bits.empty())
      return remarks.missed(gather.getLoc(),
                            "gather kept: its offset is not a sum of bits "
                            "the kernel computed, which would prove the "
                            "address range");
    count = uint64_t(1) << bits.size();
    byCount[count].push_back(
        {gather, lo, count, std::move(bits), Value(), flips});
  });
  return byCount;
}

/// A replacement: the candidate, and where its tree's levels run.
struct Replacement {
  Candidate *candidate;
  bool level0OnFlow = false;
  bool upperOnVector = false;
};
using Plan = SmallVector<Replacement>;

/// A greedy plan of one range: each candidate's replacement, in order,
/// the floor after it, and the best prefix (its length and work).
struct RangePlan {
  SmallVector<Replacement> tried;
  SmallVector<double> floors;
  EngineWork best;
  size_t bestCount = 0;
};

/// One greedy pass of planRange over `candidates` with the flow floor
/// kept within `flowCap`.
RangePlan planRangeCapped(ArrayRef<Candidate *> candidates, EngineWork work,
                          double flowCap) {
  RangePlan result;
  result.best = work;
  auto &[tried, floors, best, bestCount] = result;
  EngineWork current = work;
  for (Candidate *c : candidates) {
    unsigned lanes = lanesOf(c->gather.getType());
    bool first = tried.empty();
    auto after = [&](bool level0OnFlow, bool upperOnVector) {
      EngineWork w = current;
      w.loads += -double(lanes) + (first ? c->count : 0);
      if (first) {
        w.vectorSlots += c->count * machine::kVectorLength; // broadcasts
        // The words' differences along the multiply-added bits.
        unsigned bits = llvm::Log2_64_Ceil(c->count);
        w.vectorSlots +=
            c->count / 2 *
            ((level0OnFlow ? 0 : 1) + (upperOnVector ? bits - 1 : 0));
      }
      bool bitsKnown = !c->maskedFrom;
      w.vectorSlots +=
          lanes * selectionCost(c->count, true, bitsKnown, level0OnFlow);
      w.flow += flowSelects(c->count, level0OnFlow);
      if (upperOnVector) {
        w.vectorSlots += lanes * upperSelects(c->count);
        w.flow -= upperSelects(c->count);
      }
      return w;
    };
    auto key = [](const EngineWork &w) {
      return std::make_pair(w.floor(),
                            std::max(w.vectorFloor(), w.flowFloor()));
    };
    // Level 0 on flow or on the vector engines, and the levels above on
    // flow or on the vector engines: whichever leaves the lowest floor,
    // within the flow cap (every level on the vector engines adds no flow
    // work). The levels above go to the vector engines only for a strictly
    // lower floor, where the flow engine would bind: a select is one flow
    // slot for 8 lanes, against a multiply-add per lane on the busier
    // vector engines.
    std::optional<Replacement> choice;
    EngineWork chosen;
    for (auto [level0OnFlow, upper] :
         {std::pair(true, false), std::pair(false, false),
          std::pair(false, true), std::pair(true, true)}) {
      EngineWork w = after(level0OnFlow, upper);
      if (w.flow > current.flow && w.flowFloor() > flowCap)
        continue;
      if (!choice ||
          (upper ? w.floor() < chosen.floor() : key(w) < key(chosen))) {
        chosen = w;
        choice = Replacement{c, level0OnFlow, upper};
      }
    }
    current = chosen;
    tried.push_back(*choice);
    floors.push_back(current.floor());
    if (current.floor() < best.floor()) {
      best = current;
      bestCount = tried.size();
    }
  }
  return result;
}

/// Plans the candidates of one range of words (middle of the schedule
/// first): the words are loaded and broadcast once, so the first
/// replacement pays for all of them; the prefix that leaves the lowest
/// floor is appended to `plan`. Returns the work after it.
EngineWork planRange(ArrayRef<Candidate *> candidates, EngineWork work,
                     Plan &plan, const Remarks &remarks) {
  // The greedy choice below uses the flow engine while it has room, for
  // whole trees if need be; once the flow floor meets the others nothing
  // more can be replaced, although the vector engines may have room for
  // more selections had fewer been placed on flow. So the flow work the
  // plan may reach is capped, at every sixteenth of the starting floor and
  // not at all, and the cap leaving the lowest floor is kept.
  constexpr unsigned kCapSteps = 16;
  RangePlan chosen = planRangeCapped(candidates, work,
                                     std::numeric_limits<double>::infinity());
  for (unsigned step = kCapSteps; step-- > 0;) {
    RangePlan capped =
        planRangeCapped(candidates, work, work.floor() * step / kCapSteps);
    if (capped.best.floor() < chosen.best.floor())
      chosen = std::move(capped);
  }
  auto &[tried, floors, best, bestCount] = chosen;
  plan.append(tried.begin(), tried.begin() + bestCount);
  // One remark for the range, at the first gather kept.
  if (bestCount < tried.size()) {
    Candidate *c = tried[bestCount].candidate;
    remarks.missed(
        c->gather.getLoc(),
        llvm::formatv("gather kept, with {0} more of the words [{1}, {2}): "
                      "replacing it after the {3} planned would leave an "
                      "estimated floor of {4:f1} cycles, not below the "
                      "{5:f1} of the best plan ({6:f1} with all replaced)",
                      tried.size() - bestCount - 1, c->lo, c->lo + c->count,
                      bestCount, floors[bestCount], best.floor(), floors.back())
            .str());
  }
  return best;
}

/// Plans per range of words, fewest words first.
Plan planReplacements(CandidatesByCount &byCount, EngineWork work,
                      const Remarks &remarks) {
  Plan plan;
  for (auto &entry : byCount) {
    SmallVector<Candidate> &list = entry.second;
    std::map<uint64_t, SmallVector<Candidate *>> byRange;
    // Middle of the estimated schedule first (margins capped past the
    // ramp and the drain); equal margins in an evenly spread order of
    // their estimated times: the bit-reversed rank (1/2, 1/4, 3/4, ...),
    // so that any prefix of them is spread over the whole schedule.
    SmallVector<unsigned> idx(list.size());
    for (unsigned i = 0; i < list.size(); ++i)
      idx[i] = i;
    llvm::stable_sort(idx, [&](unsigned a, unsigned b) {
      return list[a].time < list[b].time;
    });
    unsigned bits = llvm::Log2_32_Ceil(std::max<unsigned>(list.size(), 1));
    SmallVector<unsigned> spread(list.size());
    for (unsigned rank = 0; rank < idx.size(); ++rank) {
      unsigned reversed = 0;
      for (unsigned b = 0; b < bits; ++b)
        if (rank & (1u << b))
          reversed |= 1u << (bits - 1 - b);
      spread[idx[rank]] = reversed;
    }
    llvm::stable_sort(idx, [&](unsigned a, unsigned b) {
      if (list[a].margin != list[b].margin)
        return list[a].margin > list[b].margin;
      return spread[a] < spread[b];
    });
    for (unsigned i : idx)
      byRange[list[i].lo].push_back(&list[i]);
    for (auto &[lo, candidates] : byRange)
      work = planRange(candidates, work, plan, remarks);
  }
  return plan;
}

/// Replaces the planned gathers: words and broadcasts at the start of the
/// kernel, a selection tree per gather.
void applyPlan(KernelOp kernel, const Plan &plan, OpDepth &depths,
               const Remarks &remarks) {
  Block &entry = kernel.getBody().front();
  OpBuilder uniform = OpBuilder::atBlockBegin(&entry);
  std::map<std::pair<uint64_t, uint64_t>, SmallVector<Value>> words;
  DenseMap<Value, Value> broadcasts;
  DenseMap<std::pair<Value, unsigned>, Value> maskedBits;
  for (const Replacement &r : plan) {
    Candidate *c = r.candidate;
    bool level0OnFlow = r.level0OnFlow;
    GatherOp gather = c->gather;
    Location loc = gather.getLoc();
    auto &list = words[{c->lo, c->count}];
    if (list.empty())
      for (uint64_t k = 0; k < c->count; ++k) {
        Value addr = uniform.create<arith::ConstantIntOp>(loc, c->lo + k, 32);
        list.push_back(
            uniform.create<LoadOp>(loc, addr, gather.getRegionAttr()));
      }
    Type type = gather.getType();
    auto spread = [&](Value w) -> Value {
      Value &b = broadcasts[w];
      if (!b)
        b = uniform.create<BroadcastOp>(loc, type, w);
      return b;
    };
    OpBuilder builder(gather);
    ArrayRef<Value> bits = c->bits;
    // Bit j of a masked address: (x >> j) & 1, made once per x.
    auto maskedBit = [&](unsigned j) -> Value {
      Value &b = maskedBits[{c->maskedFrom, j}];
      if (b)
        return b;
      OpBuilder at(gather);
      at.setInsertionPointAfterValue(c->maskedFrom);
      auto constant = [&](int64_t v) -> Value {
        return uniform.create<arith::ConstantOp>(
            loc, DenseElementsAttr::get(cast<ShapedType>(type), APInt(32, v)));
      };
      Value shifted =
          j ? at.create<arith::ShRUIOp>(loc, c->maskedFrom, constant(j))
                  .getResult()
            : c->maskedFrom;
      b = at.create<arith::AndIOp>(loc, shifted, constant(1));
      return b;
    };
    // The bits pick the word at offset p ^ flips.
    SmallVector<Value> ordered(list);
    for (uint64_t p = 0; p < ordered.size(); ++p)
      ordered[p] = list[p ^ c->flips];
    Value selected = buildSelectionTree(
        builder, uniform, loc, ordered,
        [&](unsigned j) { return c->maskedFrom ? maskedBit(j) : bits[j]; },
        spread, level0OnFlow, depths, r.upperOnVector);
    remarks.applied(loc, llvm::formatv("gather replaced by a selection among "
                                       "the {0} words [{1}, {2}) ({3})",
                                       c->count, c->lo, c->lo + c->count,
                                       placement(level0OnFlow, r.upperOnVector))
                             .str());
    gather.replaceAllUsesWith(selected);
    gather.erase();
    depths.clear(); // the gather's users are deeper now
  }
}

/// Cycles a gather's 8 lane loads take on the load engine.
double gatherCycles() {
  return double(machine::kVectorLength) /
         machine::getSlotLimit(machine::Engine::Load);
}

/// The longest dependence chain of the straight-line kernel in cycles: an
/// op a cycle, a gather gatherCycles(), a constant nothing.
double chainCycles(KernelOp kernel) {
  double gather = gatherCycles();
  DenseMap<Value, double> ready;
  double chain = 0;
  kernel.walk([&](Operation *op) {
    if (op->getNumRegions() != 0 || isa<arith::ConstantOp>(op))
      return;
    double start = 0;
    for (Value v : op->getOperands())
      start = std::max(start, ready.lookup(v));
    double end = start + (isa<GatherOp>(op) ? gather : 1.0);
    for (Value r : op->getResults())
      ready[r] = end;
    chain = std::max(chain, end);
  });
  return chain;
}

/// Where a dependence chain is at least the engines' floor, a selection
/// deeper than the gather it replaces (its bits extracted per lane, a
/// level a cycle) can only make the program longer: those candidates are
/// dropped. Selections on bits the kernel computed are no deeper and
/// still save loads.
void keepDeepGathersOnChain(KernelOp kernel, const EngineWork &work,
                            CandidatesByCount &byCount,
                            const Remarks &remarks) {
  double chain = chainCycles(kernel);
  if (chain < work.floor())
    return;
  for (auto &[count, list] : byCount) {
    double levels = llvm::Log2_64_Ceil(count);
    llvm::erase_if(list, [&](Candidate &c) {
      double depth = levels + (c.bits.empty() ? 2.0 : 0.0);
      if (depth <= gatherCycles())
        return false;
      remarks.missed(c.gather.getLoc(),
                     llvm::formatv("gather kept: a dependence chain of {0:f0} "
                                   "cycles binds the program, not its engines "
                                   "(floor {1:f1}), and a selection {2:f0} "
                                   "levels deep would lengthen it",
                                   chain, work.floor(), depth)
                         .str());
      return true;
    });
  }
}

/// The cycles before the first gather of `kernel` can issue (the depth of
/// its addresses) that the other loads do not fill (vector and word loads
/// at fixed addresses, which may issue from the start), scaled by
/// `share`. Zero without gathers.
double loadRamp(KernelOp kernel, OpDepth &depths, double share) {
  std::optional<unsigned> first;
  double otherLoads = 0;
  kernel.walk([&](Operation *op) {
    if (auto gather = dyn_cast<GatherOp>(op)) {
      unsigned d = depths.depth(gather.getAddrs());
      first = first ? std::min(*first, d) : d;
    } else if (op->getNumResults() == 1) {
      otherLoads += cost::opMix(op)[machine::Engine::Load];
    }
  });
  if (!first)
    return 0;
  double idle = double(*first) -
                otherLoads / machine::getSlotLimit(machine::Engine::Load);
  return share * std::max(0.0, idle);
}

struct GatherToSelectGroupsPass
    : public xyz::impl::XYZGatherToSelectGroupsBase<GatherToSelectGroupsPass> {
  using XYZGatherToSelectGroupsBase::XYZGatherToSelectGroupsBase;

  void runOnOperation() override {
    KernelOp kernel = getOperation();
    Remarks remarks(remarkLevel, getArgument());
    CandidatesByCount byCount = collectCandidates(kernel, remarks);
    EngineWork work = countWork(kernel);
    work.flowHeadroom = flowHeadroom;
    work.loadLatency = loadRamp(kernel, getAnalysis<OpDepth>(), loadRampShare);
    if (chain)
      keepDeepGathersOnChain(kernel, work, byCount, remarks);
    auto &depths = getAnalysis<OpDepth>();
    unsigned maxDepth = 0;
    DenseMap<Operation *, double> times =
        estimateTimes(kernel, work.floor(), depths, waves, maxDepth);
    // In waves every position is as good: no margin, spread evenly.
    double cap = waves ? 0 : kRampChains * maxDepth;
    for (auto &[count, list] : byCount)
      for (Candidate &c : list) {
        double t = times.lookup(c.gather);
        c.time = t;
        c.margin = std::min({t, work.floor() - t, cap});
      }
    applyPlan(kernel, planReplacements(byCount, work, remarks), depths,
              remarks);
  }
};

} // namespace
