//===- MachineDesc.h - The machine description as C++ tables ---*- C++ -*-===//
//
// The one description of the machine (engines, slot limits, vector length,
// scratch size, every slot kind with its engine, JSON opcode and operand
// roles), generated from the vliw dialect's TableGen records. The verifier,
// the interpreter, the JSON translator and the scheduler all read it here.
// This header does not pull in the op classes; the per-kind table is built
// from them in MachineDesc.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_VLIW_MACHINEDESC_H
#define XYZ_DIALECT_VLIW_MACHINEDESC_H

#include "xyz/Dialect/VLIW/VLIWDialect.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>

namespace xyz::vliw {

inline constexpr unsigned kVectorLength = VLIWDialect::kVectorLength;
inline constexpr unsigned kScratchSize = VLIWDialect::kScratchSize;
inline constexpr unsigned kNumEngines = VLIWDialect::kNumEngines;

/// Slots per bundle of an engine.
inline unsigned getSlotLimit(Engine engine) {
  return VLIWDialect::kSlotLimits[static_cast<unsigned>(engine)];
}
/// Scratch words an operand of this role touches (0: not a scratch address).
inline unsigned getRoleWidth(OperandRole role) {
  return VLIWDialect::kRoleWidths[static_cast<unsigned>(role)];
}
inline bool isRoleRead(OperandRole role) {
  return VLIWDialect::kRoleReads[static_cast<unsigned>(role)];
}
inline bool isRoleWrite(OperandRole role) {
  return VLIWDialect::kRoleWrites[static_cast<unsigned>(role)];
}

/// The interchange spelling of a binary opcode ("+", "//", "cdiv", ...).
inline llvm::StringRef getJsonName(BinaryOpcode op) {
  return VLIWDialect::kBinaryJsonNames[static_cast<unsigned>(op)];
}
std::optional<BinaryOpcode> parseJsonBinaryOpcode(llvm::StringRef name);

/// Everything the machine description says about one slot kind.
struct SlotInfo {
  SlotKind kind;
  Engine engine;
  /// JSON opcode; empty for Alu/Valu, whose opcode is a BinaryOpcode.
  llvm::StringRef jsonOpcode;
  /// Fully qualified op name, e.g. "vliw.load".
  llvm::StringRef opName;
  /// One role and one attribute name per JSON operand, in JSON order.
  llvm::ArrayRef<OperandRole> roles;
  llvm::ArrayRef<llvm::StringLiteral> operandNames;
};

/// All slot kinds, indexed by SlotKind.
llvm::ArrayRef<SlotInfo> getSlotInfos();
inline const SlotInfo &getSlotInfo(SlotKind kind) {
  return getSlotInfos()[static_cast<unsigned>(kind)];
}

/// Resolves a JSON (engine, opcode) pair. For Alu/Valu kinds `binop` is set.
/// Returns std::nullopt if the engine has no such opcode.
std::optional<SlotKind> lookupSlotKind(Engine engine, llvm::StringRef opcode,
                                       BinaryOpcode &binop);

/// A range of scratch words a slot reads or writes.
struct ScratchAccess {
  int64_t addr; // saturated at the int64 limits (operands are any int64)
  unsigned width;
  bool isWrite;
  unsigned operand; // index of the JSON operand it comes from

  /// The last word touched, saturated at INT64_MAX.
  int64_t last() const {
    return addr > INT64_MAX - int64_t(width - 1) ? INT64_MAX
                                                 : addr + int64_t(width - 1);
  }
  /// True if every word touched is in [0, kScratchSize). No overflow for any
  /// addr.
  bool inScratch() const {
    return addr >= 0 && addr <= int64_t(kScratchSize) - int64_t(width);
  }
};
/// The scratch ranges a slot of `kind` with these JSON operands touches
/// (load_offset's are at base + offset). Memory accesses are not included.
void getScratchAccesses(SlotKind kind, llvm::ArrayRef<int64_t> operands,
                        llvm::SmallVectorImpl<ScratchAccess> &accesses);

/// True for the slot kinds that read / write the machine's memory.
inline bool readsMemory(SlotKind kind) {
  return kind == SlotKind::Load || kind == SlotKind::LoadOffset ||
         kind == SlotKind::VLoad;
}
inline bool writesMemory(SlotKind kind) {
  return kind == SlotKind::Store || kind == SlotKind::VStore;
}
/// Words of memory one slot of `kind` reads or writes.
inline unsigned getMemoryWidth(SlotKind kind) {
  return kind == SlotKind::VLoad || kind == SlotKind::VStore ? kVectorLength
                                                             : 1;
}

/// True for the opcodes that fail on a zero divisor.
inline bool isDivision(BinaryOpcode op) {
  return op == BinaryOpcode::Div || op == BinaryOpcode::Mod ||
         op == BinaryOpcode::CDiv;
}

/// The machine's binary ops on 32-bit words. Division by zero must be
/// excluded by the caller (see isDivision).
inline uint32_t evalBinary(BinaryOpcode op, uint32_t a, uint32_t b) {
  switch (op) {
  case BinaryOpcode::Add: return a + b;
  case BinaryOpcode::Sub: return a - b;
  case BinaryOpcode::Mul: return a * b;
  case BinaryOpcode::Xor: return a ^ b;
  case BinaryOpcode::And: return a & b;
  case BinaryOpcode::Or: return a | b;
  case BinaryOpcode::Div: return a / b;
  case BinaryOpcode::Mod: return a % b;
  case BinaryOpcode::CDiv: return a / b + (a % b != 0);
  case BinaryOpcode::Shl: return b >= 32 ? 0 : a << b;
  case BinaryOpcode::Shr: return b >= 32 ? 0 : a >> b;
  case BinaryOpcode::Lt: return a < b;
  case BinaryOpcode::Eq: return a == b;
  }
  return 0;
}

} // namespace xyz::vliw

#endif // XYZ_DIALECT_VLIW_MACHINEDESC_H
