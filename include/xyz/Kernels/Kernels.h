//===- Kernels.h - Reference implementations of the spec's kernels -*- C++ -*-===//
//
// For each kernel of the machine spec ("tree-hash", later "allreduce"): the
// memory image it runs on (random inputs from a seed), a plain C++ reference
// of what it computes, and a check of a final memory against that reference.
// xyz-run's --kernel mode and the end-to-end tests use these; the compiler
// never does.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_KERNELS_KERNELS_H
#define XYZ_KERNELS_KERNELS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace xyz::kernels {

using Params = llvm::StringMap<int64_t>;

class KernelReference {
public:
  virtual ~KernelReference() = default;
  virtual llvm::StringRef getName() const = 0;
  /// The parameters the kernel's image is built from, e.g. height/rounds/batch.
  virtual llvm::ArrayRef<llvm::StringLiteral> getParamNames() const = 0;
  /// Cores the kernel runs on for these parameters.
  virtual unsigned getCores(const Params &params) const { return 1; }
  /// The spec's memory image, inputs drawn from `seed`. Fails on a shape the
  /// spec does not allow.
  virtual llvm::Expected<std::vector<uint32_t>>
  buildImage(const Params &params, uint64_t seed) const = 0;
  /// Compares the judged part of `final` with the reference result computed
  /// from `initial`. Returns the first mismatch, or std::nullopt if correct.
  virtual std::optional<std::string>
  check(const Params &params, llvm::ArrayRef<uint32_t> initial,
        llvm::ArrayRef<uint32_t> final) const = 0;
};

/// The kernel called `name`, or null.
const KernelReference *lookupKernel(llvm::StringRef name);
/// Names of all kernels, for diagnostics.
std::vector<llvm::StringRef> getKernelNames();

/// tree-hash's hash of one value (six stages, see the spec).
uint32_t treeHash(uint32_t a);

} // namespace xyz::kernels

#endif // XYZ_KERNELS_KERNELS_H
