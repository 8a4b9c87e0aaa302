//===- Search.cpp - A search over list schedules and justification --------===//
//
// The issue window that bounds how much work is in flight trades
// parallelism against scratch, and the priority's weights trade staggering
// against feeding the bottleneck: the search keeps the best of a few
// deterministic list schedules (`searchLevel` widens it), then justifies
// from the best list schedule of each program-order bias (searchLevel 1: of
// every candidate), those within 10% of the best, and keeps a rebuild only
// if it is shorter.
//
//===----------------------------------------------------------------------===//

#include "xyz/Scheduling/Search.h"
#include "xyz/Scheduling/Justify.h"
#include "xyz/Scheduling/ListScheduler.h"
#include "xyz/Support/Progress.h"
#include "llvm/ADT/STLExtras.h"
#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <thread>

using namespace xyz::sched;

namespace {

/// Runs job(0) .. job(n - 1) on up to `threads` threads (0: one per
/// hardware thread), the calling thread included. Jobs must be independent.
template <typename Job>
void runInParallel(unsigned n, unsigned threads, Job job) {
  if (threads == 0)
    threads = std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, n);
  std::atomic<unsigned> next{0};
  auto work = [&] {
    for (unsigned i = next++; i < n; i = next++)
      job(i);
  };
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < threads; ++t)
    helpers.emplace_back(work);
  work();
  for (std::thread &helper : helpers)
    helper.join();
}

class Search {
public:
  Search(const Problem &problem, const SearchOptions &options)
      : problem(problem), options(options) {}

  llvm::Expected<Solution> run() {
    setUp();
    llvm::Expected<Solution> first = scheduleFirst();
    if (!first)
      return first.takeError();
    best = std::move(*first);
    keepBestOfBias(base.programOrderBias, *best);
    searchListSchedules();
    // Justification in the window starts from the best list schedule in
    // program order (the window is a span of that order).
    listBest = best->cycle;
    searchDemandOrders();
    if (options.justifyRounds > 0) {
      if (longProgram)
        justifyInWindow();
      else
        justifyFromStarts();
    }
    return std::move(*best);
  }

private:
  const Problem &problem;
  const SearchOptions &options;
  /// The first list schedule's options; candidates vary them.
  ListSchedulerOptions base;
  std::shared_ptr<const ListScheduleGraph> graph;
  /// The span of program order searched over, and whether it is shorter
  /// than the program.
  unsigned span = 0;
  bool longProgram = false;

  std::optional<Solution> best;
  unsigned bestWindow = 0; // the issue window of the best list schedule
  unsigned firstWindow = ~0u; // the first list schedule's (scheduleFirst)
  /// Justification starts from the best list schedule of each program-
  /// order bias (searchLevel 1 and up: from every candidate): from
  /// different starting points it ends in different schedules, and the
  /// best list schedule is not always the best start.
  std::vector<std::vector<unsigned>> starts;
  std::vector<unsigned> listBest;
  std::map<double, std::pair<unsigned, std::vector<unsigned>>> bestOfBias;
  /// The best schedule's pace (operations issued by each cycle), and the
  /// length of the schedule it was computed from.
  std::vector<unsigned> pace;
  unsigned paceOf = ~0u;

  void setUp() {
    base.programOrderBias = options.programOrderBias;
    base.feedResource = options.feedResource;
    // A long program (many more work items than are in flight at once)
    // is searched over a span of program order, not the whole of it: the
    // issue windows and the program-order bias keep the sizes they have in
    // a program of that span, so the list schedule's steady state does not
    // depend on the program's length (a window over a fraction of all of
    // it would start ever more items at once, and a bias spread over all
    // of it would stagger neighbours ever less), and each list schedule
    // costs time linear in the program.
    span = problem.operations.size();
    if (uint64_t ops = inFlight(problem);
        options.spanInFlight * ops < span) {
      span = options.spanInFlight * ops;
      base.biasSpan = span;
      // The first schedule runs without a reference to be cut short by:
      // half the span is the safer start (the whole span may starve).
      base.window = span / 2;
    }
    longProgram = span < problem.operations.size();
    bestWindow = base.window;
    // Every candidate schedules this problem: its graph is built once.
    if (auto built = buildListScheduleGraph(problem))
      graph = std::move(*built);
    else
      llvm::consumeError(built.takeError()); // scheduleList reports it
    base.graph = graph.get();
  }

  /// The first list schedule has no reference to be cut short by, and
  /// one starved of scratch (too wide a window for the program) takes
  /// many times the cycles and the time of a good one. It gets twice the
  /// lower bound; past it, half the window, and so on; the last resort
  /// is the base settings unlimited (whose error, if any, is reported).
  llvm::Expected<Solution> scheduleFirst() {
    unsigned n = problem.operations.size();
    double bound = std::max<double>(resourceFloor(problem),
                                    criticalPath(problem));
    ListSchedulerOptions limitedFirst = base;
    limitedFirst.cycleLimit = unsigned(2 * bound) + 64;
    for (unsigned window = std::min(base.window, n); window >= 64;
         window /= 2) {
      limitedFirst.window = window;
      llvm::Expected<Solution> first = scheduleList(problem, limitedFirst);
      if (first) {
        firstWindow = bestWindow = window;
        return first;
      }
      llvm::consumeError(first.takeError());
    }
    return scheduleList(problem, base);
  }

  void keepBestOfBias(double bias, const Solution &s) {
    auto it = bestOfBias.find(bias);
    if (it == bestOfBias.end() || s.numCycles < it->second.first)
      bestOfBias[bias] = {s.numCycles, s.cycle};
  }

  /// `--progress`: schedules tried so far and the best.
  void reportProgress(const char *stage = "list schedules") {
    ++tried;
    if (xyz::progress::isEnabled())
      xyz::progress::report("vliw-schedule: " + llvm::Twine(stage) + ", " +
                       llvm::Twine(tried) + " tried, best " +
                       llvm::Twine(best->numCycles) + " cycles");
  }
  unsigned tried = 0;

  /// Candidates far longer than the best so far are cut short. Plain list
  /// schedules may still start justification as their bias's best, so they
  /// get some slack; justified ones are kept only if shorter. The best
  /// schedule's pace also cuts short a candidate that falls a quarter
  /// behind it on the way (one starved of scratch would otherwise run its
  /// whole length first).
  ListSchedulerOptions limited(ListSchedulerOptions candidate) {
    candidate.cycleLimit = candidate.priority
                               ? best->numCycles - 1
                               : best->numCycles + best->numCycles / 4;
    if (paceOf != best->numCycles) {
      pace.assign(best->numCycles, 0);
      for (unsigned c : best->cycle)
        ++pace[c];
      for (unsigned c = 1; c < pace.size(); ++c)
        pace[c] += pace[c - 1];
      paceOf = best->numCycles;
    }
    candidate.pace = &pace;
    return candidate;
  }

  /// Schedules one candidate and keeps it if it is the shortest so far.
  void consider(const ListSchedulerOptions &candidateOptions) {
    reportProgress();
    llvm::Expected<Solution> candidate =
        scheduleList(problem, limited(candidateOptions));
    if (!candidate) {
      llvm::consumeError(candidate.takeError());
      return;
    }
    if (!candidateOptions.priority) {
      if (options.searchLevel >= 1)
        starts.push_back(candidate->cycle);
      keepBestOfBias(candidateOptions.programOrderBias, *candidate);
    }
    if (candidate->numCycles < best->numCycles) {
      if (!candidateOptions.priority)
        bestWindow = candidateOptions.window;
      best = std::move(*candidate);
    }
  }

  /// The grid of list schedules: program-order biases x feed weights x
  /// issue windows, the first schedule's setting left out.
  void searchListSchedules() {
    llvm::SmallVector<unsigned> issueWindows = {base.window};
    if (options.windows) {
      if (longProgram)
        issueWindows.push_back(span);
      for (unsigned divisor : {2u, 4u, 8u, 16u})
        if (unsigned window = std::max<unsigned>(span / divisor, 64);
            window != base.window)
          issueWindows.push_back(window);
    }
    // Staggering: how far earlier work items run ahead. More of it pays
    // when more engines are near their floors (each item's phases then
    // overlap other items' phases on other engines); less when the items'
    // chains are long (zoo/table_lookup n=100: 222 cycles at half the
    // bias, 243 at the bias).
    double bias = base.programOrderBias;
    llvm::SmallVector<double> biases = {bias};
    if (options.windows) {
      biases.push_back(bias * 2);
      biases.push_back(bias * 3);
      biases.push_back(bias * 0.5);
      // Justified from the best of each bias (justifyFromStarts), 1.5
      // gave the headline 1,007 for 1,009. A long program is justified
      // from its best list schedule alone, which one more bias can make a
      // worse start (zoo/stencil 1024/2: 156 for 155).
      if (!longProgram)
        biases.push_back(bias * 1.5);
    }
    llvm::SmallVector<double> feeds = {base.feedWeight};
    if (options.searchLevel >= 1) {
      biases.push_back(bias * 4);
      if (!options.windows || longProgram)
        biases.push_back(bias * 1.5);
      feeds.append({0.0, base.feedWeight * 2});
    }
    for (double b : biases)
      for (double feed : feeds)
        for (unsigned window : issueWindows) {
          if (b == bias && feed == base.feedWeight &&
              (window == base.window || window == firstWindow))
            continue; // the first run
          ListSchedulerOptions candidate = base;
          candidate.programOrderBias = b;
          candidate.feedWeight = feed;
          candidate.window = window;
          consider(candidate);
        }
  }

  /// List schedules of the program in demand order (sched::demandOrder,
  /// both kinds), when it differs from the program's: the program order
  /// steers the bias, the issue window and the scratch budget, and a
  /// program that runs each phase over all work items before the next
  /// (the passes of an in-place update) then fills scratch with the first
  /// phases' results and stores nothing until the last phase. Three biases
  /// each, in the first schedule's window; a schedule within 10% of the
  /// best is also a justification start.
  void searchDemandOrders() {
    unsigned n = problem.operations.size();
    std::vector<unsigned> tried;
    for (bool dependentsPull : {false, true}) {
      std::vector<unsigned> order = demandOrder(problem, dependentsPull);
      bool identity = true;
      for (unsigned k = 0; k < order.size() && identity; ++k)
        identity = order[k] == k;
      if (order.size() != n || identity || order == tried)
        continue;
      searchOrder(order);
      tried = std::move(order);
    }
  }

  void searchOrder(const std::vector<unsigned> &order) {
    Problem permuted = permute(problem, order);
    double bias = base.programOrderBias;
    for (double b : {bias, bias * 2, bias * 0.5}) {
      reportProgress();
      ListSchedulerOptions candidate = limited(base);
      candidate.programOrderBias = b;
      candidate.graph = nullptr; // another problem
      llvm::Expected<Solution> scheduled = scheduleList(permuted, candidate);
      if (!scheduled) {
        llvm::consumeError(scheduled.takeError());
        continue;
      }
      Solution back = inProblemOrder(*scheduled, order);
      if (options.searchLevel >= 1 ||
          back.numCycles <= best->numCycles * 1.1)
        starts.push_back(back.cycle);
      if (back.numCycles < best->numCycles)
        best = std::move(back);
    }
  }

  /// Rebuilds a justified order as the program order (sched::permute: the
  /// scratch budget then follows it), mapped back to the problem's
  /// numbering; kept if shorter.
  void considerInOrder(const JustifiedOrder &justified) {
    const std::vector<unsigned> &order = justified.order;
    reportProgress("rebuilds");
    Problem permuted = permute(problem, order);
    std::vector<uint64_t> priority(order.size());
    for (unsigned k = 0; k < order.size(); ++k)
      priority[k] = justified.priority[order[k]];
    ListSchedulerOptions candidateOptions = base;
    candidateOptions.priority = &priority;
    candidateOptions.cycleLimit = best->numCycles - 1;
    candidateOptions.graph = nullptr; // another problem
    llvm::Expected<Solution> candidate =
        scheduleList(permuted, candidateOptions);
    if (!candidate) {
      llvm::consumeError(candidate.takeError());
      return;
    }
    if (candidate->numCycles >= best->numCycles)
      return;
    best = inProblemOrder(*candidate, order);
  }

  /// A solution of permute(problem, order) in the problem's numbering
  /// (values keep their numbers, so their addresses stay).
  static Solution inProblemOrder(const Solution &permuted,
                                 const std::vector<unsigned> &order) {
    Solution back = permuted;
    for (unsigned k = 0; k < order.size(); ++k) {
      back.cycle[order[k]] = permuted.cycle[k];
      back.alternative[order[k]] = permuted.alternative[k];
      if (k < permuted.spread.size())
        back.spread[order[k]] = permuted.spread[k];
    }
    return back;
  }

  /// Justification sees resources, not scratch: over a program longer than
  /// the span its order keeps more work items in flight than scratch
  /// holds, and no rebuild of it comes out shorter. There it runs in the
  /// issue window of the best list schedule, from that schedule only, and
  /// is rebuilt in the same window.
  void justifyInWindow() {
    JustifiedOrder justified =
        justify(problem, listBest, options.justifyRounds, bestWindow);
    if (justified.numCycles >= best->numCycles)
      return;
    ListSchedulerOptions candidate = base;
    candidate.priority = &justified.priority;
    candidate.window = bestWindow;
    consider(candidate);
  }

  /// Justification (forward-backward passes on the resources) from each
  /// start, rebuilt with scratch twice: with the justified priority, and
  /// with the justified order as the program order. The justifications
  /// are independent of each other (and the costly part): they run in
  /// parallel; the rebuilds follow in the order of the starts.
  void justifyFromStarts() {
    // At level 0, the best list schedule of each bias (level 1: every
    // candidate already is a start).
    if (options.searchLevel == 0)
      for (auto &[bias, bestOne] : bestOfBias)
        starts.push_back(bestOne.second);
    // Starts more than 10% longer than the best never led to the final
    // schedule over the shapes table (rounds 128: 11,479 against 9,353, a
    // 0.6 s justification for nothing); at level 1 they were 24 of the 56
    // starts of zoo/table_lookup 257/3, and over the zoo, the shapes table
    // and 144 compiles of the translation-validation kernels one of them
    // led to a schedule 1 cycle shorter (zoo/table_lookup 64/10: 172
    // against 173). Candidates of different settings often give the same
    // schedule (an issue window wider than the program is no window): each
    // distinct start is justified once, the first occurrence keeping its place.
    std::set<std::vector<unsigned>> seen;
    llvm::erase_if(starts, [&](const std::vector<unsigned> &start) {
      unsigned length = 0;
      for (unsigned c : start)
        length = std::max(length, c + 1);
      return length > best->numCycles * 1.1 || !seen.insert(start).second;
    });
    if (xyz::progress::isEnabled())
      xyz::progress::report("vliw-schedule: justifying " +
                           llvm::Twine(starts.size()) + " schedules, best " +
                           llvm::Twine(best->numCycles) + " cycles",
                       /*urgent=*/true);
    std::vector<JustifiedOrder> justified(starts.size());
    runInParallel(starts.size(), options.threads, [&](unsigned k) {
      justified[k] = justify(problem, starts[k], options.justifyRounds);
    });
    for (const JustifiedOrder &order : justified) {
      if (order.numCycles >= best->numCycles)
        continue;
      ListSchedulerOptions candidate = base;
      candidate.priority = &order.priority;
      consider(candidate);
      considerInOrder(order);
    }
  }
};

} // namespace

llvm::Expected<Solution>
xyz::sched::searchSchedule(const Problem &problem,
                           const SearchOptions &options) {
  return Search(problem, options).run();
}
