//===- ProblemTest.cpp - sched::verify accepts and rejects solutions -------===//
//
// Every check of the solution checker is shown to fire: each test starts from
// a hand-built problem with a valid solution (which verify accepts) and
// breaks exactly one rule, and verify must name that rule.
//
//===----------------------------------------------------------------------===//

#include "xyz/Scheduling/Problem.h"
#include "TestProblems.h"
#include "xyz/Scheduling/ListScheduler.h"
#include "gtest/gtest.h"

using namespace xyz::sched;

namespace {

/// `verify`'s message, or "" when it accepts.
std::string check(const Problem &problem, const Solution &solution) {
  llvm::Error err = verify(problem, solution);
  if (!err)
    return "";
  return llvm::toString(std::move(err));
}

/// Two resources (0: limit 2, 1: limit 1), 16 words of scratch:
///   op0 (r0): writes a          cycle 0, a at word 0
///   op1 (r0): writes b          cycle 0, b at word 1
///   op2 (r1): reads a, writes c cycle 1, c at word 0 (a dies in cycle 1:
///                                        its reader reads at the start of
///                                        the cycle, c is written at its end)
///   op3 (r0): reads b, c        cycle 2
struct Base {
  Problem problem;
  Solution solution;
  unsigned a, b, c;
  Base() {
    problem.resourceLimits = {2, 1};
    problem.scratchSize = 16;
    a = problem.addValue(1);
    b = problem.addValue(1);
    c = problem.addValue(1);
    problem.addOperation(0, {}, {a});
    problem.addOperation(0, {}, {b});
    problem.addOperation(1, {a}, {c});
    problem.addOperation(0, {b, c}, {});
    solution.cycle = {0, 0, 1, 2};
    solution.alternative = {false, false, false, false};
    solution.address = {0, 1, 0};
    solution.numCycles = 3;
  }
};

} // namespace

TEST(SchedVerify, AcceptsValidSolution) {
  Base base;
  EXPECT_EQ(check(base.problem, base.solution), "");
}

TEST(SchedVerify, RejectsIncompleteSolution) {
  Base base;
  base.solution.cycle.pop_back();
  EXPECT_NE(check(base.problem, base.solution).find("does not cover"),
            std::string::npos);
  Base base2;
  base2.solution.address.pop_back();
  EXPECT_NE(check(base2.problem, base2.solution).find("does not cover"),
            std::string::npos);
}

TEST(SchedVerify, RejectsOperationPastLastCycle) {
  Base base;
  base.solution.numCycles = 2; // op3 is in cycle 2
  EXPECT_NE(check(base.problem, base.solution).find("past the last cycle"),
            std::string::npos);
}

TEST(SchedVerify, RejectsResourceOverUse) {
  // A second op on resource 1 (limit 1) in cycle 1, beside op2; it reads b,
  // so it is otherwise legal.
  Base base;
  base.problem.addOperation(1, {base.b}, {});
  base.solution.cycle.push_back(1);
  base.solution.alternative.push_back(false);
  EXPECT_NE(check(base.problem, base.solution).find("over-uses resource 1"),
            std::string::npos);
  // The same op in cycle 2 (resource 1 free there) is fine.
  base.solution.cycle.back() = 2;
  EXPECT_EQ(check(base.problem, base.solution), "");
}

TEST(SchedVerify, CountsAlternativeSlots) {
  // An op on resource 1 with an alternative taking 2 slots of resource 0:
  // in cycle 1 resource 0 is idle, so it may run there alongside op2; in
  // cycle 0 resource 0 already has two ops.
  Base base;
  unsigned d = base.problem.addOperation(1, {}, {});
  base.problem.operations[d].altResource = 0;
  base.problem.operations[d].altSlots = 2;
  base.solution.cycle.push_back(1);
  base.solution.alternative.push_back(true);
  EXPECT_EQ(check(base.problem, base.solution), "");
  base.solution.cycle.back() = 0;
  EXPECT_NE(check(base.problem, base.solution).find("over-uses resource 0"),
            std::string::npos);
  // Not as the alternative in cycle 1: resource 1 is op2's.
  base.solution.cycle.back() = 1;
  base.solution.alternative.back() = false;
  EXPECT_NE(check(base.problem, base.solution).find("over-uses resource 1"),
            std::string::npos);
}

TEST(SchedVerify, SpreadAlternativeCountsEachSlotInItsCycle) {
  // An op on resource 1 whose alternative takes 2 slots of resource 0,
  // which may spread: one slot in cycle 1 (free there), one in cycle 2.
  Base base;
  unsigned d = base.problem.addOperation(1, {}, {});
  base.problem.operations[d].altResource = 0;
  base.problem.operations[d].altSlots = 2;
  base.problem.operations[d].altFirstSlots = 1;
  base.solution.numCycles = 3;
  base.solution.cycle.push_back(1);
  base.solution.alternative.push_back(true);
  base.solution.spread.assign(base.problem.operations.size(), {});
  base.solution.spread[d] = {1, 2};
  EXPECT_EQ(check(base.problem, base.solution), "");
  // Both slots in cycle 0, where resource 0 has two ops already.
  base.solution.cycle[d] = 0;
  base.solution.spread[d] = {0, 1};
  EXPECT_NE(check(base.problem, base.solution).find("over-uses resource 0"),
            std::string::npos);
  // Slots that do not start at the op's cycle, or too few of them.
  base.solution.cycle[d] = 1;
  base.solution.spread[d] = {2, 2};
  EXPECT_NE(check(base.problem, base.solution).find("is spread but not"),
            std::string::npos);
  base.solution.spread[d] = {1};
  EXPECT_NE(check(base.problem, base.solution).find("is spread but not"),
            std::string::npos);
  // Not spreadable.
  base.problem.operations[d].altFirstSlots = 0;
  base.solution.spread[d] = {1, 2};
  EXPECT_NE(check(base.problem, base.solution).find("is spread but not"),
            std::string::npos);
}

TEST(SchedVerify, SpreadProducerIsReadAfterItsLastSlot) {
  // op0 writes a (resource 0) and op1 reads it; op0 as a spread alternative
  // on resource 1 over cycles 0 and 1: op1 may not read a in cycle 1.
  Problem problem;
  problem.resourceLimits = {1, 2};
  problem.scratchSize = 4;
  unsigned a = problem.addValue(1);
  unsigned op0 = problem.addOperation(0, {}, {a});
  problem.operations[op0].altResource = 1;
  problem.operations[op0].altSlots = 2;
  problem.operations[op0].altFirstSlots = 1;
  problem.addOperation(0, {a}, {});
  Solution solution;
  solution.numCycles = 3;
  solution.cycle = {0, 1};
  solution.alternative = {true, false};
  solution.spread = {{0, 1}, {}};
  solution.address = {0};
  EXPECT_NE(check(problem, solution).find("read before it is written"),
            std::string::npos);
  solution.cycle[1] = 2;
  EXPECT_EQ(check(problem, solution), "");
}

TEST(SchedVerify, RejectsAlternativeThatDoesNotExist) {
  Base base;
  base.solution.alternative[3] = true;
  EXPECT_NE(check(base.problem, base.solution).find("has no alternative"),
            std::string::npos);
}

TEST(SchedVerify, RejectsReadInTheCycleOfTheWrite) {
  Base base;
  base.solution.cycle[2] = 0; // op2 reads a in the cycle that writes it
  base.solution.address[base.c] = 2;
  EXPECT_NE(check(base.problem, base.solution).find("read before it is written"),
            std::string::npos);
}

TEST(SchedVerify, RejectsReadBeforeTheLastOfSeveralWrites) {
  // v has two producers (cycles 0 and 2); its reader must come after both.
  Problem problem;
  problem.resourceLimits = {4};
  problem.scratchSize = 16;
  unsigned v = problem.addValue(8);
  problem.addOperation(0, {}, {v});
  problem.addOperation(0, {}, {v});
  problem.addOperation(0, {v}, {});
  Solution solution;
  solution.cycle = {0, 2, 3};
  solution.alternative.assign(3, false);
  solution.address = {8};
  solution.numCycles = 4;
  EXPECT_EQ(check(problem, solution), "");
  solution.cycle[2] = 1; // after the first write, before the second
  EXPECT_NE(check(problem, solution).find("read before it is written"),
            std::string::npos);
}

TEST(SchedVerify, RejectsOverlappingLiveValues) {
  // c put on b's word: b is live from cycle 0 to 2, c is written in 1.
  Base base;
  base.solution.address[base.c] = 1;
  EXPECT_NE(check(base.problem, base.solution).find("overlap in scratch word 1"),
            std::string::npos);
}

TEST(SchedVerify, RejectsOverlapOfAVectorWithAWord) {
  // A vector at 0..7 live in cycles 0..1 and a word at 5 written in cycle 0
  // and read in cycle 1.
  Problem problem;
  problem.resourceLimits = {4};
  problem.scratchSize = 16;
  unsigned vec = problem.addValue(8);
  unsigned word = problem.addValue(1);
  problem.addOperation(0, {}, {vec});
  problem.addOperation(0, {}, {word});
  problem.addOperation(0, {vec, word}, {});
  Solution solution;
  solution.cycle = {0, 0, 1};
  solution.alternative.assign(3, false);
  solution.address = {0, 8};
  solution.numCycles = 2;
  EXPECT_EQ(check(problem, solution), "");
  solution.address[word] = 5;
  EXPECT_NE(check(problem, solution).find("overlap in scratch word 5"),
            std::string::npos);
}

TEST(SchedVerify, RejectsTwoWritesToAWordInOneCycle) {
  // Two values nobody reads, written in cycle 0 to the same word: their live
  // ranges are the single cycle 0, which they share.
  Problem problem;
  problem.resourceLimits = {2};
  problem.scratchSize = 16;
  unsigned x = problem.addValue(1);
  unsigned y = problem.addValue(1);
  problem.addOperation(0, {}, {x});
  problem.addOperation(0, {}, {y});
  Solution solution;
  solution.cycle = {0, 0};
  solution.alternative.assign(2, false);
  solution.address = {3, 4};
  solution.numCycles = 1;
  EXPECT_EQ(check(problem, solution), "");
  solution.address[y] = 3;
  EXPECT_NE(check(problem, solution).find("overlap in scratch word 3"),
            std::string::npos);
  // In different cycles the same word is fine.
  solution.cycle[1] = 1;
  solution.numCycles = 2;
  EXPECT_EQ(check(problem, solution), "");
}

TEST(SchedVerify, AllowsReuseInTheCycleOfTheLastRead) {
  // In Base, c takes a's word in the cycle a's last reader issues (the read
  // happens at the start of the cycle, the write at its end). One cycle
  // earlier it would not be allowed: c written in cycle 0 while a is live.
  Base base;
  ASSERT_EQ(base.solution.address[base.a], base.solution.address[base.c]);
  EXPECT_EQ(check(base.problem, base.solution), "");
}

TEST(SchedVerify, RejectsValueOutsideScratch) {
  {
    Base base;
    base.solution.address[base.b] = 16; // scratch is 0..15
    EXPECT_NE(check(base.problem, base.solution).find("outside scratch"),
              std::string::npos);
  }
  {
    Base base;
    base.solution.address[base.b] = -1;
    EXPECT_NE(check(base.problem, base.solution).find("outside scratch"),
              std::string::npos);
  }
  {
    // A vector that starts inside scratch but ends past it.
    Problem problem;
    problem.resourceLimits = {1};
    problem.scratchSize = 16;
    problem.addValue(8);
    problem.addOperation(0, {}, {0});
    Solution solution;
    solution.cycle = {0};
    solution.alternative = {false};
    solution.address = {8};
    solution.numCycles = 1;
    EXPECT_EQ(check(problem, solution), "");
    solution.address[0] = 9;
    EXPECT_NE(check(problem, solution).find("outside scratch"),
              std::string::npos);
  }
}

TEST(SchedVerify, RejectsViolatedDependence) {
  Base base;
  // op1 -> op2 with latency 1 holds (0 -> 1); latency 2 does not.
  base.problem.addDependence(1, 2, 1);
  EXPECT_EQ(check(base.problem, base.solution), "");
  base.problem.addDependence(1, 2, 2);
  EXPECT_NE(check(base.problem, base.solution).find("dependence 1 -> 2"),
            std::string::npos);
}

TEST(SchedVerify, LatencyZeroDependenceMayShareACycle) {
  Base base;
  base.problem.addDependence(0, 1, 0); // both in cycle 0
  EXPECT_EQ(check(base.problem, base.solution), "");
  base.problem.addDependence(1, 0, 0);
  EXPECT_EQ(check(base.problem, base.solution), "");
  base.solution.cycle[0] = 1; // op0 after op1: 1 -> 0 still holds, 0 -> 1 not
  base.solution.address[base.c] = 2;
  EXPECT_NE(check(base.problem, base.solution).find("dependence 0 -> 1"),
            std::string::npos);
}

TEST(SchedVerify, RejectsValueWithoutProducer) {
  Base base;
  base.problem.addValue(1);
  base.solution.address.push_back(5);
  EXPECT_NE(check(base.problem, base.solution).find("has no producer"),
            std::string::npos);
}

TEST(SchedVerify, PresetZeroLivesFromBeforeTheFirstCycle) {
  // z holds zero from the start (no producer); op4 reads it in cycle 1.
  Base base;
  Problem &problem = base.problem;
  Solution &solution = base.solution;
  unsigned z = problem.addPresetZero();
  problem.addOperation(0, {z}, {});
  solution.cycle.push_back(1);
  solution.alternative.push_back(false);
  solution.address.push_back(5);
  solution.numCycles = 3;
  EXPECT_EQ(check(problem, solution), "");
  // A value written in cycle 0 (a) may not take z's word: z is read after.
  solution.address[z] = solution.address[base.a];
  EXPECT_NE(check(problem, solution).find("overlap in scratch word"),
            std::string::npos);
  // c, written in cycle 1 (the cycle z's last reader reads it), may.
  solution.address[base.a] = 7;
  solution.address[z] = solution.address[base.c];
  EXPECT_EQ(check(problem, solution), "");
  // A preset value has no producer.
  problem.addOperation(0, {}, {z});
  solution.cycle.push_back(2);
  solution.alternative.push_back(false);
  EXPECT_NE(check(problem, solution).find("preset value"), std::string::npos);
}

//===----------------------------------------------------------------------===//
// Sizes of a problem: resource floor, critical path, operations in flight
//===----------------------------------------------------------------------===//

TEST(SchedSizes, FloorCountsAlternativesOnEitherResource) {
  // 12 ops on r0 (limit 2, alternative r1 at 4 slots of its limit 8) and 8
  // on r1: the pair does 12 * 4 + 8 = 56 r1-slots a cycle at most
  // 2 * 4 + 8 = 16, so 3.5 cycles; 3 ops on r2 (limit 1) take 3.
  Problem problem;
  problem.resourceLimits = {2, 8, 1};
  for (unsigned i = 0; i < 12; ++i) {
    unsigned op = problem.addOperation(0, {}, {});
    problem.operations[op].altResource = 1;
    problem.operations[op].altSlots = 4;
  }
  for (unsigned i = 0; i < 8; ++i)
    problem.addOperation(1, {}, {});
  for (unsigned i = 0; i < 3; ++i)
    problem.addOperation(2, {}, {});
  EXPECT_DOUBLE_EQ(resourceFloor(problem), 3.5);
}

TEST(SchedSizes, InFlightIsThroughputTimesChainLength) {
  // 8 independent chains of 5 on a 4-slot resource: the floor is 40 / 4 =
  // 10 cycles, 4 ops a cycle, a chain takes 5: 20 ops in flight.
  Problem problem;
  problem.resourceLimits = {4};
  problem.scratchSize = 1536;
  for (unsigned c = 0; c < 8; ++c) {
    unsigned prev = problem.addValue(1);
    problem.addOperation(0, {}, {prev});
    for (unsigned i = 1; i < 5; ++i) {
      unsigned v = problem.addValue(1);
      problem.addOperation(0, {prev}, {v});
      prev = v;
    }
  }
  EXPECT_DOUBLE_EQ(resourceFloor(problem), 10.0);
  EXPECT_EQ(criticalPath(problem), 5u);
  EXPECT_EQ(inFlight(problem), 20u);
}

/// spanFloor: six loads (resource 1, two slots) wait for a chain of five
/// ops on resource 0 and each feeds one more op there. They issue in
/// cycles 5, 5, 6, 6, 7, 7 at the earliest, and the op after the last of
/// them in cycle 8: 9 cycles, where the loads alone need 3. An op with an
/// alternative resource is left out; the list scheduler cannot beat it.
TEST(SchedSpanFloor, CountsTheRampAndTheDrain) {
  Problem problem = test::makeProblem({2, 2}, 64);
  unsigned prev = test::addChain(problem, 0, 5);
  for (unsigned k = 0; k < 6; ++k) {
    unsigned loaded = problem.addValue(1);
    problem.addOperation(1, {prev}, {loaded});
    problem.addOperation(0, {loaded}, {});
  }
  // A load with no inputs that may also go on resource 0: not counted.
  unsigned free = problem.addValue(1);
  unsigned freeOp = problem.addOperation(1, {}, {free});
  problem.operations[freeOp].altResource = 0;
  problem.operations[freeOp].altSlots = 1;
  problem.addOperation(0, {free}, {});

  SpanFloor span = spanFloor(problem, 1);
  EXPECT_EQ(span.floor, 9u);
  EXPECT_EQ(span.ramp, 5u);
  EXPECT_EQ(span.drain, 2u);
  EXPECT_EQ(span.ops, 6u);
  // Resource 0's ops start at cycle 0 and the chain's first op has the
  // longest tail: 5 + 1 + 1 = 7 cycles at least (and 17 ops on 2 slots: 9).
  EXPECT_GE(spanFloor(problem, 0).floor, 7u);
  llvm::Expected<Solution> solution = scheduleList(problem, {});
  ASSERT_TRUE(bool(solution)) << llvm::toString(solution.takeError());
  EXPECT_GE(solution->numCycles, span.floor);
}
