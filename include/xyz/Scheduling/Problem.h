//===- Problem.h - A bundle scheduling problem -----------------*- C++ -*-===//
//
// The scheduling problem of a straight-line machine program, separate from
// the algorithms that solve it (in the manner of CIRCT's scheduling library):
// operations on resource classes (engines) with per-cycle limits, values they
// produce and read (each needing `width` contiguous scratch words while live),
// and extra dependences with latencies (memory ordering). A Solution gives
// every operation a cycle and every value a scratch address; Problem::verify
// checks one independently of how it was found.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SCHEDULING_PROBLEM_H
#define XYZ_SCHEDULING_PROBLEM_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <string>
#include <vector>

namespace xyz::sched {

struct Operation {
  unsigned resource = 0;
  /// An alternative implementation on another resource taking `altSlots`
  /// slots of it in the same cycle (e.g. a VALU op as 8 ALU ops), or ~0u.
  unsigned altResource = ~0u;
  unsigned altSlots = 0;
  /// If nonzero, the alternative's slots are independent (the lanes of a
  /// vector op as one ALU op each) and it may start with only this many of
  /// them free, taking the rest in the following issue cycles as the
  /// resource has room. The operation reads its operands in each of those
  /// cycles; its results are complete (successors may start) after the
  /// last.
  unsigned altFirstSlots = 0;
  /// Values read (at the start of the cycle) and written (at its end).
  llvm::SmallVector<unsigned, 4> operands;
  llvm::SmallVector<unsigned, 1> results;
};

struct Value {
  unsigned width = 1; // contiguous scratch words
  /// Operations writing it. Usually one; several when each writes a part
  /// (e.g. one lane each). Readers wait for all of them.
  llvm::SmallVector<unsigned, 1> producers;
  llvm::SmallVector<unsigned, 4> users; // operations reading it (may repeat)
  /// A part of another value (a block): its words are the block's words
  /// from `offset` on. A block is allocated and live as one (from the
  /// first write of any part to the last read of any), while the data
  /// dependences stay those of each part. A block has only parts (no
  /// producers or users of its own); parts do not nest. A part that
  /// only spans others (a window read across two of them) lists their
  /// producers as its own; it is no operation's result.
  unsigned parent = ~0u;
  unsigned offset = 0;
  /// Holds zero from the start, with no producer: scratch starts all zero,
  /// so a word no operation writes before this value's last reader needs no
  /// operation to hold it. Live from the start (before any cycle) to its
  /// last reader; a word of its own (no part of a block).
  bool preset = false;
};

/// `to` may start no earlier than `latency` cycles after `from`.
struct Dependence {
  unsigned from, to, latency;
};

class Problem {
public:
  /// Per-cycle capacity of each resource class.
  std::vector<unsigned> resourceLimits;
  /// Scratch words available for values.
  unsigned scratchSize = 0;
  /// Vector values are placed on addresses that are multiples of this.
  unsigned vectorAlign = 8;

  std::vector<Operation> operations;
  std::vector<Value> values;
  std::vector<Dependence> dependences;

  unsigned addValue(unsigned width) {
    values.push_back(Value{width, {}, {}});
    return values.size() - 1;
  }
  /// A word holding zero from the start (Value::preset).
  unsigned addPresetZero() {
    unsigned id = addValue(1);
    values[id].preset = true;
    return id;
  }
  /// A value of `width` words at `offset` in block `parent`.
  unsigned addPart(unsigned parent, unsigned offset, unsigned width) {
    values.push_back(Value{width, {}, {}, parent, offset});
    return values.size() - 1;
  }
  /// The value allocated for `v`: its block if it is a part.
  unsigned rootOf(unsigned v) const {
    return values[v].parent == ~0u ? v : values[v].parent;
  }
  /// Whether `v` is a value of its own, or a part lying inside its block
  /// (which is no part itself).
  bool isPlaced(unsigned v) const {
    const Value &value = values[v];
    if (value.parent == ~0u)
      return true;
    return value.parent < values.size() &&
           values[value.parent].parent == ~0u &&
           value.offset + value.width <= values[value.parent].width;
  }
  unsigned addOperation(unsigned resource, llvm::ArrayRef<unsigned> operands,
                        llvm::ArrayRef<unsigned> results);
  void addDependence(unsigned from, unsigned to, unsigned latency) {
    dependences.push_back({from, to, latency});
  }
};

struct Solution {
  std::vector<unsigned> cycle;   // per operation (its first cycle if spread)
  std::vector<bool> alternative; // per operation: issued on its altResource
  /// Per operation: empty, or for an alternative spread over several
  /// cycles (Operation::altSpread) the cycle of each of its `altSlots`
  /// slots, in slot (lane) order, non-decreasing; the first is `cycle`.
  std::vector<llvm::SmallVector<unsigned, 0>> spread;
  std::vector<int64_t> address; // per value
  unsigned numCycles = 0;

  /// The cycle operation `i` ends in: its last slot's.
  unsigned lastCycle(unsigned i) const {
    return i < spread.size() && !spread[i].empty() ? spread[i].back()
                                                   : cycle[i];
  }
};

/// Cycles the resources need at least: the busiest resource's operations
/// over its limit, an operation with an alternative counted on whichever
/// of its two resources (their combined capacity, in alternative slots).
double resourceFloor(const Problem &problem);

/// Cycles of the longest dependence chain (every operation takes one).
unsigned criticalPath(const Problem &problem);

/// A floor of one resource that counts when its operations can run: an
/// operation cannot issue before its release (the longest chain above it)
/// and must leave its tail (the longest chain from it, itself included)
/// before the end. For any set S of the resource's operations, the last
/// of them issues at least ceil(|S| / limit) - 1 cycles after the
/// earliest release in S, so the schedule takes at least that plus the
/// shortest tail in S; S ranges over the operations released no earlier
/// than each release, and over those whose tail is no shorter than each
/// tail. Operations with an alternative resource are left out (they may
/// go elsewhere). `ramp` and `drain` are the release and the tail of the
/// set that gives the floor.
struct SpanFloor {
  unsigned floor = 0, ramp = 0, drain = 0, ops = 0;
};
SpanFloor spanFloor(const Problem &problem, unsigned resource);

/// Operations in flight at once in a schedule at the resource floor (by
/// Little's law: operations per cycle at the floor times the cycles one
/// chain takes): how much program order a scheduler must look at to keep
/// the resources busy.
unsigned inFlight(const Problem &problem);

/// A program order in which every operation comes just before the first
/// one that needs it: the operations whose results nothing reads (stores,
/// mostly), in program order, each after whatever it depends on (data and
/// extra dependences) that is not placed yet, depth first. Where a program
/// runs one phase over every work item before the next phase (a loop of
/// steps around a thread loop, once threads are expanded), it runs the
/// items one after another through all their phases instead. With
/// `dependentsPull`, an operation that another depends on (a store a later
/// load must follow) is no root: it comes just before that dependent,
/// where the later phase needs it. A topological order.
std::vector<unsigned> demandOrder(const Problem &problem,
                                  bool dependentsPull = false);

/// Checks a solution: every operation placed, resource limits per cycle,
/// data dependences (a value is read strictly after every cycle that writes
/// it),
/// extra dependences, and scratch: live values never share a word, and a word
/// is written by at most one operation per cycle (a block lives from the
/// first write of any part to the last read of any; a part's address is
/// its block's plus its offset; a preset value from before the first cycle,
/// so no operation writes its word until its last reader has read it).
llvm::Error verify(const Problem &problem, const Solution &solution);

} // namespace xyz::sched

#endif // XYZ_SCHEDULING_PROBLEM_H
