//===- ListScheduler.cpp - List scheduling with scratch allocation --------===//
//
// Cycle by cycle, each resource takes the highest-priority ready operations
// up to its limit. An operation also needs scratch for its results: vectors
// take aligned 8-word blocks from a vector pool at the bottom of scratch,
// words come from a word pool above it. A value's words return to its pool in
// the cycle its last reader issues (the reader reads at the start of the
// cycle, the new writer writes at its end); a value nobody reads holds its
// words through the cycle that writes it.
//
// Deadlock freedom: executing in program order needs at most P words of each
// pool at any time (computed up front). Operations issued ahead of the
// oldest unissued one (the frontier) may together hold at most the rest of
// the pool, so the frontier always finds room and the schedule completes.
//
//===----------------------------------------------------------------------===//

#include "xyz/Scheduling/ListScheduler.h"
#include "llvm/ADT/Twine.h"
#include <algorithm>
#include <map>
#include <queue>

using namespace xyz::sched;

namespace {

llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// Free-list allocator over a range of scratch in units of `unit` words.
class Pool {
public:
  Pool(unsigned base, unsigned numUnits, unsigned unit)
      : base(base), unit(unit) {
    for (unsigned i = numUnits; i-- > 0;)
      free.push_back(i);
  }
  bool empty() const { return free.empty(); }
  int64_t take() {
    unsigned u = free.back();
    free.pop_back();
    return base + int64_t(u) * unit;
  }
  void give(int64_t addr) { free.push_back((addr - base) / unit); }

private:
  unsigned base, unit;
  std::vector<unsigned> free; // LIFO: reuse recently freed words first
};

struct Scheduler {
  const Problem &problem;
  Solution solution;
  unsigned numOps;

  // Graph.
  struct Edge {
    unsigned to, latency;
  };
  std::vector<std::vector<Edge>> succs;
  std::vector<unsigned> numPreds, height, earliest;
  std::vector<unsigned> remainingReads;

  // Scratch.
  unsigned vectorUnits = 0, wordUnits = 0;
  unsigned vectorBudget = 0, wordBudget = 0; // for out-of-order issue
  unsigned vectorOoo = 0, wordOoo = 0;
  std::vector<bool> ooo; // per value: allocated out of order, still counted
  std::vector<bool> live, allocated;
  std::vector<unsigned> remainingWrites, lastProducer;
  std::unique_ptr<Pool> vectorPool, wordPool;

  Scheduler(const Problem &problem)
      : problem(problem), numOps(problem.operations.size()) {}

  bool isVector(unsigned v) const { return problem.values[v].width > 1; }

  llvm::Error buildGraph() {
    succs.assign(numOps, {});
    numPreds.assign(numOps, 0);
    for (unsigned i = 0; i < numOps; ++i)
      for (unsigned v : problem.operations[i].operands)
        for (unsigned p : problem.values[v].producers) {
          if (p >= i)
            return fail("operation " + llvm::Twine(i) +
                        " reads a value produced later");
          succs[p].push_back({i, 1});
          ++numPreds[i];
        }
    for (const Dependence &d : problem.dependences) {
      if (d.from >= d.to)
        return fail("dependence against program order");
      succs[d.from].push_back({d.to, d.latency});
      ++numPreds[d.to];
    }
    height.assign(numOps, 1);
    for (unsigned i = numOps; i-- > 0;)
      for (const Edge &e : succs[i])
        height[i] = std::max(height[i], height[e.to] + e.latency);
    remainingReads.resize(problem.values.size());
    remainingWrites.resize(problem.values.size());
    lastProducer.resize(problem.values.size());
    for (unsigned v = 0; v < problem.values.size(); ++v) {
      const Value &value = problem.values[v];
      if (value.producers.empty())
        return fail("value " + llvm::Twine(v) + " has no producer");
      remainingReads[v] = value.users.size();
      remainingWrites[v] = value.producers.size();
      lastProducer[v] = *std::max_element(value.producers.begin(),
                                          value.producers.end());
    }
    return llvm::Error::success();
  }

  /// Sizes the pools from the program-order pressure.
  llvm::Error planScratch() {
    // Last reader of each value in program order.
    std::vector<std::vector<unsigned>> born(numOps), dying(numOps);
    uint64_t vectorValues = 0, wordValues = 0;
    for (unsigned v = 0; v < problem.values.size(); ++v) {
      const Value &value = problem.values[v];
      if (value.width != 1 && value.width != problem.vectorAlign)
        return fail("value width must be 1 or the vector width");
      unsigned first = *std::min_element(value.producers.begin(),
                                         value.producers.end());
      unsigned last = lastProducer[v];
      for (unsigned u : value.users)
        last = std::max(last, u);
      born[first].push_back(v);
      dying[last].push_back(v);
      (isVector(v) ? vectorValues : wordValues) += 1;
    }
    unsigned liveVectors = 0, liveWords = 0, peakVectors = 0, peakWords = 0;
    for (unsigned i = 0; i < numOps; ++i) {
      for (unsigned v : born[i])
        ++(isVector(v) ? liveVectors : liveWords);
      peakVectors = std::max(peakVectors, liveVectors);
      peakWords = std::max(peakWords, liveWords);
      for (unsigned v : dying[i])
        --(isVector(v) ? liveVectors : liveWords);
    }
    unsigned align = problem.vectorAlign;
    uint64_t need = uint64_t(peakVectors) * align + peakWords;
    if (need > problem.scratchSize)
      return fail("the program needs " + llvm::Twine(need) +
                  " scratch words even in program order; only " +
                  llvm::Twine(problem.scratchSize) + " exist");
    // Share the slack by the demand of each kind of value.
    unsigned slack = problem.scratchSize - need;
    double vectorShare =
        vectorValues ? double(vectorValues * align) /
                           double(vectorValues * align + wordValues)
                     : 0.0;
    unsigned extraVectors = unsigned(slack * vectorShare) / align;
    vectorUnits = peakVectors + extraVectors;
    wordUnits = problem.scratchSize - vectorUnits * align;
    vectorBudget = extraVectors;
    wordBudget = wordUnits - peakWords;
    vectorFree = vectorUnits;
    wordFree = wordUnits;
    vectorPool = std::make_unique<Pool>(0, vectorUnits, align);
    wordPool = std::make_unique<Pool>(vectorUnits * align, wordUnits, 1);
    return llvm::Error::success();
  }

  llvm::Expected<Solution> run() {
    if (llvm::Error e = buildGraph())
      return std::move(e);
    if (llvm::Error e = planScratch())
      return std::move(e);
    solution.cycle.assign(numOps, ~0u);
    solution.address.assign(problem.values.size(), -1);
    earliest.assign(numOps, 0);
    ooo.assign(problem.values.size(), false);
    live.assign(problem.values.size(), false);
    allocated.assign(problem.values.size(), false);

    using Entry = std::pair<unsigned, unsigned>; // (height, -index)
    auto key = [&](unsigned i) { return Entry(height[i], ~i); };
    std::vector<std::priority_queue<Entry>> ready(
        problem.resourceLimits.size());
    std::map<unsigned, std::vector<unsigned>> pending; // cycle -> ops
    for (unsigned i = 0; i < numOps; ++i)
      if (numPreds[i] == 0)
        pending[0].push_back(i);

    unsigned scheduled = 0, frontier = 0, cycle = 0;
    std::vector<unsigned> deferredFree, freeNextCycle;
    std::vector<unsigned> used(problem.resourceLimits.size());
    std::vector<unsigned> issuedCycles;
    unsigned idle = 0;
    while (scheduled < numOps) {
      for (unsigned v : freeNextCycle)
        release(v);
      freeNextCycle.clear();
      if (auto it = pending.find(cycle); it != pending.end()) {
        for (unsigned i : it->second)
          ready[problem.operations[i].resource].push(key(i));
        pending.erase(it);
      }
      std::fill(used.begin(), used.end(), 0);
      unsigned issuedNow = 0;
      bool progress = true;
      while (progress) {
        progress = false;
        for (unsigned r = 0; r < ready.size(); ++r) {
          std::vector<Entry> blocked;
          while (used[r] < problem.resourceLimits[r] && !ready[r].empty()) {
            unsigned i = ~ready[r].top().second;
            ready[r].pop();
            if (!allocate(i, i == frontier)) {
              blocked.push_back(key(i));
              continue;
            }
            ++used[r];
            ++issuedNow;
            ++scheduled;
            progress = true;
            solution.cycle[i] = cycle;
            // Operands whose last reader this is die now.
            for (unsigned v : problem.operations[i].operands)
              if (--remainingReads[v] == 0)
                release(v);
            for (unsigned v : problem.operations[i].results)
              if (--remainingWrites[v] == 0 && problem.values[v].users.empty())
                freeNextCycle.push_back(v);
            for (const Edge &e : succs[i]) {
              earliest[e.to] = std::max(earliest[e.to], cycle + e.latency);
              if (--numPreds[e.to] == 0) {
                if (earliest[e.to] <= cycle)
                  ready[problem.operations[e.to].resource].push(key(e.to));
                else
                  pending[earliest[e.to]].push_back(e.to);
              }
            }
            while (frontier < numOps && solution.cycle[frontier] != ~0u) {
              for (unsigned v : problem.operations[frontier].results)
                if (lastProducer[v] == frontier && ooo[v])
                  unmarkOutOfOrder(v);
              ++frontier;
            }
          }
          for (const Entry &e : blocked)
            ready[r].push(e);
        }
      }
      if (issuedNow) {
        issuedCycles.push_back(cycle);
        idle = 0;
      } else if (++idle > 2 && pending.empty()) {
        return fail("scheduler made no progress at cycle " +
                    llvm::Twine(cycle) + " (scratch exhausted)");
      }
      ++cycle;
    }
    // Drop cycles in which nothing issued.
    std::vector<unsigned> renumber(cycle, 0);
    for (unsigned k = 0; k < issuedCycles.size(); ++k)
      renumber[issuedCycles[k]] = k;
    for (unsigned &c : solution.cycle)
      c = renumber[c];
    solution.numCycles = issuedCycles.size();
    return std::move(solution);
  }

  bool allocate(unsigned op, bool isFrontier) {
    unsigned vectors = 0, words = 0;
    for (unsigned v : problem.operations[op].results)
      if (!allocated[v])
        ++(isVector(v) ? vectors : words);
    if (!isFrontier &&
        (vectorOoo + vectors > vectorBudget || wordOoo + words > wordBudget))
      return false;
    // Check room first so that a partial allocation never happens.
    if (vectorFree < vectors || wordFree < words)
      return false;
    vectorFree -= vectors;
    wordFree -= words;
    for (unsigned v : problem.operations[op].results) {
      if (allocated[v])
        continue;
      allocated[v] = true;
      solution.address[v] = isVector(v) ? vectorPool->take() : wordPool->take();
      live[v] = true;
      if (!isFrontier) {
        ooo[v] = true;
        ++(isVector(v) ? vectorOoo : wordOoo);
      }
    }
    return true;
  }

  void release(unsigned v) {
    if (!live[v])
      return;
    live[v] = false;
    if (ooo[v]) {
      ooo[v] = false;
      --(isVector(v) ? vectorOoo : wordOoo);
    }
    if (isVector(v)) {
      vectorPool->give(solution.address[v]);
      ++vectorFree;
    } else {
      wordPool->give(solution.address[v]);
      ++wordFree;
    }
  }

  void unmarkOutOfOrder(unsigned v) {
    ooo[v] = false;
    if (live[v])
      --(isVector(v) ? vectorOoo : wordOoo);
  }

  unsigned vectorFree = 0, wordFree = 0;
};
} // namespace

llvm::Expected<Solution> xyz::sched::scheduleList(const Problem &problem) {
  Scheduler scheduler(problem);
  return scheduler.run();
}
