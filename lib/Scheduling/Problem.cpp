//===- Problem.cpp - Bundle scheduling problem and its checker ------------===//

#include "xyz/Scheduling/Problem.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"
#include <algorithm>

using namespace xyz::sched;

unsigned Problem::addOperation(unsigned resource,
                               llvm::ArrayRef<unsigned> operandValues,
                               llvm::ArrayRef<unsigned> resultValues) {
  unsigned id = operations.size();
  Operation op;
  op.resource = resource;
  op.operands.assign(operandValues.begin(), operandValues.end());
  op.results.assign(resultValues.begin(), resultValues.end());
  for (unsigned v : operandValues)
    values[v].users.push_back(id);
  for (unsigned v : resultValues)
    values[v].producers.push_back(id);
  operations.push_back(std::move(op));
  return id;
}

double xyz::sched::resourceFloor(const Problem &problem) {
  unsigned numResources = problem.resourceLimits.size();
  std::vector<double> count(numResources, 0);
  // Per (resource, alternative) pair: operations that may take either.
  std::vector<std::vector<double>> shared(
      numResources, std::vector<double>(numResources, 0));
  std::vector<std::vector<unsigned>> altSlots(
      numResources, std::vector<unsigned>(numResources, 0));
  for (const Operation &op : problem.operations) {
    count[op.resource] += 1;
    if (op.altResource != ~0u) {
      shared[op.resource][op.altResource] += 1;
      altSlots[op.resource][op.altResource] = op.altSlots;
    }
  }
  double floor = 0;
  for (unsigned r = 0; r < numResources; ++r) {
    if (problem.resourceLimits[r] == 0)
      continue;
    double fixed = count[r];
    for (unsigned a = 0; a < numResources; ++a) {
      if (!shared[r][a])
        continue;
      fixed -= shared[r][a];
      // The pair's work in slots of `a` over their joint capacity.
      double slots = altSlots[r][a];
      floor = std::max(floor, (shared[r][a] * slots + count[a]) /
                                  (problem.resourceLimits[r] * slots +
                                   problem.resourceLimits[a]));
    }
    floor = std::max(floor, fixed / problem.resourceLimits[r]);
  }
  return floor;
}

unsigned xyz::sched::criticalPath(const Problem &problem) {
  unsigned n = problem.operations.size();
  std::vector<std::vector<std::pair<unsigned, unsigned>>> preds(n);
  for (unsigned i = 0; i < n; ++i)
    for (unsigned v : problem.operations[i].operands)
      for (unsigned p : problem.values[v].producers)
        preds[i].push_back({p, 1});
  for (const Dependence &d : problem.dependences)
    preds[d.to].push_back({d.from, d.latency});
  std::vector<unsigned> depth(n, 1);
  unsigned longest = 0;
  // Program order is topological (every edge goes forward).
  for (unsigned i = 0; i < n; ++i) {
    for (auto [p, latency] : preds[i])
      if (p < i)
        depth[i] = std::max(depth[i], depth[p] + latency);
    longest = std::max(longest, depth[i]);
  }
  return longest;
}

SpanFloor xyz::sched::spanFloor(const Problem &problem, unsigned resource) {
  unsigned n = problem.operations.size();
  unsigned limit = resource < problem.resourceLimits.size()
                       ? problem.resourceLimits[resource]
                       : 0;
  if (!limit)
    return {};
  std::vector<std::vector<std::pair<unsigned, unsigned>>> succs(n);
  for (unsigned i = 0; i < n; ++i)
    for (unsigned v : problem.operations[i].operands)
      for (unsigned p : problem.values[v].producers)
        if (p < i)
          succs[p].push_back({i, 1});
  for (const Dependence &d : problem.dependences)
    if (d.from < d.to)
      succs[d.from].push_back({d.to, d.latency});
  // Program order is topological: releases forward, tails backward.
  std::vector<unsigned> release(n, 0), tail(n, 1);
  for (unsigned i = 0; i < n; ++i)
    for (auto [s, latency] : succs[i])
      release[s] = std::max(release[s], release[i] + latency);
  for (unsigned i = n; i-- > 0;)
    for (auto [s, latency] : succs[i])
      tail[i] = std::max(tail[i], latency + tail[s]);
  std::vector<std::pair<unsigned, unsigned>> ops; // (release, tail)
  for (unsigned i = 0; i < n; ++i) {
    const Operation &op = problem.operations[i];
    if (op.resource == resource && op.altResource == ~0u)
      ops.push_back({release[i], tail[i]});
  }
  SpanFloor best;
  best.ops = ops.size();
  auto sweep = [&](bool byRelease) {
    // Latest releases (or longest tails) first: each prefix is a set S.
    llvm::sort(ops, [&](auto a, auto b) {
      return byRelease ? a.first > b.first : a.second > b.second;
    });
    unsigned minRelease = ~0u, minTail = ~0u;
    for (unsigned k = 0; k < ops.size(); ++k) {
      minRelease = std::min(minRelease, ops[k].first);
      minTail = std::min(minTail, ops[k].second);
      unsigned cycles = (k + 1 + limit - 1) / limit;
      unsigned floor = minRelease + cycles - 1 + minTail;
      if (floor > best.floor)
        best = {floor, minRelease, minTail, best.ops};
    }
  };
  sweep(true);
  sweep(false);
  return best;
}

unsigned xyz::sched::inFlight(const Problem &problem) {
  double floor = resourceFloor(problem);
  if (floor <= 0)
    return problem.operations.size();
  double perCycle = problem.operations.size() / floor;
  return unsigned(std::min<double>(perCycle * criticalPath(problem),
                                   problem.operations.size()));
}

static llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Error xyz::sched::verify(const Problem &problem,
                               const Solution &solution) {
  const unsigned numOps = problem.operations.size();
  if (solution.cycle.size() != numOps ||
      solution.address.size() != problem.values.size())
    return fail("solution does not cover the problem");
  // Resources per cycle.
  std::vector<std::vector<unsigned>> used(
      solution.numCycles,
      std::vector<unsigned>(problem.resourceLimits.size(), 0));
  for (unsigned i = 0; i < numOps; ++i) {
    unsigned c = solution.cycle[i];
    if (c >= solution.numCycles)
      return fail("operation " + llvm::Twine(i) + " is past the last cycle");
    const Operation &op = problem.operations[i];
    bool alt = i < solution.alternative.size() && solution.alternative[i];
    if (alt && op.altResource == ~0u)
      return fail("operation " + llvm::Twine(i) + " has no alternative");
    unsigned r = alt ? op.altResource : op.resource;
    if (i < solution.spread.size() && !solution.spread[i].empty()) {
      // One slot in each listed cycle, in order, from `cycle` on.
      llvm::ArrayRef<unsigned> cycles = solution.spread[i];
      if (!alt || !op.altFirstSlots || cycles.size() != op.altSlots ||
          cycles.front() != c || !std::is_sorted(cycles.begin(), cycles.end()))
        return fail("operation " + llvm::Twine(i) +
                    " is spread but not over its alternative's slots");
      for (unsigned lc : cycles) {
        if (lc >= solution.numCycles)
          return fail("operation " + llvm::Twine(i) +
                      " is past the last cycle");
        if (++used[lc][r] > problem.resourceLimits[r])
          return fail("cycle " + llvm::Twine(lc) + " over-uses resource " +
                      llvm::Twine(r));
      }
      continue;
    }
    if ((used[c][r] += alt ? op.altSlots : 1) > problem.resourceLimits[r])
      return fail("cycle " + llvm::Twine(c) + " over-uses resource " +
                  llvm::Twine(r));
  }
  // Dependences: `to` starts `latency` cycles after `from` ends.
  for (const Dependence &d : problem.dependences)
    if (solution.cycle[d.to] < solution.lastCycle(d.from) + d.latency)
      return fail("dependence " + llvm::Twine(d.from) + " -> " +
                  llvm::Twine(d.to) + " violated");
  // Values: read strictly after written; scratch words never shared while live.
  struct Interval {
    unsigned write, lastRead;
    unsigned value;
  };
  std::vector<std::vector<Interval>> perWord(problem.scratchSize);
  // Per value, its first write and last read (or write); a block's span
  // covers its parts'.
  const unsigned numValues = problem.values.size();
  std::vector<unsigned> firstWrite(numValues, ~0u), lastUse(numValues, 0);
  std::vector<bool> hasParts(numValues, false);
  for (unsigned v = 0; v < numValues; ++v) {
    const Value &value = problem.values[v];
    if (!problem.isPlaced(v))
      return fail("value " + llvm::Twine(v) + " is not inside its block");
    if (value.parent != ~0u) {
      if (solution.address[v] !=
          solution.address[value.parent] + value.offset)
        return fail("value " + llvm::Twine(v) +
                    " is not at its offset in its block");
      hasParts[value.parent] = true;
    }
  }
  for (unsigned v = 0; v < numValues; ++v) {
    const Value &value = problem.values[v];
    if (value.preset) {
      if (!value.producers.empty() || value.parent != ~0u || hasParts[v] ||
          value.width != 1)
        return fail("preset value " + llvm::Twine(v) +
                    " is written, or not a word of its own");
      // Written before the first cycle (see the intervals below).
      for (unsigned user : value.users)
        lastUse[v] = std::max(lastUse[v], solution.lastCycle(user));
      continue;
    }
    if (value.producers.empty()) {
      if (hasParts[v] && value.users.empty())
        continue; // a block: its parts are checked
      return fail("value " + llvm::Twine(v) + " has no producer");
    }
    unsigned write = ~0u, lastWrite = 0;
    // A spread producer writes from its first cycle to its last; a spread
    // reader reads in each of its cycles.
    for (unsigned p : value.producers) {
      write = std::min(write, solution.cycle[p]);
      lastWrite = std::max(lastWrite, solution.lastCycle(p));
    }
    unsigned lastRead = lastWrite;
    for (unsigned user : value.users) {
      if (solution.cycle[user] <= lastWrite)
        return fail("value " + llvm::Twine(v) + " is read before it is written");
      lastRead = std::max(lastRead, solution.lastCycle(user));
    }
    unsigned root = problem.rootOf(v);
    firstWrite[root] = std::min(firstWrite[root], write);
    lastUse[root] = std::max(lastUse[root], lastRead);
  }
  for (unsigned v = 0; v < numValues; ++v) {
    const Value &value = problem.values[v];
    if (value.parent != ~0u)
      continue;
    int64_t addr = solution.address[v];
    if (addr < 0 || addr + value.width > problem.scratchSize)
      return fail("value " + llvm::Twine(v) + " is outside scratch");
    // Intervals in cycles + 1, so that a preset value's write comes
    // before the first cycle's (at 0).
    if (!value.preset && firstWrite[v] == ~0u)
      continue; // a block none of whose parts is written or read
    unsigned write = value.preset ? 0 : firstWrite[v] + 1;
    for (unsigned w = 0; w < value.width; ++w)
      perWord[addr + w].push_back({write, lastUse[v] + 1, v});
  }
  for (unsigned word = 0; word < problem.scratchSize; ++word) {
    auto &list = perWord[word];
    std::sort(list.begin(), list.end(), [](const Interval &a, const Interval &b) {
      return a.write < b.write;
    });
    for (unsigned i = 1; i < list.size(); ++i)
      if (list[i].write == list[i - 1].write ||
          list[i].write < list[i - 1].lastRead)
        return fail("values " + llvm::Twine(list[i - 1].value) + " and " +
                    llvm::Twine(list[i].value) + " overlap in scratch word " +
                    llvm::Twine(word));
  }
  return llvm::Error::success();
}

std::vector<unsigned> xyz::sched::demandOrder(const Problem &problem,
                                             bool dependentsPull) {
  unsigned n = problem.operations.size();
  std::vector<std::vector<unsigned>> preds(n);
  // Roots: operations whose results nothing reads, and with
  // `dependentsPull` nothing depends on.
  std::vector<bool> needed(n, false);
  for (unsigned i = 0; i < n; ++i)
    for (unsigned v : problem.operations[i].operands)
      for (unsigned p : problem.values[v].producers) {
        preds[i].push_back(p);
        needed[p] = true;
      }
  for (const Dependence &d : problem.dependences) {
    preds[d.to].push_back(d.from);
    if (dependentsPull)
      needed[d.from] = true;
  }
  std::vector<unsigned> order;
  order.reserve(n);
  enum : char { New, Open, Placed };
  std::vector<char> state(n, New);
  // (operation, next predecessor to visit): an explicit stack, since
  // chains run thousands of operations deep.
  std::vector<std::pair<unsigned, unsigned>> stack;
  for (unsigned root = 0; root < n; ++root) {
    if (needed[root] || state[root] != New)
      continue;
    stack.push_back({root, 0});
    state[root] = Open;
    while (!stack.empty()) {
      auto &[op, next] = stack.back();
      if (next < preds[op].size()) {
        unsigned p = preds[op][next++];
        if (state[p] == New) {
          state[p] = Open;
          stack.push_back({p, 0});
        }
        continue;
      }
      state[op] = Placed;
      order.push_back(op);
      stack.pop_back();
    }
  }
  return order;
}
