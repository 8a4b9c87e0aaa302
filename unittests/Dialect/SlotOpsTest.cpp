//===- SlotOpsTest.cpp - One vliw op per slot kind of the machine ---------===//

#include "xyz/Dialect/VLIW/MachineDesc.h"
#include "gtest/gtest.h"

using namespace xyz::vliw;

TEST(SlotOps, EveryKindHasOneOp) {
  for (unsigned i = 0; i < kNumSlotKinds; ++i) {
    auto kind = static_cast<SlotKind>(i);
    llvm::StringRef name = getSlotOpName(kind);
    EXPECT_TRUE(name.starts_with("vliw.")) << i;
    for (unsigned j = 0; j < i; ++j)
      EXPECT_NE(name, getSlotOpName(static_cast<SlotKind>(j))) << i;
  }
}
