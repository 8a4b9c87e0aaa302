//===- ReferenceModel.h - A deliberately simple model of the machine -*- C++ -*-===//
//
// A slow, map-based transcription of ../shared/spec/machine.md, written
// separately from the interpreter (it does not use the decoder, evalBinary
// or any interpreter code), for differential testing against random programs.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_UNITTESTS_SIM_REFERENCEMODEL_H
#define XYZ_UNITTESTS_SIM_REFERENCEMODEL_H

#include "xyz/Sim/Program.h"
#include <cstdint>
#include <vector>

namespace xyz::sim::test {

struct ReferenceOutcome {
  uint64_t cycles = 0;
  bool faulted = false;
  /// Where the fault happened (if faulted).
  uint64_t faultCycle = 0;
  unsigned faultCore = 0;
  int64_t faultPc = 0;
  std::vector<std::vector<uint32_t>> traces;
  /// Final scratch, core after core, 1536 words each.
  std::vector<uint32_t> scratch;
};

/// Runs `program` on `cores` cores over `mem` (updated in place). Stops with
/// faulted = true where the reference simulator would fail. Gives up (as a
/// fault at cycle `maxCycles`) after `maxCycles` cycles.
ReferenceOutcome runReference(const Program &program, std::vector<uint32_t> &mem,
                              unsigned cores, uint64_t maxCycles = 1000000);

} // namespace xyz::sim::test

#endif // XYZ_UNITTESTS_SIM_REFERENCEMODEL_H
