//===- DropRegions.cpp - Erase the memory-image declarations --------------===//
//
// `xyz.region` ops describe the memory image a kernel runs on, for the tools
// (xyz-interp's random images and its check of compiled programs); they have
// no run-time effect. The compiler erases them right after specialization.
//
//===----------------------------------------------------------------------===//

#include "xyz/Analysis/OpDepth.h"
#include "xyz/Analysis/ThreadUniformity.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZDROPREGIONS
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {
struct DropRegionsPass
    : public xyz::impl::XYZDropRegionsBase<DropRegionsPass> {
  void runOnOperation() override {
    for (RegionOp op : llvm::make_early_inc_range(
             getOperation().getBody().getOps<RegionOp>()))
      op.erase();
    // Declarations have no results: no value changes its uniformity or depth.
    markAnalysesPreserved<ThreadUniformity, OpDepth>();
  }
};
} // namespace
