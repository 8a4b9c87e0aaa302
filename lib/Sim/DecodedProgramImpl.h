//===- DecodedProgramImpl.h - The interpreter's instruction form -*- C++ -*-===//
//
// Private to lib/Sim. A Program flattened for execution: one fixed-size Inst
// per non-debug slot, all bundles' slots in one array, scratch operands
// already range-checked and load_offset's lane offset already folded in.
// Slots that would fail regardless of run-time state (scratch address out of
// range, over-full engine, wrong operand count) become a "static fault" of
// their bundle, raised when execution reaches that slot, since the reference
// simulator only fails on what it executes.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_SIM_DECODEDPROGRAMIMPL_H
#define XYZ_LIB_SIM_DECODEDPROGRAMIMPL_H

#include "xyz/Sim/Interpreter.h"
#include <cstdint>
#include <string>
#include <vector>

namespace xyz::sim {

/// One executable slot. Scratch operands are stored in JSON order in
/// `s[0..3]` (load_offset's already include the lane offset); the immediate,
/// jump target or jump offset, if any, in `imm`.
/// Inst::code of an ALU / VALU slot: this plus its opcode. Other slots
/// have their SlotKind.
constexpr unsigned kAluCode = 64;
constexpr unsigned kValuCode = 96;
static_assert(machine::kNumSlotKinds <= kAluCode &&
                  machine::getMaxEnumValForBinaryOpcode() <
                      kValuCode - kAluCode &&
                  kValuCode + machine::getMaxEnumValForBinaryOpcode() < 256,
              "Inst::code ranges overlap");

struct Inst {
  /// What the interpreter dispatches on: the kind, or for ALU and VALU slots
  /// the kind and the opcode.
  uint8_t code;
  machine::SlotKind kind;
  machine::BinaryOpcode op;
  machine::Engine engine;
  /// Set on the slots in the order a bundle checked not to fault runs
  /// them (BundleRec::directFirst): true if no later slot, nor a later lane
  /// of this one, reads a word it writes, and no other slot writes it: its
  /// scratch writes may skip the write log. A store: no slot after the
  /// bundle's first store reads memory, so it may write memory in place.
  bool direct;
  /// For the first of consecutive direct ALU slots (or VALU slots) with one
  /// opcode that cannot fault, how many there are (up to 255; else 1): a
  /// bundle checked not to fault runs them as one loop, one dispatch.
  uint8_t run = 1;
  /// Position in its engine's slot list (for messages).
  uint16_t slotIndex;
  uint32_t s[4];
  int64_t imm;
};

/// A fault found while decoding, raised when its slot is reached.
struct StaticFault {
  FaultKind kind;
  machine::Engine engine;
  unsigned slotIndex;
  const Slot *slot = nullptr;
  std::string what;
};

struct BundleRec {
  /// Insts [first, stop) execute; then, if `faultIndex` is set, the bundle's
  /// static fault is raised. Once its checks pass, the bundle runs the same
  /// slots in another order from `directFirst` (see Inst::direct; the same
  /// as `first` where the order is the bundle's).
  uint32_t first;
  uint32_t stop;
  uint32_t directFirst = 0;
  int32_t faultIndex = -1;
  bool counted;
  /// The slots that can fault at run time are `checks[checkFirst,
  /// checkStop)`: once they are known not to, the slots marked direct
  /// write scratch without the log. The memory accesses come first, up to
  /// `checkMemoryStop`.
  uint32_t checkFirst = 0;
  uint32_t checkMemoryStop = 0;
  uint32_t checkStop = 0;
  /// Non-debug slots per engine, for the statistics.
  uint8_t slotsPerEngine[machine::kNumEngines] = {};
};

struct DecodedProgram::Impl {
  /// The source, for observers and messages (the caller keeps it alive).
  const Program &program;
  std::vector<Inst> insts;
  /// Source slot of each Inst.
  std::vector<const Slot *> sources;
  std::vector<BundleRec> bundles;
  /// The slots that can fault at run time, bundle after bundle.
  struct Check {
    /// Index into `insts`.
    uint32_t inst;
    /// Memory accesses (most checks): the scratch word holding the address
    /// and the words accessed; they fault if address + width > memory size.
    /// Otherwise (`width` 0) the interpreter asks the slot itself.
    uint16_t addressWord;
    uint8_t width;
  };
  std::vector<Check> checks;
  std::vector<StaticFault> staticFaults;

  explicit Impl(const Program &p);
};

/// "alu slot 2 (\"+\")": a slot named for messages.
std::string describeSlot(machine::Engine engine, unsigned slotIndex,
                         const Slot &slot);

} // namespace xyz::sim

#endif // XYZ_LIB_SIM_DECODEDPROGRAMIMPL_H
