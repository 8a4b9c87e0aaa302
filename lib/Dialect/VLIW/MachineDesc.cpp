//===- MachineDesc.cpp - The op of each slot kind -------------------------===//
//
// Built from the op classes generated out of VLIWOps.td (each slot op knows
// its kind), so that the table is never typed by hand.
//
//===----------------------------------------------------------------------===//

#include "xyz/Dialect/VLIW/MachineDesc.h"
#include "xyz/Dialect/VLIW/VLIWOps.h"
#include <array>

using namespace xyz::vliw;

namespace {
using OpNameTable = std::array<llvm::StringRef, kNumSlotKinds>;

template <typename OpT>
void addSlotOp(OpNameTable &table) {
  if constexpr (OpT::template hasTrait<SlotOpInterface::Trait>())
    table[static_cast<unsigned>(OpT::kSlotKind)] = OpT::getOperationName();
}

template <typename... OpTs>
OpNameTable buildOpNameTable() {
  OpNameTable table{};
  (addSlotOp<OpTs>(table), ...);
  return table;
}
} // namespace

llvm::StringRef xyz::vliw::getSlotOpName(SlotKind kind) {
  static const OpNameTable table = buildOpNameTable<
#define GET_OP_LIST
#include "xyz/Dialect/VLIW/VLIWOps.cpp.inc"
      >();
  return table[static_cast<unsigned>(kind)];
}
