//===- MemoryWords.h - Memory words at constant addresses -----*- C++ -*-===//
//
// What the passes that work on straight-line code with constant addresses
// (after thread expansion) share: the constant an address is (or its
// constant offset from another value), which ops
// may write which memory words between two positions of the body, and the
// scratch words values hold at each position (LiveWords).
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_DIALECT_XYZ_TRANSFORMS_MEMORYWORDS_H
#define XYZ_LIB_DIALECT_XYZ_TRANSFORMS_MEMORYWORDS_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "xyz/Dialect/XYZ/XYZOps.h"
#include "llvm/ADT/DenseMap.h"
#include <algorithm>
#include <optional>
#include <vector>

namespace xyz {

/// The address `addr` is, if it is a constant.
inline std::optional<int64_t> constantAddress(mlir::Value addr) {
  llvm::APInt value;
  if (!mlir::matchPattern(addr, mlir::m_ConstantInt(&value)))
    return std::nullopt;
  return value.getZExtValue();
}

/// `addr` as a value plus a constant: the constant operands of a chain of
/// `arith.addi` taken off.
inline std::pair<mlir::Value, int64_t> splitConstantOffset(mlir::Value addr) {
  int64_t offset = 0;
  for (unsigned depth = 0; depth < 8; ++depth) {
    auto add = addr.getDefiningOp<mlir::arith::AddIOp>();
    llvm::APInt c;
    if (!add)
      break;
    if (mlir::matchPattern(add.getRhs(), mlir::m_ConstantInt(&c)))
      addr = add.getLhs();
    else if (mlir::matchPattern(add.getLhs(), mlir::m_ConstantInt(&c)))
      addr = add.getRhs();
    else
      break;
    offset += c.getSExtValue();
  }
  return {addr, offset};
}

/// The lane addresses of a gather, if they are constants.
inline std::optional<llvm::SmallVector<int64_t>>
laneAddresses(GatherOp gather) {
  mlir::DenseIntElementsAttr addrs;
  if (!mlir::isa<mlir::VectorType>(gather.getType()) ||
      !mlir::matchPattern(gather.getAddrs(), mlir::m_Constant(&addrs)))
    return std::nullopt;
  llvm::SmallVector<int64_t> lanes;
  for (const llvm::APInt &addr : addrs.getValues<llvm::APInt>())
    lanes.push_back(addr.getZExtValue());
  return lanes;
}

/// The words [first, last] a load, store, vector load, vector store or
/// gather accesses, if its address (every lane's, for a gather) is a
/// constant; none for any other op or a computed address.
inline std::optional<std::pair<int64_t, int64_t>>
constantWords(mlir::Operation *op) {
  auto lanesOf = [](mlir::Type type) -> int64_t {
    auto vector = mlir::dyn_cast<mlir::VectorType>(type);
    return vector ? vector.getNumElements() : 1;
  };
  auto run = [](std::optional<int64_t> addr, int64_t lanes)
      -> std::optional<std::pair<int64_t, int64_t>> {
    if (!addr)
      return std::nullopt;
    return std::pair(*addr, *addr + lanes - 1);
  };
  if (auto load = mlir::dyn_cast<LoadOp>(op))
    return run(constantAddress(load.getAddr()), 1);
  if (auto store = mlir::dyn_cast<StoreOp>(op))
    return run(constantAddress(store.getAddr()), 1);
  if (auto load = mlir::dyn_cast<VLoadOp>(op))
    return run(constantAddress(load.getBase()), lanesOf(load.getType()));
  if (auto store = mlir::dyn_cast<VStoreOp>(op))
    return run(constantAddress(store.getBase()),
               lanesOf(store.getValue().getType()));
  if (auto gather = mlir::dyn_cast<GatherOp>(op)) {
    std::optional<llvm::SmallVector<int64_t>> lanes = laneAddresses(gather);
    if (!lanes)
      return std::nullopt;
    auto [lo, hi] = std::minmax_element(lanes->begin(), lanes->end());
    return std::pair(*lo, *hi);
  }
  return std::nullopt;
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

  /// Whether any op of the body may write a word of [addr, addr + lanes).
  bool writtenAnywhere(int64_t addr, int64_t lanes) const {
    if (lanes <= 0)
      return false;
    if (!anywhere.empty())
      return true;
    for (int64_t w = addr; w < addr + lanes; ++w)
      if (words.count(w))
        return true;
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

/// Words live at each position of program order: add over a span, the
/// most over a span (a segment tree, O(log n) each).
class LiveWords {
public:
  explicit LiveWords(size_t n) : n(std::max<size_t>(n, 1)) {
    most.assign(4 * this->n, 0);
    pending.assign(4 * this->n, 0);
  }
  void add(size_t lo, size_t hi, int64_t words) {
    add(1, 0, n - 1, lo, hi, words);
  }
  int64_t max(size_t lo, size_t hi) { return max(1, 0, n - 1, lo, hi); }

private:
  size_t n;
  std::vector<int64_t> most, pending;
  void add(size_t node, size_t l, size_t r, size_t lo, size_t hi,
           int64_t words) {
    if (hi < l || r < lo)
      return;
    if (lo <= l && r <= hi) {
      most[node] += words;
      pending[node] += words;
      return;
    }
    size_t mid = (l + r) / 2;
    add(2 * node, l, mid, lo, hi, words);
    add(2 * node + 1, mid + 1, r, lo, hi, words);
    most[node] = pending[node] + std::max(most[2 * node], most[2 * node + 1]);
  }
  int64_t max(size_t node, size_t l, size_t r, size_t lo, size_t hi) {
    if (hi < l || r < lo)
      return 0;
    if (lo <= l && r <= hi)
      return most[node];
    size_t mid = (l + r) / 2;
    return pending[node] + std::max(max(2 * node, l, mid, lo, hi),
                                    max(2 * node + 1, mid + 1, r, lo, hi));
  }
};

} // namespace xyz

#endif // XYZ_LIB_DIALECT_XYZ_TRANSFORMS_MEMORYWORDS_H
