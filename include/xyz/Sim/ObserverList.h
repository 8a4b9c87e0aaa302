//===- ObserverList.h - Several execution observers as one ------*- C++ -*-===//
//
// DecodedProgram::run takes one ExecutionObserver; this one forwards every
// event to several (e.g. `xyz-run --trace T --html H` in one run).
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SIM_OBSERVERLIST_H
#define XYZ_SIM_OBSERVERLIST_H

#include "xyz/Sim/Interpreter.h"
#include <vector>

namespace xyz::sim {

class ObserverList : public ExecutionObserver {
public:
  void add(ExecutionObserver *observer) { observers.push_back(observer); }
  bool empty() const { return observers.empty(); }
  /// The observer to pass to run(): null for none, itself for several.
  ExecutionObserver *get() {
    if (observers.size() <= 1)
      return observers.empty() ? nullptr : observers.front();
    return this;
  }

  void onBundle(unsigned core, uint64_t cycle, uint64_t pc) override {
    for (ExecutionObserver *observer : observers)
      observer->onBundle(core, cycle, pc);
  }
  void onSlot(unsigned core, uint64_t cycle, uint64_t pc, const Slot &slot,
              machine::Engine engine, unsigned slotIndex) override {
    for (ExecutionObserver *observer : observers)
      observer->onSlot(core, cycle, pc, slot, engine, slotIndex);
  }

private:
  std::vector<ExecutionObserver *> observers;
};

} // namespace xyz::sim

#endif // XYZ_SIM_OBSERVERLIST_H
