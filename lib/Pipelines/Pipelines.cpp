//===- Pipelines.cpp - Named pass pipelines -------------------------------===//
//
// The compiler's stages in order. Specialization binds any parameters that
// still have only defaults; the thread dimension is then expanded, lowered
// to virtual slots, and scheduled into bundles with scratch allocation.
//
//===----------------------------------------------------------------------===//

#include "xyz/Pipelines/Pipelines.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"
#include "xyz/Conversion/Passes.h"
#include "xyz/Dialect/VLIW/VLIWPasses.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

using namespace mlir;

void xyz::buildSchedulePipeline(OpPassManager &pm) {
  pm.addPass(xyz::createXYZSpecialize());
  pm.addPass(xyz::createXYZVectorize());
  pm.addPass(xyz::createXYZExpandThreads());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(xyz::createConvertXYZToVLIW());
  pm.addPass(createCSEPass());
  pm.addPass(vliw::createVLIWSchedule());
}

void xyz::registerXYZPipelines() {
  PassPipelineRegistration<>(
      "xyz-schedule",
      "Compile a kernel to bundles: specialize (defaults), expand threads, "
      "lower to vliw, schedule and allocate scratch",
      buildSchedulePipeline);
}
