//===- DropRegions.cpp - Erase the memory-image declarations --------------===//
//
// `xyz.region` ops describe the memory image a kernel runs on, for the tools
// (xyz-interp's random images and its check of compiled programs); they have
// no run-time effect. The compiler erases them right after specialization,
// keeping one fact: the image holds at least the words up to the end of the
// furthest region (`xyz.image_words` on the kernel, when every base and
// size is a constant), so a load below it cannot fault
// (--xyz-if-convert runs such loads unconditionally).
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/Matchers.h"
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
    KernelOp kernel = getOperation();
    std::optional<uint64_t> words = uint64_t(0);
    for (RegionOp op :
         llvm::make_early_inc_range(kernel.getBody().getOps<RegionOp>())) {
      APInt base, size(32, op.getWords().size());
      if (!matchPattern(op.getBase(), m_ConstantInt(&base)) ||
          (op.getSize() && !matchPattern(op.getSize(), m_ConstantInt(&size))))
        words.reset();
      else if (words)
        words = std::max(*words, base.getZExtValue() + size.getZExtValue());
      op.erase();
    }
    if (words && *words)
      kernel->setAttr(XYZDialect::kImageWordsAttr,
                      IntegerAttr::get(IntegerType::get(&getContext(), 64),
                                       *words));
    // Declarations have no results: no value changes its uniformity or depth.
    markAnalysesPreserved<ThreadUniformity, OpDepth>();
  }
};
} // namespace
