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
#include "llvm/Support/MathExtras.h"
#include <cmath>
#include <optional>

namespace xyz::vliw {
#define GEN_PASS_DEF_VLIWSYNTHESIZELANEVECTORS
#include "xyz/Dialect/VLIW/VLIWPasses.h.inc"
} // namespace xyz::vliw

using namespace mlir;
using namespace xyz::vliw;

namespace {

/// A vector broadcast(c) + L, and (when set) its one reader, which combines
/// it with a vector every vector of the pattern is combined with: the
/// derivation then makes that reader's result directly.
struct LaneVector {
  VirtualOp add;
  uint32_t first; // c
  VirtualOp user = nullptr;
};

struct SynthesizeLaneVectorsPass
    : public xyz::vliw::impl::VLIWSynthesizeLaneVectorsBase<
          SynthesizeLaneVectorsPass> {
  using VLIWSynthesizeLaneVectorsBase::VLIWSynthesizeLaneVectorsBase;

  void runOnOperation() override {
    // The pass object runs on one program after another (e.g. each
    // alternative of vliw-best-of): nothing is kept from the last one.
    values.clear();
    words.clear();
    splats.clear();
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
        anchor(entry.first, entry.second);
  }

  /// The bits any lane of the pattern `lanes` sets.
  static uint32_t laneMask(Value lanes) {
    uint32_t mask = 0;
    if (auto op = lanes.getDefiningOp<VirtualOp>())
      for (int64_t l : op.getImmediateValues())
        mask |= uint32_t(l);
    return mask;
  }

  /// The opcode and the other input of the one reader of every vector of a
  /// pattern, when they all have one, the same: an add or an xor with the
  /// same vector (the thread index as data, `i ^ seed`). Null otherwise.
  static std::optional<std::pair<BinaryOpcode, Value>>
  commonUser(ArrayRef<LaneVector> vectors) {
    std::optional<std::pair<BinaryOpcode, Value>> common;
    for (LaneVector v : vectors) {
      Value result = v.add.getResult(0);
      if (!result.hasOneUse())
        return std::nullopt;
      auto user = dyn_cast<VirtualOp>(*result.getUsers().begin());
      if (!user || user.getKind() != SlotKind::Valu ||
          user.getInputs().size() != 2 || user.getInputLanes() ||
          user.getLanes() ||
          (user.getOpcode() != BinaryOpcode::Add &&
           user.getOpcode() != BinaryOpcode::Xor))
        return std::nullopt;
      Value other = user.getInputs()[user.getInputs()[0] == result ? 1 : 0];
      if (other == result)
        return std::nullopt;
      std::pair<BinaryOpcode, Value> key(*user.getOpcode(), other);
      if (common && *common != key)
        return std::nullopt;
      common = key;
    }
    return common;
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
  /// latest anchor within k - 1 steps, or makes it an anchor. When every
  /// vector's one reader adds or xors the same vector u, the readers'
  /// results are made instead: (a + L) + u + (c - a) for an add; for an xor,
  /// ((a + L) ^ u) ^ (c ^ a) where no lane carries into a or c (their bits
  /// and the lanes' are disjoint, so + is ^) and c ^ a = |c - a| is one of
  /// the shared multiples. One op per vector instead of two.
  void anchor(Value lanes, SmallVector<LaneVector> vectors) {
    uint32_t mask = laneMask(lanes);
    std::optional<std::pair<BinaryOpcode, Value>> user = commonUser(vectors);
    if (user) {
      for (LaneVector &v : vectors)
        v.user = cast<VirtualOp>(*v.add.getResult(0).getUsers().begin());
      // The lane pattern itself combined with u (the vector whose first
      // lane is 0): an anchor others derive from (it has no add).
      for (Operation *reader : lanes.getUsers()) {
        auto op = dyn_cast<VirtualOp>(reader);
        if (op && op.getKind() == SlotKind::Valu && op.getOpcode() &&
            *op.getOpcode() == user->first && !op.getLanes() &&
            !op.getInputLanes() && op.getInputs().size() == 2 &&
            llvm::is_contained(op.getInputs(), user->second) &&
            llvm::is_contained(op.getInputs(), lanes))
          vectors.push_back(LaneVector{VirtualOp(), 0, op});
      }
      // In the readers' order: a reader derives from an earlier one (the
      // lowering may have put the vectors themselves in another order).
      llvm::sort(vectors, [](const LaneVector &a, const LaneVector &b) {
        return a.user->isBeforeInBlock(b.user);
      });
    }
    bool isXor = user && user->first == BinaryOpcode::Xor;
    SmallVector<uint32_t> firsts;
    for (const LaneVector &v : vectors)
      firsts.push_back(v.first);
    uint32_t step = mostCommonStep(firsts).first;
    if (!step || int32_t(step) <= 0)
      return;
    int64_t k = std::max<int64_t>(
        2, std::lround(std::sqrt(double(vectors.size()))));
    // Xors derive within aligned blocks of k vectors (c ^ a = c - a there).
    if (isXor)
      k = int64_t(llvm::PowerOf2Ceil(uint64_t(k)));
    SmallVector<LaneVector> anchors;
    for (const LaneVector &v : vectors) {
      if (!v.add) {
        anchors.push_back(v);
        continue;
      }
      // The reader's result from an anchor's reader (xor: bits disjoint),
      // else the vector itself from an anchor's vector. For xors, the
      // first vector (in the readers' order) of an aligned block of k is an
      // anchor for its block, not derived itself.
      uint64_t block = uint64_t(k) * step;
      bool blockStart =
          isXor && llvm::none_of(anchors, [&](const LaneVector &a) {
            return a.first / block == v.first / block;
          });
      SmallVector<bool, 2> modes;
      if (user)
        modes.push_back(true);
      if (!blockStart)
        modes.push_back(false);
      bool derived = false;
      for (bool fromReader : modes) {
        if (derived)
          break;
        const LaneVector *from = nullptr;
        int64_t j = 0;
        for (const LaneVector &a : llvm::reverse(anchors)) {
          if (!fromReader && !a.add)
            continue;
          int64_t delta = int64_t(int32_t(v.first - a.first));
          if (fromReader && isXor &&
              ((v.first & mask) || (a.first & mask) ||
               (v.first ^ a.first) != uint32_t(std::abs(delta))))
            continue;
          if (delta % int64_t(step) == 0 && delta != 0 &&
              std::abs(delta / int64_t(step)) < k) {
            from = &a;
            j = delta / int64_t(step);
            break;
          }
        }
        derived = from && derive(v, *from, j, step, fromReader, isXor);
      }
      if (!derived)
        anchors.push_back(v);
    }
  }

  /// Replaces `v` by anchor +/- broadcast(|j| * step): the broadcasts hold
  /// the positive multiples only, shared by both directions. False if a
  /// word it would read is not available before `v`.
  bool derive(LaneVector v, LaneVector from, int64_t j, uint32_t step,
              bool fromReader, bool isXor) {
    // From the readers: the reader's result is what is derived.
    VirtualOp target = fromReader ? v.user : v.add;
    Value base = (fromReader ? from.user : from.add).getResult(0);
    isXor = isXor && fromReader;
    Operation *at = target;
    // The anchor's value must be computed before the derived op.
    if (!base.getDefiningOp()->isBeforeInBlock(at))
      return false;
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
    replaceReader(target, base, splat,
                  isXor     ? BinaryOpcode::Xor
                  : j > 0   ? BinaryOpcode::Add
                            : BinaryOpcode::Sub);
    return true;
  }

  /// Replaces `target` by `base` `opcode` `splat`, placed just before its
  /// first reader; erases what only `target` read. The new op.
  VirtualOp replaceReader(VirtualOp target, Value base, Value splat,
                          BinaryOpcode opcode) {
    OpBuilder builder(target);
    auto derived = builder.create<VirtualOp>(
        target.getLoc(), SlotKind::Valu,
        TypeRange{target.getResult(0).getType()}, ValueRange{base, splat});
    derived.setOpcode(opcode);
    target.getResult(0).replaceAllUsesWith(derived.getResult(0));
    eraseDead(target);
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
    return derived;
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
