//===- BarrierProtocol.cpp - A barrier's flag protocol in slots -----------===//
//
// See BarrierProtocol.h.
//
//===----------------------------------------------------------------------===//

#include "BarrierProtocol.h"

using namespace mlir;
using namespace xyz::vliw;

ArrayRef<unsigned> xyz::vliw::getBarrierTempWidths() {
  static const unsigned widths[] = {1,             1,
                                    kVectorLength, kVectorLength,
                                    kVectorLength, kVectorLength};
  return widths;
}

void xyz::vliw::expandBarrier(OpBuilder &builder, Block *programBody,
                              BarrierOp barrier, int64_t flags, int64_t core,
                              ArrayRef<int64_t> temps) {
  unsigned cores = barrier.getCores();
  if (cores == 1)
    return;
  Location loc = barrier.getLoc();
  int64_t own = temps[0], gen = temps[1], genVec = temps[2],
          flagVec = temps[3], pending = temps[4], orWords = temps[5];
  auto bundle = [&](auto fill) {
    builder.setInsertionPointToEnd(programBody);
    auto op = builder.create<BundleOp>(loc, ArrayAttr());
    Block *block = new Block();
    op.getBody().push_back(block);
    builder.setInsertionPointToEnd(block);
    fill();
  };
  auto slot = [&](SlotKind kind, ArrayRef<int64_t> operands,
                  BinaryOpcode binop = BinaryOpcode::Add) {
    buildSlotOp(builder, loc, kind, binop, operands);
  };
  // Arrive: this core's flag takes the generation.
  bundle([&] {
    slot(SlotKind::Alu, {own, flags, core});
    slot(SlotKind::Const, {gen, static_cast<int64_t>(barrier.getGeneration())});
  });
  bundle([&] {
    slot(SlotKind::VBroadcast, {genVec, gen});
    slot(SlotKind::Store, {own, gen});
  });
  // Poll until no flag is below the generation.
  int64_t poll = programBody->getOperations().size();
  bundle([&] { slot(SlotKind::VLoad, {flagVec, flags}); });
  bundle([&] {
    slot(SlotKind::Valu, {pending, flagVec, genVec}, BinaryOpcode::Lt);
  });
  SmallVector<int64_t, 8> level;
  for (unsigned i = 0; i < cores; ++i)
    level.push_back(pending + i);
  int64_t next = orWords;
  while (level.size() > 1) {
    SmallVector<int64_t, 8> reduced;
    bundle([&] {
      for (size_t i = 0; i + 1 < level.size(); i += 2) {
        slot(SlotKind::Alu, {next, level[i], level[i + 1]}, BinaryOpcode::Or);
        reduced.push_back(next++);
      }
    });
    if (level.size() % 2)
      reduced.push_back(level.back());
    level = std::move(reduced);
  }
  bundle([&] { slot(SlotKind::CondJump, {level.front(), poll}); });
}
