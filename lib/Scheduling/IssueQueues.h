//===- IssueQueues.h - The cycle-by-cycle issue of a list scheduler -*- C++ -*-===//
//
// What scheduleList and justify's passes share: per-resource ready queues
// by priority, the slots each resource has used in the current cycle, an
// operation's alternative resource when its own is full, operations
// waiting for the cycle their last predecessor lets them issue in, and the
// release of successors as operations issue. Each scheduler keeps its own
// policy (scratch, issue windows, when successors become ready); the
// queues only decide which ready operation a resource tries next.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_SCHEDULING_ISSUEQUEUES_H
#define XYZ_LIB_SCHEDULING_ISSUEQUEUES_H

#include "xyz/Scheduling/Problem.h"
#include <algorithm>
#include <map>
#include <queue>

namespace xyz::sched {

class IssueQueues {
public:
  /// (priority, ~operation): higher priority first, then program order.
  using Entry = std::pair<uint64_t, unsigned>;

  /// `numPreds`: per operation, the predecessors it waits for. With
  /// `spread`, an alternative whose slots may spread over cycles
  /// (Operation::altFirstSlots) issues with that many of them free: the
  /// caller takes the rest in later cycles (take()). Without, it needs
  /// them all at once.
  IssueQueues(const Problem &problem, std::vector<unsigned> numPreds,
              bool spread = false)
      : problem(problem), spread(spread), ready(problem.resourceLimits.size()),
        used(problem.resourceLimits.size(), 0),
        hasAlternatives(problem.resourceLimits.size(), false),
        waiting(std::move(numPreds)), earliest(problem.operations.size(), 0) {
    unsigned numResources = problem.resourceLimits.size();
    minAltSlots.assign(numResources * numResources, ~0u);
    for (const Operation &op : problem.operations)
      if (op.altResource != ~0u) {
        hasAlternatives[op.resource] = true;
        unsigned &slots =
            minAltSlots[op.resource * numResources + op.altResource];
        slots = std::min(slots, spread && op.altFirstSlots ? op.altFirstSlots
                                                           : op.altSlots);
      }
  }

  unsigned numResources() const { return ready.size(); }

  /// Makes operation `i` ready on its resource with `priority`.
  void push(unsigned i, uint64_t priority) {
    ready[problem.operations[i].resource].push(Entry(priority, ~i));
  }

  /// A new cycle: no slot used.
  void startCycle() { std::fill(used.begin(), used.end(), 0); }

  /// The operation's own resource has a free slot.
  bool fitsPrimary(unsigned i) const {
    unsigned r = problem.operations[i].resource;
    return used[r] < problem.resourceLimits[r];
  }
  /// Its alternative resource (if any) has `altSlots` free slots (one that
  /// may spread: `altFirstSlots`), and taking them leaves no more urgent
  /// operation of that resource without one (`priority`: the operation's;
  /// `stale(j)`: j issued already).
  template <typename StaleFn>
  bool fitsAlternative(unsigned i, uint64_t priority, StaleFn stale) {
    const Operation &op = problem.operations[i];
    return op.altResource != ~0u && altSlotsNow(i) != 0 &&
           used[op.altResource] + altSlotsNow(i) <=
               problem.resourceLimits[op.altResource] &&
           !outranked(op.altResource, Entry(priority, ~i), stale);
  }
  /// The slots operation `i` takes on its alternative in this cycle:
  /// `altSlots`, or for one that may spread as many of them as are free if
  /// that is at least `altFirstSlots` (else 0: it does not fit).
  unsigned altSlotsNow(unsigned i) const {
    const Operation &op = problem.operations[i];
    if (!spread || !op.altFirstSlots)
      return op.altSlots;
    unsigned n = std::min(op.altSlots, freeSlots(op.altResource));
    return n >= op.altFirstSlots ? n : 0;
  }
  /// Takes the slots of operation `i` (on its alternative if `alt`).
  void use(unsigned i, bool alt) {
    const Operation &op = problem.operations[i];
    if (alt)
      used[op.altResource] += altSlotsNow(i);
    else
      ++used[op.resource];
  }
  /// Resource `r`'s free slots in this cycle, and taking `n` of them (the
  /// later slots of a spread alternative).
  unsigned freeSlots(unsigned r) const {
    return problem.resourceLimits[r] -
           std::min(used[r], problem.resourceLimits[r]);
  }
  void take(unsigned r, unsigned n) { used[r] += n; }

  /// Tries the ready operations of resource `r` by priority, each on its
  /// resource or else its alternative: `issue(i, alt)` issues one (it may
  /// refuse: false) and the queues take its slots. Stops once the resource
  /// is full and no op can move off it, after `kMaxMisses` operations that
  /// found no slot, or after `maxRefusals` that `issue` refused. Entries
  /// `stale(i)` says were issued already are dropped. Refused operations
  /// stay ready. Returns whether any operation issued.
  template <typename IssueFn, typename StaleFn>
  bool drain(unsigned r, IssueFn issue, StaleFn stale,
             unsigned maxRefusals = ~0u) {
    bool progress = false;
    blocked.clear();
    // Once the resource is full only ops with an alternative can still
    // issue; give up after a few that cannot, so a full resource with many
    // ready ops does not cost a pass over all of them per cycle.
    unsigned misses = 0, refusals = 0;
    while (!ready[r].empty()) {
      Entry entry = ready[r].top();
      unsigned i = ~entry.second;
      if (stale(i)) {
        ready[r].pop();
        continue;
      }
      bool primary = fitsPrimary(i);
      if (!primary && !anyAlternativeFits(r))
        break;
      bool alt = !primary && fitsAlternative(i, entry.first, stale);
      ready[r].pop();
      if ((!primary && !alt) || !issue(i, alt)) {
        blocked.push_back(entry);
        if (!primary ? ++misses > kMaxMisses : ++refusals > maxRefusals)
          break;
        continue;
      }
      use(i, alt);
      progress = true;
    }
    for (const Entry &e : blocked)
      ready[r].push(e);
    return progress;
  }

  /// Whether some operation of resource `r` could still take slots of its
  /// alternative resource in this cycle (the fewest slots any of them
  /// takes there are free): once `r` is full and none could, no ready
  /// operation of `r` can issue.
  bool anyAlternativeFits(unsigned r) const {
    if (!hasAlternatives[r])
      return false;
    unsigned numResources = used.size();
    for (unsigned a = 0; a < numResources; ++a) {
      unsigned slots = minAltSlots[r * numResources + a];
      if (slots != ~0u && used[a] + slots <= problem.resourceLimits[a])
        return true;
    }
    return false;
  }

  /// Whether resource `a`'s own best ready operation comes before `entry`
  /// and would find no slot left once `entry` took its alternative slots
  /// on `a`: an operation moving off a full resource does not take the
  /// last slot of a more urgent one.
  template <typename StaleFn>
  bool outranked(unsigned a, const Entry &entry, StaleFn stale) {
    unsigned i = ~entry.second;
    if (used[a] + altSlotsNow(i) < problem.resourceLimits[a])
      return false;
    std::priority_queue<Entry> &queue = ready[a];
    while (!queue.empty() && stale(~queue.top().second))
      queue.pop();
    return !queue.empty() && entry < queue.top();
  }

  /// Operation `i` may issue from `cycle` on.
  void waitFor(unsigned cycle, unsigned i) { pending[cycle].push_back(i); }
  /// Calls `f` on the operations that may issue from `cycle` on.
  template <typename Fn> void takeDue(unsigned cycle, Fn f) {
    if (auto it = pending.find(cycle); it != pending.end()) {
      for (unsigned i : it->second)
        f(i);
      pending.erase(it);
    }
  }
  bool nothingWaiting() const { return pending.empty(); }

  /// A predecessor of `to` lets it issue from `cycle` on; true once that
  /// was the last one (earliestCycle(to) is then when it may issue).
  bool release(unsigned to, unsigned cycle) {
    earliest[to] = std::max(earliest[to], cycle);
    return --waiting[to] == 0;
  }
  unsigned earliestCycle(unsigned i) const { return earliest[i]; }

  /// Operations that found no slot a resource tries per drain once full.
  static constexpr unsigned kMaxMisses = 32;

private:
  const Problem &problem;
  bool spread;
  std::vector<std::priority_queue<Entry>> ready;
  std::vector<unsigned> used;
  std::vector<bool> hasAlternatives; // per resource: some op may move off it
  /// [resource * numResources + alternative]: the fewest slots an operation
  /// of the resource takes on that alternative (~0u: none moves there).
  std::vector<unsigned> minAltSlots;
  std::map<unsigned, std::vector<unsigned>> pending; // cycle -> ops
  std::vector<unsigned> waiting, earliest;
  std::vector<Entry> blocked; // refused in a drain, back in the queue after
};

} // namespace xyz::sched

#endif // XYZ_LIB_SCHEDULING_ISSUEQUEUES_H
