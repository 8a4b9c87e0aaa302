//===- Interpreter.h - Cycle-accurate interpreter of the machine -*- C++ -*-===//
//
// Runs a Program on the machine of docs/machine.md and counts
// cycles exactly as the reference Python simulator does. A Program is decoded
// once into a flat instruction array (DecodedProgram) so that the hot loop is
// a switch over slot kinds with no lookups or allocations per slot. Faults
// that the reference would crash or assert on (division by zero, addresses
// out of range, over-full engines, ...) stop the run with a located message;
// they are reported when the faulting slot executes, never earlier, because
// the reference only fails on code that it reaches.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SIM_INTERPRETER_H
#define XYZ_SIM_INTERPRETER_H

#include "xyz/Sim/Program.h"
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace xyz::sim {

struct RunOptions {
  /// Cores running the program at once over the shared memory.
  unsigned cores = 1;
  /// Report two writes to the same scratch or memory word in one bundle.
  bool strict = false;
  /// The run faults once more than this many cycles have been counted.
  /// 10^8 is about 30x the naive tree-hash kernel and a few seconds of run.
  uint64_t maxCycles = 100000000;
  /// The run faults once the cores together have executed more than this
  /// many bundles (a cycle of C running cores is C steps): the work of a run
  /// is bounded whatever the number of cores.
  uint64_t maxSteps = UINT64_MAX;
  /// The run faults after this many seconds of wall time (0: no limit).
  double timeoutSeconds = 0;
  /// Run the interpreter loop compiled for baseline x86-64 even on a CPU
  /// with AVX2 (which gets a loop compiled for it): both give the same
  /// results, and the tests run both.
  bool baselineIsa = false;
};

enum class FaultKind {
  DivisionByZero,
  ScratchOutOfRange,
  MemoryOutOfRange,
  NegativePc,
  OverfullEngine,
  MalformedSlot,
  CycleLimit,
  StepLimit,
  Timeout,
  WriteConflict,
};

/// Where and why a run stopped early. `message` is complete and
/// self-contained, e.g. "cycle 3, core 0, bundle 7, alu slot 1: division by
/// zero: \"//\" with divisor scratch[12] = 0".
struct Fault {
  FaultKind kind;
  uint64_t cycle = 0;
  unsigned core = 0;
  uint64_t pc = 0;
  /// The slot at fault (not set for the cycle limit).
  std::optional<machine::Engine> engine;
  unsigned slot = 0;
  std::string message;
};

struct RunResult {
  uint64_t cycles = 0;
  /// Executed slots per engine, summed over all cores (indexed by Engine;
  /// debug slots are ignored and count 0).
  std::array<uint64_t, machine::kNumEngines> slotsExecuted{};
  /// Bundles executed, summed over all cores (free bundles included).
  uint64_t bundlesExecuted = 0;
  /// One trace buffer (values of trace_write) per core.
  std::vector<std::vector<uint32_t>> traces;
  /// Every core's scratch at the end of the run, core after core
  /// (kScratchSize words each).
  std::vector<uint32_t> scratch;
  std::optional<Fault> fault;
};

/// Observes execution (e.g. a trace writer). The interpreter checks for an
/// observer once per run and then runs a separate instantiation of its loop,
/// so an absent observer costs nothing.
class ExecutionObserver {
public:
  virtual ~ExecutionObserver();
  /// A core is about to execute `program.bundles[pc]` in cycle `cycle`.
  virtual void onBundle(unsigned core, uint64_t cycle, uint64_t pc) {}
  /// A core executes a non-debug slot of the bundle at `pc`; `slotIndex` is
  /// its position in its engine's slot list.
  virtual void onSlot(unsigned core, uint64_t cycle, uint64_t pc,
                      const Slot &slot, machine::Engine engine,
                      unsigned slotIndex) {}
};

/// A Program decoded for execution. Cheap to run many times; immutable.
/// It refers to `program` (observers and messages name its slots), which
/// must outlive it.
class DecodedProgram {
public:
  explicit DecodedProgram(const Program &program);
  DecodedProgram(Program &&) = delete;
  ~DecodedProgram();
  DecodedProgram(DecodedProgram &&);
  DecodedProgram &operator=(DecodedProgram &&);

  /// Runs over `mem`, which is updated in place. On a fault, `mem` holds the
  /// memory as it was before the faulting bundle (writes of cores that
  /// stepped earlier in that cycle included).
  RunResult run(std::vector<uint32_t> &mem, const RunOptions &options,
                ExecutionObserver *observer = nullptr) const;

  struct Impl;

private:
  std::unique_ptr<Impl> impl;
};

/// Decodes and runs `program` once.
RunResult run(const Program &program, std::vector<uint32_t> &mem,
              const RunOptions &options, ExecutionObserver *observer = nullptr);

/// The `--stats` report: per engine except debug, "used / available (pct%)"
/// where available = cycles * slot limit * cores.
void printStats(const RunResult &result, unsigned cores,
                llvm::raw_ostream &os);

} // namespace xyz::sim

#endif // XYZ_SIM_INTERPRETER_H
