//===- EmitProgram.cpp - A solved scheduling problem as bundles -----------===//
//
// Each cycle of the solution becomes a vliw.bundle of its slots in engine
// order, with the scratch addresses of the solution in place of SSA values:
// a `lanes` slot works on its lane of every vector value, a VALU op on its
// alternative engine becomes 8 ALU slots, a constant (or one lane of a
// `lanes const`) on the flow engine an `add_imm` to the zero word, a zero
// lane of one an ALU add of the zero word to itself. A
// barrier's cycle becomes its flag protocol (BarrierProtocol.h).
//
//===----------------------------------------------------------------------===//

#include "BarrierProtocol.h"
#include "VirtualProblem.h"
#include "xyz/Dialect/VLIW/MachineDesc.h"

using namespace mlir;
using namespace xyz;
using namespace xyz::vliw;

namespace {

class ProgramEmitter {
public:
  ProgramEmitter(const VirtualProblem &vp, const sched::Solution &solution,
                 EngineCounts &counts)
      : vp(vp), solution(solution), counts(counts) {}

  ProgramOp emit(Operation *container) {
    OpBuilder builder(container);
    auto program = builder.create<ProgramOp>(container->getLoc());
    Block *programBody = new Block();
    program.getBody().push_back(programBody);
    // Slots of each bundle, in engine order: (operation, -1), or for an
    // alternative spread over several cycles (operation, lane) in each of
    // its lanes' cycles.
    std::vector<SmallVector<std::pair<unsigned, int>>> bundles(
        solution.numCycles);
    for (unsigned i = 0; i < vp.ops.size(); ++i) {
      if (i < solution.spread.size() && !solution.spread[i].empty()) {
        for (auto [lane, c] : llvm::enumerate(solution.spread[i]))
          bundles[c].push_back({i, int(lane)});
        continue;
      }
      bundles[solution.cycle[i]].push_back({i, -1});
    }
    counts.assign(kNumEngines, 0);
    for (auto &slots : bundles) {
      llvm::stable_sort(slots, [&](auto a, auto b) {
        return engineOf(a.first) < engineOf(b.first);
      });
      builder.setInsertionPointToEnd(programBody);
      if (slots.size() == 1 && isa<BarrierOp>(vp.ops[slots[0].first].op)) {
        emitBarrier(builder, programBody,
                    cast<BarrierOp>(vp.ops[slots[0].first].op));
        continue;
      }
      auto bundle = builder.create<BundleOp>(container->getLoc(), ArrayAttr());
      Block *slotBlock = new Block();
      bundle.getBody().push_back(slotBlock);
      builder.setInsertionPointToEnd(slotBlock);
      for (auto [i, lane] : slots)
        emitSlot(builder, i, lane);
    }
    return program;
  }

private:
  const VirtualProblem &vp;
  const sched::Solution &solution;
  EngineCounts &counts;

  unsigned engineOf(unsigned i) const {
    const sched::Operation &op = vp.problem.operations[i];
    return solution.alternative[i] ? op.altResource : op.resource;
  }

  int64_t addressOf(mlir::Value value) const {
    return solution.address[vp.valueIds.lookup(value)];
  }

  void emitBarrier(OpBuilder &builder, Block *programBody, BarrierOp barrier) {
    SmallVector<int64_t, 8> temps;
    for (unsigned v : vp.barrierTemps.lookup(barrier))
      temps.push_back(solution.address[v]);
    expandBarrier(builder, programBody, barrier, addressOf(barrier.getFlags()),
                  addressOf(barrier.getCore()), temps);
  }

  /// Problem operation `i` as machine slots of the current bundle (only
  /// lane `spreadLane` of a spread alternative, if not -1).
  void emitSlot(OpBuilder &builder, unsigned i, int spreadLane) {
    if (auto fromWords = dyn_cast<FromWordsOp>(vp.ops[i].op)) {
      unsigned lane = vp.ops[i].lane;
      int64_t word = addressOf(fromWords.getWords()[lane]) +
                     std::max<int64_t>(fromWords.getInputLane(lane), 0);
      buildSlotOp(builder, fromWords.getLoc(), SlotKind::Alu, BinaryOpcode::Or,
                  {addressOf(fromWords.getResult()) + lane, word, word});
      ++counts[static_cast<unsigned>(Engine::Alu)];
      return;
    }
    VirtualOp slot = cast<VirtualOp>(vp.ops[i].op);
    unsigned lane = vp.ops[i].lane;
    // A `lanes` slot works on its lane of every vector value.
    auto slotAddress = [&](mlir::Value value) {
      int64_t addr = addressOf(value);
      return isa<VectorType>(value.getType()) && slot.getLanes() ? addr + lane
                                                                 : addr;
    };
    if (vp.ops[i].zeroLane) {
      int64_t zero = addressOf(vp.zero);
      buildSlotOp(builder, slot.getLoc(), SlotKind::Alu, BinaryOpcode::Add,
                  {slotAddress(slot.getResult(0)), zero, zero});
      ++counts[static_cast<unsigned>(Engine::Alu)];
      return;
    }
    if (vp.ops[i].fromLanes[0] >= 0) {
      int64_t base = addressOf(slot.getResult(0));
      buildSlotOp(builder, slot.getLoc(), SlotKind::Alu,
                  vp.ops[i].difference ? BinaryOpcode::Sub : BinaryOpcode::Add,
                  {base + lane, base + vp.ops[i].fromLanes[0],
                   base + vp.ops[i].fromLanes[1]});
      ++counts[static_cast<unsigned>(Engine::Alu)];
      return;
    }
    if (vp.ops[i].aluLane) {
      emitLaneOnAlu(builder, slot, lane, slotAddress, &vp);
      ++counts[static_cast<unsigned>(Engine::Alu)];
      return;
    }
    if (engineOf(i) == static_cast<unsigned>(Engine::Flow) &&
        slot.getKind() == SlotKind::Const) {
      buildSlotOp(builder, slot.getLoc(), SlotKind::AddImm, BinaryOpcode::Add,
                  {slotAddress(slot.getResult(0)), slotAddress(vp.zero),
                   slot.getSlotImmediates(lane)[0]});
      ++counts[static_cast<unsigned>(Engine::Flow)];
      return;
    }
    if (solution.alternative[i] &&
        engineOf(i) == static_cast<unsigned>(Engine::Alu)) {
      if (spreadLane >= 0) {
        emitLaneOnAlu(builder, slot, unsigned(spreadLane), slotAddress);
        ++counts[static_cast<unsigned>(Engine::Alu)];
        return;
      }
      for (unsigned l = 0; l < kVectorLength; ++l)
        emitLaneOnAlu(builder, slot, l, slotAddress);
      counts[static_cast<unsigned>(Engine::Alu)] += kVectorLength;
      return;
    }
    ++counts[engineOf(i)];
    // Operands in role order: writes take result addresses, reads take
    // input addresses, the rest are immediates.
    SmallVector<int64_t, 4> operands;
    ArrayRef<int64_t> imms = slot.getSlotImmediates(lane);
    unsigned nextIn = 0, nextOut = 0, nextImm = 0;
    for (OperandRole role : getSlotInfo(slot.getKind()).roles) {
      if (getRoleWidth(role) == 0)
        operands.push_back(imms[nextImm++]);
      else if (isRoleWrite(role))
        operands.push_back(slotAddress(slot.getResult(nextOut++)));
      else {
        // `from_lanes`: a lane's word of a vector input.
        int64_t fromLane = slot.getInputLane(nextIn);
        operands.push_back(slotAddress(slot.getInputs()[nextIn++]) +
                           std::max<int64_t>(fromLane, 0));
      }
    }
    buildSlotOp(builder, slot.getLoc(), slot.getKind(),
                slot.getOpcode().value_or(BinaryOpcode::Add), operands);
  }

  /// The word a broadcast copies (its word may be a lane of a vector:
  /// `from_lanes`).
  template <typename AddressFn>
  static int64_t broadcastWord(VirtualOp broadcast, AddressFn addressOf) {
    return addressOf(broadcast.getInputs()[0]) +
           std::max<int64_t>(broadcast.getInputLane(0), 0);
  }

  /// One lane of a VALU op as an ALU slot. For a split op (`split` is the
  /// problem), an input made by a broadcast the problem elides is read as
  /// the broadcast's word.
  template <typename AddressFn>
  static void emitLaneOnAlu(OpBuilder &builder, VirtualOp slot, unsigned lane,
                            AddressFn addressOf,
                            const VirtualProblem *split = nullptr) {
    int64_t dest = addressOf(slot.getResult(0));
    if (slot.getKind() == SlotKind::VBroadcast) {
      int64_t src = broadcastWord(slot, addressOf);
      buildSlotOp(builder, slot.getLoc(), SlotKind::Alu, BinaryOpcode::Or,
                  {dest + lane, src, src});
      return;
    }
    auto input = [&](unsigned k) {
      mlir::Value v = slot.getInputs()[k];
      if (VirtualOp b = split ? elidedBroadcastOf(*split, v) : VirtualOp())
        return broadcastWord(b, addressOf);
      return addressOf(v) + lane;
    };
    buildSlotOp(builder, slot.getLoc(), SlotKind::Alu, *slot.getOpcode(),
                {dest + lane, input(0), input(1)});
  }
};

} // namespace

ProgramOp xyz::vliw::emitProgram(Operation *container,
                                 const VirtualProblem &vp,
                                 const sched::Solution &solution,
                                 EngineCounts &counts) {
  return ProgramEmitter(vp, solution, counts).emit(container);
}
