//===- RulesTest.cpp - The machine's bundle, cycle and core rules --------===//
//
// One test per rule of ../shared/spec/machine.md "Bundles and cycles": writes
// land at the end of a bundle, engines run in key order, the later write
// wins (and --strict reports it), cores step in id order and see each other's
// memory writes within a cycle, and what does or does not cost a cycle.
//
//===----------------------------------------------------------------------===//

#include "ProgramBuilder.h"
#include "gtest/gtest.h"

using namespace xyz;
using namespace xyz::sim;
using namespace xyz::sim::test;
using machine::Engine;

namespace {

TEST(Rules, ReadsSeeTheStateAtBundleStart) {
  // Bundle 1 writes scratch[1] = 5 and reads scratch[1] (still 2) in the
  // same bundle; mem[0] is stored and loaded in one bundle as well.
  Outcome out = runProgram(
      program({bundle({cnst(1, 2), cnst(3, 0)}),
               bundle({alu("+", 2, 1, 1), cnst(1, 5), store("store", {3, 1}),
                       flow("add_imm", {4, 1, 0})}),
               bundle({load("load", {5, 3})})}),
      {9});
  EXPECT_EQ(out.scratch(1), 5u);
  EXPECT_EQ(out.scratch(2), 4u); // 2 + 2, not 5 + 5
  EXPECT_EQ(out.scratch(4), 2u);
  EXPECT_EQ(out.mem[0], 2u); // stored the old scratch[1]
  EXPECT_EQ(out.scratch(5), 2u);
}

TEST(Rules, VectorReadsSeeTheStateAtBundleStart) {
  // scratch[i] = 10 + i. A VALU add whose sources start 3 words below its
  // destination (its lanes overlap its sources), and a vbroadcast of a word
  // an earlier ALU slot of the bundle writes: every lane reads the state at
  // the start of the bundle (the interpreter logs these writes; others it
  // makes in place).
  Program p = program({bundle({cnst(40, 1)})});
  for (int64_t i = 0; i < 11; ++i)
    p.bundles.push_back(bundle({cnst(i, 10 + i)}));
  p.bundles.push_back(bundle({alu("+", 40, 40, 40), valu("+", {3, 0, 0}),
                              valu("vbroadcast", {24, 40})}));
  Outcome out = runProgram(p);
  ASSERT_FALSE(out.result.fault);
  for (unsigned i = 0; i < 8; ++i)
    EXPECT_EQ(out.scratch(3 + i), 2 * (10 + i)) << "lane " << i;
  for (unsigned i = 0; i < 8; ++i)
    EXPECT_EQ(out.scratch(24 + i), 1u) << "lane " << i;
  EXPECT_EQ(out.scratch(40), 2u);
}

TEST(Rules, LoadSeesMemoryAtBundleStart) {
  Outcome out = runProgram(
      program({bundle({cnst(0, 0), cnst(1, 7)}),
               bundle({store("store", {0, 1}), load("load", {2, 0})})}),
      {3});
  EXPECT_EQ(out.scratch(2), 3u);
  EXPECT_EQ(out.mem[0], 7u);
}

TEST(Rules, LaterSlotWinsWithinAnEngine) {
  Outcome out = runProgram(program({bundle({cnst(1, 5), cnst(1, 6)})}));
  EXPECT_EQ(out.scratch(1), 6u);
}

TEST(Rules, EnginesRunInKeyOrder) {
  // Both write scratch[1]; the engine listed last wins.
  Outcome loadLast = runProgram(
      program({bundle({cnst(2, 8)}), bundle({alu("+", 1, 2, 2), cnst(1, 3)})}));
  EXPECT_EQ(loadLast.scratch(1), 3u);
  Outcome aluLast = runProgram(
      program({bundle({cnst(2, 8)}), bundle({cnst(1, 3), alu("+", 1, 2, 2)})}));
  EXPECT_EQ(aluLast.scratch(1), 16u);
}

TEST(Rules, LaterMemoryWriteWins) {
  Outcome out = runProgram(
      program({bundle({cnst(0, 0), cnst(1, 7)}), bundle({cnst(2, 9)}),
               bundle({store("store", {0, 1}), store("store", {0, 2})})}),
      {0});
  EXPECT_EQ(out.mem[0], 9u);
}

TEST(Rules, StrictReportsScratchConflict) {
  Program p = program({bundle({cnst(2, 8)}),
                       bundle({alu("+", 1, 2, 2), cnst(1, 3)})});
  RunOptions strict;
  strict.strict = true;
  Outcome out = runProgram(p, {}, strict);
  ASSERT_TRUE(out.result.fault);
  EXPECT_EQ(out.result.fault->kind, FaultKind::WriteConflict);
  EXPECT_EQ(out.result.fault->message,
            "cycle 1, core 0, bundle 1: strict: scratch[1] written twice, by "
            "alu slot 0 (\"+\") and by load slot 0 (const)");
  // Without --strict, the same program is fine.
  EXPECT_FALSE(runProgram(p).result.fault);
}

TEST(Rules, StrictReportsMemoryConflictAcrossLanes) {
  // A vstore to mem[0..7] and a store to mem[5].
  RunOptions strict;
  strict.strict = true;
  Outcome out = runProgram(
      program({bundle({cnst(0, 0), cnst(1, 5)}),
               bundle({store("vstore", {0, 8}), store("store", {1, 0})})}),
      std::vector<uint32_t>(8, 0), strict);
  ASSERT_TRUE(out.result.fault);
  EXPECT_EQ(out.result.fault->message,
            "cycle 1, core 0, bundle 1: strict: mem[5] written twice, by "
            "store slot 0 (vstore) and by store slot 1 (store)");
}

TEST(Rules, StrictAcceptsDistinctWrites) {
  RunOptions strict;
  strict.strict = true;
  Outcome out = runProgram(
      program({bundle({cnst(1, 1), cnst(2, 2), alu("+", 3, 1, 2)}),
               bundle({cnst(1, 1), cnst(2, 2), alu("+", 3, 1, 2)})}),
      {}, strict);
  EXPECT_FALSE(out.result.fault);
}

TEST(Rules, DebugOnlyAndEmptyBundlesAreFree) {
  Program p = program({bundle({}), bundle({comment()}),
                       withEngine(Bundle{}, Engine::Alu), bundle({cnst(1, 1)}),
                       bundle({comment(), comment()})});
  Outcome out = runProgram(p);
  // {} and {"debug": ...} are free; {"alu": []} and the const cost a cycle.
  EXPECT_EQ(out.result.cycles, 2u);
  EXPECT_EQ(out.result.bundlesExecuted, 5u);
}

TEST(Rules, EmptyProgramTakesNoCycles) {
  Outcome out = runProgram(Program{});
  EXPECT_EQ(out.result.cycles, 0u);
  EXPECT_FALSE(out.result.fault);
}

TEST(Rules, CoresSeeEarlierCoresMemoryWritesInTheSameCycle) {
  // Every core: scratch[1] = coreid + 1; in one bundle store scratch[1] to
  // mem[coreid] and load mem[0]; then store what it loaded to mem[4 + id].
  // Core 0 loads mem[0] before its own store lands: 0. Core 1 steps after
  // core 0 in the same cycle and sees core 0's store: 1.
  Program p = program(
      {bundle({flow("coreid", {0}), cnst(2, 1), cnst(3, 4)}),
       bundle({alu("+", 1, 0, 2), alu("+", 4, 0, 3), cnst(5, 0)}),
       bundle({store("store", {0, 1}), load("load", {6, 5})}),
       bundle({store("store", {4, 6})})});
  RunOptions options;
  options.cores = 3;
  Outcome out = runProgram(p, std::vector<uint32_t>(8, 0), options);
  ASSERT_FALSE(out.result.fault);
  EXPECT_EQ(out.mem, (std::vector<uint32_t>{1, 2, 3, 0, 0, 1, 1, 0}));
  EXPECT_EQ(out.result.cycles, 4u);
}

TEST(Rules, AStepCostsACycleIfAnyCoreRanACountedBundle) {
  // Core 0 halts after 1 bundle; core 1 jumps to a debug-only bundle and
  // then a counted one.
  Program p = program(
      {bundle({flow("coreid", {0})}),
       bundle({flow("cond_jump", {0, 3})}),
       bundle({flow("halt")}),
       bundle({comment()}),
       bundle({cnst(1, 1)}),
       bundle({comment()})});
  RunOptions options;
  options.cores = 2;
  Outcome out = runProgram(p, {}, options);
  ASSERT_FALSE(out.result.fault);
  // Steps: [0,0] [1,1] [2 halt, 3 debug] [-, 4] [-, 5 debug] = 4 cycles.
  EXPECT_EQ(out.result.cycles, 4u);
  EXPECT_EQ(out.scratch(1, 0), 0u);
  EXPECT_EQ(out.scratch(1, 1), 1u);
}

TEST(Rules, StatsCountExecutedSlots) {
  Outcome out = runProgram(program(
      {bundle({cnst(1, 2), cnst(2, 3), comment()}),
       bundle({valu("vbroadcast", {8, 1}), flow("pause")}),
       bundle({cnst(4, 0), alu("+", 3, 1, 2)}),
       bundle({store("store", {4, 3})})}),
      {0});
  const auto &n = out.result.slotsExecuted;
  EXPECT_EQ(n[unsigned(Engine::Alu)], 1u);
  EXPECT_EQ(n[unsigned(Engine::Valu)], 1u);
  EXPECT_EQ(n[unsigned(Engine::Load)], 3u);
  EXPECT_EQ(n[unsigned(Engine::Store)], 1u);
  EXPECT_EQ(n[unsigned(Engine::Flow)], 1u);
  EXPECT_EQ(n[unsigned(Engine::Debug)], 0u);
  std::string text;
  llvm::raw_string_ostream os(text);
  printStats(out.result, 1, os);
  EXPECT_EQ(text, "alu: 1 / 48 (2.1%)\n"
                  "valu: 1 / 24 (4.2%)\n"
                  "load: 3 / 8 (37.5%)\n"
                  "store: 1 / 8 (12.5%)\n"
                  "flow: 1 / 4 (25.0%)\n");
  EXPECT_EQ(out.mem[0], 5u);
}

/// Counts what an observer sees.
struct CountingObserver : ExecutionObserver {
  unsigned bundles = 0, slots = 0;
  std::vector<std::string> events;
  void onBundle(unsigned core, uint64_t cycle, uint64_t pc) override {
    ++bundles;
    events.push_back("b" + std::to_string(core) + "@" + std::to_string(pc));
  }
  void onSlot(unsigned core, uint64_t cycle, uint64_t pc, const Slot &slot,
              Engine engine, unsigned slotIndex) override {
    ++slots;
    events.push_back(machine::stringifyEngine(engine).str() +
                     std::to_string(slotIndex));
  }
};

TEST(Rules, ObserverSeesEverySlotInOrder) {
  Program p = program({bundle({cnst(1, 1), alu("+", 2, 1, 1), comment()}),
                       bundle({flow("pause")})});
  std::vector<uint32_t> mem;
  CountingObserver observer;
  RunOptions options;
  options.cores = 2;
  RunResult result = run(p, mem, options, &observer);
  EXPECT_EQ(result.cycles, 2u);
  EXPECT_EQ(observer.bundles, 4u);
  EXPECT_EQ(observer.slots, 6u);
  EXPECT_EQ(observer.events,
            (std::vector<std::string>{"b0@0", "load0", "alu0", "b1@0", "load0",
                                      "alu0", "b0@1", "flow0", "b1@1",
                                      "flow0"}));
}

} // namespace
