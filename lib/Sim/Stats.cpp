//===- Stats.cpp - Slot utilisation report of a run ----------------------===//
//
// `xyz-run --stats`: how full the bundles were, per engine, against what the
// machine could have issued in the cycles the run took.
//
//===----------------------------------------------------------------------===//

#include "xyz/Sim/Interpreter.h"
#include "llvm/Support/Format.h"

using namespace xyz;
using namespace xyz::sim;

void sim::printStats(const RunResult &result, unsigned cores,
                     llvm::raw_ostream &os) {
  for (unsigned e = 0; e < machine::kNumEngines; ++e) {
    auto engine = static_cast<machine::Engine>(e);
    if (engine == machine::Engine::Debug)
      continue;
    uint64_t used = result.slotsExecuted[e];
    uint64_t available = result.cycles * machine::getSlotLimit(engine) * cores;
    double pct = available ? 100.0 * double(used) / double(available) : 0.0;
    os << machine::stringifyEngine(engine) << ": " << used << " / " << available
       << " (" << llvm::format("%.1f", pct) << "%)\n";
  }
}
