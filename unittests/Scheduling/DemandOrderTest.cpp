//===- DemandOrderTest.cpp - sched::demandOrder ---------------------------===//
//
// A program that runs one phase over every work item before the next comes
// out item by item, each operation just before its first reader, and extra
// dependences (memory order) are kept.
//
//===----------------------------------------------------------------------===//

#include "xyz/Scheduling/Problem.h"
#include "xyz/Scheduling/Search.h"
#include "gtest/gtest.h"

using namespace xyz::sched;

namespace {

/// Three items, two phases, phase by phase:
///   load_i (r0) -> x_i;  step_i (r1) reads x_i -> y_i;  store_i (r2) reads y_i
/// in the order load_0..2, step_0..2, store_0..2.
struct Phases {
  Problem problem;
  Phases() {
    problem.resourceLimits = {2, 1, 2};
    problem.scratchSize = 64;
    unsigned x[3], y[3];
    for (unsigned i = 0; i < 3; ++i) {
      x[i] = problem.addValue(1);
      problem.addOperation(0, {}, {x[i]});
    }
    for (unsigned i = 0; i < 3; ++i) {
      y[i] = problem.addValue(1);
      problem.addOperation(1, {x[i]}, {y[i]});
    }
    for (unsigned i = 0; i < 3; ++i)
      problem.addOperation(2, {y[i]}, {});
  }
};

} // namespace

TEST(DemandOrder, ItemByItem) {
  Phases p;
  EXPECT_EQ(demandOrder(p.problem),
            (std::vector<unsigned>{0, 3, 6, 1, 4, 7, 2, 5, 8}));
}

TEST(DemandOrder, KeepsExtraDependences) {
  // load_2 must wait for store_0 (it reads what store_0 writes): store_0
  // stays a root (stores keep their order), item 2 still comes last.
  Phases p;
  p.problem.addDependence(6, 2, 1);
  EXPECT_EQ(demandOrder(p.problem),
            (std::vector<unsigned>{0, 3, 6, 1, 4, 7, 2, 5, 8}));
  // Pulled by its dependent, store_0 (and its item) comes just before
  // load_2, after item 1.
  EXPECT_EQ(demandOrder(p.problem, /*dependentsPull=*/true),
            (std::vector<unsigned>{1, 4, 7, 0, 3, 6, 2, 5, 8}));
  // load_0 after store_2: item 2 comes before item 0, item 1 after both.
  Phases q;
  q.problem.addDependence(8, 0, 0);
  EXPECT_EQ(demandOrder(q.problem),
            (std::vector<unsigned>{2, 5, 8, 0, 3, 6, 1, 4, 7}));
}

TEST(DemandOrder, SearchFindsTheItemByItemSchedule) {
  // Fifteen items, three phases (x on resource 0, then y and z on resource
  // 1, one a cycle), then two stores per item (resource 2, one a cycle).
  // Phase by phase, the bias runs every y before any z and the 30 stores
  // start only once the first z is done; in demand order they run along
  // with the 30 ops of resource 1. The search tries both.
  Problem problem;
  problem.resourceLimits = {2, 1, 1};
  problem.scratchSize = 256;
  const unsigned items = 15;
  std::vector<unsigned> x(items), y(items), z(items);
  for (unsigned i = 0; i < items; ++i) {
    x[i] = problem.addValue(1);
    problem.addOperation(0, {}, {x[i]});
  }
  for (unsigned i = 0; i < items; ++i) {
    y[i] = problem.addValue(1);
    problem.addOperation(1, {x[i]}, {y[i]});
  }
  for (unsigned i = 0; i < items; ++i) {
    z[i] = problem.addValue(1);
    problem.addOperation(1, {y[i]}, {z[i]});
  }
  for (unsigned i = 0; i < items; ++i) {
    problem.addOperation(2, {z[i]}, {});
    problem.addOperation(2, {z[i]}, {});
  }
  SearchOptions options;
  options.threads = 1;
  llvm::Expected<Solution> solution = searchSchedule(problem, options);
  ASSERT_TRUE(bool(solution)) << llvm::toString(solution.takeError());
  EXPECT_FALSE(bool(verify(problem, *solution)));
  // 40 cycles in program order alone; the floor is 33 (x_0, y_0, z_0,
  // then the 30 stores).
  EXPECT_EQ(solution->numCycles, 34u);
}
