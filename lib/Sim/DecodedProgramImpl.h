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
struct Inst {
  machine::SlotKind kind;
  machine::BinaryOpcode op;
  machine::Engine engine;
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
  /// static fault is raised.
  uint32_t first;
  uint32_t stop;
  int32_t faultIndex = -1;
  bool counted;
  /// Non-debug slots per engine, for the statistics.
  uint8_t slotsPerEngine[machine::kNumEngines] = {};
};

struct DecodedProgram::Impl {
  /// A copy of the source, for observers and messages.
  Program program;
  std::vector<Inst> insts;
  /// Source slot of each Inst.
  std::vector<const Slot *> sources;
  std::vector<BundleRec> bundles;
  std::vector<StaticFault> staticFaults;

  explicit Impl(const Program &p);
};

/// "alu slot 2 (\"+\")": a slot named for messages.
std::string describeSlot(machine::Engine engine, unsigned slotIndex,
                         const Slot &slot);

} // namespace xyz::sim

#endif // XYZ_LIB_SIM_DECODEDPROGRAMIMPL_H
