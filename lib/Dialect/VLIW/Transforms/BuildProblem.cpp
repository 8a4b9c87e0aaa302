//===- BuildProblem.cpp - A vliw.vprogram as a scheduling problem ---------===//
//
// One problem operation per machine slot (8 for a `lanes` op), on the
// engine of its slot kind; a barrier has a resource of its own and runs
// alone in its cycle. Dependences:
//  - data: SSA def-use (the reader issues in a later bundle);
//  - memory: from MemoryDependences.h (regions, base + offset);
//  - barriers: everything before one, before it; everything after, after.
// Program order is the vprogram's, with constant computations sunk to just
// before their first reader.
//
//===----------------------------------------------------------------------===//

#include "BarrierProtocol.h"
#include "MemoryDependences.h"
#include "ProgramFloors.h"
#include "VirtualProblem.h"
#include "xyz/Dialect/VLIW/MachineDesc.h"
#include "xyz/Machine/CostModel.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/bit.h"

using namespace mlir;
using namespace xyz;
using namespace xyz::vliw;

namespace {

/// A constant zero word: scratch starts all zero, so it takes no slot
/// (ProblemBuilder::placeZero).
bool isZeroConstant(VirtualOp slot) {
  return isConstant(slot) && slot.getImmediateValues()[0] == 0;
}

/// VALU ops that are 8 independent ALU ops: binary ops lane by lane, and
/// a broadcast as `or dest+i, src, src`.
bool hasAluForm(VirtualOp slot) {
  return !slot.getLanes() && (slot.getKind() == SlotKind::Valu ||
                              slot.getKind() == SlotKind::VBroadcast);
}

/// How one lane of a `lanes const` is made.
struct LanePlan {
  enum Kind { Own, Zero, Sum, Difference } kind = Own;
  unsigned a = 0, b = 0; // the lanes a Sum or Difference reads
};

/// The lanes of a lane constant (a group's lane numbers <0, 1, ..., 7>, or
/// any vector of word constants): each nonzero lane is a constant of its
/// own (a load or flow slot) or, where that takes fewer of those slots,
/// one ALU add or subtract of two lanes that are (<0..7> needs 3 constants,
/// {1, 3, 4}, instead of 7). The smallest such set of own lanes is found
/// by trying the sets in increasing size (2^8 at most). It is used only
/// when its lanes are ready no later, at `rate` constants a cycle, than
/// all of them as constants would be: ceil(own / rate) + 1 cycles (the
/// ALU op's) against ceil(nonzero / rate).
SmallVector<LanePlan, 8> planLanes(ArrayRef<uint32_t> values, unsigned rate) {
  unsigned n = values.size();
  SmallVector<LanePlan, 8> plan(n);
  unsigned nonzero = 0, nonzeroMask = 0;
  for (unsigned l = 0; l < n; ++l) {
    if (values[l] == 0)
      plan[l].kind = LanePlan::Zero;
    else {
      ++nonzero;
      nonzeroMask |= 1u << l;
    }
  }
  if (n > kVectorLength || rate == 0)
    return plan;
  auto cycles = [&](unsigned own) { return (own + rate - 1) / rate; };
  // How lane `l` is made from the lanes in `own` (false if it cannot be).
  auto derive = [&](unsigned own, unsigned l, LanePlan &out) {
    for (unsigned a = 0; a < n; ++a) {
      if (!(own >> a & 1))
        continue;
      for (unsigned b = 0; b < n; ++b) {
        if (!(own >> b & 1))
          continue;
        if (values[a] + values[b] == values[l]) {
          out = {LanePlan::Sum, a, b};
          return true;
        }
        if (a != b && values[a] - values[b] == values[l]) {
          out = {LanePlan::Difference, a, b};
          return true;
        }
      }
    }
    return false;
  };
  for (unsigned size = 1; size < nonzero; ++size) {
    if (cycles(size) + 1 > cycles(nonzero))
      break;
    for (unsigned own = 1; own < (1u << n); ++own) {
      if ((own & ~nonzeroMask) || static_cast<unsigned>(llvm::popcount(own)) != size)
        continue;
      SmallVector<LanePlan, 8> candidate = plan;
      bool ok = true;
      for (unsigned l = 0; l < n && ok; ++l)
        if ((nonzeroMask >> l & 1) && !(own >> l & 1))
          ok = derive(own, l, candidate[l]);
      if (ok)
        return candidate;
    }
  }
  return plan;
}

class ProblemBuilder {
public:
  ProblemBuilder(VProgramOp program, const ProblemOptions &options)
      : program(program), options(options) {}

  VirtualProblem build() {
    sched::Problem &problem = vp.problem;
    problem.scratchSize = kScratchSize;
    problem.vectorAlign = kVectorLength;
    for (unsigned e = 0; e < kNumEngines; ++e)
      problem.resourceLimits.push_back(getSlotLimit(static_cast<Engine>(e)));
    problem.resourceLimits.push_back(1); // barrierResource
    SmallVector<Operation *> order = programOrder();
    placeZero(order);
    planConstantEngine();
    planAluSplit(order);
    planBlocks();
    for (Operation *op : order) {
      if (auto barrier = dyn_cast<BarrierOp>(op))
        addBarrier(barrier);
      else if (auto window = dyn_cast<WindowOp>(op))
        addWindow(window);
      else if (auto fromWords = dyn_cast<FromWordsOp>(op))
        addFromWords(fromWords);
      else
        addSlot(cast<VirtualOp>(op));
    }
    return std::move(vp);
  }

private:
  VProgramOp program;
  const ProblemOptions &options;
  VirtualProblem vp;
  MemoryDependences memory;
  /// A barrier has a resource of its own, and runs alone in its cycle.
  static constexpr unsigned barrierResource = kNumEngines;
  unsigned lastBarrier = ~0u, firstSinceBarrier = 0;
  bool constantsOnFlow = false; // planConstantEngine
  /// Lane-wise VALU ops split into 8 ALU ops (planAluSplit).
  DenseSet<Operation *> splitOps;
  /// Whether lane-wise VALU ops may also run as ALU ops (planAluSplit).
  bool aluAlternatives = true;
  /// At most one lane-wise VALU op in this many is split statically: past
  /// it, the scheduler's own moves (a VALU op that would wait runs as ALU
  /// ops where they are free) balance better than fixed splits (on the
  /// long benchmark programs the uncapped balance point cost up to 6%;
  /// docs/scheduler.md).
  static constexpr int kMaxShare = 4;

  /// Vectors chained by windows (vliw.window ops something reads) share
  /// one block of scratch, in chain order: per vector, the chain's first
  /// vector and the vector's word offset in the block. The vprogram
  /// verifier made sure the windows form chains.
  struct Placement {
    mlir::Value head;
    unsigned offset;
    unsigned width = kVectorLength;
  };
  DenseMap<mlir::Value, Placement> placement;
  DenseMap<mlir::Value, unsigned> blockWidth; // per chain head
  DenseMap<mlir::Value, unsigned> blockIds;   // per chain head

  void planBlocks() {
    DenseMap<mlir::Value, mlir::Value> next;
    DenseSet<mlir::Value> hasPrev;
    for (WindowOp window : program.getBody().front().getOps<WindowOp>()) {
      if (window->use_empty())
        continue;
      next[window.getLow()] = window.getHigh();
      hasPrev.insert(window.getHigh());
    }
    for (auto [low, high] : next) {
      if (hasPrev.contains(low))
        continue;
      unsigned offset = 0;
      for (mlir::Value v = low;;) {
        placement[v] = {low, offset};
        offset += kVectorLength;
        auto it = next.find(v);
        if (it == next.end())
          break;
        v = it->second;
      }
      blockWidth[low] = offset;
    }
    // A vector made of words (vliw.from_words) written in place: its
    // words are parts of its block (isWordInPlace).
    for (FromWordsOp fromWords :
         program.getBody().front().getOps<FromWordsOp>()) {
      mlir::Value result = fromWords.getResult();
      if (placement.contains(result))
        continue; // in a chain of windows: parts do not nest
      for (unsigned lane = 0, e = fromWords.getWords().size(); lane < e;
           ++lane) {
        mlir::Value word = fromWords.getWords()[lane];
        if (!isWordInPlace(fromWords, lane) || placement.contains(word))
          continue;
        placement[word] = {result, lane, 1};
        placement[result] = {result, 0, kVectorLength};
        blockWidth[result] = kVectorLength;
      }
    }
  }

  /// The problem value of a result: a part of its chain's block if it is
  /// in one, else a value of its own.
  unsigned addResultValue(mlir::Value result) {
    sched::Problem &problem = vp.problem;
    auto it = placement.find(result);
    if (it == placement.end())
      return problem.addValue(
          isa<VectorType>(result.getType()) ? kVectorLength : 1);
    auto [block, fresh] = blockIds.try_emplace(it->second.head, 0);
    if (fresh)
      block->second = problem.addValue(blockWidth.lookup(it->second.head));
    return problem.addPart(block->second, it->second.offset, it->second.width);
  }

  /// A window: 8 words of its vectors' block, written by their producers.
  void addWindow(WindowOp window) {
    if (window->use_empty())
      return;
    sched::Problem &problem = vp.problem;
    unsigned low = vp.valueIds.lookup(window.getLow());
    unsigned high = vp.valueIds.lookup(window.getHigh());
    unsigned id = problem.addPart(
        problem.values[low].parent,
        problem.values[low].offset + window.getOffset(), kVectorLength);
    auto &producers = problem.values[id].producers;
    producers = problem.values[low].producers;
    producers.append(problem.values[high].producers);
    vp.valueIds[window.getResult()] = id;
  }

  /// A vector made of words: one ALU copy per lane, each reading its word
  /// (the whole input, live until the copy) and writing its lane; a word
  /// written in place (planBlocks) is a part of the vector's block, whose
  /// producer is one of the vector's.
  void addFromWords(FromWordsOp fromWords) {
    sched::Problem &problem = vp.problem;
    mlir::Value result = fromWords.getResult();
    unsigned id = addResultValue(result);
    vp.valueIds[result] = id;
    for (auto [lane, word] : llvm::enumerate(fromWords.getWords())) {
      if (auto it = placement.find(word);
          it != placement.end() && it->second.head == result) {
        unsigned part = vp.valueIds.lookup(word);
        llvm::append_range(
            problem.values[id].producers,
            SmallVector<unsigned, 1>(problem.values[part].producers));
        continue;
      }
      unsigned op = problem.addOperation(static_cast<unsigned>(Engine::Alu),
                                         {vp.valueIds.lookup(word)}, {id});
      vp.ops.push_back({fromWords, unsigned(lane)});
      afterBarrier(op);
    }
  }

  /// Constants take the flow engine first (an `add_imm`) and a load slot
  /// only when flow is full, where the flow engine has no op of its own
  /// and room for every constant: a constant on the load engine takes the
  /// slot of a load. Where flow has work of its own (a `coreid` every
  /// address waits for, selections as `vselect`), load first: a constant
  /// on flow would delay that work, even where it is a small share of the
  /// floor. Measurements: docs/scheduler.md (engine balancing).
  void planConstantEngine() {
    if (!vp.zero)
      return;
    machine::OpMix mix = slotMix(program);
    double constants = 0;
    for (VirtualOp slot : program.getBody().front().getOps<VirtualOp>()) {
      if (isZeroConstant(slot)) // the zero word: no slot
        mix[Engine::Load] -= slot.getNumSlots();
      else if (slot.getKind() == SlotKind::Const)
        constants += slot.getNumSlots();
    }
    constantsOnFlow =
        mix[Engine::Flow] == 0 && constants <= machine::resourceFloor(mix);
  }

  /// A VALU op that reads a broadcast nothing else reads: split, it makes
  /// that broadcast unnecessary (one VALU op fewer).
  static bool readsOwnBroadcast(VirtualOp slot) {
    return slot.getKind() == SlotKind::Valu &&
           llvm::any_of(slot.getInputs(), [](mlir::Value v) {
             VirtualOp b = broadcastOf(v);
             return b && b->hasOneUse();
           });
  }

  /// Marks every `n`-th of `ops` as split.
  void splitEveryNth(ArrayRef<VirtualOp> ops, size_t n) {
    for (size_t i = n - 1; i < ops.size(); i += n)
      splitOps.insert(ops[i]);
  }

  /// Marks `count` of `ops` as split, spread evenly over them.
  void splitEvenly(ArrayRef<VirtualOp> ops, uint64_t count) {
    for (uint64_t i = 0, n = ops.size(); i < n; ++i)
      if ((i + 1) * count / n > i * count / n)
        splitOps.insert(ops[i]);
  }

  /// Which lane-wise VALU ops become 8 ALU ops each. With `alu-share=N`,
  /// every N-th. Otherwise, by the machine cost model, as many as balance
  /// the floors of the V VALU and A ALU ops: first ops that read a
  /// broadcast of their own (each split also removes the broadcast:
  /// (V - 2x) / 6 = (A + 8x) / 12), then others ((V - x) / 6 = (A + 8x) /
  /// 12), at most one in kMaxShare of those.
  void planAluSplit(ArrayRef<Operation *> order) {
    SmallVector<VirtualOp> forms, ownBroadcast, others;
    machine::OpMix mix;
    for (Operation *op : order) {
      addSlots(mix, op);
      if (auto slot = dyn_cast<VirtualOp>(op); slot && hasAluForm(slot))
        forms.push_back(slot);
    }
    double valu = mix[Engine::Valu], alu = mix[Engine::Alu];
    // Where the ALU's own work (ALU-only ops: address arithmetic, lane
    // copies) already binds, a VALU op run as 8 ALU ops where the ALU is
    // free for the moment only takes ALU slots that are short later.
    aluAlternatives =
        alu / getSlotLimit(Engine::Alu) < valu / getSlotLimit(Engine::Valu);
    if (options.aluShare > 0) {
      splitEveryNth(forms, size_t(options.aluShare));
    } else if (options.aluShare < 0) {
      for (VirtualOp slot : forms)
        if (readsOwnBroadcast(slot))
          ownBroadcast.push_back(slot);
      double lv = getSlotLimit(Engine::Valu), la = getSlotLimit(Engine::Alu);
      double own = (la * valu - lv * alu) / (2 * la + kVectorLength * lv);
      uint64_t first = uint64_t(
          std::clamp(own, 0.0, double(ownBroadcast.size())));
      splitEvenly(ownBroadcast, first);
      for (VirtualOp slot : forms)
        if (!splitOps.contains(slot))
          others.push_back(slot);
      valu -= 2.0 * first;
      alu += double(kVectorLength) * first;
      double x = (la * valu - lv * alu) / (la + kVectorLength * lv);
      if (x >= double(others.size()) / kMaxShare)
        splitEveryNth(others, kMaxShare);
      else
        splitEvenly(others, uint64_t(std::max(x, 0.0)));
    }
    // The broadcasts the ops split for them no longer need. Only those:
    // eliding also where the even spread happens to split every reader
    // made schedules longer (docs/scheduler.md, engine balancing).
    for (VirtualOp op : ownBroadcast) {
      if (!splitOps.contains(op))
        continue;
      for (mlir::Value input : op.getInputs())
        if (VirtualOp b = broadcastOf(input))
          if (llvm::all_of(b->getUsers(), [&](Operation *user) {
                return splitOps.contains(user);
              }))
            vp.elidedBroadcasts.insert(b);
    }
  }

  /// Placed just before its first reader, and copied for a far one
  /// (placeConstantInputs): a constant computation, and with
  /// rematerializeBroadcasts any broadcast of a word (or of a vector's
  /// lane, which keeps that vector live instead: 8 words for 8 lanes).
  bool isMovable(VirtualOp slot) const {
    return isConstantComputation(slot) ||
           (options.rematerializeBroadcasts &&
            slot.getKind() == SlotKind::VBroadcast && !slot.getLanes());
  }

  /// Program order for the scheduler: constants (and vector loads of
  /// read-only regions, findSinkableLoads) sink to just before their first
  /// reader, so that program-order scratch pressure (which bounds
  /// out-of-order issue) does not count every hoisted constant as live from
  /// the start.
  SmallVector<Operation *> programOrder() {
    SmallVector<Operation *> order;
    DenseMap<Operation *, size_t> placed;
    findSinkableLoads();
    // Which ops move is decided once, before any moves: whether a
    // broadcast is a constant computation depends on its uses, which
    // copies change, and an op kept in place that later looked movable
    // was placed a second time (two problem operations of one slot, both
    // writing its value's words: a wrong program).
    for (Operation &op : program.getBody().front())
      if (auto slot = dyn_cast<VirtualOp>(op); slot && isMovable(slot))
        movable.insert(slot);
    for (Operation &op : program.getBody().front()) {
      auto slot = dyn_cast<VirtualOp>(op);
      if (slot && (movable.contains(slot) || sinkable.contains(slot)) &&
          !slot->use_empty())
        continue;
      placeConstantInputs(&op, order, placed);
      order.push_back(&op);
    }
    return order;
  }

  /// Vector loads at constant addresses from regions no store of the
  /// program may write (a named region nothing stores to, in a program
  /// without barriers whose stores all name their regions): like constant
  /// computations, they are placed just before their first reader, not
  /// where hoisting put them (the start), and they have no memory
  /// dependences to keep in order. Word loads stay where they are: moved
  /// too, they lengthened gather-heavy programs (docs/scheduler.md).
  DenseSet<Operation *> sinkable;
  /// The ops isMovable chose at the start of programOrder (and copies).
  DenseSet<Operation *> movable;
  /// The latest copy of each constant computation copied for a far
  /// reader.
  DenseMap<Operation *, Operation *> copies;
  void findSinkableLoads() {
    DenseSet<StringRef> written;
    Block &body = program.getBody().front();
    for (Operation &op : body) {
      auto slot = dyn_cast<VirtualOp>(op);
      if (isa<BarrierOp>(op))
        return;
      if (!slot)
        continue;
      SlotKind k = slot.getKind();
      if (k == SlotKind::Store || k == SlotKind::VStore) {
        if (!slot.getRegion())
          return;
        written.insert(*slot.getRegion());
      }
    }
    for (Operation &op : body) {
      auto slot = dyn_cast<VirtualOp>(op);
      if (!slot || slot.getLanes() || !slot.getRegion() ||
          slot.getKind() != SlotKind::VLoad ||
          written.contains(*slot.getRegion()))
        continue;
      if (llvm::all_of(slot.getInputs(), [](mlir::Value v) {
            auto def = v.getDefiningOp<VirtualOp>();
            return def && isConstantComputation(def);
          }))
        sinkable.insert(slot);
    }
  }

  /// Places the constant computations `op` reads just before it. One placed
  /// long ago is recomputed instead (a fresh copy for this reader): keeping
  /// it live would hold scratch for its whole range, and scratch is what
  /// bounds how much work can be in flight. A sinkable load is placed
  /// once, before its first reader.
  void placeConstantInputs(Operation *op, SmallVectorImpl<Operation *> &order,
                           DenseMap<Operation *, size_t> &placedAt) {
    for (OpOperand &use : op->getOpOperands()) {
      auto def = use.get().getDefiningOp<VirtualOp>();
      if (!def || isZeroConstant(def))
        continue;
      bool load = sinkable.contains(def);
      if (!load && !movable.contains(def))
        continue;
      auto it = placedAt.find(def);
      if (it != placedAt.end() && load)
        continue;
      if (it != placedAt.end()) {
        if (order.size() - it->second <= options.rematerializeDistance)
          continue;
        // The copy made for an earlier far reader serves this one too
        // while it is near (one copy per stretch of the program, not one
        // per reader: zoo/stencil 4096/3 had 7,469 copies of 2,928
        // constants).
        if (auto c = copies.find(def); c != copies.end()) {
          auto at = placedAt.find(c->second);
          if (at != placedAt.end() &&
              order.size() - at->second <= options.rematerializeDistance) {
            use.set(c->second->getResult(0));
            continue;
          }
        }
        OpBuilder builder(op);
        // A word whose value is known is one constant again, not its
        // chain of adds copied: a chain (address k from address k - 1)
        // copied per far reader grows with the reader's position, the
        // whole program quadratically (zoo/stencil 2048/3 had 151,387 ALU
        // ops and 51,581 cycles).
        VirtualOp copy;
        std::optional<uint32_t> value = wordValue(def);
        if (value && *value != 0) // (zero is the preset word: placeZero)
          copy = builder.create<VirtualOp>(
              def.getLoc(), SlotKind::Const, def->getResultTypes(),
              ValueRange{}, ArrayRef<int64_t>{int64_t(*value)});
        else
          copy = cast<VirtualOp>(builder.clone(*def));
        use.set(copy.getResult(0));
        movable.insert(copy);
        copies[def] = copy;
        def = copy;
      }
      placeConstantInputs(def, order, placedAt);
      placedAt[def] = order.size();
      order.push_back(def);
    }
  }

  /// The value of a word computed from constants by binary ALU ops (no
  /// division: a zero divisor is the machine's fault to report).
  std::optional<uint32_t> wordValue(VirtualOp op) {
    if (auto it = wordValues.find(op); it != wordValues.end())
      return it->second;
    std::optional<uint32_t> value;
    if (!op.getLanes() && !op.getInputLanes() && op->getNumResults() == 1 &&
        op->getResult(0).getType().isInteger(32)) {
      if (isConstant(op)) {
        value = uint32_t(op.getImmediateValues()[0]);
      } else if (op.getKind() == SlotKind::Alu && op.getOpcode() &&
                 !machine::isDivision(*op.getOpcode()) &&
                 op.getInputs().size() == 2) {
        auto a = op.getInputs()[0].getDefiningOp<VirtualOp>();
        auto b = op.getInputs()[1].getDefiningOp<VirtualOp>();
        std::optional<uint32_t> x = a ? wordValue(a) : std::nullopt;
        std::optional<uint32_t> y = b ? wordValue(b) : std::nullopt;
        if (x && y)
          value = machine::evalBinary(*op.getOpcode(), *x, *y);
      }
    }
    wordValues[op] = value;
    return value;
  }
  DenseMap<Operation *, std::optional<uint32_t>> wordValues;

  /// Constants may also come from the flow engine, as `add_imm` to a word
  /// holding zero, when the load engine is full. Scratch starts all zero,
  /// so that word is no operation: a preset value (sched::Value::preset)
  /// the scheduler gives a word nothing has written. Every `const 0` of the
  /// program is that word, and every other constant reads it.
  void placeZero(SmallVectorImpl<Operation *> &order) {
    auto isZero = [](Operation *op) {
      auto slot = dyn_cast<VirtualOp>(op);
      return slot && isZeroConstant(slot);
    };
    Block &body = program.getBody().front();
    bool anyConstant = llvm::any_of(body, [](Operation &op) {
      auto slot = dyn_cast<VirtualOp>(&op);
      return slot && slot.getKind() == SlotKind::Const;
    });
    if (!anyConstant)
      return;
    auto zeroIt = llvm::find_if(body, [&](Operation &op) { return isZero(&op); });
    if (zeroIt == body.end()) {
      OpBuilder builder(&body, body.begin());
      vp.zero = builder
                    .create<VirtualOp>(program.getLoc(), SlotKind::Const,
                                       builder.getI32Type(), ValueRange{},
                                       ArrayRef<int64_t>{0})
                    .getResult(0);
    } else {
      vp.zero = zeroIt->getResult(0);
    }
    // Every other `const 0` is the same word.
    for (Operation &op : body)
      if (isZero(&op) && op.getResult(0) != vp.zero)
        op.getResult(0).replaceAllUsesWith(vp.zero);
    llvm::erase_if(order, isZero);
    vp.valueIds[vp.zero] = vp.problem.addPresetZero();
  }

  /// A barrier: one operation with the protocol's temporaries, ordered
  /// after everything before it (and after the previous barrier).
  void addBarrier(BarrierOp barrier) {
    sched::Problem &problem = vp.problem;
    SmallVector<unsigned, 8> temps;
    for (unsigned width : getBarrierTempWidths())
      temps.push_back(problem.addValue(width));
    unsigned id = problem.addOperation(
        barrierResource,
        {vp.valueIds.lookup(barrier.getFlags()),
         vp.valueIds.lookup(barrier.getCore())},
        temps);
    for (unsigned prev = firstSinceBarrier; prev < id; ++prev)
      problem.addDependence(prev, id, machine::kLatency);
    if (lastBarrier != ~0u && firstSinceBarrier == id)
      problem.addDependence(lastBarrier, id, machine::kLatency);
    vp.barrierTemps[barrier] = temps;
    lastBarrier = id;
    firstSinceBarrier = id + 1;
    vp.ops.push_back({barrier, 0});
  }

  /// Orders problem operation `id` after the last barrier (if any).
  void afterBarrier(unsigned id) {
    if (lastBarrier != ~0u)
      vp.problem.addDependence(lastBarrier, id, machine::kLatency);
  }

  /// A lane constant, lane by lane (planLanes): a zero lane is an ALU add
  /// of the zero word to itself, free from cycle 0; a lane made from two
  /// others is an ALU op after them (a dependence on each: it reads their
  /// words of the value it writes, which is live from its first write).
  /// Own and zero lanes come first in program order, as dependences must.
  void addLaneConstant(VirtualOp slot, ArrayRef<unsigned> operands,
                       ArrayRef<unsigned> results) {
    sched::Problem &problem = vp.problem;
    SmallVector<uint32_t, 8> values;
    for (unsigned lane = 0; lane < slot.getNumSlots(); ++lane)
      values.push_back(slot.getSlotImmediates(lane)[0]);
    SmallVector<LanePlan, 8> plan = planLanes(
        values, getSlotLimit(Engine::Load) + getSlotLimit(Engine::Flow));
    SmallVector<unsigned, 8> opOfLane(values.size(), ~0u);
    unsigned zero = vp.valueIds.lookup(vp.zero);
    for (bool derived : {false, true}) {
      for (unsigned lane = 0; lane < values.size(); ++lane) {
        const LanePlan &lp = plan[lane];
        bool isDerived =
            lp.kind == LanePlan::Sum || lp.kind == LanePlan::Difference;
        if (isDerived != derived)
          continue;
        SlotRef ref{slot, lane};
        unsigned id;
        if (lp.kind == LanePlan::Own) {
          id = problem.addOperation(static_cast<unsigned>(Engine::Load),
                                    operands, results);
          sched::Operation &op = problem.operations[id];
          op.altResource = static_cast<unsigned>(Engine::Flow);
          op.altSlots = 1;
          if (constantsOnFlow)
            std::swap(op.resource, op.altResource);
        } else if (lp.kind == LanePlan::Zero) {
          id = problem.addOperation(static_cast<unsigned>(Engine::Alu),
                                    {zero, zero}, results);
          ref.zeroLane = true;
        } else {
          id = problem.addOperation(static_cast<unsigned>(Engine::Alu), {},
                                    results);
          problem.addDependence(opOfLane[lp.a], id, machine::kLatency);
          problem.addDependence(opOfLane[lp.b], id, machine::kLatency);
          ref.fromLanes = {static_cast<int8_t>(lp.a),
                           static_cast<int8_t>(lp.b)};
          ref.difference = lp.kind == LanePlan::Difference;
        }
        opOfLane[lane] = id;
        vp.ops.push_back(ref);
        afterBarrier(id);
      }
    }
  }

  void addSlot(VirtualOp slot) {
    sched::Problem &problem = vp.problem;
    if (vp.elidedBroadcasts.contains(slot))
      return;
    bool split = splitOps.contains(slot);
    SmallVector<unsigned, 4> operands, results;
    for (mlir::Value input : slot.getInputs()) {
      // A split op's lanes read an elided broadcast's word (EmitProgram).
      VirtualOp b = elidedBroadcastOf(vp, input);
      operands.push_back(vp.valueIds.lookup(b ? b.getInputs()[0] : input));
    }
    bool flowConstant =
        vp.zero && slot.getKind() == SlotKind::Const &&
        slot.getResult(0) != vp.zero;
    if (flowConstant)
      operands.push_back(vp.valueIds.lookup(vp.zero));
    for (mlir::Value result : slot.getResults()) {
      unsigned id = addResultValue(result);
      vp.valueIds[result] = id;
      results.push_back(id);
    }
    // Engine balancing, static part: a share of the lane-wise VALU ops
    // becomes 8 independent ALU ops (one per lane), which the scheduler
    // packs into whatever ALU slots are free: by default as many as make
    // the two engines' floors equal (planAluSplit), or every n-th.
    if (split) {
      for (unsigned lane = 0; lane < kVectorLength; ++lane) {
        unsigned id = problem.addOperation(static_cast<unsigned>(Engine::Alu),
                                           operands, results);
        vp.ops.push_back({slot, lane, /*aluLane=*/true});
        afterBarrier(id);
      }
      return;
    }
    if (flowConstant && slot.getLanes()) {
      addLaneConstant(slot, operands, results);
      return;
    }
    for (unsigned lane = 0; lane < slot.getNumSlots(); ++lane) {
      unsigned id = problem.addOperation(
          static_cast<unsigned>(slot.getEngine()), operands, results);
      sched::Operation &op = problem.operations[id];
      // Engine balancing: a lane-wise VALU op can also run as one ALU op
      // per lane when the VALU is full and the ALU has room.
      if (aluAlternatives && hasAluForm(slot)) {
        op.altResource = static_cast<unsigned>(Engine::Alu);
        op.altSlots = kVectorLength;
        // Spread over two cycles only where most lanes fit now: the
        // readers wait for the last lane (started with 1 or 4 lanes free,
        // the headline took 1,011 cycles instead of 1,009; docs/scheduler.md).
        if (options.spreadAlternatives)
          op.altFirstSlots = kVectorLength - kVectorLength / 4;
      }
      if (flowConstant) {
        op.altResource = static_cast<unsigned>(Engine::Flow);
        op.altSlots = 1;
        if (constantsOnFlow)
          std::swap(op.resource, op.altResource);
      }
      vp.ops.push_back({slot, lane});
      memory.add(problem, slot, id);
      afterBarrier(id);
    }
  }
};

} // namespace

VirtualProblem xyz::vliw::buildProblem(VProgramOp program,
                                       const ProblemOptions &options) {
  return ProblemBuilder(program, options).build();
}
