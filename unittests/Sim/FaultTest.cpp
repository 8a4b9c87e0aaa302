//===- FaultTest.cpp - Runtime faults and their messages -----------------===//
//
// Each fault the reference simulator would crash or assert on stops the run
// with a message naming cycle, core, bundle, engine, slot and the offending
// address or value; memory is left as it was before the faulting bundle.
// Faults are raised only when the slot executes.
//
//===----------------------------------------------------------------------===//

#include "ProgramBuilder.h"
#include "gtest/gtest.h"

using namespace xyz;
using namespace xyz::sim;
using namespace xyz::sim::test;
using machine::Engine;

namespace {

/// Runs and expects a fault of `kind` with exactly `message`.
Outcome expectFault(const Program &p, std::vector<uint32_t> mem,
                    FaultKind kind, llvm::StringRef message,
                    RunOptions options = {}) {
  Outcome out = runProgram(p, std::move(mem), options);
  EXPECT_TRUE(out.result.fault.has_value());
  if (out.result.fault) {
    EXPECT_EQ(out.result.fault->kind, kind);
    EXPECT_EQ(out.result.fault->message, message.str());
  }
  return out;
}

TEST(Fault, AluDivisionByZero) {
  Outcome out = expectFault(
      program({bundle({cnst(1, 7)}), bundle({alu("//", 2, 1, 3)})}), {},
      FaultKind::DivisionByZero,
      "cycle 1, core 0, bundle 1, alu slot 0 (\"//\"): division by zero: "
      "\"//\" with divisor scratch[3] = 0");
  EXPECT_EQ(out.result.cycles, 1u);
  EXPECT_EQ(out.result.fault->pc, 1u);
  EXPECT_EQ(out.result.fault->engine, Engine::Alu);
}

TEST(Fault, ModAndCDivByZero) {
  expectFault(program({bundle({alu("+", 0, 0, 0), alu("%", 2, 1, 3)})}), {},
              FaultKind::DivisionByZero,
              "cycle 0, core 0, bundle 0, alu slot 1 (\"%\"): division by "
              "zero: \"%\" with divisor scratch[3] = 0");
  expectFault(program({bundle({alu("cdiv", 2, 1, 3)})}), {},
              FaultKind::DivisionByZero,
              "cycle 0, core 0, bundle 0, alu slot 0 (\"cdiv\"): division "
              "by zero: \"cdiv\" with divisor scratch[3] = 0");
}

TEST(Fault, ValuDivisionByZeroNamesTheLane) {
  // b = scratch[8..15]: all 1 except lane 3.
  expectFault(program({bundle({cnst(1, 1)}),
                       bundle({valu("vbroadcast", {8, 1})}),
                       bundle({cnst(11, 0)}),
                       bundle({valu("//", {16, 0, 8})})}),
              {}, FaultKind::DivisionByZero,
              "cycle 3, core 0, bundle 3, valu slot 0 (\"//\"): division by "
              "zero: \"//\" with divisor scratch[11] = 0");
}

TEST(Fault, ScratchOutOfRange) {
  expectFault(program({bundle({alu("+", 1536, 0, 0)})}), {},
              FaultKind::ScratchOutOfRange,
              "cycle 0, core 0, bundle 0, alu slot 0 (\"+\"): scratch address "
              "1536 out of range [0, 1536) (operand dest = 1536)");
  expectFault(program({bundle({valu("+", {0, 1530, 0})})}), {},
              FaultKind::ScratchOutOfRange,
              "cycle 0, core 0, bundle 0, valu slot 0 (\"+\"): scratch "
              "address 1537 out of range [0, 1536) (operand a = 1530, lanes "
              "1530..1537)");
  expectFault(program({bundle({cnst(-1, 0)})}), {},
              FaultKind::ScratchOutOfRange,
              "cycle 0, core 0, bundle 0, load slot 0 (const): scratch "
              "address -1 out of range [0, 1536) (operand dest = -1)");
}

TEST(Fault, LoadOffsetScratchIsBasePlusOffset) {
  expectFault(program({bundle({load("load_offset", {0, 1530, 6})})}), {0},
              FaultKind::ScratchOutOfRange,
              "cycle 0, core 0, bundle 0, load slot 0 (load_offset): scratch "
              "address 1536 out of range [0, 1536) (operand addr = 1530, "
              "plus offset = 1536)");
}

TEST(Fault, UnreachedBadSlotIsNoFault) {
  Outcome out = runProgram(program(
      {bundle({flow("jump", {2})}), bundle({alu("+", 5000, 0, 0)}),
       bundle({cnst(1, 1)})}));
  EXPECT_FALSE(out.result.fault);
  EXPECT_EQ(out.result.cycles, 2u);
}

TEST(Fault, MemoryOutOfRange) {
  expectFault(program({bundle({cnst(1, 4)}), bundle({load("load", {2, 1})})}),
              {0, 0, 0, 0}, FaultKind::MemoryOutOfRange,
              "cycle 1, core 0, bundle 1, load slot 0 (load): load from "
              "memory address 4 out of range [0, 4) (address from "
              "scratch[1])");
  expectFault(program({bundle({store("store", {1, 2})})}), {},
              FaultKind::MemoryOutOfRange,
              "cycle 0, core 0, bundle 0, store slot 0 (store): store to "
              "memory address 0 out of range [0, 0) (address from "
              "scratch[1])");
}

TEST(Fault, VectorMemoryOutOfRangeOnAnyLane) {
  // vload at 3 over 10 words: lanes 3..10, lane 7 (address 10) is outside.
  expectFault(program({bundle({cnst(1, 3)}), bundle({load("vload", {8, 1})})}),
              std::vector<uint32_t>(10, 0), FaultKind::MemoryOutOfRange,
              "cycle 1, core 0, bundle 1, load slot 0 (vload): load from "
              "memory address 10 out of range [0, 10) (address from "
              "scratch[1])");
  expectFault(program({bundle({cnst(1, 3)}),
                       bundle({store("vstore", {1, 8})})}),
              std::vector<uint32_t>(10, 0), FaultKind::MemoryOutOfRange,
              "cycle 1, core 0, bundle 1, store slot 0 (vstore): store to "
              "memory address 10 out of range [0, 10) (address from "
              "scratch[1])");
}

TEST(Fault, MemoryAtFaultExcludesTheFaultingBundle) {
  // Bundle 1 stores 7 to mem[0] and then faults in the same bundle: the
  // store is dropped; bundle 0's store stays.
  Outcome out = expectFault(
      program({bundle({cnst(1, 7), cnst(2, 1)}),
               bundle({store("store", {0, 1}), store("store", {2, 1})}),
               bundle({alu("//", 3, 1, 0), store("store", {0, 2})})}),
      {0, 0}, FaultKind::DivisionByZero,
      "cycle 2, core 0, bundle 2, alu slot 0 (\"//\"): division by zero: "
      "\"//\" with divisor scratch[0] = 0");
  EXPECT_EQ(out.mem, (std::vector<uint32_t>{7, 7}));
}

TEST(Fault, ScratchAtFaultExcludesTheFaultingBundle) {
  // Bundle 1's ALU and VALU slots write words no other slot reads (the
  // interpreter would write them in place), then its load faults: none of
  // the bundle's writes is made.
  Outcome out = expectFault(
      program({bundle({cnst(1, 4), cnst(2, 5)}),
               bundle({alu("+", 3, 2, 2), valu("vbroadcast", {16, 2}),
                       load("load", {4, 1})})}),
      {0, 0, 0, 0}, FaultKind::MemoryOutOfRange,
      "cycle 1, core 0, bundle 1, load slot 0 (load): load from memory "
      "address 4 out of range [0, 4) (address from scratch[1])");
  EXPECT_EQ(out.scratch(3), 0u);
  EXPECT_EQ(out.scratch(16), 0u);
  EXPECT_EQ(out.scratch(23), 0u);
}

TEST(Fault, NegativePc) {
  expectFault(program({bundle({flow("jump", {-1})})}), {},
              FaultKind::NegativePc,
              "cycle 0, core 0, bundle 0, flow slot 0 (jump): jump to "
              "negative pc -1");
  // pc is 2 after bundle 1; 2 - 5 = -3.
  expectFault(program({bundle({cnst(1, 1)}),
                       bundle({flow("cond_jump_rel", {1, -5})})}),
              {}, FaultKind::NegativePc,
              "cycle 1, core 0, bundle 1, flow slot 0 (cond_jump_rel): jump "
              "to negative pc -3");
  expectFault(program({bundle({cnst(1, 1)}),
                       bundle({flow("cond_jump", {1, -2})})}),
              {}, FaultKind::NegativePc,
              "cycle 1, core 0, bundle 1, flow slot 0 (cond_jump): jump to "
              "negative pc -2");
}

TEST(Fault, CycleLimit) {
  RunOptions options;
  options.maxCycles = 10;
  Outcome out = expectFault(program({bundle({flow("jump", {0})})}), {},
                            FaultKind::CycleLimit,
                            "cycle 10: cycle limit exceeded: still running "
                            "after 10 cycles (see --max-cycles)",
                            options);
  EXPECT_EQ(out.result.cycles, 10u);
  // Exactly maxCycles is fine.
  options.maxCycles = 3;
  Outcome ok = runProgram(
      program({bundle({cnst(1, 1)}), bundle({cnst(1, 1)}),
               bundle({cnst(1, 1)})}),
      {}, options);
  EXPECT_FALSE(ok.result.fault);
}

TEST(Fault, LimitsLeaveTheLastAllowedState) {
  // A counter stored every cycle: the step past a limit is not run, so
  // memory holds what the last allowed cycle stored (it ran one more).
  Program counter = program(
      {bundle({cnst(0, 0), cnst(1, 1)}),
       bundle({alu("+", 2, 2, 1), store("store", {0, 2}), flow("jump", {1})})});
  for (uint64_t limit : {1, 5}) {
    RunOptions options;
    options.maxCycles = limit;
    Outcome out = runProgram(counter, {99}, options);
    ASSERT_TRUE(out.result.fault);
    EXPECT_EQ(out.result.fault->kind, FaultKind::CycleLimit);
    EXPECT_EQ(out.result.cycles, limit);
    EXPECT_EQ(out.mem, std::vector<uint32_t>{limit == 1 ? 99u : 3u});
    options.maxCycles = UINT64_MAX;
    options.maxSteps = limit;
    out = runProgram(counter, {99}, options);
    ASSERT_TRUE(out.result.fault);
    EXPECT_EQ(out.result.fault->kind, FaultKind::StepLimit);
    EXPECT_EQ(out.mem, std::vector<uint32_t>{limit == 1 ? 99u : 3u});
  }
  // Running off the end of the program is no step: 3 bundles, 3 steps.
  RunOptions options;
  options.maxSteps = 3;
  Outcome ok = runProgram(program({bundle({cnst(1, 1)}), bundle({cnst(1, 1)}),
                                   bundle({cnst(1, 1)})}),
                          {}, options);
  EXPECT_FALSE(ok.result.fault);
  EXPECT_EQ(ok.result.cycles, 3u);
}

TEST(Fault, OverfullEngine) {
  Bundle full = bundle({cnst(0, 1), cnst(1, 1), cnst(2, 1)});
  expectFault(program({bundle({alu("+", 5, 5, 5)}), full}), {},
              FaultKind::OverfullEngine,
              "cycle 1, core 0, bundle 1, load slot 2 (const): 3 load slots "
              "in one bundle, limit 2");
}

TEST(Fault, MalformedSlot) {
  Bundle b = bundle({alu("+", 1, 2, 3)});
  b.engines[0].slots[0].operands.pop_back();
  expectFault(program({b}), {}, FaultKind::MalformedSlot,
              "cycle 0, core 0, bundle 0, alu slot 0 (\"+\"): expected 3 "
              "operands, got 2");
}

TEST(Fault, FaultNamesTheCore) {
  // Core 1 divides by its id - 1 = 0; core 0 divides by -1 (fine).
  RunOptions options;
  options.cores = 2;
  Outcome out = expectFault(
      program({bundle({flow("coreid", {1}), cnst(2, 1)}),
               bundle({alu("-", 3, 1, 2)}), bundle({alu("//", 4, 2, 3)})}),
      {}, FaultKind::DivisionByZero,
      "cycle 2, core 1, bundle 2, alu slot 0 (\"//\"): division by zero: "
      "\"//\" with divisor scratch[3] = 0",
      options);
  EXPECT_EQ(out.result.fault->core, 1u);
}

} // namespace
