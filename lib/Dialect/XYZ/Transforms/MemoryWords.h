//===- MemoryWords.h - Memory words at constant addresses -----*- C++ -*-===//
//
// What the passes that work on straight-line code with constant addresses
// (after thread expansion) share: the constant an address is, and which
// ops may write which memory words between two positions of the body.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_DIALECT_XYZ_TRANSFORMS_MEMORYWORDS_H
#define XYZ_LIB_DIALECT_XYZ_TRANSFORMS_MEMORYWORDS_H

#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "xyz/Dialect/XYZ/XYZOps.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>

namespace xyz {

/// The address `addr` is, if it is a constant.
inline std::optional<int64_t> constantAddress(mlir::Value addr) {
  llvm::APInt value;
  if (!mlir::matchPattern(addr, mlir::m_ConstantInt(&value)))
    return std::nullopt;
  return value.getZExtValue();
}

/// Which ops may write which memory words, by position in the body: for
/// the question "may anything between positions i and j write word w?".
class WriteIndex {
public:
  explicit WriteIndex(llvm::ArrayRef<mlir::Operation *> ops) {
    for (auto [i, op] : llvm::enumerate(ops)) {
      if (auto store = mlir::dyn_cast<StoreOp>(op)) {
        if (auto addr = constantAddress(store.getAddr()))
          words[*addr].push_back(i);
        else
          anywhere.push_back(i);
      } else if (auto store = mlir::dyn_cast<VStoreOp>(op)) {
        auto addr = constantAddress(store.getBase());
        int64_t lanes =
            mlir::cast<mlir::VectorType>(store.getValue().getType()).getNumElements();
        if (addr)
          for (int64_t w = 0; w < lanes; ++w)
            words[*addr + w].push_back(i);
        else
          anywhere.push_back(i);
      } else if (mayWriteUnknown(op)) {
        anywhere.push_back(i);
      }
    }
  }

  /// Whether an op strictly between positions `from` and `to` may write a
  /// word of [addr, addr + lanes).
  bool writtenBetween(size_t from, size_t to, int64_t addr,
                      int64_t lanes) const {
    auto between = [&](llvm::ArrayRef<size_t> positions) {
      auto it = llvm::upper_bound(positions, from);
      return it != positions.end() && *it < to;
    };
    if (between(anywhere))
      return true;
    for (int64_t w = addr; w < addr + lanes; ++w) {
      auto it = words.find(w);
      if (it != words.end() && between(it->second))
        return true;
    }
    return false;
  }

  /// A write this pass does not place: a store at a computed address, a
  /// barrier, a requirement, anything else with effects.
  static bool mayWriteUnknown(mlir::Operation *op) {
    if (mlir::isa<LoadOp, VLoadOp, GatherOp>(op) || mlir::isMemoryEffectFree(op))
      return false;
    return true;
  }

private:
  llvm::DenseMap<int64_t, llvm::SmallVector<size_t>> words;
  llvm::SmallVector<size_t> anywhere;
};

} // namespace xyz

#endif // XYZ_LIB_DIALECT_XYZ_TRANSFORMS_MEMORYWORDS_H
