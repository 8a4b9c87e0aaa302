//===- MachineDesc.cpp - Machine description tables ----------------------===//
//
// Builds the per-slot-kind table from the op classes generated out of
// VLIWOps.td, so that the table is never typed by hand.
//
//===----------------------------------------------------------------------===//

#include "xyz/Dialect/VLIW/MachineDesc.h"
#include "llvm/Support/MathExtras.h"
#include "xyz/Dialect/VLIW/VLIWOps.h"

using namespace xyz::vliw;

namespace {
constexpr unsigned kNumSlotKinds = getMaxEnumValForSlotKind() + 1;
using SlotTable = std::array<SlotInfo, kNumSlotKinds>;

template <typename OpT>
void addSlotKind(SlotTable &table) {
  if constexpr (OpT::template hasTrait<SlotOpInterface::Trait>()) {
    SlotKind kind = OpT::kSlotKind;
    llvm::StringRef json;
    if (kind != SlotKind::Alu && kind != SlotKind::Valu)
      json = stringifySlotKind(kind);
    table[static_cast<unsigned>(kind)] =
        SlotInfo{kind,           OpT::kEngine,       json,
                 OpT::getOperationName(), OpT::kRoles, OpT::kOperandNames};
  }
}

template <typename... OpTs>
SlotTable buildSlotTable() {
  SlotTable table{};
  (addSlotKind<OpTs>(table), ...);
  return table;
}

const SlotTable &slotTable() {
  static const SlotTable table = buildSlotTable<
#define GET_OP_LIST
#include "xyz/Dialect/VLIW/VLIWOps.cpp.inc"
      >();
  return table;
}
} // namespace

llvm::ArrayRef<SlotInfo> xyz::vliw::getSlotInfos() { return slotTable(); }

std::optional<BinaryOpcode>
xyz::vliw::parseJsonBinaryOpcode(llvm::StringRef name) {
  for (unsigned i = 0, e = getMaxEnumValForBinaryOpcode(); i <= e; ++i)
    if (VLIWDialect::kBinaryJsonNames[i] == name)
      return static_cast<BinaryOpcode>(i);
  return std::nullopt;
}

std::optional<SlotKind> xyz::vliw::lookupSlotKind(Engine engine,
                                                  llvm::StringRef opcode,
                                                  BinaryOpcode &binop) {
  if (engine == Engine::Debug)
    return SlotKind::Debug;
  for (const SlotInfo &info : slotTable())
    if (info.engine == engine && !info.jsonOpcode.empty() &&
        info.jsonOpcode == opcode)
      return info.kind;
  if (engine == Engine::Alu || engine == Engine::Valu) {
    if (std::optional<BinaryOpcode> op = parseJsonBinaryOpcode(opcode)) {
      binop = *op;
      return engine == Engine::Alu ? SlotKind::Alu : SlotKind::Valu;
    }
  }
  return std::nullopt;
}

void xyz::vliw::getScratchAccesses(
    SlotKind kind, llvm::ArrayRef<int64_t> operands,
    llvm::SmallVectorImpl<ScratchAccess> &accesses) {
  llvm::ArrayRef<OperandRole> roles = getSlotInfo(kind).roles;
  int64_t laneOffset = 0;
  for (auto [role, value] : llvm::zip(roles, operands))
    if (role == OperandRole::LaneOffset)
      laneOffset = value;
  for (unsigned i = 0, e = std::min(roles.size(), operands.size()); i < e;
       ++i) {
    OperandRole role = roles[i];
    unsigned width = getRoleWidth(role);
    if (width == 0)
      continue;
    int64_t addr = operands[i];
    // Saturating: base + offset of any two int64 operands is out of range
    // when it overflows, and must not wrap back into it.
    if ((role == OperandRole::OffsetRead ||
         role == OperandRole::OffsetWrite) &&
        llvm::AddOverflow(addr, laneOffset, addr))
      addr = laneOffset > 0 ? INT64_MAX : INT64_MIN;
    accesses.push_back({addr, width, isRoleWrite(role), i});
  }
}
