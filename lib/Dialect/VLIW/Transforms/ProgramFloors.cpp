//===- ProgramFloors.cpp - Floors of a virtual program --------------------===//

#include "ProgramFloors.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>

using namespace mlir;

namespace xyz::vliw {

bool isConstantComputation(VirtualOp slot) {
  if (slot.getKind() == SlotKind::Const)
    return true;
  bool computes = slot.getKind() == SlotKind::Alu ||
                  slot.getKind() == SlotKind::Valu ||
                  (slot.getKind() == SlotKind::VBroadcast && slot->hasOneUse());
  return computes && !slot.getLanes() && !slot.getInputLanes() &&
         llvm::all_of(slot.getInputs(), [](Value v) {
           auto def = v.getDefiningOp<VirtualOp>();
           return def && isConstantComputation(def);
         });
}

bool isWordInPlace(FromWordsOp fromWords, unsigned lane) {
  if (fromWords.getInputLane(lane) >= 0)
    return false;
  Value word = fromWords.getWords()[lane];
  auto def = word.getDefiningOp<VirtualOp>();
  if (!def || def->getNumResults() != 1 || isa<VectorType>(word.getType()) ||
      def.getLanes() || isConstantComputation(def))
    return false;
  unsigned holders = 0;
  for (OpOperand &use : word.getUses())
    holders += isa<FromWordsOp>(use.getOwner());
  return holders == 1;
}

void addSlots(machine::OpMix &mix, Operation *op) {
  if (auto slot = dyn_cast<VirtualOp>(op)) {
    mix[slot.getEngine()] += slot.getNumSlots();
  } else if (auto fromWords = dyn_cast<FromWordsOp>(op)) {
    for (unsigned lane = 0, e = fromWords.getWords().size(); lane < e; ++lane)
      mix[Engine::Alu] += isWordInPlace(fromWords, lane) ? 0 : 1;
  }
}

machine::OpMix slotMix(VProgramOp program) {
  machine::OpMix mix;
  for (Operation &op : program.getBody().front())
    addSlots(mix, &op);
  return mix;
}

unsigned criticalPath(VProgramOp program) {
  DenseMap<Value, unsigned> depth;
  unsigned longest = 0, barrier = 0;
  for (Operation &op : program.getBody().front()) {
    unsigned d = barrier + 1;
    if (isa<BarrierOp>(op))
      d = barrier = longest + 1;
    for (Value input : op.getOperands())
      d = std::max(d, depth.lookup(input) + 1);
    for (Value result : op.getResults())
      depth[result] = d;
    longest = std::max(longest, d);
  }
  return longest;
}

std::pair<uint32_t, unsigned> mostCommonStep(ArrayRef<uint32_t> values) {
  SmallVector<uint32_t> sorted(values.begin(), values.end());
  llvm::sort(sorted);
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  DenseMap<uint32_t, unsigned> counts;
  uint32_t step = 0;
  unsigned best = 0;
  for (size_t i = 1; i < sorted.size(); ++i) {
    uint32_t d = sorted[i] - sorted[i - 1];
    if (++counts[d] > best) {
      best = counts[d];
      step = d;
    }
  }
  return {step, best};
}

} // namespace xyz::vliw
