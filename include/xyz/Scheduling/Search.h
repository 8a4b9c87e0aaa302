//===- Search.h - A search over list schedules and justification -*- C++ -*-===//
//
// The schedule search of `vliw-schedule`, free of MLIR: a few deterministic
// list schedules (issue windows, program-order biases, feed weights; and
// the program in demand order, sched::demandOrder), the shortest kept,
// then justification (forward-backward improvement) from the
// best list schedule of each bias, each justified order rebuilt with scratch
// both as a priority and as the program order (sched::permute). Candidates
// far longer than the best so far, or falling behind its pace, are cut
// short. A program much longer than the work in flight at once
// (sched::inFlight) is searched over a span of program order instead of the
// whole of it, so that the search costs time linear in the program.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SCHEDULING_SEARCH_H
#define XYZ_SCHEDULING_SEARCH_H

#include "xyz/Scheduling/Problem.h"

namespace xyz::sched {

struct SearchOptions {
  /// The program-order bias of the first list schedule; the search also
  /// tries multiples of it (ListSchedulerOptions::programOrderBias).
  double programOrderBias = 1.0;
  /// The bottleneck resource to keep fed (~0u: none).
  unsigned feedResource = ~0u;
  /// 0: a few issue windows and biases; 1: also more biases and feed
  /// weights, and every list schedule starts justification.
  unsigned searchLevel = 0;
  /// Off: one list schedule, then justification if any.
  bool windows = true;
  /// Backward-forward rounds from each justification start (0: none).
  unsigned justifyRounds = 4;
  /// A program of more than this many times the operations in flight is
  /// searched over a span of that many (see the file comment).
  uint64_t spanInFlight = 6;
  /// Threads for the independent parts of the search (justification from
  /// each start); 0: one per hardware thread. The result does not depend
  /// on it.
  unsigned threads = 0;
};

/// The shortest schedule the search finds (it verifies against `problem`),
/// or the error of the first list schedule if that one fails.
llvm::Expected<Solution> searchSchedule(const Problem &problem,
                                        const SearchOptions &options = {});

} // namespace xyz::sched

#endif // XYZ_SCHEDULING_SEARCH_H
