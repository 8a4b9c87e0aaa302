//===- TraceWriter.h - Chrome Trace Event JSON of a run ---------*- C++ -*-===//
//
// An ExecutionObserver that streams a run as Chrome Trace Event JSON, the
// format Perfetto (ui.perfetto.dev) and chrome://tracing open: one process
// per core, one thread (track) per engine slot (SlotTracks.h), and one
// complete event per executed slot, named by its opcode, one cycle long
// (timestamps are cycles, shown as microseconds), with the bundle, the
// operands by name and, when known, the kernel source location as
// arguments. Events are written as the slots execute, straight to the
// stream, so the cost is linear in the slots executed. `xyz-run --trace`.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SIM_TRACEWRITER_H
#define XYZ_SIM_TRACEWRITER_H

#include "xyz/Sim/Interpreter.h"
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace xyz::sim {

class ProgramLocations;

class TraceWriter : public ExecutionObserver {
public:
  /// Writes the document's head and the process and track names of `cores`
  /// cores. `locations` (may be null) must belong to `program`.
  TraceWriter(const Program &program, const ProgramLocations *locations,
              unsigned cores, llvm::raw_ostream &os);

  /// Counter tracks: per core and engine, the slots used in each cycle
  /// (an event where the count changes).
  void onBundle(unsigned core, uint64_t cycle, uint64_t pc) override;
  void onSlot(unsigned core, uint64_t cycle, uint64_t pc, const Slot &slot,
              machine::Engine engine, unsigned slotIndex) override;

  /// Ends the document, recording the run's cycles (and fault, if any).
  void finish(const RunResult &result);

  /// Stop writing events once the document holds `bytes` (the run goes on;
  /// a truncated trace is an error for the caller to report).
  void setByteLimit(uint64_t bytes) { byteLimit = bytes; }
  /// The cycle at which the byte limit was reached, if it was.
  std::optional<uint64_t> getTruncatedAt() const { return truncatedAt; }

private:
  const Program &program;
  const ProgramLocations *locations;
  llvm::raw_ostream &os;
  unsigned numTracks;
  std::array<unsigned, machine::kNumEngines + 1> trackBases;
  /// Per slot kind: `"name":"<opcode>","cat":"<engine>"` and the operands'
  /// `,"<name>":` prefixes; Alu/Valu take their name from binopNames.
  std::vector<std::string> kindNames;
  std::vector<std::vector<std::string>> operandPrefixes;
  std::vector<std::string> binopNames;
  /// Per interned location: `,"loc":"<location>"`, "" for none.
  std::vector<std::string> locationArgs;
  /// Per bundle, its slots per engine (0 for a bundle that takes no cycle).
  std::vector<std::array<uint8_t, machine::kNumEngines>> bundleUse;
  /// Per core: the counts last written and the cycle of its last bundle.
  std::vector<std::array<uint8_t, machine::kNumEngines>> lastUse;
  std::vector<uint64_t> lastCycle;
  void writeCounters(unsigned core, uint64_t cycle,
                     const std::array<uint8_t, machine::kNumEngines> &use);
  uint64_t byteLimit = UINT64_MAX;
  std::optional<uint64_t> truncatedAt;
};

} // namespace xyz::sim

#endif // XYZ_SIM_TRACEWRITER_H
