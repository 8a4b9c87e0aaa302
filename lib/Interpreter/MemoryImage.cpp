//===- MemoryImage.cpp - A kernel's memory image from its declarations ----===//
//
// See MemoryImage.h. The declarations' operands are constants once the kernel
// is specialized (specialization folds everything computed from the shape).
//
//===----------------------------------------------------------------------===//

#include "xyz/Interpreter/MemoryImage.h"
#include "xyz/Dialect/XYZ/XYZOps.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/Twine.h"
#include <algorithm>
#include <random>

using namespace mlir;
using namespace xyz;

/// The constant `value` of `op` (`what` names it in the error), as a word
/// count or address: non-negative.
static FailureOr<uint64_t> getConstant(RegionOp op, Value value,
                                       StringRef what) {
  APInt constant;
  if (!matchPattern(value, m_ConstantInt(&constant)))
    return op.emitError("the ")
           << what << " of region '" << op.getRegionName()
           << "' is not a constant once the kernel is specialized (a "
              "region's place and contents are functions of the shape)";
  if (constant.isNegative())
    return op.emitError("the ")
           << what << " of region '" << op.getRegionName()
           << "' is negative: " << constant.getSExtValue();
  return constant.getZExtValue();
}

FailureOr<std::vector<ImageRegion>> xyz::getImageLayout(KernelOp kernel) {
  std::vector<ImageRegion> regions;
  SmallVector<RegionOp> ops;
  for (RegionOp op : kernel.getBody().getOps<RegionOp>()) {
    FailureOr<uint64_t> base = getConstant(op, op.getBase(), "base");
    if (failed(base))
      return failure();
    uint64_t size = op.getWords().size();
    if (Value sizeValue = op.getSize()) {
      FailureOr<uint64_t> declared = getConstant(op, sizeValue, "size");
      if (failed(declared))
        return failure();
      size = *declared;
    }
    if (*base + size > kMaxImageWords)
      return op.emitError("region '")
             << op.getRegionName() << "' [" << *base << ", " << *base + size
             << ") ends past the largest image, " << kMaxImageWords
             << " words";
    regions.push_back({op.getRegionName().str(), *base, size});
    ops.push_back(op);
  }
  // No two regions share a word: report the later declaration.
  for (size_t i = 0; i < regions.size(); ++i)
    for (size_t j = 0; j < i; ++j) {
      const ImageRegion &a = regions[j], &b = regions[i];
      if (a.size && b.size && a.base < b.base + b.size &&
          b.base < a.base + a.size)
        return ops[i].emitError("region '")
               << b.name << "' [" << b.base << ", " << b.base + b.size
               << ") overlaps region '" << a.name << "' [" << a.base << ", "
               << a.base + a.size << ")";
    }
  return regions;
}

FailureOr<std::vector<uint32_t>> xyz::buildRandomImage(KernelOp kernel,
                                                       uint64_t seed) {
  FailureOr<std::vector<ImageRegion>> layout = getImageLayout(kernel);
  if (failed(layout))
    return failure();
  if (layout->empty())
    return kernel.emitError("kernel '")
           << kernel.getName()
           << "' declares no memory regions (xyz.region), so no image can "
              "be made for it";
  uint64_t end = 0;
  for (const ImageRegion &region : *layout)
    end = std::max(end, region.base + region.size);
  std::vector<uint32_t> mem(end, 0);
  std::mt19937_64 rng(seed);
  auto regionOps = kernel.getBody().getOps<RegionOp>();
  for (auto [op, region] : llvm::zip(regionOps, *layout)) {
    uint32_t *words = mem.data() + region.base;
    switch (op.getInit()) {
    case RegionOp::Init::Zero:
      break;
    case RegionOp::Init::Words:
      for (auto [i, value] : llvm::enumerate(op.getWords())) {
        APInt word;
        if (!matchPattern(value, m_ConstantInt(&word)))
          return op.emitError("word #")
                 << i << " of region '" << op.getRegionName()
                 << "' is not a constant once the kernel is specialized";
        words[i] = static_cast<uint32_t>(word.getZExtValue());
      }
      break;
    case RegionOp::Init::RandomBits: {
      uint32_t bits = *op.getBits();
      uint64_t mask = (uint64_t(1) << bits) - 1;
      for (uint64_t i = 0; i < region.size; ++i)
        words[i] = static_cast<uint32_t>(rng() & mask);
      break;
    }
    case RegionOp::Init::RandomBelow: {
      FailureOr<uint64_t> bound = getConstant(op, op.getBound(), "bound");
      if (failed(bound))
        return failure();
      if (*bound == 0)
        return op.emitError("random(below 0) in region '")
               << op.getRegionName() << "': the bound must be >= 1";
      for (uint64_t i = 0; i < region.size; ++i)
        words[i] = static_cast<uint32_t>(rng() % *bound);
      break;
    }
    }
  }
  return mem;
}

std::string xyz::describeAddress(llvm::ArrayRef<ImageRegion> regions,
                                 uint64_t address) {
  for (const ImageRegion &region : regions)
    if (address >= region.base && address - region.base < region.size)
      return (llvm::Twine(region.name) + "[" +
              llvm::Twine(address - region.base) + "]")
          .str();
  return "no region";
}
