//===- Justify.h - Forward-backward improvement of a schedule ---*- C++ -*-===//
//
// Justification (forward-backward improvement), a classic improvement step
// for resource-constrained project scheduling: given a schedule, list-
// schedule the reversed dependence graph with the ops that finished last
// taking the last cycles (every op moves as late as the resources allow:
// right-justified), then schedule forward again with the ops that start
// earliest in that schedule going first (left-justified). Each pass keeps
// the order of the previous one where the resources let it and closes the
// idle gaps a greedy forward pass leaves, in particular at the end of the
// schedule, where a forward list scheduler runs out of ready work.
//
// The passes see resources and dependences only (no scratch); the result
// is a priority for scheduleList, which then rebuilds the schedule with
// scratch allocation.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SCHEDULING_JUSTIFY_H
#define XYZ_SCHEDULING_JUSTIFY_H

#include "xyz/Scheduling/Problem.h"

namespace xyz::sched {

struct JustifiedOrder {
  /// Per operation: higher issues first (the start cycle in the best
  /// left-justified schedule, negated and shifted to be non-negative).
  std::vector<uint64_t> priority;
  /// Length of that schedule on resources alone: a bound scheduleList can
  /// reach when scratch does not constrain it.
  unsigned numCycles = 0;
  /// The operations in the order that schedule issues them (by cycle, ties
  /// in program order): a topological order.
  std::vector<unsigned> order;
};

/// `problem` with its operations renumbered so that the k-th is
/// `order[k]` (a topological order of the dependences); values keep their
/// numbers. scheduleList's scratch guarantee follows program order, so
/// rescheduling a justified order as the program order lets work that the
/// justified schedule starts early (e.g. a scalar tail at the end of the
/// program) allocate scratch as if it came first.
Problem permute(const Problem &problem, const std::vector<unsigned> &order);

/// Runs `rounds` backward-forward pairs starting from the cycles of
/// `initial` (e.g. a list schedule's) and returns the order of the shortest
/// forward schedule found. With a `window`, each pass issues only ops
/// within that many positions of the oldest one it has not issued (in its
/// direction's program order), as scheduleList's issue window does: the
/// passes see no scratch, and a long program's justified order is then
/// one a windowed list schedule can follow without starving.
JustifiedOrder justify(const Problem &problem,
                       const std::vector<unsigned> &initial, unsigned rounds,
                       unsigned window = ~0u);

} // namespace xyz::sched

#endif // XYZ_SCHEDULING_JUSTIFY_H
