//===- SearchTest.cpp - The schedule search --------------------------------===//
//
// searchSchedule on small synthetic problems: it returns a schedule that
// verifies, never longer than its first list schedule, reaches the optimum
// of a problem a greedy list schedule misses, searches a long program over
// a span, and reports the first list schedule's error.
//
//===----------------------------------------------------------------------===//

#include "xyz/Scheduling/Search.h"
#include "xyz/Scheduling/ListScheduler.h"
#include "TestProblems.h"
#include "gtest/gtest.h"
#include <random>

using namespace xyz::sched;
using namespace xyz::sched::test;

namespace {

/// `items` independent work items: a load-like op on engine 1 (1 slot),
/// then a chain of vector ops on engine 0 (2 slots, alternative: 4 slots of
/// engine 2), then a word op on engine 2 (4 slots) reading both.
Problem items(unsigned items, unsigned scratch) {
  Problem problem = makeProblem({2, 1, 4}, scratch);
  for (unsigned item = 0; item < items; ++item) {
    unsigned loaded = problem.addValue(8);
    problem.addOperation(1, {}, {loaded});
    unsigned v = loaded;
    for (unsigned k = 0; k < 3; ++k) {
      unsigned next = problem.addValue(8);
      unsigned op = problem.addOperation(0, {v}, {next});
      problem.operations[op].altResource = 2;
      problem.operations[op].altSlots = 4;
      v = next;
    }
    problem.addOperation(2, {loaded, v}, {problem.addValue(1)});
  }
  return problem;
}

void expectValid(const Problem &problem, const Solution &solution) {
  llvm::Error err = verify(problem, solution);
  EXPECT_FALSE(bool(err)) << llvm::toString(std::move(err));
}

TEST(Search, ReachesTheOptimumOfChains) {
  // Height alone (bias 0) strands the last chain; justification from that
  // start closes the gap, at either search level.
  for (unsigned level : {0u, 1u}) {
    SCOPED_TRACE("level " + std::to_string(level));
    SearchOptions options{/*programOrderBias=*/0.0};
    options.searchLevel = level;
    Problem problem = chains();
    llvm::Expected<Solution> found = searchSchedule(problem, options);
    ASSERT_TRUE(bool(found)) << llvm::toString(found.takeError());
    expectValid(problem, *found);
    EXPECT_EQ(found->numCycles, 6u);
  }
}

TEST(Search, NoLongerThanItsFirstListSchedule) {
  for (unsigned n : {4u, 16u, 40u}) {
    SCOPED_TRACE("items " + std::to_string(n));
    Problem problem = items(n, 1024);
    ListSchedulerOptions first;
    llvm::Expected<Solution> list = scheduleList(problem, first);
    ASSERT_TRUE(bool(list)) << llvm::toString(list.takeError());
    llvm::Expected<Solution> found = searchSchedule(problem);
    ASSERT_TRUE(bool(found)) << llvm::toString(found.takeError());
    expectValid(problem, *found);
    EXPECT_LE(found->numCycles, list->numCycles);
    // Engine 1 takes one op a cycle.
    EXPECT_GE(found->numCycles, n);
  }
}

TEST(Search, DeterministicAtEveryLevel) {
  Problem problem = items(24, 512);
  for (unsigned level : {0u, 1u}) {
    SearchOptions options;
    options.searchLevel = level;
    llvm::Expected<Solution> a = searchSchedule(problem, options);
    llvm::Expected<Solution> b = searchSchedule(problem, options);
    ASSERT_TRUE(bool(a) && bool(b));
    expectValid(problem, *a);
    EXPECT_EQ(a->cycle, b->cycle);
    EXPECT_EQ(a->address, b->address);
  }
}

TEST(Search, TheSameOnAnyNumberOfThreads) {
  // Justification from each start runs in parallel; the rebuilds follow in
  // order, so the result is the one of a single thread.
  Problem problem = items(24, 512);
  for (unsigned level : {0u, 1u}) {
    SCOPED_TRACE("level " + std::to_string(level));
    SearchOptions one;
    one.searchLevel = level;
    one.threads = 1;
    llvm::Expected<Solution> a = searchSchedule(problem, one);
    for (unsigned threads : {0u, 2u, 7u}) {
      SearchOptions many = one;
      many.threads = threads;
      llvm::Expected<Solution> b = searchSchedule(problem, many);
      ASSERT_TRUE(bool(a) && bool(b));
      EXPECT_EQ(a->cycle, b->cycle);
      EXPECT_EQ(a->address, b->address);
      EXPECT_EQ(a->alternative, b->alternative);
    }
  }
}

TEST(Search, LongProgramsAreSearchedOverASpan) {
  // With a span of one in-flight's worth the windows and justification
  // run windowed; the result still verifies and is no worse than one
  // windowed list schedule.
  Problem problem = items(200, 256);
  SearchOptions options;
  options.spanInFlight = 1;
  llvm::Expected<Solution> found = searchSchedule(problem, options);
  ASSERT_TRUE(bool(found)) << llvm::toString(found.takeError());
  expectValid(problem, *found);
  ListSchedulerOptions first;
  first.biasSpan = inFlight(problem);
  first.window = first.biasSpan / 2;
  llvm::Expected<Solution> list = scheduleList(problem, first);
  ASSERT_TRUE(bool(list)) << llvm::toString(list.takeError());
  EXPECT_LE(found->numCycles, list->numCycles);
}

TEST(Search, OnlyTheFirstListScheduleWithoutSearch) {
  Problem problem = items(16, 1024);
  SearchOptions options;
  options.windows = false;
  options.justifyRounds = 0;
  llvm::Expected<Solution> found = searchSchedule(problem, options);
  llvm::Expected<Solution> list = scheduleList(problem);
  ASSERT_TRUE(bool(found) && bool(list));
  EXPECT_EQ(found->cycle, list->cycle);
}

TEST(Search, ReportsTheFirstScheduleError) {
  // One vector value needs 8 words; there are 4.
  Problem problem = items(1, 4);
  llvm::Expected<Solution> found = searchSchedule(problem);
  ASSERT_FALSE(bool(found));
  EXPECT_NE(llvm::toString(found.takeError()).find("scratch"),
            std::string::npos);
}

} // namespace
