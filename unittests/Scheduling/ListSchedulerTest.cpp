//===- ListSchedulerTest.cpp - The list scheduler on small graphs ----------===//
//
// Hand-built dependence graphs whose optimal schedule length is known (the
// argument is in each test's comment): the scheduler must find a schedule
// sched::verify accepts and, for those, hit the optimum exactly, with the
// program-order bias off (0) and on (1). Then scratch: pressure, vector
// alignment, mixed widths, and problems that cannot fit, which must fail with
// an error. Finally random problems checked against verify and lower bounds.
//
//===----------------------------------------------------------------------===//

#include "xyz/Scheduling/ListScheduler.h"
#include "gtest/gtest.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <functional>
#include <optional>
#include <random>

using namespace xyz::sched;

namespace {

const double kBiases[] = {0.0, 1.0};

/// Schedules and verifies; reports a failure and returns nullopt otherwise.
std::optional<Solution> solve(const Problem &problem, double bias) {
  ListSchedulerOptions options;
  options.programOrderBias = bias;
  llvm::Expected<Solution> solution = scheduleList(problem, options);
  if (!solution) {
    ADD_FAILURE() << "bias " << bias << ": scheduling failed: "
                  << llvm::toString(solution.takeError());
    return std::nullopt;
  }
  if (llvm::Error err = verify(problem, *solution)) {
    ADD_FAILURE() << "bias " << bias << ": invalid schedule: "
                  << llvm::toString(std::move(err));
    return std::nullopt;
  }
  return std::move(*solution);
}

/// Valid and exactly `cycles` long, for every bias.
void expectOptimal(const Problem &problem, unsigned cycles) {
  for (double bias : kBiases) {
    SCOPED_TRACE("program-order bias " + std::to_string(bias));
    if (std::optional<Solution> s = solve(problem, bias)) {
      EXPECT_EQ(s->numCycles, cycles);
    }
  }
}

Problem makeProblem(std::vector<unsigned> limits, unsigned scratch = 1536) {
  Problem problem;
  problem.resourceLimits = std::move(limits);
  problem.scratchSize = scratch;
  problem.vectorAlign = 8;
  return problem;
}

/// The most scratch words live in any one cycle of a solution (a value is
/// live from its first write to its last read, or through its last write
/// when nobody reads it).
unsigned peakWords(const Problem &problem, const Solution &solution) {
  std::vector<unsigned> words(solution.numCycles + 1, 0);
  for (const Value &value : problem.values) {
    unsigned first = ~0u, last = 0;
    for (unsigned p : value.producers) {
      first = std::min(first, solution.cycle[p]);
      last = std::max(last, solution.cycle[p]);
    }
    for (unsigned u : value.users)
      last = std::max(last, solution.cycle[u]);
    // Live at the end of cycles first .. last-1 (and `last` when unread).
    unsigned end = value.users.empty() ? last + 1 : last;
    for (unsigned c = first; c < std::max(end, first + 1); ++c)
      words[c] += value.width;
  }
  return *std::max_element(words.begin(), words.end());
}

} // namespace

//===----------------------------------------------------------------------===//
// Known optima
//===----------------------------------------------------------------------===//

TEST(ListScheduler, Chain) {
  // op_i reads op_{i-1}'s result: each waits a cycle for the previous
  // write, so N ops take N cycles however many slots there are.
  for (unsigned n : {1u, 2u, 7u, 50u}) {
    SCOPED_TRACE("chain of " + std::to_string(n));
    Problem problem = makeProblem({12});
    unsigned prev = ~0u;
    for (unsigned i = 0; i < n; ++i) {
      unsigned v = problem.addValue(1);
      if (prev == ~0u)
        problem.addOperation(0, {}, {v});
      else
        problem.addOperation(0, {prev}, {v});
      prev = v;
    }
    expectOptimal(problem, n);
  }
}

TEST(ListScheduler, IndependentOpsOnOneResource) {
  // N independent ops on a resource with L slots per cycle: at most L per
  // cycle, and nothing stops filling every cycle, so ceil(N / L).
  for (auto [n, limit] : std::vector<std::pair<unsigned, unsigned>>{
           {1, 1}, {5, 1}, {12, 12}, {13, 12}, {25, 6}, {24, 6}, {100, 2}}) {
    SCOPED_TRACE(std::to_string(n) + " ops, limit " + std::to_string(limit));
    Problem problem = makeProblem({limit});
    for (unsigned i = 0; i < n; ++i)
      problem.addOperation(0, {}, {problem.addValue(1)});
    expectOptimal(problem, (n + limit - 1) / limit);
  }
}

TEST(ListScheduler, Diamond) {
  // a -> {b, c} -> d. With 2 slots: a | b c | d = 3 cycles (the critical
  // path). With 1 slot b and c serialize: a | b | c | d = 4 (also N / L).
  for (unsigned limit : {1u, 2u}) {
    SCOPED_TRACE("limit " + std::to_string(limit));
    Problem problem = makeProblem({limit});
    unsigned a = problem.addValue(1), b = problem.addValue(1),
             c = problem.addValue(1), d = problem.addValue(1);
    problem.addOperation(0, {}, {a});
    problem.addOperation(0, {a}, {b});
    problem.addOperation(0, {a}, {c});
    problem.addOperation(0, {b, c}, {d});
    expectOptimal(problem, limit == 1 ? 4 : 3);
  }
}

TEST(ListScheduler, TwoResourcesInParallel) {
  // 4 independent ops on r0 (2 slots) and 3 on r1 (1 slot): the engines
  // work side by side, so max(ceil(4/2), 3) = 3 cycles.
  Problem problem = makeProblem({2, 1});
  for (unsigned i = 0; i < 4; ++i)
    problem.addOperation(0, {}, {problem.addValue(1)});
  for (unsigned i = 0; i < 3; ++i)
    problem.addOperation(1, {}, {problem.addValue(1)});
  expectOptimal(problem, 3);
}

TEST(ListScheduler, PipelineAcrossResources) {
  // 4 items, each a load on r0 (2 slots) feeding a use on r1 (1 slot). The
  // uses need 4 cycles on r1 and the first cannot start before cycle 1
  // (it reads a load's result): 5 cycles, achieved by loads in cycles 0,0,1,1
  // and uses in 1,2,3,4.
  Problem problem = makeProblem({2, 1});
  for (unsigned i = 0; i < 4; ++i) {
    unsigned v = problem.addValue(1);
    problem.addOperation(0, {}, {v});
    problem.addOperation(1, {v}, {});
  }
  expectOptimal(problem, 5);
}

TEST(ListScheduler, LatencyZeroDependenceSharesACycle) {
  // A store after a load of the same word: latency 0, so both issue in
  // cycle 0 (1 cycle); with latency 1 they take 2.
  for (unsigned latency : {0u, 1u}) {
    SCOPED_TRACE("latency " + std::to_string(latency));
    Problem problem = makeProblem({2, 2});
    unsigned load = problem.addOperation(0, {}, {problem.addValue(1)});
    unsigned store = problem.addOperation(1, {}, {});
    problem.addDependence(load, store, latency);
    expectOptimal(problem, 1 + latency);
  }
  // Same with the later op on a lower-numbered resource (the scheduler
  // visits resources in order, so it must come back for it).
  Problem problem = makeProblem({2, 2});
  unsigned first = problem.addOperation(1, {}, {});
  unsigned second = problem.addOperation(0, {}, {});
  problem.addDependence(first, second, 0);
  expectOptimal(problem, 1);
}

// Empty cycles are dropped only when no dependence asks for a gap of more
// than one cycle.
TEST(ListScheduler, LongLatencyDependenceKeepsItsGap) {
  // a -> b with latency 3 and nothing else: b in cycle 3, 4 cycles.
  Problem problem = makeProblem({1, 1});
  unsigned a = problem.addOperation(0, {}, {});
  unsigned b = problem.addOperation(1, {}, {});
  problem.addDependence(a, b, 3);
  expectOptimal(problem, 4);
}

TEST(ListScheduler, AlternativeResourceWhenPrimaryIsFull) {
  // As on the machine: r0 is the ALU (12 slots), r1 the VALU (6 slots) whose
  // ops may instead take 8 ALU slots. At most 6 + floor(12/8) = 7 VALU ops
  // per cycle:
  //  - 6 ops fit the VALU: 1 cycle, no alternative used;
  //  - 7 ops: 6 on the VALU and 1 on the ALU in cycle 0 (without the
  //    alternative, 2 cycles);
  //  - 8 ops: 2 cycles (ceil(8 / 7)), 14 ops: 2 cycles, two on the ALU.
  for (unsigned n : {6u, 7u, 8u, 14u}) {
    SCOPED_TRACE(std::to_string(n) + " ops");
    Problem problem = makeProblem({12, 6});
    for (unsigned i = 0; i < n; ++i) {
      unsigned op = problem.addOperation(1, {}, {problem.addValue(8)});
      problem.operations[op].altResource = 0;
      problem.operations[op].altSlots = 8;
    }
    unsigned optimum = (n + 6) / 7;
    expectOptimal(problem, optimum);
    for (double bias : kBiases) {
      std::optional<Solution> s = solve(problem, bias);
      if (!s)
        continue;
      unsigned alternatives = llvm::count(s->alternative, true);
      // The alternative only when the VALU is full: the ops beyond the
      // VALU's 6 per cycle.
      EXPECT_LE(alternatives, optimum);
      EXPECT_GE(alternatives, n > 6 * optimum ? n - 6 * optimum : 0u);
      if (n <= 6) {
        EXPECT_EQ(alternatives, 0u);
      }
    }
  }
  // Without the alternative, 7 ops take 2 cycles.
  Problem problem = makeProblem({12, 6});
  for (unsigned i = 0; i < 7; ++i)
    problem.addOperation(1, {}, {problem.addValue(8)});
  expectOptimal(problem, 2);
}

TEST(ListScheduler, AlternativeNeedsRoomOnItsResource) {
  // 24 independent ALU ops fill the ALU (12 slots) in cycles 0 and 1; 7 VALU
  // ops with 8-ALU-slot alternatives cannot move there, so the 7th waits for
  // a VALU slot in cycle 1: 2 cycles (the ALU floor), no alternative used.
  Problem problem = makeProblem({12, 6});
  for (unsigned i = 0; i < 24; ++i)
    problem.addOperation(0, {}, {problem.addValue(1)});
  for (unsigned i = 0; i < 7; ++i) {
    unsigned op = problem.addOperation(1, {}, {problem.addValue(8)});
    problem.operations[op].altResource = 0;
    problem.operations[op].altSlots = 8;
  }
  expectOptimal(problem, 2);
  for (double bias : kBiases) {
    if (std::optional<Solution> s = solve(problem, bias)) {
      EXPECT_EQ(llvm::count(s->alternative, true), 0);
    }
  }
}

TEST(ListScheduler, SpreadAlternativeTakesTheLeftoverSlots) {
  // r0 is the ALU (12 slots), r1 the VALU (6). Six ALU ops head chains of
  // two, so the ALU has 6 slots free in cycle 0; seven VALU ops whose
  // alternative is 8 ALU slots, of which 6 may go first. The seventh VALU
  // op cannot take the VALU or all 8 ALU slots in cycle 0: it takes 6
  // lanes there and the last 2 in cycle 1, and its reader issues in cycle
  // 2. Needing all 8 at once, it waits: the ALU in cycle 1 has 6 free again.
  for (unsigned first : {6u, 0u}) {
    SCOPED_TRACE("altFirstSlots " + std::to_string(first));
    Problem problem = makeProblem({12, 6});
    for (unsigned i = 0; i < 6; ++i) {
      unsigned v = problem.addValue(1);
      problem.addOperation(0, {}, {v});
      problem.addOperation(0, {v}, {});
    }
    std::vector<unsigned> vectors;
    for (unsigned i = 0; i < 7; ++i) {
      vectors.push_back(problem.addValue(8));
      unsigned op = problem.addOperation(1, {}, {vectors.back()});
      problem.operations[op].altResource = 0;
      problem.operations[op].altSlots = 8;
      problem.operations[op].altFirstSlots = first;
    }
    unsigned reader = problem.addOperation(1, vectors, {});
    for (double bias : kBiases) {
      std::optional<Solution> s = solve(problem, bias);
      if (!s)
        continue;
      unsigned spread = 0;
      for (unsigned i = 0; i < problem.operations.size(); ++i) {
        if (s->spread[i].empty())
          continue;
        ++spread;
        EXPECT_TRUE(s->alternative[i]);
        EXPECT_EQ(llvm::ArrayRef<unsigned>(s->spread[i]),
                  llvm::ArrayRef<unsigned>({0, 0, 0, 0, 0, 0, 1, 1}));
      }
      EXPECT_EQ(spread, first ? 1u : 0u);
      EXPECT_EQ(s->cycle[reader], 2u);
    }
  }
}

TEST(ListScheduler, SpreadAlternativeNeedsItsFirstSlots) {
  // As above with seven ALU chains: 5 ALU slots free in cycle 0, fewer
  // than the 6 the alternative needs to start, so nothing spreads.
  Problem problem = makeProblem({12, 6});
  for (unsigned i = 0; i < 7; ++i) {
    unsigned v = problem.addValue(1);
    problem.addOperation(0, {}, {v});
    problem.addOperation(0, {v}, {});
  }
  for (unsigned i = 0; i < 7; ++i) {
    unsigned op = problem.addOperation(1, {}, {problem.addValue(8)});
    problem.operations[op].altResource = 0;
    problem.operations[op].altSlots = 8;
    problem.operations[op].altFirstSlots = 6;
  }
  for (double bias : kBiases)
    if (std::optional<Solution> s = solve(problem, bias)) {
      for (const auto &cycles : s->spread)
        EXPECT_TRUE(cycles.empty());
    }
}

TEST(ListScheduler, AlternativeLeavesTheLastSlotToAMoreUrgentOp) {
  // r0 (2 slots) holds three independent ops with an alternative on r1 (1
  // slot); r1's own op heads a chain of 3. The third r0 op must not take
  // r1's only slot in cycle 0 from it: 3 cycles (the chain), not 4.
  Problem problem = makeProblem({2, 1});
  for (unsigned i = 0; i < 3; ++i) {
    unsigned op = problem.addOperation(0, {}, {problem.addValue(1)});
    problem.operations[op].altResource = 1;
    problem.operations[op].altSlots = 1;
  }
  unsigned v = problem.addValue(1);
  problem.addOperation(1, {}, {v});
  unsigned w = problem.addValue(1);
  problem.addOperation(0, {v}, {w});
  problem.addOperation(0, {w}, {});
  expectOptimal(problem, 3);
}

TEST(ListScheduler, PresetZeroTakesAWordNothingWrote) {
  // Four words are written in cycle 0 and read in cycle 1; a preset value
  // (zero from the start) is read in cycle 1 too. With 5 words of scratch
  // it needs a word of its own from the start: no op writes it.
  Problem problem = makeProblem({4}, /*scratch=*/5);
  unsigned zero = problem.addPresetZero();
  std::vector<unsigned> words;
  for (unsigned i = 0; i < 4; ++i) {
    words.push_back(problem.addValue(1));
    problem.addOperation(0, {}, {words.back()});
  }
  words.push_back(zero);
  problem.addOperation(0, words, {});
  expectOptimal(problem, 2);
  // Read by nothing, it still schedules.
  Problem unused = makeProblem({1}, /*scratch=*/2);
  unused.addPresetZero();
  unused.addOperation(0, {}, {unused.addValue(1)});
  expectOptimal(unused, 1);
}

TEST(ListScheduler, MultiProducerValue) {
  // A vector written lane by lane by 8 producers on r0 (2 slots): they need
  // 4 cycles (0..3); its reader waits for all of them: cycle 4, 5 cycles.
  // An unrelated op on r1 fits anywhere.
  Problem problem = makeProblem({2, 1});
  unsigned v = problem.addValue(8);
  std::vector<unsigned> producers;
  for (unsigned lane = 0; lane < 8; ++lane)
    producers.push_back(problem.addOperation(0, {}, {v}));
  problem.addOperation(1, {}, {problem.addValue(1)});
  unsigned reader = problem.addOperation(1, {v}, {});
  expectOptimal(problem, 5);
  for (double bias : kBiases) {
    if (std::optional<Solution> s = solve(problem, bias)) {
      for (unsigned p : producers)
        EXPECT_LT(s->cycle[p], s->cycle[reader]);
    }
  }
}

TEST(ListScheduler, MultiProducerValueFromTwoResources) {
  // Two producers of one word on different engines, both free in cycle 0:
  // the reader issues in cycle 1; a second reader of the reader's result in
  // cycle 2: 3 cycles (the critical path).
  Problem problem = makeProblem({1, 1});
  unsigned v = problem.addValue(1), w = problem.addValue(1);
  problem.addOperation(0, {}, {v});
  problem.addOperation(1, {}, {v});
  problem.addOperation(0, {v}, {w});
  problem.addOperation(1, {w}, {});
  expectOptimal(problem, 3);
}

//===----------------------------------------------------------------------===//
// Scratch
//===----------------------------------------------------------------------===//

TEST(ListScheduler, WordPressure) {
  // 40 items p -> q -> s (a word each between them) on three 12-slot
  // resources. Without a scratch limit 12 items start per cycle: 12 * 2
  // words live. With 16 words of scratch they cannot all be live: the
  // schedule must stay within the 16 words (verify checks every address)
  // and still be complete.
  Problem problem = makeProblem({12, 12, 12}, /*scratch=*/16);
  for (unsigned i = 0; i < 40; ++i) {
    unsigned w = problem.addValue(1), x = problem.addValue(1);
    problem.addOperation(0, {}, {w});
    problem.addOperation(1, {w}, {x});
    problem.addOperation(2, {x}, {});
  }
  for (double bias : kBiases)
    if (std::optional<Solution> s = solve(problem, bias)) {
      EXPECT_LE(peakWords(problem, *s), 16u);
      // 40 items, at most 16 words live and 2 per item in flight: no
      // faster than the resource floor ceil(40/12) + 2.
      EXPECT_GE(s->numCycles, 6u);
    }
}

TEST(ListScheduler, StarvedOfScratchTheFrontierStillIssues) {
  // Op 0 (the frontier) is alone and has the lowest priority (height 1);
  // behind it 400 items p -> q -> s with height 3, all ready at once, each
  // wanting a vector block. With 4 blocks of scratch nearly all of them are
  // refused every cycle; the scheduler scans only the first few refusals
  // per engine (a scan of all would be quadratic), so it must still try
  // the frontier itself, or nothing could issue once the out-of-order
  // budget is spent.
  Problem problem = makeProblem({4, 4}, /*scratch=*/32);
  unsigned lone = problem.addValue(8);
  problem.addOperation(1, {}, {lone});
  problem.addOperation(1, {lone}, {});
  for (unsigned i = 0; i < 400; ++i) {
    unsigned v = problem.addValue(8), w = problem.addValue(8);
    problem.addOperation(0, {}, {v});
    problem.addOperation(0, {v}, {w});
    problem.addOperation(1, {w}, {});
  }
  for (unsigned window : {~0u, 64u}) {
    SCOPED_TRACE("window " + std::to_string(window));
    ListSchedulerOptions options;
    options.programOrderBias = 0;
    options.window = window;
    llvm::Expected<Solution> s = scheduleList(problem, options);
    ASSERT_TRUE(bool(s)) << llvm::toString(s.takeError());
    llvm::Error err = verify(problem, *s);
    ASSERT_FALSE(bool(err)) << llvm::toString(std::move(err));
    EXPECT_LE(peakWords(problem, *s), 32u);
  }
}

TEST(ListScheduler, CycleLimitStopsARun) {
  // A chain of 10 takes 10 cycles: a limit of 10 lets it finish, 9 does not
  // (an error, which a search reads as "not shorter than the best").
  Problem problem = makeProblem({12});
  unsigned prev = problem.addValue(1);
  problem.addOperation(0, {}, {prev});
  for (unsigned i = 1; i < 10; ++i) {
    unsigned v = problem.addValue(1);
    problem.addOperation(0, {prev}, {v});
    prev = v;
  }
  ListSchedulerOptions options;
  options.cycleLimit = 10;
  llvm::Expected<Solution> s = scheduleList(problem, options);
  ASSERT_TRUE(bool(s)) << llvm::toString(s.takeError());
  EXPECT_EQ(s->numCycles, 10u);
  options.cycleLimit = 9;
  llvm::Expected<Solution> cut = scheduleList(problem, options);
  EXPECT_FALSE(bool(cut));
  llvm::consumeError(cut.takeError());
}

TEST(ListScheduler, BiasSpanKeepsTheStaggerOfAShortProgram) {
  // Two independent chains of 4 on a 1-slot resource, the second after the
  // first in program order: with a bias the first runs ahead. Appending 100
  // independent ops after them changes nothing in a span of 8 positions:
  // the chains' relative priorities are those of the short program (spread
  // over the whole program, the bias between them would shrink 13-fold).
  auto chains = [](unsigned tail) {
    Problem problem = makeProblem({1});
    for (unsigned c = 0; c < 2; ++c) {
      unsigned prev = problem.addValue(1);
      problem.addOperation(0, {}, {prev});
      for (unsigned i = 1; i < 4; ++i) {
        unsigned v = problem.addValue(1);
        problem.addOperation(0, {prev}, {v});
        prev = v;
      }
    }
    for (unsigned i = 0; i < tail; ++i)
      problem.addOperation(0, {}, {problem.addValue(1)});
    return problem;
  };
  ListSchedulerOptions options;
  options.programOrderBias = 1;
  options.biasSpan = 8;
  Problem shortProgram = chains(0), longProgram = chains(100);
  llvm::Expected<Solution> a = scheduleList(shortProgram, options);
  llvm::Expected<Solution> b = scheduleList(longProgram, options);
  ASSERT_TRUE(bool(a) && bool(b));
  for (unsigned i = 0; i < 8; ++i)
    EXPECT_EQ(a->cycle[i], b->cycle[i]) << "op " << i;
  EXPECT_FALSE(bool(verify(longProgram, *b)));
}

TEST(ListScheduler, VectorPressure) {
  // A reduction tree of 8 vector leaves (sum of sums). Unlimited, it takes 4
  // cycles (leaves | 4 adds | 2 | 1), plus the final reader: 5, with 8
  // vectors = 64 words live at the end of cycle 0. With 40 words (5 blocks)
  // it must serialize. Program order (l0 l1 a01 l2 l3 a23 a0123 ...) keeps 4
  // live and a fifth for the result of a67 (counted while its operands are
  // still live), so it fits.
  auto build = [](unsigned scratch) {
    Problem problem = makeProblem({12, 6}, scratch);
    std::function<unsigned(unsigned)> tree = [&](unsigned leaves) {
      unsigned v = problem.addValue(8);
      if (leaves == 1) {
        problem.addOperation(0, {}, {v});
        return v;
      }
      unsigned l = tree(leaves / 2), r = tree(leaves / 2);
      problem.addOperation(1, {l, r}, {v});
      return v;
    };
    unsigned root = tree(8);
    problem.addOperation(0, {root}, {});
    return problem;
  };
  expectOptimal(build(1536), 5);
  Problem tight = build(40);
  for (double bias : kBiases)
    if (std::optional<Solution> s = solve(tight, bias)) {
      EXPECT_LE(peakWords(tight, *s), 40u);
      EXPECT_GE(s->numCycles, 5u);
      for (unsigned v = 0; v < tight.values.size(); ++v)
        EXPECT_EQ(s->address[v] % 8, 0);
    }
}

TEST(ListScheduler, BlocksKeepTheirPartsAdjacent) {
  // Three blocks of two vectors, each part written by its own op and a
  // window across the two read by one reader (it waits for both
  // writers): the parts sit 8 words apart in their block, the window 3
  // words into it, and each reader waits only for what it reads (the
  // first part's reader can run before the second part is written). The
  // scratch (48 words) holds the blocks only one or two at a time.
  for (unsigned scratch : {1536u, 48u}) {
    SCOPED_TRACE("scratch " + std::to_string(scratch));
    Problem problem = makeProblem({1, 6}, scratch);
    struct Block {
      unsigned low, high, window, lowReader, windowReader;
    };
    std::vector<Block> blocks;
    for (unsigned k = 0; k < 3; ++k) {
      unsigned block = problem.addValue(16);
      Block b;
      b.low = problem.addPart(block, 0, 8);
      b.high = problem.addPart(block, 8, 8);
      unsigned writeLow = problem.addOperation(0, {}, {b.low});
      b.lowReader = problem.addOperation(1, {b.low}, {});
      unsigned writeHigh = problem.addOperation(0, {}, {b.high});
      b.window = problem.addPart(block, 3, 8);
      problem.values[b.window].producers = {writeLow, writeHigh};
      b.windowReader = problem.addOperation(1, {b.window}, {});
      blocks.push_back(b);
    }
    for (double bias : kBiases)
      if (std::optional<Solution> s = solve(problem, bias)) {
        for (const Block &b : blocks) {
          EXPECT_EQ(s->address[b.high], s->address[b.low] + 8);
          EXPECT_EQ(s->address[b.window], s->address[b.low] + 3);
          EXPECT_EQ(s->address[b.low] % 8, 0);
        }
        // Writes on r0 one per cycle; the first block's low reader runs
        // right after its write, before the high part exists.
        EXPECT_LT(s->cycle[blocks[0].lowReader],
                  s->cycle[blocks[0].windowReader]);
        EXPECT_LE(s->cycle[blocks[0].lowReader], 1u);
      }
  }
}

TEST(ListScheduler, MalformedBlocksAreErrors) {
  // A part that does not fit in its block, and a block without parts or
  // producers.
  Problem outside = makeProblem({1});
  unsigned block = outside.addValue(8);
  unsigned part = outside.addPart(block, 4, 8);
  outside.addOperation(0, {}, {part});
  outside.addOperation(0, {part}, {});
  llvm::Expected<Solution> s = scheduleList(outside, ListSchedulerOptions());
  ASSERT_FALSE(bool(s));
  EXPECT_NE(llvm::toString(s.takeError()).find("not inside its block"),
            std::string::npos);
}

TEST(ListScheduler, VectorsAreAligned) {
  // Words and vectors interleaved, all live until one final reader: every
  // vector's address is a multiple of vectorAlign, words pack around them.
  // Critical path: producers in cycle 0 (12 + 6 slots suffice), reader in 1.
  for (unsigned align : {4u, 8u}) {
    SCOPED_TRACE("align " + std::to_string(align));
    Problem problem = makeProblem({12, 6}, /*scratch=*/128);
    problem.vectorAlign = align;
    std::vector<unsigned> all;
    for (unsigned i = 0; i < 12; ++i) {
      bool vector = i % 3 == 1;
      unsigned v = problem.addValue(vector ? align : 1);
      problem.addOperation(vector ? 1 : 0, {}, {v});
      all.push_back(v);
    }
    problem.addOperation(0, all, {});
    expectOptimal(problem, 2);
    for (double bias : kBiases) {
      if (std::optional<Solution> s = solve(problem, bias)) {
        for (unsigned v : all) {
          if (problem.values[v].width > 1) {
            EXPECT_EQ(s->address[v] % align, 0) << "value " << v;
          }
        }
      }
    }
  }
}

TEST(ListScheduler, WordsAndVectorsMixed) {
  // 16 items: a word load feeding a vector op (via a broadcast-like op)
  // feeding a word reduction and a store; 48 words of scratch. Checked for
  // validity, alignment, the scratch bound and the critical path (4).
  Problem problem = makeProblem({12, 6, 2, 2}, /*scratch=*/48);
  for (unsigned i = 0; i < 16; ++i) {
    unsigned w = problem.addValue(1), v = problem.addValue(8),
             u = problem.addValue(8), r = problem.addValue(1);
    problem.addOperation(2, {}, {w});
    problem.addOperation(1, {w}, {v});
    problem.addOperation(1, {v, w}, {u});
    problem.addOperation(0, {u}, {r});
    problem.addOperation(3, {r}, {});
  }
  for (double bias : kBiases)
    if (std::optional<Solution> s = solve(problem, bias)) {
      EXPECT_LE(peakWords(problem, *s), 48u);
      // 16 loads on 2 slots: 8 cycles, plus the 4 after the last load.
      EXPECT_GE(s->numCycles, 12u);
      for (unsigned v = 0; v < problem.values.size(); ++v) {
        if (problem.values[v].width == 8) {
          EXPECT_EQ(s->address[v] % 8, 0);
        }
      }
    }
}

TEST(ListScheduler, ScratchTooSmallEvenInProgramOrder) {
  // All producers come first and one op reads everything, so program order
  // needs every value live at once: 20 words in 16, or 3 vectors in 16.
  // That is an error, not a crash and not an invalid schedule.
  {
    Problem problem = makeProblem({12}, /*scratch=*/16);
    std::vector<unsigned> all;
    for (unsigned i = 0; i < 20; ++i) {
      all.push_back(problem.addValue(1));
      problem.addOperation(0, {}, {all.back()});
    }
    problem.addOperation(0, all, {});
    llvm::Expected<Solution> s = scheduleList(problem);
    ASSERT_FALSE(bool(s));
    EXPECT_NE(llvm::toString(s.takeError()).find("program order"),
              std::string::npos);
  }
  {
    Problem problem = makeProblem({6}, /*scratch=*/16);
    std::vector<unsigned> all;
    for (unsigned i = 0; i < 3; ++i) {
      all.push_back(problem.addValue(8));
      problem.addOperation(0, {}, {all.back()});
    }
    problem.addOperation(0, all, {});
    llvm::Expected<Solution> s = scheduleList(problem);
    ASSERT_FALSE(bool(s));
    EXPECT_NE(llvm::toString(s.takeError()).find("program order"),
              std::string::npos);
  }
  {
    // No scratch at all.
    Problem problem = makeProblem({1}, /*scratch=*/0);
    problem.addOperation(0, {}, {problem.addValue(1)});
    llvm::Expected<Solution> s = scheduleList(problem);
    EXPECT_FALSE(bool(s));
    llvm::consumeError(s.takeError());
  }
}

TEST(ListScheduler, WordsFillScratchExactly) {
  // 16 words live at once in 16 words of scratch (more values than the two
  // 8-word blocks): the words pack, so it must schedule. Optimum: the 16
  // producers on 12 slots take 2 cycles, the reader a third.
  Problem problem = makeProblem({12}, /*scratch=*/16);
  std::vector<unsigned> all;
  for (unsigned i = 0; i < 16; ++i) {
    all.push_back(problem.addValue(1));
    problem.addOperation(0, {}, {all.back()});
  }
  problem.addOperation(0, all, {});
  expectOptimal(problem, 3);
}

TEST(ListScheduler, MalformedProblemsAreErrors) {
  {
    // A value without a producer.
    Problem problem = makeProblem({1});
    unsigned v = problem.addValue(1);
    problem.addOperation(0, {v}, {});
    llvm::Expected<Solution> s = scheduleList(problem);
    EXPECT_FALSE(bool(s));
    llvm::consumeError(s.takeError());
  }
  {
    // A dependence against program order.
    Problem problem = makeProblem({1});
    problem.addOperation(0, {}, {});
    problem.addOperation(0, {}, {});
    problem.addDependence(1, 0, 1);
    llvm::Expected<Solution> s = scheduleList(problem);
    EXPECT_FALSE(bool(s));
    llvm::consumeError(s.takeError());
  }
  {
    // A width that is neither a word nor a vector.
    Problem problem = makeProblem({1});
    problem.addOperation(0, {}, {problem.addValue(3)});
    llvm::Expected<Solution> s = scheduleList(problem);
    EXPECT_FALSE(bool(s));
    llvm::consumeError(s.takeError());
  }
}

TEST(ListScheduler, EmptyProblem) {
  Problem problem = makeProblem({1});
  expectOptimal(problem, 0);
}

//===----------------------------------------------------------------------===//
// Random problems
//===----------------------------------------------------------------------===//

namespace {

/// A random straight-line program on the machine's engines (12 ALU, 6 VALU,
/// 2 load, 2 store, 1 flow), with word and vector values, VALU ops that may
/// run on the ALU, lane-wise multi-producer vectors and memory-like
/// dependences of latency 0 and 1. Operands come from the last `window`
/// values, which bounds the program-order pressure.
Problem randomProblem(unsigned seed, unsigned numOps, unsigned scratch,
                      unsigned window) {
  std::mt19937 rng(seed);
  auto pick = [&](unsigned n) { return unsigned(rng() % n); };
  Problem problem = makeProblem({12, 6, 2, 2, 1}, scratch);
  std::vector<unsigned> words, vectors;
  auto recent = [&](std::vector<unsigned> &list) {
    unsigned n = std::min<unsigned>(list.size(), window);
    return list[list.size() - 1 - pick(n)];
  };
  std::vector<unsigned> memOps;
  while (problem.operations.size() < numOps) {
    unsigned kind = pick(10);
    if (words.size() < 2 || kind < 2) { // a load of a word
      unsigned w = problem.addValue(1);
      unsigned op = problem.addOperation(2, {}, {w});
      for (unsigned m : memOps)
        if (pick(4) == 0)
          problem.addDependence(m, op, 1);
      memOps.push_back(op);
      words.push_back(w);
    } else if (kind < 5) { // ALU
      unsigned w = problem.addValue(1);
      problem.addOperation(0, {recent(words), recent(words)}, {w});
      words.push_back(w);
    } else if (kind < 7 || vectors.empty()) { // VALU (or broadcast)
      unsigned v = problem.addValue(8);
      llvm::SmallVector<unsigned, 2> in;
      if (vectors.empty() || pick(3) == 0)
        in.push_back(recent(words));
      else
        in = {recent(vectors), recent(vectors)};
      unsigned op = problem.addOperation(1, in, {v});
      problem.operations[op].altResource = 0;
      problem.operations[op].altSlots = 8;
      vectors.push_back(v);
    } else if (kind < 8) { // lane-wise: 8 producers of one vector
      unsigned v = problem.addValue(8);
      unsigned addr = recent(vectors);
      for (unsigned lane = 0; lane < 8; ++lane)
        problem.addOperation(2, {addr}, {v});
      vectors.push_back(v);
    } else if (kind < 9) { // store, after earlier memory ops
      bool vector = !vectors.empty() && pick(2);
      unsigned op = problem.addOperation(
          3, {recent(words), vector ? recent(vectors) : recent(words)}, {});
      for (unsigned m : memOps)
        if (pick(3) == 0)
          problem.addDependence(m, op, pick(2));
      memOps.push_back(op);
    } else { // flow
      unsigned w = problem.addValue(1);
      problem.addOperation(4, {recent(words)}, {w});
      words.push_back(w);
    }
  }
  return problem;
}

/// Critical path and per-resource floors (primary resources only, plus the
/// alternatives' capacity: a lower bound either way).
unsigned lowerBound(const Problem &problem) {
  unsigned path = criticalPath(problem); // tested in ProblemTest
  // Slot demand: ops with an alternative could use either engine, so bound
  // with the total capacity of the two.
  std::vector<unsigned> count(problem.resourceLimits.size(), 0);
  for (const Operation &op : problem.operations)
    ++count[op.resource];
  unsigned floor = 0;
  for (unsigned r = 0; r < count.size(); ++r)
    if (r != 0 && r != 1)
      floor = std::max(floor, (count[r] + problem.resourceLimits[r] - 1) /
                                  problem.resourceLimits[r]);
  // r0 (12 ALU) and r1 (6 VALU, or 8 ALU slots each): in ALU-slot units a
  // cycle holds 12 + 6 * 8 and a VALU op needs 8 of them.
  unsigned units = count[0] + 8 * count[1];
  floor = std::max(floor, (units + 59) / 60);
  return std::max(path, floor);
}

/// Values live at once when executing in program order, each counted once
/// (the scheduler's own feasibility measure).
unsigned programOrderPeak(const Problem &problem) {
  unsigned n = problem.operations.size();
  std::vector<int> delta(n + 1, 0);
  for (const Value &value : problem.values) {
    unsigned first = *std::min_element(value.producers.begin(),
                                       value.producers.end());
    unsigned last = *std::max_element(value.producers.begin(),
                                      value.producers.end());
    for (unsigned u : value.users)
      last = std::max(last, u);
    ++delta[first];
    --delta[last + 1];
  }
  int live = 0, peak = 0;
  for (unsigned i = 0; i < n; ++i)
    peak = std::max(peak, live += delta[i]);
  return peak;
}

} // namespace

TEST(ListScheduler, RandomProblemsAreValid) {
  // Large scratch, several program-order biases (including 0 and 1), issue
  // windows and a fed bottleneck (the load engine): every schedule verifies
  // and is no shorter than the lower bound.
  for (unsigned seed = 1; seed <= 30; ++seed) {
    Problem problem = randomProblem(seed, 300, 1536, 40);
    unsigned bound = lowerBound(problem);
    for (double bias : {0.0, 0.25, 1.0, 4.0}) {
      for (unsigned window : {~0u, 1u, 16u, 64u}) {
        for (unsigned feed : {~0u, 2u}) {
         for (unsigned span : {0u, 50u}) {
          SCOPED_TRACE("seed " + std::to_string(seed) + " bias " +
                       std::to_string(bias) + " window " +
                       std::to_string(window) + " feed " +
                       std::to_string(feed) + " bias span " +
                       std::to_string(span));
          ListSchedulerOptions options;
          options.programOrderBias = bias;
          options.window = window;
          options.feedResource = feed;
          options.biasSpan = span;
          llvm::Expected<Solution> s = scheduleList(problem, options);
          ASSERT_TRUE(bool(s)) << llvm::toString(s.takeError());
          llvm::Error err = verify(problem, *s);
          ASSERT_FALSE(bool(err)) << llvm::toString(std::move(err));
          EXPECT_GE(s->numCycles, bound);
          EXPECT_LE(s->numCycles, problem.operations.size());
         }
        }
      }
    }
  }
}

TEST(ListScheduler, RandomProblemsUnderScratchPressure) {
  // Small scratch: whenever program order fits (counting each live value as
  // one block, the scheduler's guarantee), a valid schedule must come out,
  // within scratch; otherwise an error.
  unsigned scheduled = 0, refused = 0;
  for (unsigned seed = 1; seed <= 40; ++seed) {
    for (unsigned scratch : {64u, 128u, 200u}) {
      Problem problem = randomProblem(seed, 200, scratch, 6);
      bool fits = programOrderPeak(problem) <= scratch / 8;
      for (auto [bias, window] : {std::pair<double, unsigned>{0.0, ~0u},
                                  {1.0, ~0u}, {1.0, 8u}}) {
        SCOPED_TRACE("seed " + std::to_string(seed) + " scratch " +
                     std::to_string(scratch) + " bias " +
                     std::to_string(bias) + " window " +
                     std::to_string(window));
        ListSchedulerOptions options;
        options.programOrderBias = bias;
        options.window = window;
        llvm::Expected<Solution> s = scheduleList(problem, options);
        if (!s) {
          std::string message = llvm::toString(s.takeError());
          EXPECT_FALSE(fits) << message;
          ++refused;
          continue;
        }
        llvm::Error err = verify(problem, *s);
        ASSERT_FALSE(bool(err)) << llvm::toString(std::move(err));
        EXPECT_LE(peakWords(problem, *s), scratch);
        ++scheduled;
      }
    }
  }
  // The sweep exercises the scheduling path, not only the refusal.
  EXPECT_GT(scheduled, 100u);
  (void)refused;
}

// A graph built once gives every run the schedule a run building its own
// gives; a graph of another problem is not used (each problem gets its own).
TEST(ListScheduler, SharedGraphGivesTheSameSchedules) {
  for (unsigned seed = 0; seed < 10; ++seed) {
    Problem problem = randomProblem(seed, 300, 1536, 40);
    Problem other = randomProblem(seed + 100, 300, 1536, 40);
    auto graph = buildListScheduleGraph(problem);
    ASSERT_TRUE(bool(graph)) << llvm::toString(graph.takeError());
    for (double bias : {0.0, 1.0, 2.0}) {
      ListSchedulerOptions options;
      options.programOrderBias = bias;
      auto alone = scheduleList(problem, options);
      ASSERT_TRUE(bool(alone)) << llvm::toString(alone.takeError());
      options.graph = graph->get();
      auto shared = scheduleList(problem, options);
      ASSERT_TRUE(bool(shared)) << llvm::toString(shared.takeError());
      EXPECT_EQ(shared->cycle, alone->cycle);
      EXPECT_EQ(shared->numCycles, alone->numCycles);
      // Passed another problem's graph: that problem's own schedule.
      auto otherAlone = scheduleList(other, ListSchedulerOptions{});
      ListSchedulerOptions wrong;
      wrong.graph = graph->get();
      auto otherShared = scheduleList(other, wrong);
      ASSERT_TRUE(bool(otherAlone) && bool(otherShared));
      EXPECT_EQ(otherShared->cycle, otherAlone->cycle);
      llvm::Error err = verify(other, *otherShared);
      EXPECT_FALSE(bool(err)) << llvm::toString(std::move(err));
    }
  }
}
