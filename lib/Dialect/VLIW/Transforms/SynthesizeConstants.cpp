//===- SynthesizeConstants.cpp - Constants from constants with ALU adds ---===//
//
// On this machine a constant is not free: `const` takes one of the load
// engine's two slots a bundle (the slots gathers and vloads need), `add_imm`
// one of the flow engine's one. An ALU add takes one of twelve. Kernels that
// address many rows x groups get hundreds of distinct address constants
// (base + row * n + 8 * group after constant folding), most of which are
// sums of two others. This pass visits the virtual constants in increasing
// value and, when c = a + b (mod 2^32) for constants a, b already kept or
// synthesized, replaces c by `alu add a, b`, choosing the pair of least
// depth and never exceeding `max-depth`, so the dependence chains it adds
// stay short.
//
// Address constants are mostly arithmetic progressions (base + 8 * group),
// whose differences are not themselves constants of the program. When the
// load engine binds (the machine cost model's floors of the program's op
// mix), the pass first adds the multiples d, 2d, ..., (k-1)d of the most
// common difference d as constants of their own: each progression then
// keeps one anchor every 2k - 1 terms and makes the others as anchor + id
// (depth 1) or (anchor + id) + jd (depth 2), k + n / (2k - 1) constants
// instead of n.
//
// Where the load engine binds and not the longest chain, a constant first
// read as an address late in program order may come from a deeper chain:
// its load cannot issue earlier than its position among the load engine's
// ops allows (depthBeforeFirstUse).
//
// The first load of the program waits for its address, and a constant on
// the longest chain to that address delays it by the depth it is given:
// each constant's depth is capped by its slack on the way to the first
// load (the longest chain there minus the longest through the constant),
// so a kernel whose addresses start from a computation (a core's chunk,
// `core * chunk`) keeps that chain's constants as constants.
//
//===----------------------------------------------------------------------===//

#include "ProgramFloors.h"
#include "xyz/Dialect/VLIW/VLIWPasses.h"
#include "xyz/Machine/CostModel.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <cmath>

namespace xyz::vliw {
#define GEN_PASS_DEF_VLIWSYNTHESIZECONSTANTS
#include "xyz/Dialect/VLIW/VLIWPasses.h.inc"
} // namespace xyz::vliw

using namespace mlir;
using namespace xyz::vliw;

namespace {
struct SynthesizeConstantsPass
    : public xyz::vliw::impl::VLIWSynthesizeConstantsBase<
          SynthesizeConstantsPass> {
  using VLIWSynthesizeConstantsBase::VLIWSynthesizeConstantsBase;

  void runOnOperation() override {
    // The constants of the program, by value.
    SmallVector<VirtualOp> constants;
    for (VirtualOp op : getOperation().getBody().front().getOps<VirtualOp>())
      if (op.getKind() == SlotKind::Const && !op.getLanes())
        constants.push_back(op);
    if (constants.empty())
      return;
    DenseSet<Operation *> keep;
    DenseMap<Operation *, unsigned> later;
    if (maxDepth > 0 && loadBinds()) {
      addStrides(constants, keep);
      if (loadFloor() > criticalPath(getOperation()))
        later = depthBeforeFirstUse();
    }
    DenseMap<Operation *, unsigned> slack = slackToFirstLoad();
    synthesize(constants, keep, slack, later, aluBudget());
  }

  /// How many constants may become ALU adds: all, unless the ALU's own
  /// work binds. Then each add moves a slot from the load and flow engines
  /// (a `const` or `add_imm`) to the busier ALU, and only as many as make
  /// the two floors equal do (a kernel of lane copies, whose every vector
  /// load and store needs an address: rgb2gray n=300 94 -> 86 cycles).
  size_t aluBudget() {
    using namespace xyz::machine;
    OpMix mix = slotMix(getOperation());
    double la = getSlotLimit(Engine::Alu);
    double lc = getSlotLimit(Engine::Load) + getSlotLimit(Engine::Flow);
    double alu = mix[Engine::Alu],
           loads = mix[Engine::Load] + mix[Engine::Flow];
    if (alu / la <= engineFloor(mix, Engine::Valu))
      return SIZE_MAX;
    return size_t(std::max(0.0, (la * loads - lc * alu) / (la + lc)));
  }

  /// Where the load engine binds (and not the longest chain), its ops
  /// issue about two a cycle in program order: an address constant first
  /// read by a load or store after the program's first 2k load-engine ops
  /// (constants aside) is needed no earlier than cycle k, and an add chain
  /// of depth k - 1 has it ready by then. Per constant first read that
  /// way: that depth (at most kMaxLateDepth). The n-th vector group's
  /// address then comes from earlier ones by adds, and the load engine
  /// loads data instead of addresses (zoo/inplace n=300: 8 of its first
  /// 47 slots were constants). A constant first read by another op (an
  /// offset added to a core's base) keeps `max-depth`: its chain would
  /// add to that computation's (allreduce 4 x 8192: 523 -> 528 cycles,
  /// the core id waiting behind deeper constants). The count starts again
  /// after a barrier.
  DenseMap<Operation *, unsigned> depthBeforeFirstUse() {
    DenseMap<Operation *, unsigned> depth;
    // Per constant, the barriers before its first and its last reader.
    DenseMap<Operation *, std::pair<unsigned, unsigned>> readers;
    unsigned loads = 0, barriers = 0;
    for (Operation &any : getOperation().getBody().front()) {
      if (isa<BarrierOp>(any)) {
        loads = 0;
        ++barriers;
      }
      auto op = dyn_cast<VirtualOp>(any);
      if (!op || op.getKind() == SlotKind::Const)
        continue;
      bool memory =
          op.getEngine() == Engine::Load || op.getEngine() == Engine::Store;
      for (Value v : op->getOperands()) {
        auto c = v.getDefiningOp<VirtualOp>();
        if (!c || c.getKind() != SlotKind::Const || c.getLanes())
          continue;
        depth.try_emplace(c, memory && loads >= 4
                                 ? std::min(kMaxLateDepth, loads / 2 - 1)
                                 : 0);
        auto [it, fresh] = readers.try_emplace(c, barriers, barriers);
        it->second.second = barriers;
      }
      if (op.getEngine() == Engine::Load)
        loads += op.getNumSlots();
    }
    // A constant read on both sides of a barrier is live across it, with
    // every other such: where scratch runs short, vliw-schedule recomputes
    // it near its readers, and a deep chain would be recomputed with it
    // (allreduce_rs_ag on one core, whose 2,048 addresses are read before
    // and after its barrier: 4,909 -> 24,499 cycles).
    for (auto &[c, range] : readers)
      if (range.first != range.second)
        depth.erase(c);
    return depth;
  }
  static constexpr unsigned kMaxLateDepth = 16;

  /// Per constant in the backward slice of the program's first load-engine
  /// op that is not a constant: how many cycles later than a `const` it may
  /// be ready without delaying that load (constants outside the slice are
  /// not in the map: no cap).
  DenseMap<Operation *, unsigned> slackToFirstLoad() {
    DenseMap<Operation *, unsigned> slack;
    Block &body = getOperation().getBody().front();
    VirtualOp first;
    for (VirtualOp op : body.getOps<VirtualOp>())
      if (op.getEngine() == Engine::Load && op.getKind() != SlotKind::Const) {
        first = op;
        break;
      }
    if (!first)
      return slack;
    // Longest chain (in ops) from the start to each op of the slice, and
    // from each op to the load; ops are visited in program order, which
    // is a topological order of the slice.
    DenseMap<Operation *, unsigned> start, toLoad;
    SmallVector<Operation *> slice;
    SmallVector<Operation *> work = {first};
    DenseSet<Operation *> seen = {first.getOperation()};
    while (!work.empty()) {
      Operation *op = work.pop_back_val();
      slice.push_back(op);
      for (Value v : op->getOperands())
        if (Operation *def = v.getDefiningOp();
            def && isa<VirtualOp>(def) && seen.insert(def).second)
          work.push_back(def);
    }
    llvm::sort(slice, [](Operation *a, Operation *b) {
      return a->isBeforeInBlock(b);
    });
    for (Operation *op : slice) {
      unsigned depth = 0;
      for (Value v : op->getOperands())
        if (auto it = start.find(v.getDefiningOp()); it != start.end())
          depth = std::max(depth, it->second + 1);
      start[op] = depth;
    }
    toLoad[first] = 0;
    for (Operation *op : llvm::reverse(slice))
      for (Value v : op->getOperands())
        if (Operation *def = v.getDefiningOp(); def && start.count(def))
          toLoad[def] = std::max(toLoad.lookup(def), toLoad[op] + 1);
    unsigned longest = start[first];
    for (Operation *op : slice)
      if (auto c = dyn_cast<VirtualOp>(op); c && c.getKind() == SlotKind::Const)
        slack[op] = longest - toLoad[op];
    return slack;
  }

  /// The floor of the load and flow engines' slots together (a constant
  /// goes to either).
  double loadFloor() {
    using namespace xyz::machine;
    OpMix mix = slotMix(getOperation());
    return (mix[Engine::Load] + mix[Engine::Flow]) /
           double(getSlotLimit(Engine::Load) + getSlotLimit(Engine::Flow));
  }

  /// True if the load engine binds the program: the floor of its slots and
  /// the flow engine's together (a constant goes to either) is above every
  /// other engine's and the vector work's, so ALU adds in place of
  /// constants shorten it.
  bool loadBinds() {
    using namespace xyz::machine;
    OpMix mix = slotMix(getOperation());
    double load = loadFloor();
    double others = vectorWorkFloor(mix);
    for (Engine e : {Engine::Valu, Engine::Alu, Engine::Store})
      others = std::max(others, engineFloor(mix, e));
    // Not the longest chain too: a short program waits for its constants
    // before its first loads, so fewer of them shorten it even when the
    // chain is as long as the load floor (reduce_sum n=100 17 -> 15).
    return load > 1.05 * others;
  }

  /// Adds d, 2d, ..., (k-1)d as kept constants, d the most common
  /// difference between consecutive constant values, k about the square
  /// root of how often it occurs.
  void addStrides(SmallVector<VirtualOp> &constants,
                  DenseSet<Operation *> &keep) {
    SmallVector<uint32_t> values;
    for (VirtualOp op : constants)
      values.push_back(uint32_t(op.getImmediateValues()[0]));
    auto [stride, best] = mostCommonStep(values);
    if (best < kMinProgression)
      return;
    unsigned k = std::max(2u, unsigned(std::lround(std::sqrt(best / 2.0))));
    OpBuilder builder(constants.front());
    for (unsigned i = 1; i < k; ++i) {
      uint32_t value = stride * i;
      auto it = llvm::find_if(constants, [&](VirtualOp op) {
        return uint32_t(op.getImmediateValues()[0]) == value;
      });
      if (it != constants.end()) {
        keep.insert(*it);
        continue;
      }
      auto op = builder.create<VirtualOp>(
          constants.front().getLoc(), SlotKind::Const,
          TypeRange{builder.getI32Type()}, ValueRange{},
          ArrayRef<int64_t>{int64_t(value)});
      keep.insert(op);
      constants.push_back(op);
    }
  }

  /// Progressions shorter than this are not worth constants of their own.
  static constexpr unsigned kMinProgression = 8;

  void synthesize(SmallVector<VirtualOp> &constants,
                  const DenseSet<Operation *> &keep,
                  const DenseMap<Operation *, unsigned> &slack,
                  const DenseMap<Operation *, unsigned> &later, size_t budget) {
    auto valueOf = [](VirtualOp op) {
      return uint32_t(op.getImmediateValues()[0]);
    };
    llvm::sort(constants, [&](VirtualOp a, VirtualOp b) {
      return valueOf(a) < valueOf(b);
    });
    // All constants first, in increasing value, so every synthesized add can
    // sit right after its operands and still precede every user. (The
    // scheduler sinks constant computations to their first reader.)
    Block *block = constants.front()->getBlock();
    for (VirtualOp op : llvm::reverse(constants))
      op->moveBefore(block, block->begin());
    // Available constants: value -> (op, depth).
    DenseMap<uint32_t, std::pair<VirtualOp, unsigned>> available;
    SmallVector<uint32_t> values;
    for (VirtualOp op : constants) {
      uint32_t c = valueOf(op);
      if (available.count(c))
        continue; // a duplicate (CSE would merge it)
      VirtualOp bestA, bestB;
      unsigned limit = maxDepth;
      if (auto it = later.find(op); it != later.end())
        limit = std::max(limit, it->second);
      if (auto it = slack.find(op); it != slack.end())
        limit = std::min<unsigned>(limit, it->second);
      unsigned bestDepth = limit + 1;
      for (uint32_t a : keep.contains(op) ? ArrayRef<uint32_t>() : values) {
        auto itB = available.find(c - a);
        if (itB == available.end())
          continue;
        auto &[opA, depthA] = available[a];
        unsigned depth = 1 + std::max(depthA, itB->second.second);
        if (depth < bestDepth) {
          bestDepth = depth;
          bestA = opA;
          bestB = itB->second.first;
        }
      }
      if (bestDepth > limit || budget == 0) {
        available[c] = {op, 0};
        values.push_back(c);
        continue;
      }
      // Replace the constant by an add of the two, in its place: both are
      // before it (smaller values come first, and every add so far went in
      // the place of its constant). Asking the block which op is first
      // would renumber it after every insertion: quadratic in the
      // constants of a long kernel.
      OpBuilder builder(op);
      auto add = builder.create<VirtualOp>(
          op.getLoc(), SlotKind::Alu, TypeRange{builder.getI32Type()},
          ValueRange{bestA.getResult(0), bestB.getResult(0)});
      add.setOpcode(BinaryOpcode::Add);
      op.getResult(0).replaceAllUsesWith(add.getResult(0));
      op.erase();
      available[c] = {add, bestDepth};
      values.push_back(c);
      --budget;
    }
  }
};
} // namespace
