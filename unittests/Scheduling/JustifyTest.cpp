//===- JustifyTest.cpp - Forward-backward improvement ----------------------===//
//
// justify() on a problem whose greedy list schedule leaves an idle tail that
// a right-then-left justification closes, and on random problems: the order
// it returns rebuilds (with scratch) into a schedule that verifies and is no
// shorter than the resource-only length it reports.
//
//===----------------------------------------------------------------------===//

#include "xyz/Scheduling/Justify.h"
#include "xyz/Scheduling/ListScheduler.h"
#include "TestProblems.h"
#include "gtest/gtest.h"
#include <random>

using namespace xyz::sched;
using namespace xyz::sched::test;

namespace {

TEST(Justify, ReachesTheOptimumOfChains) {
  Problem problem = chains();
  ListSchedulerOptions options;
  options.programOrderBias = 0;
  llvm::Expected<Solution> list = scheduleList(problem, options);
  ASSERT_TRUE(bool(list)) << llvm::toString(list.takeError());
  JustifiedOrder order = justify(problem, list->cycle, 2);
  EXPECT_EQ(order.numCycles, 6u);
  options.priority = &order.priority;
  llvm::Expected<Solution> rebuilt = scheduleList(problem, options);
  ASSERT_TRUE(bool(rebuilt)) << llvm::toString(rebuilt.takeError());
  EXPECT_FALSE(bool(verify(problem, *rebuilt)));
  EXPECT_EQ(rebuilt->numCycles, 6u);
}

/// Random DAGs on two engines (4 and 1 slots) with a VALU-like alternative
/// and latency-0 and latency-2 dependences.
Problem randomProblem(unsigned seed, unsigned numOps) {
  std::mt19937 rng(seed);
  auto pick = [&](unsigned n) { return unsigned(rng() % n); };
  Problem problem = makeProblem({4, 1}, 4096);
  std::vector<unsigned> values;
  for (unsigned i = 0; i < numOps; ++i) {
    llvm::SmallVector<unsigned, 2> in;
    for (unsigned k = 0; k < 2 && !values.empty(); ++k)
      if (pick(3))
        in.push_back(values[values.size() - 1 - pick(std::min<unsigned>(
                                                    values.size(), 20))]);
    unsigned v = problem.addValue(1);
    unsigned resource = pick(4) == 0;
    unsigned op = problem.addOperation(resource, in, {v});
    if (resource == 1 && pick(2)) {
      problem.operations[op].altResource = 0;
      problem.operations[op].altSlots = 2;
    }
    if (i > 0 && pick(8) == 0)
      problem.addDependence(pick(i), op, pick(3));
    values.push_back(v);
  }
  return problem;
}

TEST(Justify, RandomProblemsRebuildIntoValidSchedules) {
  unsigned improved = 0;
  for (unsigned seed = 1; seed <= 30; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    Problem problem = randomProblem(seed, 200);
    llvm::Expected<Solution> list = scheduleList(problem);
    ASSERT_TRUE(bool(list)) << llvm::toString(list.takeError());
    JustifiedOrder order = justify(problem, list->cycle, 3);
    ASSERT_EQ(order.priority.size(), problem.operations.size());
    ListSchedulerOptions options;
    options.priority = &order.priority;
    llvm::Expected<Solution> rebuilt = scheduleList(problem, options);
    ASSERT_TRUE(bool(rebuilt)) << llvm::toString(rebuilt.takeError());
    llvm::Error err = verify(problem, *rebuilt);
    ASSERT_FALSE(bool(err)) << llvm::toString(std::move(err));
    improved += order.numCycles < list->numCycles;
  }
  // The passes find shorter schedules on some of them.
  EXPECT_GT(improved, 0u);
}

} // namespace

namespace {

TEST(Justify, PermutedProblemSchedulesMapBack) {
  // Scheduling the problem renumbered in the justified order and mapping the
  // cycles back gives a valid schedule of the original problem.
  for (unsigned seed = 1; seed <= 10; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    Problem problem = randomProblem(seed, 150);
    llvm::Expected<Solution> list = scheduleList(problem);
    ASSERT_TRUE(bool(list)) << llvm::toString(list.takeError());
    JustifiedOrder order = justify(problem, list->cycle, 2);
    ASSERT_EQ(order.order.size(), problem.operations.size());
    Problem permuted = permute(problem, order.order);
    llvm::Expected<Solution> plain = scheduleList(permuted);
    ASSERT_TRUE(bool(plain)) << llvm::toString(plain.takeError());
    llvm::Error plainErr = verify(permuted, *plain);
    ASSERT_FALSE(bool(plainErr)) << llvm::toString(std::move(plainErr));
    std::vector<uint64_t> priority(order.order.size());
    for (unsigned k = 0; k < order.order.size(); ++k)
      priority[k] = order.priority[order.order[k]];
    ListSchedulerOptions options;
    options.priority = &priority;
    llvm::Expected<Solution> s = scheduleList(permuted, options);
    ASSERT_TRUE(bool(s)) << llvm::toString(s.takeError());
    Solution back = *s;
    for (unsigned k = 0; k < order.order.size(); ++k) {
      back.cycle[order.order[k]] = s->cycle[k];
      back.alternative[order.order[k]] = s->alternative[k];
    }
    llvm::Error err = verify(problem, back);
    EXPECT_FALSE(bool(err)) << llvm::toString(std::move(err));
  }
}

} // namespace

namespace {

TEST(Justify, WindowBoundsHowFarAPassRunsAhead) {
  // 40 independent ops on a 4-slot engine: unwindowed, the passes take 10
  // cycles. With a window of 2 positions no pass issues an op 2 or more
  // positions past the oldest it has not issued: 2 ops a cycle, 20 cycles,
  // in program order.
  Problem problem = makeProblem({4}, 1024);
  for (unsigned i = 0; i < 40; ++i)
    problem.addOperation(0, {}, {problem.addValue(1)});
  llvm::Expected<Solution> list = scheduleList(problem);
  ASSERT_TRUE(bool(list)) << llvm::toString(list.takeError());
  EXPECT_EQ(justify(problem, list->cycle, 2).numCycles, 10u);
  JustifiedOrder windowed = justify(problem, list->cycle, 2, /*window=*/2);
  EXPECT_EQ(windowed.numCycles, 20u);
  for (unsigned k = 0; k < 40; ++k)
    EXPECT_EQ(windowed.order[k], k);
}

TEST(Justify, WindowedOrdersRebuildInTheirWindow) {
  // Random problems: an order justified in a window rebuilds, in the same
  // window, into a valid schedule.
  for (unsigned seed = 1; seed <= 20; ++seed) {
    for (unsigned window : {4u, 32u}) {
      SCOPED_TRACE("seed " + std::to_string(seed) + " window " +
                   std::to_string(window));
      Problem problem = randomProblem(seed, 200);
      ListSchedulerOptions options;
      options.window = window;
      llvm::Expected<Solution> list = scheduleList(problem, options);
      ASSERT_TRUE(bool(list)) << llvm::toString(list.takeError());
      JustifiedOrder order = justify(problem, list->cycle, 2, window);
      options.priority = &order.priority;
      llvm::Expected<Solution> rebuilt = scheduleList(problem, options);
      ASSERT_TRUE(bool(rebuilt)) << llvm::toString(rebuilt.takeError());
      llvm::Error err = verify(problem, *rebuilt);
      ASSERT_FALSE(bool(err)) << llvm::toString(std::move(err));
    }
  }
}

} // namespace
