//===- ProgramFloors.cpp - Floors of a virtual program --------------------===//

#include "ProgramFloors.h"
#include "llvm/ADT/DenseMap.h"

using namespace mlir;

namespace xyz::vliw {

machine::OpMix slotMix(VProgramOp program) {
  machine::OpMix mix;
  for (VirtualOp op : program.getBody().front().getOps<VirtualOp>())
    mix[op.getEngine()] += op.getNumSlots();
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

} // namespace xyz::vliw
