//===- Selection.h - Shared pieces of gather replacement --------*- C++ -*-===//
//
// What --xyz-gather-to-select (on the scalar thread body, before
// vectorization) and --xyz-gather-to-select-groups (on the vector program,
// per group) share: the per-engine work model, the bits of an address that
// the kernel already computed, and the selection tree that replaces a
// gather.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_XYZ_TRANSFORMS_SELECTION_H
#define XYZ_DIALECT_XYZ_TRANSFORMS_SELECTION_H

#include "mlir/IR/Builders.h"
#include "xyz/Analysis/OpDepth.h"
#include "xyz/Machine/CostModel.h"
#include "xyz/Dialect/XYZ/XYZOps.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace xyz::selection {

/// The flow engine has one slot, and selects come in dependent chains (a
/// tree's levels): its floor is reached less closely than the others', so
/// its work counts a quarter more.
inline constexpr double kFlowHeadroom = 1.25;

/// Per-engine work of a kernel in machine slots, with every per-thread op
/// counted once per thread (a lane of a vector op, or a scalar op).
struct EngineWork {
  double loads = 0;
  double vectorSlots = 0; // VALU lanes + ALU ops: both engines share it
  double flow = 0;        // flow-engine slots (a vector select is one)
  double flowHeadroom = kFlowHeadroom; // what flowFloor multiplies by
  /// Cycles added to the loads' floor: those before the first gather can
  /// issue that nothing else loads in (--xyz-gather-to-select-groups).
  double loadLatency = 0;

  /// The work of a machine op mix: VALU ops count their lanes.
  static EngineWork of(const machine::OpMix &mix) {
    EngineWork work;
    work.loads = mix[machine::Engine::Load];
    work.vectorSlots = machine::vectorWork(mix);
    work.flow = mix[machine::Engine::Flow];
    return work;
  }

  /// The same work as a machine op mix, lanes counted as ALU slots.
  machine::OpMix mix() const {
    machine::OpMix m;
    m[machine::Engine::Load] = loads;
    m[machine::Engine::Alu] = vectorSlots;
    m[machine::Engine::Flow] = flow;
    return m;
  }
  double loadFloor() const {
    return machine::engineFloor(mix(), machine::Engine::Load) + loadLatency;
  }
  double vectorFloor() const { return machine::vectorWorkFloor(mix()); }
  double flowFloor() const {
    return flowHeadroom * machine::engineFloor(mix(), machine::Engine::Flow);
  }
  double floor() const {
    return std::max({loadFloor(), vectorFloor(), flowFloor()});
  }
};


/// The per-engine work of the (vectorized, expanded) program: each op's
/// machine op mix as it stands (KernelCost.h); stores do not count.
EngineWork countWork(KernelOp kernel);

/// The attribute the scalar pass leaves on a load it did not replace whose
/// address range it knows: [lo, count]. The vectorizer keeps it on the
/// gather; the per-group pass reads it.
inline constexpr llvm::StringLiteral kAddressRangeAttr = "xyz.address_range";

/// The same [lo, count] on a gather whose range is known but too wide for
/// a selection (no candidate of either pass): --xyz-carry-xor-constants
/// reads it (`into-tables`). Like kAddressRangeAttr, only a hint: the
/// reader proves the range from the address's bits.
inline constexpr llvm::StringLiteral kAddressBoundsAttr = "xyz.address_bounds";

/// On a vector load that reads a table for its copy xored with a constant
/// (--xyz-carry-xor-constants `into-tables`): no loop's load, so it keeps
/// no word loads of its region from being coalesced.
inline constexpr llvm::StringLiteral kTableCopyLoadAttr = "xyz.table_copy";

/// True if nothing in `kernel` may write `region`, so its words can be read
/// once at the start.
bool isReadOnly(KernelOp kernel, mlir::StringAttr region);

/// True for a value that is 0 or 1 on every lane: `x & 1`.
bool isBit(mlir::Value v);

/// Bit j of (v + k) mod 2^32 when the kernel already computed it, else null
/// (see Selection.cpp).
mlir::Value knownBit(mlir::Value v, unsigned j, int64_t k,
                     unsigned depth = 0);

/// The bits 0 .. ceil(log2 count) - 1 of addr - lo, if all are known.
llvm::SmallVector<mlir::Value> knownOffsetBits(mlir::Value addr, uint64_t lo,
                                               uint64_t count);

/// The bits b_0 .. b_{B-1} of addr - lo when the kernel computed addr - lo
/// as exactly sum(y_j * 2^j), y_j = b_j or 1 - b_j (doublings, added and
/// subtracted bits, constants; a bit with coefficient -2^j is counted as
/// its complement), so the offset is proven to lie in [0, 2^B) whatever
/// any annotation claims; empty otherwise, or if 2^B exceeds `count`.
/// `flips` gets the mask of the complemented positions: the word at offset
/// p is selected by the bits p ^ flips. Without `flips`, only offsets with
/// no complemented bit qualify.
llvm::SmallVector<mlir::Value> exactOffsetBits(mlir::Value addr, uint64_t lo,
                                               uint64_t count,
                                               uint64_t *flips = nullptr);

/// x if `addr` is `x & m` with m + 1 a power of two at most `count`
/// (and `lo` 0): the address is then proven to lie in [0, m].
mlir::Value maskedSource(mlir::Value addr, uint64_t lo, uint64_t count);

/// Vector-engine ops per thread to select among K words: the offset's bits,
/// and level 0's multiply-adds unless level 0 selects on the flow engine.
double selectionCost(uint64_t k, bool offsetIsAddress, bool bitsKnown,
                     bool level0OnFlow);

/// Flow-engine selects per group of lanes for K words.
double flowSelects(uint64_t k, bool level0OnFlow);

/// The selects above level 0 of a K-word tree (one flow slot each per group
/// of lanes), which `upperOnVector` makes one vector-engine op per lane
/// each: lo + bit * d, a multiply-add, with the difference d of the words
/// taken once, in advance (see buildSelectionTree).
inline double upperSelects(uint64_t k) { return double(k - 1 - k / 2); }

/// Where a selection's levels run, as the remarks say it.
inline llvm::StringRef placement(bool level0OnFlow, bool upperOnVector) {
  if (upperOnVector)
    return level0OnFlow ? "level 0 on the flow engine, the levels above on "
                          "the vector engines"
                        : "every level on the vector engines";
  return level0OnFlow ? "level 0 on the flow engine"
                      : "level 0 on the vector engines";
}

/// The selection tree over `words` (uniform words, in address order).
/// Each level combines the entries in pairs on one bit of the offset, by
/// `arith.select` (one flow slot per group of lanes) or by a multiply-add
/// lo + bit * d (one vector-engine op per lane): level 0 by multiply-adds
/// unless `level0OnFlow`, the levels above by selects unless
/// `upperOnVector`. The differences d are uniform: the words are rewritten
/// once, up front (with `uniform`), in the basis of the products of the
/// multiply-added bits, so a level never subtracts per lane. `bit(j)`
/// gives bit j of the offset (an i32 or a vector of them); `spread` turns a
/// uniform word into an operand of the bits' type (itself, or a
/// broadcast). The levels go from the bit that is available first to the
/// one available last (by `depths`), so the last bit computed is one
/// level away from the result and the others' levels run while it is
/// computed.
mlir::Value buildSelectionTree(mlir::OpBuilder &builder,
                               mlir::OpBuilder &uniform, mlir::Location loc,
                               llvm::ArrayRef<mlir::Value> words,
                               llvm::function_ref<mlir::Value(unsigned)> bit,
                               llvm::function_ref<mlir::Value(mlir::Value)>
                                   spread,
                               bool level0OnFlow, OpDepth &depths,
                               bool upperOnVector = false);

} // namespace xyz::selection

#endif // XYZ_DIALECT_XYZ_TRANSFORMS_SELECTION_H
