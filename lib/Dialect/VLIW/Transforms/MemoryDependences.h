//===- MemoryDependences.h - Memory ordering for the scheduler -*- C++ -*-===//
//
// The alias analysis --vliw-schedule orders memory accesses with. A store
// orders after earlier loads (latency 0: the load reads before the store's
// end-of-bundle write) and stores (latency 1) that may alias it; a load
// orders after earlier stores that may alias it. Accesses to different named
// regions never alias (the kernel's promise); within a region, addresses are
// compared as base + constant offset (through constant computations), so
// accesses off one runtime base with disjoint words reorder freely.
// A load and a store of one thread loop for disjoint threads
// (`vliw.threads`) never alias either: no thread reads a word another
// thread of its loop writes (the loop's promise), so a later thread's
// loads pass an earlier thread's scatter. Two threads may store the same
// value to one word: stores stay in order, one bundle apart, except the
// copies of one store that writes a word of its own per thread
// (`vliw.distinct_words`, --xyz-distinct-stores) for disjoint threads.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_DIALECT_VLIW_TRANSFORMS_MEMORYDEPENDENCES_H
#define XYZ_LIB_DIALECT_VLIW_TRANSFORMS_MEMORYDEPENDENCES_H

#include "xyz/Dialect/VLIW/VLIWOps.h"
#include "xyz/Scheduling/Problem.h"
#include "llvm/ADT/StringMap.h"

namespace xyz::vliw {

class MemoryDependences {
public:
  /// Records the memory access of `slot` (problem operation `id`; nothing if
  /// it is not a load or store) and adds its dependences on earlier ones.
  void add(sched::Problem &problem, VirtualOp slot, unsigned id);

private:
  struct Access {
    unsigned op;
    bool isStore;
    bool known;   // the address is base + offset
    mlir::Value base; // null for a constant address
    int64_t offset;
    unsigned width;
    /// The thread loop and threads [lo, hi) the access runs for (loop -1:
    /// unknown).
    int64_t loop = -1, lo = 0, hi = 0;
    /// The store's `vliw.distinct_words` (-1: none).
    int64_t distinct = -1;
  };
  static bool mayAlias(const Access &a, const Access &b);

  struct Accesses {
    llvm::SmallVector<Access> loads, stores;
  };
  llvm::StringMap<Accesses> regions; // "" = unnamed region
};

} // namespace xyz::vliw

#endif // XYZ_LIB_DIALECT_VLIW_TRANSFORMS_MEMORYDEPENDENCES_H
