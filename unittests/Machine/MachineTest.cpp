//===- MachineTest.cpp - The generated machine description ----------------===//

#include "xyz/Machine/Machine.h"
#include "gtest/gtest.h"

using namespace xyz::machine;

TEST(Machine, MachineConstants) {
  EXPECT_EQ(kVectorLength, 8u);
  EXPECT_EQ(kScratchSize, 1536u);
  EXPECT_EQ(getSlotLimit(Engine::Alu), 12u);
  EXPECT_EQ(getSlotLimit(Engine::Valu), 6u);
  EXPECT_EQ(getSlotLimit(Engine::Load), 2u);
  EXPECT_EQ(getSlotLimit(Engine::Store), 2u);
  EXPECT_EQ(getSlotLimit(Engine::Flow), 1u);
  EXPECT_EQ(getSlotLimit(Engine::Debug), 64u);
}

TEST(Machine, SlotTableIsIndexedByKind) {
  llvm::ArrayRef<SlotInfo> infos = getSlotInfos();
  ASSERT_EQ(infos.size(), getMaxEnumValForSlotKind() + 1);
  ASSERT_EQ(infos.size(), kNumSlotKinds);
  for (unsigned i = 0; i < infos.size(); ++i) {
    EXPECT_EQ(static_cast<unsigned>(infos[i].kind), i);
    EXPECT_EQ(infos[i].roles.size(), infos[i].operandNames.size());
    EXPECT_FALSE(infos[i].summary.empty()) << i;
    // The JSON opcode is the kind's name, except for the binary kinds.
    bool binary = infos[i].kind == SlotKind::Alu ||
                  infos[i].kind == SlotKind::Valu;
    EXPECT_EQ(infos[i].jsonOpcode.empty(), binary) << i;
  }
  EXPECT_EQ(getSlotInfo(SlotKind::Halt).roles.size(), 0u);
  EXPECT_EQ(getSlotInfo(SlotKind::VSelect).engine, Engine::Flow);
}

TEST(Machine, EnumNames) {
  EXPECT_EQ(stringifyEngine(Engine::Valu), "valu");
  EXPECT_EQ(symbolizeEngine("flow"), Engine::Flow);
  EXPECT_EQ(symbolizeEngine("gpu"), std::nullopt);
  EXPECT_EQ(symbolizeEngine(uint32_t(6)), std::nullopt);
  EXPECT_EQ(stringifyBinaryOpcode(BinaryOpcode::CDiv), "cdiv");
  EXPECT_EQ(symbolizeSlotKind("load_offset"), SlotKind::LoadOffset);
  EXPECT_EQ(stringifyOperandRole(OperandRole::VectorWrite), "vwrite");
}

TEST(Machine, LookupJsonOpcodes) {
  BinaryOpcode binop = BinaryOpcode::Add;
  EXPECT_EQ(lookupSlotKind(Engine::Alu, "//", binop), SlotKind::Alu);
  EXPECT_EQ(binop, BinaryOpcode::Div);
  EXPECT_EQ(lookupSlotKind(Engine::Valu, "multiply_add", binop),
            SlotKind::MultiplyAdd);
  EXPECT_EQ(lookupSlotKind(Engine::Valu, "cdiv", binop), SlotKind::Valu);
  EXPECT_EQ(binop, BinaryOpcode::CDiv);
  EXPECT_EQ(lookupSlotKind(Engine::Load, "const", binop), SlotKind::Const);
  EXPECT_EQ(lookupSlotKind(Engine::Flow, "cond_jump_rel", binop),
            SlotKind::CondJumpRel);
  EXPECT_EQ(lookupSlotKind(Engine::Load, "+", binop), std::nullopt);
  EXPECT_EQ(lookupSlotKind(Engine::Alu, "vbroadcast", binop), std::nullopt);
  EXPECT_EQ(getSlotInfo(SlotKind::MultiplyAdd).roles.size(), 4u);
  EXPECT_EQ(getJsonName(BinaryOpcode::Shr), ">>");
}

TEST(Machine, ScratchAccesses) {
  llvm::SmallVector<ScratchAccess, 4> acc;
  getScratchAccesses(SlotKind::LoadOffset, {100, 200, 3}, acc);
  ASSERT_EQ(acc.size(), 2u);
  EXPECT_EQ(acc[0].addr, 103);
  EXPECT_TRUE(acc[0].isWrite);
  EXPECT_EQ(acc[1].addr, 203);
  EXPECT_FALSE(acc[1].isWrite);
  acc.clear();
  getScratchAccesses(SlotKind::MultiplyAdd, {0, 8, 16, 24}, acc);
  ASSERT_EQ(acc.size(), 4u);
  EXPECT_EQ(acc[0].width, 8u);
}

TEST(Machine, BinarySemantics) {
  EXPECT_EQ(evalBinary(BinaryOpcode::Shl, 1, 40), 0u);
  EXPECT_EQ(evalBinary(BinaryOpcode::Shr, 0x80000000u, 31), 1u);
  EXPECT_EQ(evalBinary(BinaryOpcode::Shl, 3, 31), 0x80000000u);
  EXPECT_EQ(evalBinary(BinaryOpcode::CDiv, 7, 2), 4u);
  EXPECT_EQ(evalBinary(BinaryOpcode::CDiv, 0xFFFFFFFFu, 0xFFFFFFFFu), 1u);
  EXPECT_EQ(evalBinary(BinaryOpcode::Sub, 0, 1), 0xFFFFFFFFu);
  EXPECT_EQ(evalBinary(BinaryOpcode::Lt, 1, 0xFFFFFFFFu), 1u);
}
