//===- SlotTracks.h - One track per engine slot, for schedule views -*- C++ -*-===//
//
// The trace and HTML views draw one track (row) per slot a bundle can hold:
// alu-0..11, valu-0..5, load-0..1, store-0..1, flow-0, engine by engine in
// the machine description's order, debug excluded. Slot `i` of an engine's
// list in a bundle is drawn on that engine's i-th track.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SIM_SLOTTRACKS_H
#define XYZ_SIM_SLOTTRACKS_H

#include "xyz/Machine/Machine.h"
#include "llvm/ADT/SmallVector.h"
#include <array>

namespace xyz::sim {

/// Engines with tracks, i.e. every engine but debug, in enum order.
inline bool hasTracks(machine::Engine engine) {
  return engine != machine::Engine::Debug;
}

/// The engines with tracks, in enum order (the order tables show them).
inline llvm::SmallVector<machine::Engine> getTrackEngines() {
  llvm::SmallVector<machine::Engine> engines;
  for (unsigned e = 0; e < machine::kNumEngines; ++e)
    if (hasTracks(static_cast<machine::Engine>(e)))
      engines.push_back(static_cast<machine::Engine>(e));
  return engines;
}

/// The first track of each engine (kNumEngines entries, debug's unused) and,
/// last, the number of tracks.
inline std::array<unsigned, machine::kNumEngines + 1> getTrackBases() {
  std::array<unsigned, machine::kNumEngines + 1> bases{};
  unsigned next = 0;
  for (unsigned e = 0; e < machine::kNumEngines; ++e) {
    bases[e] = next;
    if (hasTracks(static_cast<machine::Engine>(e)))
      next += machine::getSlotLimit(static_cast<machine::Engine>(e));
  }
  bases[machine::kNumEngines] = next;
  return bases;
}

} // namespace xyz::sim

#endif // XYZ_SIM_SLOTTRACKS_H
