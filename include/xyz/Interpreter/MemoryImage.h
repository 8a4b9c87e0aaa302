//===- MemoryImage.h - A kernel's image from its declarations --*- C++ -*-===//
//
// A kernel states the memory image it runs on with `xyz.region` ops (name,
// base, size, initial contents, as functions of the shape; see
// docs/xyz-dialect.md). Once specialized, their operands are constants: this
// reads the layout and builds images from it, random contents drawn from a
// seed, so that any kernel can be run and checked at any shape with no code
// of its own (xyz-interp --random-image, --check).
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_INTERPRETER_MEMORYIMAGE_H
#define XYZ_INTERPRETER_MEMORYIMAGE_H

#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/ArrayRef.h"
#include <cstdint>
#include <string>
#include <vector>

namespace xyz {
class KernelOp;

/// One declared region, its place bound.
struct ImageRegion {
  std::string name;
  uint64_t base = 0, size = 0;
};

/// The most words an image built from declarations may have.
inline constexpr uint64_t kMaxImageWords = uint64_t(1) << 28;

/// The regions `kernel` (specialized) declares, in program order. Fails with
/// a located error if an operand is not a constant, a region is negative,
/// too large, or overlaps another.
mlir::FailureOr<std::vector<ImageRegion>> getImageLayout(KernelOp kernel);

/// The image `kernel` declares, random contents drawn from `seed` (one
/// std::mt19937_64 stream over the regions in program order). Words no
/// region covers are zero; the image ends with the last region.
mlir::FailureOr<std::vector<uint32_t>> buildRandomImage(KernelOp kernel,
                                                        uint64_t seed);

/// `name[offset]` of the region holding `address`, or "no region".
std::string describeAddress(llvm::ArrayRef<ImageRegion> regions,
                            uint64_t address);

} // namespace xyz

#endif // XYZ_INTERPRETER_MEMORYIMAGE_H
