//===- Decode.cpp - Program -> flat instruction array --------------------===//
//
// Decodes a Program once for the interpreter (see DecodedProgramImpl.h).
// Operands are placed by their roles from the machine description, so this
// file knows no opcode by name.
//
//===----------------------------------------------------------------------===//

#include "DecodedProgramImpl.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace xyz;
using namespace xyz::sim;
using machine::Engine;
using machine::OperandRole;
using machine::SlotKind;

std::string sim::describeSlot(Engine engine, unsigned slotIndex,
                              const Slot &slot) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << machine::stringifyEngine(engine) << " slot " << slotIndex;
  if (slot.kind == SlotKind::Alu || slot.kind == SlotKind::Valu)
    os << " (\"" << machine::getJsonName(slot.binop) << "\")";
  else if (slot.kind != SlotKind::Debug)
    os << " (" << machine::getSlotInfo(slot.kind).jsonOpcode << ")";
  return text;
}

namespace {
/// Decodes one slot into `inst`, or returns why it can never execute.
std::optional<StaticFault> decodeSlot(Engine engine, unsigned index,
                                      const Slot &slot, Inst &inst) {
  const machine::SlotInfo &info = machine::getSlotInfo(slot.kind);
  auto fault = [&](FaultKind kind, const llvm::Twine &what) {
    return StaticFault{kind, engine, index, &slot, what.str()};
  };
  if (info.engine != engine)
    return fault(FaultKind::MalformedSlot,
                 "opcode does not belong to this engine");
  if (slot.operands.size() != info.roles.size())
    return fault(FaultKind::MalformedSlot,
                 "expected " + llvm::Twine(info.roles.size()) +
                     " operands, got " + llvm::Twine(slot.operands.size()));

  llvm::SmallVector<machine::ScratchAccess, 4> accesses;
  machine::getScratchAccesses(slot.kind, slot.operands, accesses);
  for (const machine::ScratchAccess &access : accesses) {
    if (access.inScratch())
      continue;
    int64_t last = access.last();
    int64_t bad = access.addr < 0 ? access.addr : last;
    std::string what;
    llvm::raw_string_ostream os(what);
    os << "scratch address " << bad << " out of range [0, "
       << machine::kScratchSize << ") (operand "
       << info.operandNames[access.operand] << " = "
       << slot.operands[access.operand];
    if (access.addr != slot.operands[access.operand])
      os << ", plus offset = " << access.addr;
    if (access.width > 1)
      os << ", lanes " << access.addr << ".." << last;
    os << ")";
    return fault(FaultKind::ScratchOutOfRange, what);
  }

  inst.kind = slot.kind;
  inst.op = slot.binop;
  inst.engine = engine;
  inst.slotIndex = static_cast<uint16_t>(index);
  inst.s[0] = inst.s[1] = inst.s[2] = inst.s[3] = 0;
  inst.imm = 0;
  // Scratch operands in JSON order, load_offset's offset folded in.
  unsigned next = 0;
  for (const machine::ScratchAccess &access : accesses)
    inst.s[next++] = static_cast<uint32_t>(access.addr);
  for (auto [role, value] : llvm::zip(info.roles, slot.operands))
    if (role == OperandRole::Immediate || role == OperandRole::JumpTarget ||
        role == OperandRole::JumpOffset)
      inst.imm = value;
  return std::nullopt;
}
} // namespace

DecodedProgram::Impl::Impl(const Program &p) : program(p) {
  bundles.reserve(program.bundles.size());
  for (const Bundle &bundle : program.bundles) {
    BundleRec rec;
    rec.first = static_cast<uint32_t>(insts.size());
    rec.counted = bundle.isCounted();
    for (const EngineSlots &engineSlots : bundle.engines) {
      Engine engine = engineSlots.engine;
      if (engine == Engine::Debug)
        continue;
      unsigned limit = machine::getSlotLimit(engine);
      if (engineSlots.slots.size() > limit) {
        // The reference asserts before running any slot of the engine.
        rec.faultIndex = static_cast<int32_t>(staticFaults.size());
        staticFaults.push_back(
            {FaultKind::OverfullEngine, engine, limit,
             &engineSlots.slots[limit],
             (llvm::Twine(engineSlots.slots.size()) + " " +
              machine::stringifyEngine(engine) + " slots in one bundle, limit " +
              llvm::Twine(limit))
                 .str()});
        break;
      }
      for (auto [index, slot] : llvm::enumerate(engineSlots.slots)) {
        Inst inst;
        if (std::optional<StaticFault> fault =
                decodeSlot(engine, index, slot, inst)) {
          rec.faultIndex = static_cast<int32_t>(staticFaults.size());
          staticFaults.push_back(std::move(*fault));
          break;
        }
        insts.push_back(inst);
        sources.push_back(&slot);
        ++rec.slotsPerEngine[static_cast<unsigned>(engine)];
      }
      if (rec.faultIndex >= 0)
        break;
    }
    rec.stop = static_cast<uint32_t>(insts.size());
    bundles.push_back(rec);
  }
}
