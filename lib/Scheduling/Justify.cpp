//===- Justify.cpp - Forward-backward improvement of a schedule -----------===//
//
// One pass is a list scheduler on resources alone over the dependence graph
// in one direction: cycle by cycle, every resource takes its ready ops by
// priority; an op whose engine is full may take its alternative engine
// (`altSlots` slots of it), as in scheduleList (the issue itself is
// IssueQueues.h, shared with it). Backward, the graph is
// reversed and cycle 0 is the last cycle of the schedule.
//
//===----------------------------------------------------------------------===//

#include "xyz/Scheduling/Justify.h"
#include "IssueQueues.h"
#include <algorithm>
#include <queue>

using namespace xyz::sched;

namespace {

struct Edge {
  unsigned to, latency;
};

struct Graph {
  std::vector<std::vector<Edge>> succs, preds;

  explicit Graph(const Problem &problem) {
    unsigned n = problem.operations.size();
    succs.assign(n, {});
    preds.assign(n, {});
    auto add = [&](unsigned from, unsigned to, unsigned latency) {
      succs[from].push_back({to, latency});
      preds[to].push_back({from, latency});
    };
    for (unsigned i = 0; i < n; ++i)
      for (unsigned v : problem.operations[i].operands)
        for (unsigned p : problem.values[v].producers)
          add(p, i, 1);
    for (const Dependence &d : problem.dependences)
      add(d.from, d.to, d.latency);
  }
};

/// Schedules along `out` (edges released by an op) with `priority` (higher
/// first); returns each op's cycle and sets `length`.
std::vector<unsigned> listPass(const Problem &problem,
                               const std::vector<std::vector<Edge>> &out,
                               const std::vector<std::vector<Edge>> &in,
                               const std::vector<uint64_t> &priority,
                               unsigned &length, unsigned window,
                               bool reversed) {
  unsigned n = problem.operations.size();
  // Position of an op in the pass's program order (backward passes run
  // from the end); the same map turns a position back into an op.
  auto position = [&](unsigned i) { return reversed ? n - 1 - i : i; };
  unsigned frontier = 0; // the first position not issued
  // Ready ops beyond the window, by position, until the frontier nears.
  std::priority_queue<unsigned, std::vector<unsigned>, std::greater<unsigned>>
      parked;
  auto inWindow = [&](unsigned i) {
    return window == ~0u || uint64_t(position(i)) < uint64_t(frontier) + window;
  };
  std::vector<unsigned> numPreds(n);
  for (unsigned i = 0; i < n; ++i)
    numPreds[i] = in[i].size();
  IssueQueues queues(problem, numPreds);
  for (unsigned i = 0; i < n; ++i)
    if (!numPreds[i])
      queues.waitFor(0, i);
  std::vector<unsigned> cycleOf(n, ~0u);
  // Reused every cycle (allocating it per cycle showed in profiles).
  std::vector<unsigned> issued;
  unsigned done = 0, cycle = 0, last = 0;
  auto take = [&](unsigned i, bool /*alt*/) {
    cycleOf[i] = cycle;
    issued.push_back(i);
    return true;
  };
  auto never = [](unsigned) { return false; };
  while (done < n) {
    queues.takeDue(cycle, [&](unsigned i) {
      if (inWindow(i))
        queues.push(i, priority[i]);
      else
        parked.push(position(i));
    });
    while (!parked.empty() &&
           uint64_t(parked.top()) < uint64_t(frontier) + window) {
      unsigned i = position(parked.top());
      parked.pop();
      queues.push(i, priority[i]);
    }
    queues.startCycle();
    issued.clear();
    for (unsigned r = 0; r < queues.numResources(); ++r)
      queues.drain(r, take, never);
    // Successors become ready in a later cycle (a latency-0 dependence,
    // which would allow this one, is kept conservatively in either
    // direction).
    for (unsigned i : issued) {
      ++done;
      last = cycle;
      for (const Edge &e : out[i])
        if (queues.release(e.to, cycle + std::max(e.latency, 1u)))
          queues.waitFor(queues.earliestCycle(e.to), e.to);
    }
    while (frontier < n && cycleOf[position(frontier)] != ~0u)
      ++frontier;
    ++cycle;
  }
  length = n ? last + 1 : 0;
  return cycleOf;
}

} // namespace

JustifiedOrder xyz::sched::justify(const Problem &problem,
                                   const std::vector<unsigned> &initial,
                                   unsigned rounds, unsigned window) {
  unsigned n = problem.operations.size();
  Graph graph(problem);
  JustifiedOrder best;
  best.numCycles = ~0u;
  // Ties go to the critical path: ops are compared on (cycle, height).
  std::vector<unsigned> height(n, 1), depth(n, 1);
  for (unsigned i = n; i-- > 0;)
    for (const Edge &e : graph.succs[i])
      height[i] = std::max(height[i], height[e.to] + e.latency);
  for (unsigned i = 0; i < n; ++i)
    for (const Edge &e : graph.preds[i])
      depth[i] = std::max(depth[i], depth[e.to] + e.latency);

  std::vector<unsigned> forward = initial;
  unsigned forwardLength =
      n ? *std::max_element(initial.begin(), initial.end()) + 1 : 0;
  std::vector<uint64_t> priority(n);
  for (unsigned round = 0; round < rounds; ++round) {
    // Backward: the ops that finished last go first (take the last cycles).
    for (unsigned i = 0; i < n; ++i)
      priority[i] = (uint64_t(forward[i]) << 20) + depth[i];
    unsigned backwardLength;
    std::vector<unsigned> backward =
        listPass(problem, graph.preds, graph.succs, priority, backwardLength,
                 window, /*reversed=*/true);
    // Forward: the ops that start earliest in the right-justified schedule
    // (the largest reverse cycle) go first.
    for (unsigned i = 0; i < n; ++i)
      priority[i] = (uint64_t(backward[i]) << 20) + height[i];
    forward =
        listPass(problem, graph.succs, graph.preds, priority, forwardLength,
                 window, /*reversed=*/false);
    if (forwardLength < best.numCycles) {
      best.numCycles = forwardLength;
      best.priority.resize(n);
      for (unsigned i = 0; i < n; ++i)
        best.priority[i] =
            (uint64_t(forwardLength - forward[i]) << 20) + height[i];
      best.order.resize(n);
      for (unsigned i = 0; i < n; ++i)
        best.order[i] = i;
      std::stable_sort(best.order.begin(), best.order.end(),
                       [&](unsigned a, unsigned b) {
                         return forward[a] < forward[b];
                       });
    }
  }
  return best;
}

Problem xyz::sched::permute(const Problem &problem,
                            const std::vector<unsigned> &order) {
  Problem result;
  result.resourceLimits = problem.resourceLimits;
  result.scratchSize = problem.scratchSize;
  result.vectorAlign = problem.vectorAlign;
  unsigned n = problem.operations.size();
  std::vector<unsigned> position(n);
  for (unsigned k = 0; k < n; ++k)
    position[order[k]] = k;
  result.operations.reserve(n);
  for (unsigned k = 0; k < n; ++k)
    result.operations.push_back(problem.operations[order[k]]);
  result.values = problem.values;
  for (Value &value : result.values) {
    for (unsigned &p : value.producers)
      p = position[p];
    for (unsigned &u : value.users)
      u = position[u];
  }
  for (const Dependence &d : problem.dependences)
    result.dependences.push_back(
        {position[d.from], position[d.to], d.latency});
  return result;
}
