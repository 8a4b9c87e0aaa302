//===- CostModel.h - What an op mix costs the machine -----------*- C++ -*-===//
//
// The one cost model of the machine, next to its description: an op mix
// (slots per engine) and the cycles it needs at least on each engine, on the
// vector engines together (a VALU op is 8 lanes of work the 12 ALU slots can
// also do, one lane per slot), and overall. Passes estimating a kernel, the
// scheduler's statistics and the HTML view all compute floors here.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_MACHINE_COSTMODEL_H
#define XYZ_MACHINE_COSTMODEL_H

#include "xyz/Machine/Machine.h"
#include <array>

namespace xyz::machine {

/// Every op of the machine issues in one cycle and its results land at the
/// end of it: a reader issues at least this many cycles later.
inline constexpr unsigned kLatency = 1;

/// Slots per engine (fractional where an estimate averages over threads).
struct OpMix {
  std::array<double, kNumEngines> slots{};

  double &operator[](Engine e) { return slots[static_cast<unsigned>(e)]; }
  double operator[](Engine e) const { return slots[static_cast<unsigned>(e)]; }
  OpMix &operator+=(const OpMix &other) {
    for (unsigned e = 0; e < slots.size(); ++e)
      slots[e] += other.slots[e];
    return *this;
  }
};

/// Lanes of vector work per cycle: 8 per VALU slot plus one per ALU slot.
inline unsigned vectorWorkCapacity() {
  return kVectorLength * getSlotLimit(Engine::Valu) +
         getSlotLimit(Engine::Alu);
}

/// Cycles `engine`'s slots of `mix` need on `cores` cores (not rounded).
inline double engineFloor(const OpMix &mix, Engine engine,
                          unsigned cores = 1) {
  return mix[engine] / (double(getSlotLimit(engine)) * cores);
}

/// Lanes of vector work in `mix`: 8 per VALU op, one per ALU op.
inline double vectorWork(const OpMix &mix) {
  return kVectorLength * mix[Engine::Valu] + mix[Engine::Alu];
}

/// Cycles the VALU and ALU need together, each doing the other's work where
/// it can: the vector work over the lanes both offer per cycle.
inline double vectorWorkFloor(const OpMix &mix, unsigned cores = 1) {
  return vectorWork(mix) / (double(vectorWorkCapacity()) * cores);
}

/// The cycles `mix` needs at least: the largest engine floor (debug slots
/// are free) or the vector-work floor. `bindingEngine`, if given, is set to
/// the engine that binds, or std::nullopt when the vector work does.
double resourceFloor(const OpMix &mix, unsigned cores = 1,
                     std::optional<Engine> *bindingEngine = nullptr);

/// The floor a schedule that splits vector ops onto ALU lanes can reach:
/// the vector-work floor or the load, store or flow engine's, whichever is
/// larger (the VALU alone, or the ALU alone, does not bind while the other
/// has room).
double pooledResourceFloor(const OpMix &mix, unsigned cores = 1);

} // namespace xyz::machine

#endif // XYZ_MACHINE_COSTMODEL_H
