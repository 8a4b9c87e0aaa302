//===- Machine.cpp - The machine's tables and lookups ---------------------===//

#include "xyz/Machine/Machine.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MathExtras.h"

using namespace xyz::machine;

#include "xyz/Machine/Machine.cpp.inc"

llvm::ArrayRef<SlotInfo> xyz::machine::getSlotInfos() {
  return detail::kSlotInfos;
}

std::optional<BinaryOpcode>
xyz::machine::parseJsonBinaryOpcode(llvm::StringRef name) {
  for (unsigned i = 0, e = getMaxEnumValForBinaryOpcode(); i <= e; ++i)
    if (detail::kBinaryJsonNames[i] == name)
      return static_cast<BinaryOpcode>(i);
  return std::nullopt;
}

std::optional<SlotKind> xyz::machine::lookupSlotKind(Engine engine,
                                                     llvm::StringRef opcode,
                                                     BinaryOpcode &binop) {
  if (engine == Engine::Debug)
    return SlotKind::Debug;
  for (const SlotInfo &info : getSlotInfos())
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

void xyz::machine::getScratchAccesses(
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
