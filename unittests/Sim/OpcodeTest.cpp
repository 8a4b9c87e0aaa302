//===- OpcodeTest.cpp - One small program per opcode ---------------------===//
//
// Each test runs a few bundles and checks scratch, memory and cycles against
// values worked out by hand from ../shared/spec/machine.md.
//
//===----------------------------------------------------------------------===//

#include "ProgramBuilder.h"
#include "gtest/gtest.h"

using namespace xyz::sim;
using namespace xyz::sim::test;

namespace {

/// Runs `op` on the ALU with scratch[1] = a, scratch[2] = b; returns
/// scratch[3].
uint32_t aluResult(llvm::StringRef op, int64_t a, int64_t b) {
  Outcome out = runProgram(program({bundle({cnst(1, a), cnst(2, b)}),
                                    bundle({alu(op, 3, 1, 2)})}));
  EXPECT_FALSE(out.result.fault) << out.result.fault->message;
  EXPECT_EQ(out.result.cycles, 2u);
  return out.scratch(3);
}

TEST(Opcode, AluAdd) {
  EXPECT_EQ(aluResult("+", 7, 5), 12u);
  EXPECT_EQ(aluResult("+", 0xFFFFFFFF, 2), 1u);
}
TEST(Opcode, AluSub) {
  EXPECT_EQ(aluResult("-", 7, 5), 2u);
  EXPECT_EQ(aluResult("-", 5, 7), 0xFFFFFFFEu);
}
TEST(Opcode, AluMul) {
  EXPECT_EQ(aluResult("*", 6, 7), 42u);
  EXPECT_EQ(aluResult("*", 0x10000, 0x10001), 0x10000u);
}
TEST(Opcode, AluBitwise) {
  EXPECT_EQ(aluResult("^", 0b1100, 0b1010), 0b0110u);
  EXPECT_EQ(aluResult("&", 0b1100, 0b1010), 0b1000u);
  EXPECT_EQ(aluResult("|", 0b1100, 0b1010), 0b1110u);
}
TEST(Opcode, AluDivMod) {
  EXPECT_EQ(aluResult("//", 17, 5), 3u);
  EXPECT_EQ(aluResult("%", 17, 5), 2u);
  // Unsigned: 0xFFFFFFFF is 4294967295, not -1.
  EXPECT_EQ(aluResult("//", 0xFFFFFFFF, 2), 0x7FFFFFFFu);
}
TEST(Opcode, AluCDiv) {
  EXPECT_EQ(aluResult("cdiv", 17, 5), 4u);
  EXPECT_EQ(aluResult("cdiv", 15, 5), 3u);
  EXPECT_EQ(aluResult("cdiv", 0, 5), 0u);
  // (a + b - 1) // b without overflow: (2^32 - 1 + 1) // 2 = 2^31.
  EXPECT_EQ(aluResult("cdiv", 0xFFFFFFFF, 2), 0x80000000u);
}
TEST(Opcode, AluShifts) {
  EXPECT_EQ(aluResult("<<", 1, 31), 0x80000000u);
  EXPECT_EQ(aluResult("<<", 3, 31), 0x80000000u);
  EXPECT_EQ(aluResult(">>", 0x80000000, 31), 1u);
  // Shifts of 32 or more give 0, never a shift by b mod 32.
  EXPECT_EQ(aluResult("<<", 1, 32), 0u);
  EXPECT_EQ(aluResult("<<", 1, 40), 0u);
  EXPECT_EQ(aluResult(">>", 0xFFFFFFFF, 32), 0u);
  EXPECT_EQ(aluResult(">>", 0xFFFFFFFF, 0xFFFFFFFF), 0u);
}
TEST(Opcode, AluCompareUnsigned) {
  EXPECT_EQ(aluResult("<", 1, 2), 1u);
  EXPECT_EQ(aluResult("<", 2, 2), 0u);
  EXPECT_EQ(aluResult("<", 0xFFFFFFFF, 1), 0u); // not -1 < 1
  EXPECT_EQ(aluResult("==", 5, 5), 1u);
  EXPECT_EQ(aluResult("==", 5, 6), 0u);
}

/// scratch[16..23] = 10, 11, ..., 17 and scratch[24..31] = 1, 2, ..., 8
/// via memory: mem[0..7], mem[8..15].
Program withVectors(std::initializer_list<Bundle> tail) {
  Program p = program({bundle({cnst(0, 0), cnst(1, 8)}),
                       bundle({load("vload", {16, 0}), load("vload", {24, 1})})});
  p.bundles.insert(p.bundles.end(), tail.begin(), tail.end());
  return p;
}
std::vector<uint32_t> vectorMemory() {
  std::vector<uint32_t> mem;
  for (uint32_t i = 0; i < 8; ++i)
    mem.push_back(10 + i);
  for (uint32_t i = 0; i < 8; ++i)
    mem.push_back(1 + i);
  return mem;
}

TEST(Opcode, ValuLaneWise) {
  Outcome out = runProgram(withVectors({bundle({valu("-", {32, 16, 24}),
                                                valu("%", {40, 16, 24})})}),
                           vectorMemory());
  ASSERT_FALSE(out.result.fault);
  for (unsigned i = 0; i < 8; ++i) {
    EXPECT_EQ(out.scratch(32 + i), 9u) << i;            // (10+i) - (1+i)
    EXPECT_EQ(out.scratch(40 + i), (10 + i) % (1 + i)) << i;
  }
  EXPECT_EQ(out.result.cycles, 3u);
}
TEST(Opcode, VBroadcast) {
  Outcome out = runProgram(program(
      {bundle({cnst(5, 77)}), bundle({valu("vbroadcast", {8, 5})})}));
  for (unsigned i = 0; i < 8; ++i)
    EXPECT_EQ(out.scratch(8 + i), 77u);
}
TEST(Opcode, MultiplyAdd) {
  // (10+i) * (1+i) + (10+i), and a wrapping lane: set below.
  Outcome out = runProgram(
      withVectors({bundle({valu("multiply_add", {32, 16, 24, 16})})}),
      vectorMemory());
  for (unsigned i = 0; i < 8; ++i)
    EXPECT_EQ(out.scratch(32 + i), (10 + i) * (1 + i) + (10 + i));
  std::vector<uint32_t> mem = vectorMemory();
  mem[0] = 0x80000000; // lane 0: 2^31 * 1 + 2^31 = 2^32 = 0
  out = runProgram(
      withVectors({bundle({valu("multiply_add", {32, 16, 24, 16})})}), mem);
  EXPECT_EQ(out.scratch(32), 0u);
}
TEST(Opcode, LoadAndConst) {
  Outcome out = runProgram(
      program({bundle({cnst(0, 2)}), bundle({load("load", {1, 0})})}),
      {5, 6, 7, 8});
  EXPECT_EQ(out.scratch(1), 7u);
  EXPECT_EQ(out.result.cycles, 2u);
}
TEST(Opcode, ConstWrapsImmediates) {
  Outcome out = runProgram(program({bundle(
      {cnst(0, -1), cnst(1, (int64_t(1) << 32) + 5)})}));
  EXPECT_EQ(out.scratch(0), 0xFFFFFFFFu);
  EXPECT_EQ(out.scratch(1), 5u);
}
TEST(Opcode, LoadOffset) {
  // scratch[10 + 3] = mem[scratch[20 + 3]] = mem[2] = 7.
  Outcome out = runProgram(
      program({bundle({cnst(23, 2)}), bundle({load("load_offset", {10, 20, 3})})}),
      {5, 6, 7, 8});
  EXPECT_EQ(out.scratch(13), 7u);
  EXPECT_EQ(out.scratch(10), 0u);
}
TEST(Opcode, VLoadVStore) {
  std::vector<uint32_t> mem(24, 0);
  for (unsigned i = 0; i < 8; ++i)
    mem[3 + i] = 100 + i;
  Outcome out = runProgram(
      program({bundle({cnst(0, 3), cnst(1, 16)}),
               bundle({load("vload", {8, 0})}),
               bundle({store("vstore", {1, 8})})}),
      mem);
  ASSERT_FALSE(out.result.fault);
  for (unsigned i = 0; i < 8; ++i) {
    EXPECT_EQ(out.scratch(8 + i), 100 + i);
    EXPECT_EQ(out.mem[16 + i], 100 + i);
  }
}
TEST(Opcode, Store) {
  Outcome out = runProgram(
      program({bundle({cnst(0, 1), cnst(1, 42)}),
               bundle({store("store", {0, 1})})}),
      {0, 0, 0});
  EXPECT_EQ(out.mem, (std::vector<uint32_t>{0, 42, 0}));
}
TEST(Opcode, Select) {
  Outcome out = runProgram(program(
      {bundle({cnst(1, 5), cnst(2, 10)}), bundle({cnst(3, 20)}),
       bundle({flow("select", {4, 1, 2, 3})}),
       bundle({flow("select", {5, 0, 2, 3})})}));
  EXPECT_EQ(out.scratch(4), 10u); // cond 5 != 0
  EXPECT_EQ(out.scratch(5), 20u); // cond scratch[0] = 0
}
TEST(Opcode, VSelect) {
  std::vector<uint32_t> mem = vectorMemory();
  mem[2] = 0; // lane 2 of the condition vector is 0
  // cond = scratch[16..23] (lane 2 zero), a = scratch[24..], b = 0s.
  Outcome out = runProgram(
      withVectors({bundle({flow("vselect", {32, 16, 24, 48})})}), mem);
  for (unsigned i = 0; i < 8; ++i)
    EXPECT_EQ(out.scratch(32 + i), i == 2 ? 0u : 1 + i);
}
TEST(Opcode, AddImmWraps) {
  Outcome out = runProgram(program(
      {bundle({cnst(1, 5)}), bundle({flow("add_imm", {2, 1, -7})}),
       bundle({flow("add_imm", {3, 1, (int64_t(1) << 32) + 1})})}));
  EXPECT_EQ(out.scratch(2), 0xFFFFFFFEu);
  EXPECT_EQ(out.scratch(3), 6u);
}
TEST(Opcode, HaltStopsTheCore) {
  // The halting bundle's other slots still run; later bundles do not.
  Outcome out = runProgram(program({bundle({flow("halt"), cnst(1, 9)}),
                                    bundle({cnst(2, 9)})}));
  EXPECT_EQ(out.result.cycles, 1u);
  EXPECT_EQ(out.scratch(1), 9u);
  EXPECT_EQ(out.scratch(2), 0u);
}
TEST(Opcode, PauseIsANoOpThatCosts) {
  Outcome out = runProgram(
      program({bundle({flow("pause")}), bundle({flow("pause"), cnst(1, 3)})}));
  EXPECT_EQ(out.result.cycles, 2u);
  EXPECT_EQ(out.scratch(1), 3u);
}
TEST(Opcode, TraceWrite) {
  Outcome out = runProgram(program({bundle({cnst(1, 11)}),
                                    bundle({flow("trace_write", {1})}),
                                    bundle({flow("trace_write", {2})})}));
  ASSERT_EQ(out.result.traces.size(), 1u);
  EXPECT_EQ(out.result.traces[0], (std::vector<uint32_t>{11, 0}));
}
TEST(Opcode, CondJump) {
  // Taken: skips bundle 2. Not taken (cond 0) at bundle 3: falls through.
  Outcome out = runProgram(program(
      {bundle({cnst(1, 1)}), bundle({flow("cond_jump", {1, 3})}),
       bundle({cnst(2, 5)}), bundle({flow("cond_jump", {0, 0})}),
       bundle({cnst(3, 5)})}));
  EXPECT_EQ(out.scratch(2), 0u);
  EXPECT_EQ(out.scratch(3), 5u);
  EXPECT_EQ(out.result.cycles, 4u);
}
TEST(Opcode, CondJumpRelCountsFromTheNextBundle) {
  // A loop run 3 times: bundle 1 decrements, bundle 2 jumps back by -2
  // (pc is already 3 there, so 3 - 2 = 1).
  Outcome out = runProgram(program(
      {bundle({cnst(1, 3)}), bundle({flow("add_imm", {1, 1, -1}),
                                     alu("+", 2, 2, 3), cnst(3, 1)}),
       bundle({flow("cond_jump_rel", {1, -2})})}));
  ASSERT_FALSE(out.result.fault);
  EXPECT_EQ(out.result.cycles, 1u + 3 * 2);
  EXPECT_EQ(out.scratch(1), 0u);
  // scratch[3] is 0 in the first pass (bundle-start reads), 1 after.
  EXPECT_EQ(out.scratch(2), 2u);
}
TEST(Opcode, JumpAndOtherSlotsOfTheBundle) {
  Outcome out = runProgram(program({bundle({flow("jump", {2}), cnst(1, 4)}),
                                    bundle({cnst(2, 4)}),
                                    bundle({cnst(3, 4)})}));
  EXPECT_EQ(out.scratch(1), 4u);
  EXPECT_EQ(out.scratch(2), 0u);
  EXPECT_EQ(out.scratch(3), 4u);
  EXPECT_EQ(out.result.cycles, 2u);
}
TEST(Opcode, JumpPastTheEndStopsForFree) {
  Outcome out = runProgram(program({bundle({flow("jump", {100})}),
                                    bundle({cnst(2, 4)})}));
  ASSERT_FALSE(out.result.fault);
  EXPECT_EQ(out.result.cycles, 1u);
}
TEST(Opcode, JumpIndirect) {
  Outcome out = runProgram(program({bundle({cnst(1, 3)}),
                                    bundle({flow("jump_indirect", {1})}),
                                    bundle({cnst(2, 4)}),
                                    bundle({cnst(3, 4)})}));
  EXPECT_EQ(out.scratch(2), 0u);
  EXPECT_EQ(out.scratch(3), 4u);
  EXPECT_EQ(out.result.cycles, 3u);
}
TEST(Opcode, CoreId) {
  RunOptions options;
  options.cores = 3;
  Outcome out = runProgram(program({bundle({flow("coreid", {7})})}), {},
                           options);
  for (unsigned c = 0; c < 3; ++c)
    EXPECT_EQ(out.scratch(7, c), c);
  EXPECT_EQ(out.result.cycles, 1u);
}

} // namespace
