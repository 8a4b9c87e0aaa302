//===- Program.h - A machine program in interchange form -------*- C++ -*-===//
//
// A program exactly as the JSON interchange of the spec holds it: bundles of
// engine -> slot lists, engine keys in JSON order (empty lists kept), debug
// slots kept verbatim. The JSON reader/writer, the vliw <-> JSON translation
// and the interpreter all meet at this type. Opcodes are resolved against the
// machine description (MachineDesc.h) when a Program is built.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SIM_PROGRAM_H
#define XYZ_SIM_PROGRAM_H

#include "xyz/Machine/Machine.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace xyz::sim {

struct Slot {
  machine::SlotKind kind = machine::SlotKind::Debug;
  /// The opcode of Alu/Valu slots.
  machine::BinaryOpcode binop = machine::BinaryOpcode::Add;
  /// Integer operands in JSON order (not used by debug slots).
  llvm::SmallVector<int64_t, 4> operands;
  /// Debug slots only: the slot's JSON array text, verbatim.
  std::string debugJson;

  /// Whether `binop` says the opcode (Alu and Valu slots).
  bool hasBinop() const {
    return kind == machine::SlotKind::Alu || kind == machine::SlotKind::Valu;
  }
  /// The opcode as the JSON interchange spells it (not for debug slots).
  llvm::StringRef getOpcodeName() const {
    return hasBinop() ? machine::getJsonName(binop)
                      : machine::getSlotInfo(kind).jsonOpcode;
  }
};

struct EngineSlots {
  machine::Engine engine;
  std::vector<Slot> slots;
};

struct Bundle {
  /// Engines in the JSON object's key order, with their slots in order.
  std::vector<EngineSlots> engines;
  /// True if the bundle costs a cycle: any engine key other than debug.
  bool isCounted() const {
    for (const EngineSlots &e : engines)
      if (e.engine != machine::Engine::Debug)
        return true;
    return false;
  }
};

struct Program {
  std::vector<Bundle> bundles;
};

/// Parses the JSON interchange. Errors are located:
/// "<name>:<line>:<col>: bundle B, engine E, slot S: <what>".
llvm::Expected<Program> parseJsonProgram(llvm::StringRef text,
                                         llvm::StringRef bufferName);
/// Writes the JSON interchange (one bundle per line).
void writeJsonProgram(const Program &program, llvm::raw_ostream &os);

/// Parses a memory image: a JSON array of integers in [0, 2^32).
llvm::Expected<std::vector<uint32_t>> parseJsonMemory(llvm::StringRef text,
                                                      llvm::StringRef bufferName);
void writeJsonMemory(llvm::ArrayRef<uint32_t> mem, llvm::raw_ostream &os);

} // namespace xyz::sim

#endif // XYZ_SIM_PROGRAM_H
