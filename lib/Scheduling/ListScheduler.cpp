//===- ListScheduler.cpp - List scheduling with scratch allocation --------===//
//
// Cycle by cycle, each resource takes the highest-priority ready operations
// up to its limit. An operation also needs scratch for its results: scratch
// is cut into aligned blocks of `vectorAlign` words; a vector takes a block,
// words are packed into word blocks. A value's words return in the cycle its
// last reader issues (the reader reads at the start of the cycle, the new
// writer writes at its end); a value nobody reads holds its words through the
// cycles that write it.
//
// Deadlock freedom: counting every live value as one block (a vector is one,
// a word at most one), executing in program order needs at most P blocks at
// any time (computed up front). Values allocated by operations issued ahead
// of the oldest unissued one (the frontier) may together count at most the
// other blocks, so the frontier always finds room and the schedule completes.
// That count wastes 7/8 of a block per word, which starves scalar code, so
// the scheduler first tries counting words as words (and keeping a reserve
// for fragmentation); only if that run stalls does it fall back to blocks.
//
//===----------------------------------------------------------------------===//

#include "xyz/Scheduling/ListScheduler.h"
#include "IssueQueues.h"
#include "llvm/ADT/Twine.h"
#include <algorithm>
#include <queue>

using namespace xyz::sched;

namespace {

llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// Scratch in aligned blocks: vectors take whole blocks, words share blocks.
class BlockAllocator {
public:
  BlockAllocator(unsigned size, unsigned align)
      : align(align), numBlocks(size / align) {
    unsigned blocks = numBlocks;
    for (unsigned b = blocks; b-- > 0;)
      freeBlocks.push_back(b);
    // A tail shorter than a block can still hold words.
    if (size % align) {
      wordSlots.resize(blocks + 1);
      for (unsigned w = size % align; w-- > 0;)
        wordSlots[blocks].push_back(w);
      partial.push_back(blocks);
    }
  }
  /// Blocks a request of `vectors` and `words` would at most take.
  bool fits(unsigned vectors, unsigned words) const {
    unsigned slots = 0;
    for (unsigned b : partial)
      slots += wordSlots[b].size();
    unsigned wordBlocks = words > slots ? (words - slots + align - 1) / align
                                        : 0;
    return vectors + wordBlocks <= freeBlocks.size();
  }
  int64_t takeVector() {
    unsigned b = freeBlocks.back();
    freeBlocks.pop_back();
    return int64_t(b) * align;
  }
  int64_t takeWord() {
    if (partial.empty()) {
      unsigned b = freeBlocks.back();
      freeBlocks.pop_back();
      if (wordSlots.size() <= b)
        wordSlots.resize(b + 1);
      for (unsigned w = align; w-- > 0;)
        wordSlots[b].push_back(w);
      partial.push_back(b);
    }
    unsigned b = partial.back();
    unsigned w = wordSlots[b].back();
    wordSlots[b].pop_back();
    if (wordSlots[b].empty())
      partial.pop_back();
    return int64_t(b) * align + w;
  }
  void giveVector(int64_t addr) { freeBlocks.push_back(addr / align); }
  /// Whether runs of these many adjacent free blocks can all be taken.
  bool fitsRuns(llvm::ArrayRef<unsigned> runs) const {
    if (runs.empty())
      return true;
    std::vector<bool> free = freeMap();
    for (unsigned n : runs) {
      int64_t start = findRun(free, n);
      if (start < 0)
        return false;
      for (unsigned b = 0; b < n; ++b)
        free[start + b] = false;
    }
    return true;
  }
  /// `n` adjacent free blocks, the highest such run (away from where
  /// the allocator starts single vectors): the caller checked fitsRuns.
  int64_t takeRun(unsigned n) {
    int64_t start = findRun(freeMap(), n);
    assert(start >= 0 && "takeRun without fitsRuns");
    llvm::erase_if(freeBlocks, [&](unsigned b) {
      return b >= start && b < start + n;
    });
    return start * align;
  }
  void giveRun(int64_t addr, unsigned n) {
    for (unsigned b = 0; b < n; ++b)
      freeBlocks.push_back(addr / align + b);
  }
  void giveWord(int64_t addr) {
    unsigned b = addr / align;
    if (wordSlots[b].empty())
      partial.push_back(b);
    wordSlots[b].push_back(addr % align);
    // A whole block of free words goes back to the blocks (not the tail).
    if (wordSlots[b].size() == align) {
      wordSlots[b].clear();
      partial.erase(std::find(partial.begin(), partial.end(), b));
      freeBlocks.push_back(b);
    }
  }

private:
  std::vector<bool> freeMap() const {
    std::vector<bool> free(numBlocks, false);
    for (unsigned b : freeBlocks)
      free[b] = true;
    return free;
  }
  /// The start of the highest run of `n` free blocks, or -1.
  static int64_t findRun(const std::vector<bool> &free, unsigned n) {
    unsigned length = 0;
    for (size_t b = free.size(); b-- > 0;) {
      length = free[b] ? length + 1 : 0;
      if (length == n)
        return b;
    }
    return -1;
  }

  unsigned align, numBlocks;
  std::vector<unsigned> freeBlocks;             // LIFO: reuse recent blocks
  std::vector<std::vector<unsigned>> wordSlots; // free words per word block
  std::vector<unsigned> partial;                // word blocks with free words
};

/// Ready operations an engine tries per pass after scratch refused them.
constexpr unsigned kMaxScratchMisses = 128;

} // namespace

/// The dependence graph of a problem as the list scheduler reads it. It
/// depends on the problem alone, so a search builds it once for all its
/// candidate schedules.
struct xyz::sched::ListScheduleGraph {
  struct Edge {
    unsigned to, latency;
  };
  /// Successors of op i: succEdges[succStart[i] .. succStart[i + 1]) (one
  /// array: a vector per op costs more in the allocator than the schedule).
  std::vector<unsigned> succStart;
  std::vector<Edge> succEdges;
  /// Per op: predecessors and the critical-path height.
  std::vector<unsigned> numPreds, height;
  /// Per allocated value (a block counts its parts): readers, producers
  /// and the last producer in program order.
  std::vector<unsigned> reads, writes, lastProducer;
  /// The problem it was built from, and its shape (checked on use).
  const Problem *source = nullptr;
  size_t numOps = 0, numValues = 0, numDependences = 0;

  bool belongsTo(const Problem &problem) const {
    return source == &problem && numOps == problem.operations.size() &&
           numValues == problem.values.size() &&
           numDependences == problem.dependences.size();
  }

  llvm::ArrayRef<Edge> succs(unsigned i) const {
    return llvm::ArrayRef<Edge>(succEdges).slice(
        succStart[i], succStart[i + 1] - succStart[i]);
  }
};

llvm::Expected<std::shared_ptr<const ListScheduleGraph>>
xyz::sched::buildListScheduleGraph(const Problem &problem) {
  auto graph = std::make_shared<ListScheduleGraph>();
  unsigned numOps = problem.operations.size();
  graph->source = &problem;
  graph->numOps = numOps;
  graph->numValues = problem.values.size();
  graph->numDependences = problem.dependences.size();
  std::vector<unsigned> &numPreds = graph->numPreds;
  std::vector<unsigned> &succStart = graph->succStart;
  numPreds.assign(numOps, 0);
  // Count, then place: every edge in the order of a walk over readers'
  // operands, then the extra dependences.
  succStart.assign(numOps + 1, 0);
  for (unsigned pass = 0; pass < 2; ++pass) {
    std::vector<unsigned> next;
    if (pass == 1) {
      for (unsigned i = 0; i < numOps; ++i)
        succStart[i + 1] += succStart[i];
      graph->succEdges.resize(succStart[numOps]);
      next.assign(succStart.begin(), succStart.end() - 1);
    }
    auto add = [&](unsigned from, unsigned to, unsigned latency) {
      if (pass == 0) {
        ++succStart[from + 1];
        ++numPreds[to];
      } else {
        graph->succEdges[next[from]++] = {to, latency};
      }
    };
    for (unsigned i = 0; i < numOps; ++i)
      for (unsigned v : problem.operations[i].operands)
        for (unsigned p : problem.values[v].producers) {
          if (p >= i)
            return fail("operation " + llvm::Twine(i) +
                        " reads a value produced later");
          add(p, i, 1);
        }
    for (const Dependence &d : problem.dependences) {
      if (d.from >= d.to)
        return fail("dependence against program order");
      add(d.from, d.to, d.latency);
    }
  }
  std::vector<unsigned> &height = graph->height;
  height.assign(numOps, 1);
  for (unsigned i = numOps; i-- > 0;)
    for (const ListScheduleGraph::Edge &e : graph->succs(i))
      height[i] = std::max(height[i], height[e.to] + e.latency);
  graph->reads.assign(problem.values.size(), 0);
  graph->writes.assign(problem.values.size(), 0);
  graph->lastProducer.assign(problem.values.size(), 0);
  for (unsigned v = 0; v < problem.values.size(); ++v) {
    const Value &value = problem.values[v];
    if (!problem.isPlaced(v))
      return fail("value " + llvm::Twine(v) + " is not inside its block");
    graph->reads[problem.rootOf(v)] += value.users.size();
  }
  // Writes by the operations' results (a window part lists the writers of
  // the parts it spans as producers, but they write those parts).
  for (unsigned i = 0; i < numOps; ++i)
    for (unsigned v : problem.operations[i].results) {
      unsigned root = problem.rootOf(v);
      ++graph->writes[root];
      graph->lastProducer[root] = std::max(graph->lastProducer[root], i);
    }
  for (unsigned v = 0; v < problem.values.size(); ++v)
    if (problem.values[v].parent == ~0u && !graph->writes[v] &&
        !problem.values[v].preset)
      return fail("value " + llvm::Twine(v) + " has no producer");
  return graph;
}

namespace {
struct Scheduler {
  const Problem &problem;
  const ListSchedulerOptions &options;
  Solution solution;
  unsigned numOps;

  // Graph (shared by the runs of a search) and its per-run counters.
  using Edge = ListScheduleGraph::Edge;
  const ListScheduleGraph &graph;
  llvm::ArrayRef<Edge> succs(unsigned i) const { return graph.succs(i); }
  const std::vector<unsigned> &height, &lastProducer;
  std::vector<unsigned> remainingReads;

  // Scratch accounting: in blocks (a live value counts as one) when
  // `conservative`, else in words (a vector counts its width).
  bool conservative;
  unsigned budget = 0; // units values allocated out of order may hold
  unsigned oooLive = 0;
  unsigned cost(unsigned v) const {
    return conservative ? blocks(v) : problem.values[v].width;
  }
  /// Aligned blocks an allocated value takes.
  unsigned blocks(unsigned v) const {
    unsigned width = problem.values[v].width;
    return width == 1 ? 1 : width / problem.vectorAlign;
  }
  std::vector<bool> ooo; // per value: allocated out of order, still counted
  std::vector<bool> live, allocated;
  std::vector<unsigned> remainingWrites;
  std::unique_ptr<BlockAllocator> scratch;

  Scheduler(const Problem &problem, const ListSchedulerOptions &options,
            const ListScheduleGraph &graph, bool conservative)
      : problem(problem), options(options), numOps(problem.operations.size()),
        graph(graph), height(graph.height), lastProducer(graph.lastProducer),
        conservative(conservative) {}

  /// The run stopped at options.cycleLimit or behind options.pace (not a
  /// stall).
  bool overLimit = false;
  unsigned scheduled = 0;
  std::vector<unsigned> issuedCycles;

  /// Checked every 64 cycles (a binary search in the reference).
  bool behindPace() const {
    if (!options.pace || options.pace->empty() || issuedCycles.size() % 64)
      return false;
    const std::vector<unsigned> &pace = *options.pace;
    // Cycles the reference took to issue as many ops as this run has.
    unsigned reference =
        std::lower_bound(pace.begin(), pace.end(), scheduled) - pace.begin() +
        1;
    return issuedCycles.size() > options.paceSlack * reference + 64;
  }

  bool isVector(unsigned v) const { return problem.values[v].width > 1; }
  unsigned rootOf(unsigned v) const { return problem.rootOf(v); }

  /// The per-run counters, from the graph's initial ones.
  void resetCounters() {
    remainingReads = graph.reads;
    remainingWrites = graph.writes;
  }

  /// Sizes the pools from the program-order pressure.
  llvm::Error planScratch() {
    // Values (and words) born and dying at each op in program order: a
    // value lives from its first producer to its last reader.
    std::vector<unsigned> born(numOps, 0), bornUnits(numOps, 0);
    std::vector<unsigned> dying(numOps, 0), dyingUnits(numOps, 0);
    std::vector<unsigned> first(problem.values.size(), ~0u);
    std::vector<unsigned> last(lastProducer);
    for (unsigned v = 0; v < problem.values.size(); ++v) {
      const Value &value = problem.values[v];
      unsigned root = rootOf(v);
      for (unsigned p : value.producers)
        first[root] = std::min(first[root], p);
      if (value.preset)
        first[root] = 0;
      for (unsigned u : value.users)
        last[root] = std::max(last[root], u);
    }
    for (unsigned v = 0; v < problem.values.size(); ++v) {
      const Value &value = problem.values[v];
      if (value.parent != ~0u)
        continue;
      if (value.width != 1 && value.width % problem.vectorAlign)
        return fail("value width must be 1 or a multiple of the vector "
                    "width");
      born[first[v]] += blocks(v);
      bornUnits[first[v]] += value.width;
      dying[last[v]] += blocks(v);
      dyingUnits[last[v]] += value.width;
    }
    unsigned live = 0, peak = 0, liveUnits = 0, peakUnits = 0;
    for (unsigned i = 0; i < numOps; ++i) {
      live += born[i];
      liveUnits += bornUnits[i];
      peak = std::max(peak, live);
      peakUnits = std::max(peakUnits, liveUnits);
      live -= dying[i];
      liveUnits -= dyingUnits[i];
    }
    unsigned blocks = problem.scratchSize / problem.vectorAlign;
    if (conservative ? peak > blocks : peakUnits > problem.scratchSize)
      return fail("the program needs " +
                  llvm::Twine(conservative ? peak : peakUnits) +
                  (conservative ? " blocks" : " words") +
                  " of scratch even in program order; there are " +
                  llvm::Twine(conservative ? blocks : problem.scratchSize));
    if (conservative) {
      budget = blocks - peak;
    } else {
      // Words: everything but the program-order peak and a reserve of an
      // eighth of scratch for fragmentation.
      unsigned reserve = problem.scratchSize / 8;
      budget = problem.scratchSize > peakUnits + reserve
                   ? problem.scratchSize - peakUnits - reserve
                   : 0;
    }
    scratch = std::make_unique<BlockAllocator>(problem.scratchSize,
                                               problem.vectorAlign);
    return llvm::Error::success();
  }

  // Per-run issue state.
  std::unique_ptr<IssueQueues> queues;
  unsigned frontier = 0, cycle = 0;
  /// Ready ops past the issue window wait here (by position) until the
  /// frontier brings them in: scanning them every cycle would cost the
  /// whole ready list per cycle, quadratic in the program.
  std::priority_queue<unsigned, std::vector<unsigned>, std::greater<unsigned>>
      parked;
  /// Per op: in a ready queue (issued ops stay there until popped).
  std::vector<bool> isReady;
  /// Values nobody reads, free once the cycle that wrote them is over.
  std::vector<unsigned> freeNextCycle;
  uint64_t maxHeight = 0;
  std::vector<unsigned> feedDistance;

  llvm::Expected<Solution> run() {
    resetCounters();
    if (llvm::Error e = planScratch())
      return std::move(e);
    solution.cycle.assign(numOps, ~0u);
    solution.alternative.assign(numOps, false);
    solution.spread.assign(numOps, {});
    continuing.clear();
    solution.address.assign(problem.values.size(), -1);
    ooo.assign(problem.values.size(), false);
    live.assign(problem.values.size(), false);
    allocated.assign(problem.values.size(), false);
    planPriorities();
    // Preset values take their words first, before any operation has
    // written one.
    for (unsigned v = 0; v < problem.values.size(); ++v)
      if (problem.values[v].preset) {
        allocated[v] = live[v] = true;
        solution.address[v] = scratch->takeWord();
        if (!remainingReads[v])
          release(v);
      }
    queues = std::make_unique<IssueQueues>(problem, graph.numPreds,
                                           /*spread=*/true);
    isReady.assign(numOps, false);
    for (unsigned i = 0; i < numOps; ++i)
      if (graph.numPreds[i] == 0)
        queues->waitFor(0, i);
    unsigned idle = 0;
    while (scheduled < numOps) {
      for (unsigned v : freeNextCycle)
        release(v);
      freeNextCycle.clear();
      queues->takeDue(cycle, [&](unsigned i) { makeReady(i); });
      queues->startCycle();
      unsigned before = scheduled;
      bool spreadProgress = continueSpread();
      issueCycle();
      if (issuedCycles.size() >= options.cycleLimit || behindPace()) {
        overLimit = true;
        return fail("over the cycle limit");
      }
      if (scheduled > before || spreadProgress || startedSpread) {
        startedSpread = false;
        issuedCycles.push_back(cycle);
        idle = 0;
      } else if (++idle > 2 && queues->nothingWaiting()) {
        return fail("scheduler made no progress at cycle " +
                    llvm::Twine(cycle) + " (scratch exhausted)");
      }
      ++cycle;
    }
    return finish();
  }

  /// Priority: critical-path height, plus a bias towards earlier program
  /// order worth up to `programOrderBias` times the longest path. Without
  /// it independent work items (vector groups) advance in lockstep, and
  /// phases that use only one engine line up across all of them; with it
  /// earlier items run ahead, so the phases of different items overlap.
  /// Feeding the bottleneck: ops a few dependences away from an op on
  /// `feedResource` get a bonus that grows as they get closer, so that the
  /// scarce engine finds work ready in every cycle.
  void planPriorities() {
    maxHeight = numOps ? *std::max_element(height.begin(), height.end()) : 0;
    feedDistance.assign(numOps, ~0u);
    if (options.feedResource != ~0u)
      for (unsigned i = numOps; i-- > 0;) {
        if (problem.operations[i].resource == options.feedResource) {
          feedDistance[i] = 0;
          continue;
        }
        for (const Edge &e : succs(i))
          if (feedDistance[e.to] != ~0u)
            feedDistance[i] =
                std::min(feedDistance[i], feedDistance[e.to] + 1);
      }
  }

  uint64_t priorityOf(unsigned i) const {
    if (options.priority)
      return (*options.priority)[i];
    unsigned span = options.biasSpan ? options.biasSpan : numOps;
    uint64_t bias = uint64_t(options.programOrderBias * 1024.0 * maxHeight *
                             (numOps - i) / std::max(span, 1u));
    uint64_t feed = 0;
    unsigned horizon = options.feedHorizon;
    if (feedDistance[i] < horizon)
      feed = uint64_t(options.feedWeight * 1024.0 *
                      (horizon - feedDistance[i]));
    return uint64_t(height[i]) * 1024 + bias + feed;
  }

  bool inWindow(unsigned i) const {
    return options.window == ~0u ||
           uint64_t(i) < uint64_t(frontier) + options.window;
  }

  void makeReady(unsigned i) {
    if (inWindow(i)) {
      queues->push(i, priorityOf(i));
      isReady[i] = true;
    } else {
      parked.push(i);
    }
  }

  /// Issues what fits in this cycle: every resource takes its ready ops by
  /// priority, on it or on their alternative, over again while any issued
  /// (an issue may make others ready now).
  void issueCycle() {
    // Scratch may refuse every ready op, and trying them all each cycle
    // is quadratic in the program; the highest-priority few are the ones
    // that matter (and the frontier, tried below, keeps the schedule
    // going).
    auto tryIssue = [&](unsigned i, bool alt) {
      if (!allocate(i, i == frontier))
        return false;
      issue(i, alt);
      return true;
    };
    auto issued = [&](unsigned i) { return solution.cycle[i] != ~0u; };
    bool progress = true;
    while (progress) {
      progress = false;
      for (unsigned r = 0; r < queues->numResources(); ++r) {
        progress |= queues->drain(r, tryIssue, issued, kMaxScratchMisses);
        // The frontier always has scratch (see the file comment): try it
        // even when the scan above stopped before reaching it.
        if (frontier < numOps && isReady[frontier] &&
            problem.operations[frontier].resource == r) {
          unsigned i = frontier;
          bool primary = queues->fitsPrimary(i);
          bool alt = !primary && queues->fitsAlternative(i, priorityOf(i), issued);
          if ((primary || alt) && allocate(i, /*isFrontier=*/true)) {
            issue(i, alt); // before use(): it reads the free slots
            queues->use(i, alt);
            progress = true;
          }
        }
      }
    }
  }

  /// The later slots of spread alternatives (Operation::altFirstSlots) not
  /// taken yet: (operation, slots left). They take their resource's free
  /// slots first in each cycle, oldest first.
  std::vector<std::pair<unsigned, unsigned>> continuing;
  /// A spread alternative started in this cycle (its operation completes
  /// later, yet the cycle issued something).
  bool startedSpread = false;

  /// Gives the spread alternatives under way the free slots of their
  /// resource, oldest first; completes those that got their last slot.
  /// Returns whether any slot was taken.
  bool continueSpread() {
    bool any = false;
    size_t kept = 0;
    for (auto [i, left] : continuing) {
      unsigned r = problem.operations[i].altResource;
      unsigned n = std::min(left, queues->freeSlots(r));
      queues->take(r, n);
      solution.spread[i].append(n, cycle);
      any |= n != 0;
      if (left == n)
        complete(i);
      else
        continuing[kept++] = {i, left - n};
    }
    continuing.resize(kept);
    return any;
  }

  /// Issues ready op `i` now (on its alternative resource if `alt`; the
  /// caller then takes the slots). A spread alternative that finds fewer
  /// free slots than it needs takes those and continues in later cycles.
  void issue(unsigned i, bool alt) {
    const Operation &op = problem.operations[i];
    solution.alternative[i] = alt;
    solution.cycle[i] = cycle;
    if (alt && op.altFirstSlots) {
      unsigned now = queues->altSlotsNow(i);
      if (now < op.altSlots) {
        solution.spread[i].assign(now, cycle);
        continuing.push_back({i, op.altSlots - now});
        startedSpread = true;
        return;
      }
    }
    complete(i);
  }

  /// Operation `i` has taken all its slots (the last in this cycle): its
  /// operands may die and its successors may follow.
  void complete(unsigned i) {
    const Operation &op = problem.operations[i];
    ++scheduled;
    // Operands whose last reader this is die now.
    // (A block whose parts are all read before its last part is written
    // dies after that write.)
    for (unsigned v : op.operands)
      if (--remainingReads[rootOf(v)] == 0 && remainingWrites[rootOf(v)] == 0)
        release(rootOf(v));
    for (unsigned v : op.results)
      if (--remainingWrites[rootOf(v)] == 0 && remainingReads[rootOf(v)] == 0)
        freeNextCycle.push_back(rootOf(v));
    for (const Edge &e : succs(i))
      if (queues->release(e.to, cycle + e.latency)) {
        unsigned earliest = queues->earliestCycle(e.to);
        if (earliest <= cycle)
          makeReady(e.to);
        else
          queues->waitFor(earliest, e.to);
      }
    while (frontier < numOps && solution.cycle[frontier] != ~0u) {
      for (unsigned v : problem.operations[frontier].results)
        if (lastProducer[rootOf(v)] == frontier && ooo[rootOf(v)])
          unmarkOutOfOrder(rootOf(v));
      ++frontier;
    }
    // The window moved with the frontier (within this cycle too: an op
    // issued now may let a later one in).
    while (!parked.empty() && inWindow(parked.top())) {
      unsigned next = parked.top();
      parked.pop();
      queues->push(next, priorityOf(next));
      isReady[next] = true;
    }
  }

  /// The solution, without the cycles in which nothing issued: sound while
  /// no dependence asks for a gap of more than one cycle (all data
  /// dependences are latency 1).
  llvm::Expected<Solution> finish() {
    for (unsigned v = 0; v < problem.values.size(); ++v)
      if (problem.values[v].parent != ~0u)
        solution.address[v] =
            solution.address[problem.values[v].parent] +
            problem.values[v].offset;
    bool longLatency = llvm::any_of(problem.dependences,
                                    [](const Dependence &d) {
                                      return d.latency > 1;
                                    });
    if (longLatency) {
      solution.numCycles = cycle;
      return std::move(solution);
    }
    std::vector<unsigned> renumber(cycle, 0);
    for (unsigned k = 0; k < issuedCycles.size(); ++k)
      renumber[issuedCycles[k]] = k;
    for (unsigned &c : solution.cycle)
      c = renumber[c];
    for (auto &cycles : solution.spread)
      for (unsigned &c : cycles)
        c = renumber[c];
    solution.numCycles = issuedCycles.size();
    return std::move(solution);
  }

  bool allocate(unsigned op, bool isFrontier) {
    unsigned vectors = 0, words = 0;
    llvm::SmallVector<unsigned, 2> runs; // blocks of multi-block values
    for (unsigned v : problem.operations[op].results) {
      v = rootOf(v);
      if (allocated[v])
        continue;
      if (!isVector(v))
        ++words;
      else if (blocks(v) == 1)
        ++vectors;
      else
        runs.push_back(blocks(v));
    }
    unsigned runBlocks = 0;
    for (unsigned n : runs)
      runBlocks += n;
    unsigned units = conservative ? vectors + runBlocks + words
                                  : (vectors + runBlocks) * problem.vectorAlign +
                                        words;
    if (!isFrontier && oooLive + units > budget + freedOutOfOrder(op))
      return false;
    if (!scratch->fits(vectors + runBlocks, words) || !scratch->fitsRuns(runs))
      return false;
    for (unsigned v : problem.operations[op].results) {
      v = rootOf(v);
      if (allocated[v])
        continue;
      allocated[v] = true;
      solution.address[v] = !isVector(v)      ? scratch->takeWord()
                            : blocks(v) == 1 ? scratch->takeVector()
                                             : scratch->takeRun(blocks(v));
      live[v] = true;
      if (!isFrontier) {
        ooo[v] = true;
        oooLive += cost(v);
      }
    }
    return true;
  }

  /// Units of out-of-order values whose last reader is `op`: they are
  /// released when it issues, so it may reuse their share of the budget.
  unsigned freedOutOfOrder(unsigned op) const {
    unsigned freed = 0;
    llvm::ArrayRef<unsigned> operands = problem.operations[op].operands;
    for (unsigned k = 0; k < operands.size(); ++k) {
      unsigned v = rootOf(operands[k]);
      auto sameRoot = [&](unsigned u) { return rootOf(u) == v; };
      if (!ooo[v] || llvm::any_of(operands.take_front(k), sameRoot))
        continue;
      if (remainingReads[v] == unsigned(llvm::count_if(operands, sameRoot)))
        freed += cost(v);
    }
    return freed;
  }

  void release(unsigned v) {
    if (!live[v])
      return;
    live[v] = false;
    if (ooo[v]) {
      ooo[v] = false;
      oooLive -= cost(v);
    }
    if (!isVector(v))
      scratch->giveWord(solution.address[v]);
    else if (blocks(v) == 1)
      scratch->giveVector(solution.address[v]);
    else
      scratch->giveRun(solution.address[v], blocks(v));
  }

  void unmarkOutOfOrder(unsigned v) {
    ooo[v] = false;
    if (live[v])
      oooLive -= cost(v);
  }

};
} // namespace

llvm::Expected<Solution>
xyz::sched::scheduleList(const Problem &problem,
                         const ListSchedulerOptions &options) {
  std::shared_ptr<const ListScheduleGraph> built;
  // The options' graph if it is this problem's, else one built here.
  const ListScheduleGraph *graph =
      options.graph && options.graph->belongsTo(problem) ? options.graph
                                                         : nullptr;
  if (!graph) {
    llvm::Expected<std::shared_ptr<const ListScheduleGraph>> g =
        buildListScheduleGraph(problem);
    if (!g)
      return g.takeError();
    built = std::move(*g);
    graph = built.get();
  }
  Scheduler words(problem, options, *graph, /*conservative=*/false);
  llvm::Expected<Solution> solution = words.run();
  // Over the limit counting words, it would be no shorter in blocks.
  if (solution || words.overLimit)
    return solution;
  llvm::Expected<Solution> fallback =
      Scheduler(problem, options, *graph, /*conservative=*/true).run();
  if (fallback) {
    llvm::consumeError(solution.takeError());
    return fallback;
  }
  llvm::consumeError(fallback.takeError());
  return solution;
}
