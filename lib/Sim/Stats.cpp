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
  for (unsigned e = 0; e < vliw::kNumEngines; ++e) {
    auto engine = static_cast<vliw::Engine>(e);
    if (engine == vliw::Engine::Debug)
      continue;
    uint64_t used = result.slotsExecuted[e];
    uint64_t available = result.cycles * vliw::getSlotLimit(engine) * cores;
    double pct = available ? 100.0 * double(used) / double(available) : 0.0;
    os << vliw::stringifyEngine(engine) << ": " << used << " / " << available
       << " (" << llvm::format("%.1f", pct) << "%)\n";
  }
}
