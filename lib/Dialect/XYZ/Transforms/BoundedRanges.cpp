//===- BoundedRanges.cpp - Integer range optimizations, bounded -----------===//
//
// The upstream --int-range-optimizations on a module of at most `max-ops`
// operations (see XYZPasses.td): its time grows quadratically with long
// dependence chains, and what it does is optional.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZBOUNDEDRANGES
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;

namespace {
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
    pm.addPass(arith::createIntRangeOptimizationsPass());
    if (failed(runPipeline(pm, getOperation())))
      signalPassFailure();
  }
};
} // namespace
