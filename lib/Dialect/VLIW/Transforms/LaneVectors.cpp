//===- LaneVectors.cpp - Lane-index vectors from earlier ones -------------===//
//
// A group's thread indices <c, c + 1, ..., c + 7> are lowered as
// broadcast(c) + <0, 1, ..., 7>: two vector ops per group, although every
// group's vector differs from the previous group's by a broadcast of the
// same step. This pass makes most of them anchor +/- broadcast(j * step)
// from an earlier one (see VLIWPasses.td).
//
//===----------------------------------------------------------------------===//

#include "ProgramFloors.h"
#include "xyz/Dialect/VLIW/VLIWPasses.h"
#include "llvm/ADT/MapVector.h"
#include <cmath>
#include <optional>

namespace xyz::vliw {
#define GEN_PASS_DEF_VLIWSYNTHESIZELANEVECTORS
#include "xyz/Dialect/VLIW/VLIWPasses.h.inc"
} // namespace xyz::vliw

using namespace mlir;
using namespace xyz::vliw;

namespace {

/// A vector broadcast(c) + L.
struct LaneVector {
  VirtualOp add;
  uint32_t first; // c
};

struct SynthesizeLaneVectorsPass
    : public xyz::vliw::impl::VLIWSynthesizeLaneVectorsBase<
          SynthesizeLaneVectorsPass> {
  using VLIWSynthesizeLaneVectorsBase::VLIWSynthesizeLaneVectorsBase;

  void runOnOperation() override {
    if (!vectorWorkBinds())
      return;
    Block &body = getOperation().getBody().front();
    // Per lane pattern (its `lanes const`), in program order.
    llvm::MapVector<Value, SmallVector<LaneVector>> patterns;
    for (VirtualOp op : body.getOps<VirtualOp>()) {
      for (Value result : op->getResults())
        if (std::optional<uint32_t> c = valueOf(result))
          words.try_emplace(*c, result);
      if (std::optional<std::pair<Value, LaneVector>> v = matchLaneVector(op))
        patterns[v->first].push_back(v->second);
    }
    for (auto &entry : patterns)
      if (entry.second.size() >= minVectors)
        anchor(entry.second);
  }

  /// True if the vector work (VALU lanes and ALU ops) binds the program
  /// rather than the load engine (which a multiple's word may load) or its
  /// longest chain (which anchors lengthen).
  bool vectorWorkBinds() {
    using namespace xyz::machine;
    OpMix mix = slotMix(getOperation());
    double vector = vectorWorkFloor(mix);
    return vector > engineFloor(mix, Engine::Load) &&
           vector > chainMargin * double(criticalPath(getOperation()));
  }

  /// The value of a word computed from constants by adds and subtracts.
  std::optional<uint32_t> valueOf(Value v, unsigned depth = 0) {
    auto it = values.find(v);
    if (it != values.end())
      return it->second;
    std::optional<uint32_t> result;
    auto op = v.getDefiningOp<VirtualOp>();
    if (op && !op.getLanes() && !op.getInputLanes() && depth < 16 &&
        isa<IntegerType>(v.getType())) {
      if (op.getKind() == SlotKind::Const) {
        result = uint32_t(op.getImmediateValues()[0]);
      } else if (op.getKind() == SlotKind::Alu && op.getInputs().size() == 2 &&
                 (op.getOpcode() == BinaryOpcode::Add ||
                  op.getOpcode() == BinaryOpcode::Sub)) {
        std::optional<uint32_t> a = valueOf(op.getInputs()[0], depth + 1);
        std::optional<uint32_t> b = valueOf(op.getInputs()[1], depth + 1);
        if (a && b)
          result = op.getOpcode() == BinaryOpcode::Add ? *a + *b : *a - *b;
      }
    }
    values[v] = result;
    return result;
  }

  /// `op` as broadcast(c) + L, the broadcast read by it alone: L and c.
  std::optional<std::pair<Value, LaneVector>> matchLaneVector(VirtualOp op) {
    if (op.getKind() != SlotKind::Valu || op.getOpcode() != BinaryOpcode::Add ||
        op.getInputs().size() != 2 || op.getInputLanes() || op.getLanes())
      return std::nullopt;
    for (unsigned i = 0; i < 2; ++i) {
      auto bcast = op.getInputs()[i].getDefiningOp<VirtualOp>();
      auto lanes = op.getInputs()[1 - i].getDefiningOp<VirtualOp>();
      if (!bcast || !lanes || bcast.getKind() != SlotKind::VBroadcast ||
          !bcast->hasOneUse() || lanes.getKind() != SlotKind::Const ||
          !lanes.getLanes())
        continue;
      if (std::optional<uint32_t> c = valueOf(bcast.getInputs()[0]))
        return std::pair(lanes.getResult(0), LaneVector{op, *c});
    }
    return std::nullopt;
  }

  /// Makes each of one pattern's vectors, in program order, from the
  /// latest anchor within k - 1 steps, or makes it an anchor.
  void anchor(ArrayRef<LaneVector> vectors) {
    SmallVector<uint32_t> firsts;
    for (const LaneVector &v : vectors)
      firsts.push_back(v.first);
    uint32_t step = mostCommonStep(firsts).first;
    if (!step || int32_t(step) <= 0)
      return;
    int64_t k = std::max<int64_t>(
        2, std::lround(std::sqrt(double(vectors.size()))));
    SmallVector<LaneVector> anchors;
    for (const LaneVector &v : vectors) {
      const LaneVector *from = nullptr;
      int64_t j = 0;
      for (const LaneVector &a : llvm::reverse(anchors)) {
        int64_t delta = int64_t(int32_t(v.first - a.first));
        if (delta % int64_t(step) == 0 && delta != 0 &&
            std::abs(delta / int64_t(step)) < k) {
          from = &a;
          j = delta / int64_t(step);
          break;
        }
      }
      if (!from || !derive(v, *from, j, step))
        anchors.push_back(v);
    }
  }

  /// Replaces `v` by anchor +/- broadcast(|j| * step): the broadcasts hold
  /// the positive multiples only, shared by both directions. False if a
  /// word it would read is not available before `v`.
  bool derive(LaneVector v, LaneVector from, int64_t j,
              uint32_t step) {
    Operation *at = v.add;
    uint32_t magnitude = uint32_t(std::abs(j)) * step;
    Value splat = splats.lookup(magnitude);
    if (!splat || !splat.getDefiningOp()->isBeforeInBlock(at)) {
      Value word = wordFor(magnitude, step, at);
      if (!word)
        return false;
      OpBuilder builder(at);
      splat = builder
                  .create<VirtualOp>(at->getLoc(), SlotKind::VBroadcast,
                                     TypeRange{v.add.getResult(0).getType()},
                                     ValueRange{word})
                  .getResult(0);
      splats[magnitude] = splat;
    }
    OpBuilder builder(at);
    auto derived = builder.create<VirtualOp>(
        at->getLoc(), SlotKind::Valu, TypeRange{v.add.getResult(0).getType()},
        ValueRange{from.add.getResult(0), splat});
    derived.setOpcode(j > 0 ? BinaryOpcode::Add : BinaryOpcode::Sub);
    v.add.getResult(0).replaceAllUsesWith(derived.getResult(0));
    eraseDead(v.add);
    // Just before its first reader: it is no constant computation for the
    // scheduler (the broadcast has many readers), so it issues in program
    // order, where it stands; where the lowering put the vector (often
    // the start), every group's vector would be live at once.
    Operation *first = nullptr;
    for (Operation *user : derived->getUsers())
      if (!first || user->isBeforeInBlock(first))
        first = user;
    if (first)
      derived->moveBefore(first);
    return true;
  }

  /// A word holding `value` = i * step (i >= 1) before `at`: one the
  /// program computes already, else step as a constant and the other
  /// multiples as ALU adds (i * step = (i - 1) * step + step).
  Value wordFor(uint32_t value, uint32_t step, Operation *at) {
    Value &word = words[value];
    if (word && (!word.getDefiningOp() ||
                 word.getDefiningOp()->isBeforeInBlock(at)))
      return word;
    OpBuilder builder(at);
    if (value == step) {
      word = builder
                 .create<VirtualOp>(at->getLoc(), SlotKind::Const,
                                    TypeRange{builder.getI32Type()},
                                    ValueRange{}, ArrayRef<int64_t>{step})
                 .getResult(0);
    } else {
      Value rest = wordFor(value - step, step, at);
      Value one = wordFor(step, step, at);
      auto add = builder.create<VirtualOp>(at->getLoc(), SlotKind::Alu,
                                           TypeRange{builder.getI32Type()},
                                           ValueRange{rest, one});
      add.setOpcode(BinaryOpcode::Add);
      // `words` may have grown: look the entry up again.
      words[value] = add.getResult(0);
      values[add.getResult(0)] = value;
      return add.getResult(0);
    }
    values[word] = value;
    return word;
  }

  /// Erases `op` (no longer read) and what only it read.
  void eraseDead(Operation *op) {
    SmallVector<Operation *> dead{op};
    for (size_t i = 0; i < dead.size(); ++i)
      for (Value input : dead[i]->getOperands())
        if (Operation *def = input.getDefiningOp();
            def && input.hasOneUse() && !llvm::is_contained(dead, def))
          dead.push_back(def);
    for (Operation *d : dead) {
      for (Value result : d->getResults()) {
        if (std::optional<uint32_t> c = values.lookup(result)) {
          auto it = words.find(*c);
          if (it != words.end() && it->second == result)
            words.erase(it);
        }
        values.erase(result);
      }
      d->dropAllUses();
      d->erase();
    }
  }

  /// Known values of words, the first word holding each value, and the
  /// broadcasts of multiples made so far.
  DenseMap<Value, std::optional<uint32_t>> values;
  DenseMap<uint32_t, Value> words;
  DenseMap<uint32_t, Value> splats;
};

} // namespace
