//===- ListScheduler.h - Resource-constrained list scheduling --*- C++ -*-===//
//
// A cycle-by-cycle list scheduler with scratch allocation integrated: an
// operation issues only when its engine has a free slot and its results get
// scratch words; words return to the pool in the cycle their value's last
// reader issues. Priority is the critical-path height plus a bias towards
// earlier program order (see ListSchedulerOptions).
// Out-of-order issue is limited by a scratch budget derived from the
// program-order pressure, so the scheduler can always fall back to program
// order and never runs out of scratch (there is nowhere to spill).
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SCHEDULING_LISTSCHEDULER_H
#define XYZ_SCHEDULING_LISTSCHEDULER_H

#include "xyz/Scheduling/Problem.h"
#include <memory>

namespace xyz::sched {

/// A problem's dependence graph as the list scheduler reads it (edges,
/// heights, use counts). It depends only on the problem: a search that
/// schedules one problem many times builds it once.
struct ListScheduleGraph;
llvm::Expected<std::shared_ptr<const ListScheduleGraph>>
buildListScheduleGraph(const Problem &problem);

struct ListSchedulerOptions {
  /// Weight of program order in the priority, as a fraction of the longest
  /// path (0: critical-path height only).
  double programOrderBias = 1.0;
  /// Program positions over which the bias grows by that much (0: the whole
  /// program). A long program (many work items) keeps the stagger between
  /// neighbouring items of a shorter one instead of flattening it.
  unsigned biasSpan = 0;
  /// The bottleneck resource to keep fed (~0u: none): ops within
  /// `feedHorizon` dependences of one of its ops get up to
  /// feedWeight * feedHorizon cycles of extra priority.
  unsigned feedResource = ~0u;
  /// Issue only operations within this many positions of the oldest
  /// unissued one in program order (~0u: no limit). Bounds how many
  /// independent work items start before earlier ones finish.
  unsigned window = ~0u;
  double feedWeight = 10.0;
  unsigned feedHorizon = 16;
  /// Give up (an error) once the schedule passes this many cycles (~0u: no
  /// limit): a search that only keeps schedules shorter than its best so
  /// far need not finish a hopeless candidate (e.g. one starved of scratch,
  /// which takes many times the cycles and the time of a good one).
  unsigned cycleLimit = ~0u;
  /// A reference schedule's pace: operations issued by the end of each of
  /// its cycles (not owned). With it, a run also gives up once it has
  /// taken `paceSlack` times the cycles the reference took to issue as
  /// many operations: a candidate starved of scratch falls behind from its
  /// first groups on, long before it passes cycleLimit.
  const std::vector<unsigned> *pace = nullptr;
  double paceSlack = 1.25;
  /// Per-operation priorities (higher issues first) replacing the ones above
  /// (e.g. from justify()); not owned.
  const std::vector<uint64_t> *priority = nullptr;
  /// The problem's graph from buildListScheduleGraph (not owned, must
  /// outlive the call and the problem must not change); built per call if
  /// null or built from another problem object.
  const ListScheduleGraph *graph = nullptr;
};

llvm::Expected<Solution> scheduleList(const Problem &problem,
                                      const ListSchedulerOptions &options = {});

} // namespace xyz::sched

#endif // XYZ_SCHEDULING_LISTSCHEDULER_H
