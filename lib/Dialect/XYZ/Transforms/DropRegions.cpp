//===- DropRegions.cpp - Erase the memory-image declarations --------------===//
//
// `xyz.region` ops describe the memory image a kernel runs on, for the tools
// (xyz-interp's random images and its check of compiled programs); they have
// no run-time effect. The compiler erases them right after specialization,
// keeping one fact: the image holds at least the words up to the end of the
// furthest region (`xyz.image_words` on the kernel, when every base and
// size is a constant), so a load below it cannot fault
// (--xyz-if-convert runs such loads unconditionally); and, where every
// store names its region, the first word of a region no store names
// (`xyz.unwritten_word`), where a masked store whose address may lie
// outside memory writes its old value back instead.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/StringSet.h"
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
/// The names of the regions the kernel's stores write, or nullopt if some
/// op may write memory elsewhere (a store naming no region, a barrier).
std::optional<llvm::StringSet<>> storedRegions(KernelOp kernel) {
  llvm::StringSet<> names;
  bool unknown = false;
  kernel.walk([&](Operation *op) {
    if (op == kernel)
      return;
    std::optional<StringRef> region;
    if (auto store = dyn_cast<StoreOp>(op))
      region = store.getRegion();
    else if (auto store = dyn_cast<VStoreOp>(op))
      region = store.getRegion();
    else if (isa<RegionOp, RequireOp>(op)) // no run-time write
      return;
    else if (!hasEffect<MemoryEffects::Write>(op) &&
             (isa<MemoryEffectOpInterface>(op) ||
              op->hasTrait<OpTrait::HasRecursiveMemoryEffects>()))
      return; // nested ops are walked on their own
    else {
      unknown = true;
      return;
    }
    if (!region)
      unknown = true;
    else
      names.insert(*region);
  });
  if (unknown)
    return std::nullopt;
  return names;
}

struct DropRegionsPass
    : public xyz::impl::XYZDropRegionsBase<DropRegionsPass> {
  void runOnOperation() override {
    KernelOp kernel = getOperation();
    std::optional<uint64_t> words = uint64_t(0);
    std::optional<uint64_t> unwritten;
    std::optional<llvm::StringSet<>> stored = storedRegions(kernel);
    for (RegionOp op :
         llvm::make_early_inc_range(kernel.getBody().getOps<RegionOp>())) {
      APInt base, size(32, op.getWords().size());
      if (!matchPattern(op.getBase(), m_ConstantInt(&base)) ||
          (op.getSize() && !matchPattern(op.getSize(), m_ConstantInt(&size)))) {
        words.reset();
      } else {
        if (words)
          words = std::max(*words, base.getZExtValue() + size.getZExtValue());
        if (!unwritten && stored && !size.isZero() &&
            !stored->contains(op.getRegionName()))
          unwritten = base.getZExtValue();
      }
      op.erase();
    }
    auto i64 = IntegerType::get(&getContext(), 64);
    if (words && *words) {
      kernel->setAttr(XYZDialect::kImageWordsAttr,
                      IntegerAttr::get(i64, *words));
      if (unwritten)
        kernel->setAttr(XYZDialect::kUnwrittenWordAttr,
                        IntegerAttr::get(i64, *unwritten));
    }
    // Declarations have no results: no value changes its uniformity or depth.
    markAnalysesPreserved<ThreadUniformity, OpDepth>();
  }
};
} // namespace
