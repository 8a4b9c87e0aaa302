//===- BoundedRanges.cpp - Integer range passes, bounded and made safe ----===//
//
// The upstream passes driven by integer range analysis
// (--int-range-optimizations, or --arith-unsigned-when-equivalent with
// `unsigned-when-equivalent`) on a module of at most `max-ops` operations
// (see XYZPasses.td): their time grows quadratically with long dependence
// chains, and what they do is optional.
//
// LLVM 19's range of `arith.xori` is wrong for integers wider than i1
// (llvm/llvm-project#82168, fixed upstream after the 19 release by
// limiting it to i1): it takes the xor of the operands' bounds as the
// result's bounds, so x ^ -1000 with x unknown gets a range that excludes
// values it takes, and a comparison of it with a constant is folded to a
// wrong constant (`x < -1000` after --xyz-expand-signed-arith, which flips
// the sign bit with an xor, always false). The analysis is run with those
// xors hidden: each becomes an op without range inference (its result
// has the full range) and is restored afterwards.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZBOUNDEDRANGES
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;

namespace {
/// Marks the ops that stand for a hidden xor.
constexpr llvm::StringLiteral kHiddenXor = "xyz.hidden_xori";

/// Replaces every xor wider than i1 by an unrealized cast of its two
/// operands (no range inference: the analysis gives it the full range).
void hideXors(ModuleOp module) {
  SmallVector<arith::XOrIOp> xors;
  module.walk([&](arith::XOrIOp op) {
    if (getElementTypeOrSelf(op.getType()).getIntOrFloatBitWidth() > 1)
      xors.push_back(op);
  });
  for (arith::XOrIOp op : xors) {
    OpBuilder builder(op);
    auto hidden = builder.create<UnrealizedConversionCastOp>(
        op.getLoc(), op.getType(), ValueRange{op.getLhs(), op.getRhs()});
    hidden->setAttr(kHiddenXor, builder.getUnitAttr());
    op.replaceAllUsesWith(hidden.getResult(0));
    op.erase();
  }
}

/// Turns the ops hideXors made back into xors.
void restoreXors(ModuleOp module) {
  SmallVector<UnrealizedConversionCastOp> hidden;
  module.walk([&](UnrealizedConversionCastOp op) {
    if (op->hasAttr(kHiddenXor))
      hidden.push_back(op);
  });
  for (UnrealizedConversionCastOp op : hidden) {
    OpBuilder builder(op);
    auto xorOp = builder.create<arith::XOrIOp>(op.getLoc(), op.getOperand(0),
                                               op.getOperand(1));
    op.getResult(0).replaceAllUsesWith(xorOp.getResult());
    op.erase();
  }
}

struct BoundedRangesPass
    : public xyz::impl::XYZBoundedRangesBase<BoundedRangesPass> {
  using XYZBoundedRangesBase::XYZBoundedRangesBase;

  void runOnOperation() override {
    uint64_t ops = 0;
    getOperation()->walk([&](Operation *) { ++ops; });
    if (ops > maxOps) {
      markAllAnalysesPreserved();
      return;
    }
    OpPassManager pm(ModuleOp::getOperationName());
    if (unsignedWhenEquivalent)
      pm.addPass(arith::createArithUnsignedWhenEquivalentPass());
    else
      pm.addPass(arith::createIntRangeOptimizationsPass());
    hideXors(getOperation());
    LogicalResult result = runPipeline(pm, getOperation());
    restoreXors(getOperation());
    if (failed(result))
      signalPassFailure();
  }
};
} // namespace
