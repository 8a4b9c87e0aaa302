//===- MachineDescTest.cpp - The generated machine description ------------===//

#include "xyz/Dialect/VLIW/MachineDesc.h"
#include "gtest/gtest.h"

using namespace xyz::vliw;

TEST(MachineDesc, MachineConstants) {
  EXPECT_EQ(kVectorLength, 8u);
  EXPECT_EQ(kScratchSize, 1536u);
  EXPECT_EQ(getSlotLimit(Engine::Alu), 12u);
  EXPECT_EQ(getSlotLimit(Engine::Valu), 6u);
  EXPECT_EQ(getSlotLimit(Engine::Load), 2u);
  EXPECT_EQ(getSlotLimit(Engine::Store), 2u);
  EXPECT_EQ(getSlotLimit(Engine::Flow), 1u);
  EXPECT_EQ(getSlotLimit(Engine::Debug), 64u);
}

TEST(MachineDesc, EveryKindHasOneOp) {
  llvm::ArrayRef<SlotInfo> infos = getSlotInfos();
  ASSERT_EQ(infos.size(), getMaxEnumValForSlotKind() + 1);
  for (unsigned i = 0; i < infos.size(); ++i) {
    EXPECT_EQ(static_cast<unsigned>(infos[i].kind), i);
    EXPECT_TRUE(infos[i].opName.starts_with("vliw.")) << i;
    EXPECT_EQ(infos[i].roles.size(), infos[i].operandNames.size());
  }
}

TEST(MachineDesc, LookupJsonOpcodes) {
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

TEST(MachineDesc, ScratchAccesses) {
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

TEST(MachineDesc, BinarySemantics) {
  EXPECT_EQ(evalBinary(BinaryOpcode::Shl, 1, 40), 0u);
  EXPECT_EQ(evalBinary(BinaryOpcode::Shr, 0x80000000u, 31), 1u);
  EXPECT_EQ(evalBinary(BinaryOpcode::Shl, 3, 31), 0x80000000u);
  EXPECT_EQ(evalBinary(BinaryOpcode::CDiv, 7, 2), 4u);
  EXPECT_EQ(evalBinary(BinaryOpcode::CDiv, 0xFFFFFFFFu, 0xFFFFFFFFu), 1u);
  EXPECT_EQ(evalBinary(BinaryOpcode::Sub, 0, 1), 0xFFFFFFFFu);
  EXPECT_EQ(evalBinary(BinaryOpcode::Lt, 1, 0xFFFFFFFFu), 1u);
}
