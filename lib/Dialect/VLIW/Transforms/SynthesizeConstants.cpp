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
//===----------------------------------------------------------------------===//

#include "xyz/Dialect/VLIW/VLIWPasses.h"
#include "llvm/ADT/DenseMap.h"

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
    if (!constants.empty())
      synthesize(constants);
  }

  void synthesize(SmallVector<VirtualOp> &constants) {
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
      unsigned bestDepth = maxDepth + 1;
      for (uint32_t a : values) {
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
      if (bestDepth > maxDepth) {
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
    }
  }
};
} // namespace
