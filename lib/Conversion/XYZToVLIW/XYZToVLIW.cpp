//===- XYZToVLIW.cpp - Lower xyz/arith to virtual vliw slots --------------===//
//
// A dialect conversion from the specialized, thread-expanded kernel (arith on
// i32 / vector<8xi32>, xyz loads and stores) to `vliw.vop` slots on SSA
// values, in a `vliw.vprogram` that replaces the kernel. Each pattern picks the slot kind from the machine description's
// vocabulary; the scheduler decides engines' timing and scratch words later.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/DialectConversion.h"
#include "xyz/Analysis/KernelCost.h"
#include "xyz/Analysis/OpDepth.h"
#include "xyz/Conversion/Passes.h"
#include "xyz/Dialect/XYZ/XYZOps.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"

namespace xyz {
#define GEN_PASS_DEF_CONVERTXYZTOVLIW
#include "xyz/Conversion/Passes.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;
using vliw::BinaryOpcode;
using vliw::SlotKind;
using vliw::VirtualOp;

namespace {

/// Machine values: every scalar (i32, i1, index) is one word; vectors of 8
/// lanes are 8 words.
struct WordTypeConverter : public TypeConverter {
  WordTypeConverter(MLIRContext *ctx) {
    Type word = IntegerType::get(ctx, 32);
    addConversion([word](IntegerType) { return word; });
    addConversion([word](IndexType) { return word; });
    addConversion([word](VectorType type) -> std::optional<Type> {
      if (type.getRank() != 1 || type.getNumElements() != 8 ||
          !type.getElementType().isIntOrIndex())
        return std::nullopt;
      return VectorType::get({8}, word);
    });
  }
};

/// A virtual slot of `kind` with one result of type `result`.
Value emitSlot(OpBuilder &b, Location loc, SlotKind kind, Type result,
               ValueRange inputs) {
  return b.create<VirtualOp>(loc, kind, TypeRange{result}, inputs)
      .getResult(0);
}

/// An operand of a binary op: a value, or one lane of a vector value read
/// as a word.
struct WordRef {
  WordRef(Value value, int64_t lane = -1) : value(value), lane(lane) {}
  Value value;
  int64_t lane;
};

/// Emits `opcode(a, b)` on the ALU or, for vectors, the VALU. An operand
/// that is a lane of a vector makes it an ALU op reading that lane's word.
Value emitBinary(OpBuilder &b, Location loc, BinaryOpcode opcode, WordRef lhs,
                 WordRef rhs) {
  bool fromLanes = lhs.lane >= 0 || rhs.lane >= 0;
  bool vector = !fromLanes && isa<VectorType>(lhs.value.getType());
  Type type = vector ? lhs.value.getType() : b.getI32Type();
  auto op = b.create<VirtualOp>(loc, vector ? SlotKind::Valu : SlotKind::Alu,
                                TypeRange{type},
                                ValueRange{lhs.value, rhs.value});
  op.setOpcode(opcode);
  if (fromLanes)
    op.setInputLanes(ArrayRef<int64_t>{lhs.lane, rhs.lane});
  return op.getResult(0);
}

/// A word select(c, a, b) with c in {0, 1}: with `onFlow` the flow
/// engine's `select` (one op after the condition; words, not lanes of a
/// vector), else b + c * (a - b), three ALU ops in a chain of two.
Value emitWordSelect(OpBuilder &b, Location loc, WordRef cond, WordRef a,
                     WordRef other, bool onFlow) {
  if (onFlow && cond.lane < 0 && a.lane < 0 && other.lane < 0)
    return b
        .create<VirtualOp>(loc, SlotKind::Select, TypeRange{b.getI32Type()},
                           ValueRange{cond.value, a.value, other.value})
        .getResult(0);
  Value diff = emitBinary(b, loc, BinaryOpcode::Sub, a, other);
  Value scaled = emitBinary(b, loc, BinaryOpcode::Mul, cond, diff);
  return emitBinary(b, loc, BinaryOpcode::Add, other, scaled);
}

/// Whether `cmp` is read only as the condition of selects.
bool onlySelectCondition(arith::CmpIOp cmp) {
  return !cmp->use_empty() && llvm::all_of(cmp->getUses(), [](OpOperand &use) {
    return isa<arith::SelectOp>(use.getOwner()) && use.getOperandNumber() == 0;
  });
}

/// `y != 0` or `y == 0` read only as the condition of selects that test
/// their condition word for nonzero (the flow engine's `vselect`, and its
/// word `select` where the kernel's word selects take flow: `onFlow`): the
/// test lowers to y itself (no op) and a select on `y == 0` swaps its arms.
struct NonzeroTest {
  unsigned operand; // y's operand index
  bool isZero;      // y == 0
};
std::optional<NonzeroTest> matchNonzeroTest(arith::CmpIOp cmp,
                                            bool wordSelectsOnFlow = false) {
  bool ne = cmp.getPredicate() == arith::CmpIPredicate::ne;
  if (!ne && cmp.getPredicate() != arith::CmpIPredicate::eq)
    return std::nullopt;
  if (!onlySelectCondition(cmp))
    return std::nullopt;
  // A word test: only where every select of it is a word select on flow
  // (a uniform test of lane selects may take their arithmetic form, which
  // needs 0 or 1).
  if (!isa<VectorType>(cmp.getType()) &&
      (!wordSelectsOnFlow || llvm::any_of(cmp->getUsers(), [](Operation *user) {
        return isa<VectorType>(user->getResult(0).getType());
      })))
    return std::nullopt;
  for (unsigned i : {0u, 1u})
    if (matchPattern(cmp->getOperand(1 - i), m_Zero()))
      return NonzeroTest{i, !ne};
  return std::nullopt;
}

/// Compares the machine forms as the negation of `<` or `==` (ne, uge,
/// ule) read only as the condition of selects become the positive compare
/// (eq, ult, ugt: 0 or 1, no `^ 1`) with the selects' arms swapped. Done on
/// arith before conversion, so that a compare the conversion folds to a
/// constant folds to the inverted one.
void invertNegatedTests(KernelOp kernel) {
  using P = arith::CmpIPredicate;
  SmallVector<arith::CmpIOp> tests;
  kernel.walk([&](arith::CmpIOp cmp) {
    P p = cmp.getPredicate();
    if ((p == P::ne || p == P::uge || p == P::ule) && onlySelectCondition(cmp))
      tests.push_back(cmp);
  });
  for (arith::CmpIOp cmp : tests) {
    OpBuilder builder(cmp);
    auto inverted = builder.create<arith::CmpIOp>(
        cmp.getLoc(), arith::invertPredicate(cmp.getPredicate()), cmp.getLhs(),
        cmp.getRhs());
    for (Operation *user : llvm::make_early_inc_range(cmp->getUsers())) {
      auto select = cast<arith::SelectOp>(user);
      Value onTrue = select.getTrueValue(), onFalse = select.getFalseValue();
      select->setOperands({inverted, onFalse, onTrue});
    }
    cmp.erase();
  }
}

/// Where a kernel's scalar selects (and min/max, a compare and a select)
/// take the flow engine's `select` rather than three ALU ops: flow stays
/// nearly idle with them, under an eighth of the kernel's resource floor
/// (the machine cost model's floors of its op mix), so they are few
/// uniform values computed once (a core's chunk start, which every
/// address waits for), not per-thread code that would queue on the one
/// flow slot.
///
/// Lane selects take the flow engine's `vselect` (one slot a cycle) unless
/// there are so many that flow would bind: then some of them, spread evenly
/// in program order, become `b + c * (a - b)` on the vector engines (a
/// subtract and a multiply-add; for a nonzero test lowered to its operand
/// y, `a + (y == 0) * (b - a)`, an op more), as many as minimize the cost
/// model's resource floor of the whole op mix.
struct FlowChoice {
  bool scalarSelects = false;
  /// Of `laneSelects` lane selects, `laneSelectsOnValu` go to the vector
  /// engines; `seen` counts them as they lower.
  unsigned laneSelects = 0, laneSelectsOnValu = 0;
  mutable unsigned seen = 0;
  static constexpr double kMinCyclesGained = 8;

  static FlowChoice forKernel(KernelOp kernel) {
    machine::OpMix mix;
    double selects = 0, valuOps = 0;
    // The ALU slots the cost model gives the word selects (their arithmetic
    // form), which the flow engine's select would take off the ALU.
    double selectAlu = 0;
    unsigned laneSelects = 0;
    // The longest chain of ops (unit latencies): no schedule is shorter.
    OpDepth depths;
    unsigned chain = 0;
    kernel.walk([&](Operation *op) {
      for (Value operand : op->getOperands())
        chain = std::max(chain, depths.depth(operand) + 1);
      // A nonzero test that lowers to its operand costs nothing.
      if (auto cmp = dyn_cast<arith::CmpIOp>(op); cmp && matchNonzeroTest(cmp))
        return;
      machine::OpMix opMix = cost::opMix(op);
      mix += opMix;
      if (isa<arith::SelectOp, arith::MinUIOp, arith::MaxUIOp>(op) &&
          !isa<VectorType>(op->getResult(0).getType())) {
        selects += 1;
        if (isa<arith::SelectOp>(op))
          selectAlu += opMix[machine::Engine::Alu];
      }
      if (auto select = dyn_cast<arith::SelectOp>(op);
          select && isa<VectorType>(select.getType())) {
        ++laneSelects;
        valuOps += isNonzeroTest(select) ? 3 : 2;
      }
    });
    FlowChoice choice;
    // Or where the chain of ops binds even with them on flow (the chain
    // counts a select as one op): three dependent ALU ops per select on
    // it would lengthen it (a scalar loop-carried select, a thread loop
    // of one thread: 99 cycles with ALU selects, 41 in lanes on vselect).
    machine::OpMix onFlow = mix;
    onFlow[machine::Engine::Alu] =
        std::max(0.0, onFlow[machine::Engine::Alu] - selectAlu);
    onFlow[machine::Engine::Flow] += selects;
    bool chainBound = double(chain) >= machine::resourceFloor(onFlow);
    choice.scalarSelects =
        selects > 0 && (8 * (mix[machine::Engine::Flow] + selects) <=
                            machine::resourceFloor(mix) ||
                        chainBound);
    choice.laneSelects = laneSelects;
    if (!laneSelects)
      return choice;
    // The best number moved, tried in steps of 1/64 of them.
    auto floorWith = [&](unsigned moved) {
      machine::OpMix moving = mix;
      moving[machine::Engine::Flow] -= moved;
      moving[machine::Engine::Valu] += valuOps / laneSelects * moved;
      // Pooled: the scheduler runs vector ops lane by lane on ALU slots
      // the scalar work leaves free.
      return machine::pooledResourceFloor(moving);
    };
    unsigned step = std::max(1u, laneSelects / 64);
    double best = floorWith(0), kept = best;
    unsigned moving = 0;
    for (unsigned moved = step; moved <= laneSelects; moved += step)
      if (double floor = floorWith(moved); floor < best) {
        best = floor;
        moving = moved;
      }
    // A moved select is two dependent ops where it was one: a small kernel
    // whose floor moves by a few cycles loses that much in latency, and
    // one whose chain of ops is longer than its floor gains nothing.
    kept = std::max(kept, double(chain));
    best = std::max(best, double(chain));
    if (kept - best >= kMinCyclesGained)
      choice.laneSelectsOnValu = moving;
    return choice;
  }

  /// A select on a nonzero test lowered to its operand (not a 0/1 word).
  static bool isNonzeroTest(arith::SelectOp select) {
    auto cmp = select.getCondition().getDefiningOp<arith::CmpIOp>();
    return cmp && matchNonzeroTest(cmp);
  }

  /// Whether the next qualifying lane select goes to the vector engines.
  bool nextLaneSelectOnValu() const {
    uint64_t k = seen++;
    return laneSelects &&
           (k + 1) * laneSelectsOnValu / laneSelects >
               k * laneSelectsOnValu / laneSelects;
  }
};

/// min(a, b) (or max) from the machine's `<`: select(a < b, a, b), on the
/// flow engine for words with `onFlow` (emitWordSelect).
Value emitMinMax(OpBuilder &b, Location loc, bool isMin, WordRef lhs,
                 WordRef rhs, bool onFlow = false) {
  Value pick = isMin ? emitBinary(b, loc, BinaryOpcode::Lt, lhs, rhs)
                     : emitBinary(b, loc, BinaryOpcode::Lt, rhs, lhs);
  return emitWordSelect(b, loc, pick, lhs, rhs,
                        onFlow && !isa<VectorType>(pick.getType()));
}

/// A word (or vector of words) holding the constant `value`.
Value emitConstant(OpBuilder &b, Location loc, Type type, int64_t value) {
  Value word = b.create<VirtualOp>(loc, SlotKind::Const,
                                   TypeRange{b.getI32Type()}, ValueRange{},
                                   ArrayRef<int64_t>{value})
                   .getResult(0);
  if (!isa<VectorType>(type))
    return word;
  return b.create<VirtualOp>(loc, SlotKind::VBroadcast, TypeRange{type},
                             ValueRange{word})
      .getResult(0);
}

/// A vector of 8 different words: the first broadcast, plus the lanes'
/// differences from it written by 8 const slots (one `lanes const`). The
/// differences of lane-index vectors (<c, c+1, ..., c+7>) are the same for
/// every c, so CSE keeps one set of const slots for all of them.
Value emitLaneConstants(OpBuilder &b, Location loc, Type type,
                        DenseIntElementsAttr values) {
  SmallVector<int64_t> words;
  for (const APInt &value : values.getValues<APInt>())
    words.push_back(static_cast<int64_t>(value.zextOrTrunc(32).getZExtValue()));
  int64_t first = words.front();
  for (int64_t &word : words)
    word = static_cast<int64_t>(uint32_t(word - first));
  auto lanes = b.create<VirtualOp>(loc, SlotKind::Const, TypeRange{type},
                                   ValueRange{}, words);
  lanes.setLanes(true);
  if (first == 0)
    return lanes.getResult(0);
  return emitBinary(b, loc, BinaryOpcode::Add,
                    emitConstant(b, loc, type, first), lanes.getResult(0));
}

template <typename ArithOp, BinaryOpcode Opcode>
struct BinaryLowering : public OpConversionPattern<ArithOp> {
  using OpConversionPattern<ArithOp>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ArithOp op, typename ArithOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, emitBinary(rewriter, op.getLoc(), Opcode,
                                      adaptor.getLhs(), adaptor.getRhs()));
    return success();
  }
};

struct ConstantLowering : public OpConversionPattern<arith::ConstantOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(arith::ConstantOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = getTypeConverter()->convertType(op.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "unsupported constant type");
    APInt value;
    if (auto integer = dyn_cast<IntegerAttr>(op.getValue()))
      value = integer.getValue();
    else if (auto splat = dyn_cast<SplatElementsAttr>(op.getValue()))
      value = splat.getSplatValue<APInt>();
    else if (auto dense = dyn_cast<DenseIntElementsAttr>(op.getValue()))
      return rewriter.replaceOp(op, emitLaneConstants(rewriter, op.getLoc(),
                                                      type, dense)),
             success();
    else
      return op.emitError("only integer and integer vector constants have a "
                          "machine form");
    // Words hold value mod 2^32: sign- or zero-extension both wrap right.
    int64_t word = static_cast<int64_t>(value.zextOrTrunc(32).getZExtValue());
    rewriter.replaceOp(op, emitConstant(rewriter, op.getLoc(), type, word));
    return success();
  }
};

/// Unsigned and equality comparisons from the machine's `<` and `==`.
struct CmpLowering : public OpConversionPattern<arith::CmpIOp> {
  CmpLowering(const TypeConverter &converter, MLIRContext *ctx,
              const FlowChoice &flow)
      : OpConversionPattern(converter, ctx), flow(flow) {}
  const FlowChoice &flow;
  LogicalResult
  matchAndRewrite(arith::CmpIOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (std::optional<NonzeroTest> test =
            matchNonzeroTest(op, flow.scalarSelects)) {
      rewriter.replaceOp(op, adaptor.getOperands()[test->operand]);
      return success();
    }
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs();
    Location loc = op.getLoc();
    BinaryOpcode opcode;
    bool swap = false, negate = false;
    switch (op.getPredicate()) {
    case arith::CmpIPredicate::eq: opcode = BinaryOpcode::Eq; break;
    case arith::CmpIPredicate::ne: opcode = BinaryOpcode::Eq; negate = true; break;
    case arith::CmpIPredicate::ult: opcode = BinaryOpcode::Lt; break;
    case arith::CmpIPredicate::ugt: opcode = BinaryOpcode::Lt; swap = true; break;
    case arith::CmpIPredicate::uge: opcode = BinaryOpcode::Lt; negate = true; break;
    case arith::CmpIPredicate::ule:
      opcode = BinaryOpcode::Lt; swap = negate = true; break;
    default:
      return op.emitError("signed comparisons have no machine form; compare "
                          "unsigned values");
    }
    if (swap)
      std::swap(lhs, rhs);
    Value result = emitBinary(rewriter, loc, opcode, lhs, rhs);
    if (negate)
      result = emitBinary(rewriter, loc, BinaryOpcode::Xor, result,
                          emitConstant(rewriter, loc, result.getType(), 1));
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// A word select(c, a, b) = b + c * (a - b) with c in {0, 1}: three ops on
/// the 12-wide ALU rather than one on the 1-wide flow engine, unless the
/// kernel leaves flow nearly idle (FlowChoice). On lanes, one flow
/// `vselect` beats three ops on the (usually saturated) vector engines.
struct SelectLowering : public OpConversionPattern<arith::SelectOp> {
  SelectLowering(const TypeConverter &converter, MLIRContext *ctx,
                 const FlowChoice &flow)
      : OpConversionPattern(converter, ctx), flow(flow) {}
  const FlowChoice &flow;
  LogicalResult
  matchAndRewrite(arith::SelectOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value a = adaptor.getTrueValue(), b = adaptor.getFalseValue();
    Value cond = adaptor.getCondition();
    // A nonzero test lowered to its operand y (not folded to a constant
    // by the conversion): y == 0 swaps the arms.
    bool onY = false;
    if (auto cmp = op.getCondition().getDefiningOp<arith::CmpIOp>())
      if (std::optional<NonzeroTest> test =
              matchNonzeroTest(cmp, flow.scalarSelects);
          test &&
          cond == rewriter.getRemappedValue(cmp->getOperand(test->operand))) {
        onY = true;
        if (test->isZero)
          std::swap(a, b);
      }
    if (isa<VectorType>(a.getType()) && !isa<VectorType>(cond.getType()))
      // A uniform condition for every lane: its word on each lane.
      cond = emitSlot(rewriter, loc, SlotKind::VBroadcast, a.getType(), {cond});
    if (isa<VectorType>(a.getType())) {
      // Lanes: one flow-engine vselect (the vector engines are the busy
      // ones), or b + c * (a - b) where flow would bind (FlowChoice).
      if (flow.nextLaneSelectOnValu()) {
        Type type = a.getType();
        if (onY) {
          // a where y != 0 (the arms are swapped above for y == 0).
          Value isZero = emitBinary(rewriter, loc, BinaryOpcode::Eq, cond,
                                    emitConstant(rewriter, loc, type, 0));
          Value diff = emitBinary(rewriter, loc, BinaryOpcode::Sub, b, a);
          rewriter.replaceOp(op, emitSlot(rewriter, loc, SlotKind::MultiplyAdd,
                                          type, {isZero, diff, a}));
          return success();
        }
        Value diff = emitBinary(rewriter, loc, BinaryOpcode::Sub, a, b);
        rewriter.replaceOp(op, emitSlot(rewriter, loc, SlotKind::MultiplyAdd,
                                        type, {cond, diff, b}));
        return success();
      }
      rewriter.replaceOp(op, emitSlot(rewriter, loc, SlotKind::VSelect,
                                      a.getType(), {cond, a, b}));
      return success();
    }
    rewriter.replaceOp(
        op, emitWordSelect(rewriter, loc, cond, a, b, flow.scalarSelects));
    return success();
  }
};

/// Casts between word-sized integer types are free.
template <typename CastOp>
struct NoOpCastLowering : public OpConversionPattern<CastOp> {
  using OpConversionPattern<CastOp>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(CastOp op, typename CastOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, adaptor.getOperands()[0]);
    return success();
  }
};

/// i32 -> i1 keeps the low bit: free when the value is already `x & 1`,
/// else a mask.
struct TruncToBitLowering : public OpConversionPattern<arith::TruncIOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(arith::TruncIOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!getElementTypeOrSelf(op.getType()).isInteger(1))
      return op.emitError("only truncation to i1 has a machine form");
    Value in = adaptor.getIn();
    APInt mask;
    auto andOp = op.getIn().getDefiningOp<arith::AndIOp>();
    bool isBit = andOp && (matchPattern(andOp.getRhs(), m_ConstantInt(&mask)) ||
                           matchPattern(andOp.getLhs(), m_ConstantInt(&mask))) &&
                 mask == 1;
    // A broadcast bit (a uniform condition on lanes) is 0 or 1 already.
    if (auto broadcast = op.getIn().getDefiningOp<BroadcastOp>())
      if (auto ext = broadcast.getValue().getDefiningOp<arith::ExtUIOp>())
        isBit |= getElementTypeOrSelf(ext.getIn().getType()).isInteger(1);
    if (!isBit)
      in = emitBinary(rewriter, op.getLoc(), BinaryOpcode::And, in,
                      emitConstant(rewriter, op.getLoc(), in.getType(), 1));
    rewriter.replaceOp(op, in);
    return success();
  }
};

/// The inputs of the slot an xyz op becomes: its operands, in order, but
/// for stores, whose slots take the address first.
template <typename Adaptor> SmallVector<Value, 3> slotInputs(Adaptor adaptor) {
  return SmallVector<Value, 3>(adaptor.getOperands());
}
SmallVector<Value, 3> slotInputs(CoreIdOp::Adaptor) {
  return {}; // the declared number of cores is not an operand of `coreid`
}
SmallVector<Value, 3> slotInputs(StoreOp::Adaptor adaptor) {
  return {adaptor.getAddr(), adaptor.getValue()};
}
SmallVector<Value, 3> slotInputs(VStoreOp::Adaptor adaptor) {
  return {adaptor.getBase(), adaptor.getValue()};
}

/// The memory region of a load or store, for alias analysis (the int/long
/// argument prefers this overload where the op has a region).
template <typename OpT>
auto copyRegion(OpT op, VirtualOp slot, int)
    -> decltype(op.getRegion(), void()) {
  if (op.getRegion())
    slot.setRegion(op.getRegion());
}
template <typename OpT> void copyRegion(OpT, VirtualOp, long) {}

/// An xyz op that is one virtual slot of `Kind` (with `Lanes`, 8: one per
/// lane): the slot reads the op's operands (slotInputs), produces its
/// result (converted) and keeps its memory region.
template <typename OpT, SlotKind Kind, bool Lanes = false>
struct SlotLowering : public OpConversionPattern<OpT> {
  using OpConversionPattern<OpT>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpT op, typename OpT::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<Type, 1> results;
    if (failed(this->getTypeConverter()->convertTypes(op->getResultTypes(),
                                                      results)))
      return rewriter.notifyMatchFailure(op, "result has no machine type");
    auto slot = rewriter.create<VirtualOp>(op.getLoc(), Kind, results,
                                           slotInputs(adaptor));
    if (Lanes)
      slot.setLanes(true);
    copyRegion(op, slot, 0);
    if (Attribute threads = op->getAttr(XYZDialect::kThreadsAttr))
      slot->setAttr(vliw::VLIWDialect::kThreadsAttr, threads);
    if (Attribute distinct = op->getAttr(XYZDialect::kDistinctWordsAttr))
      slot->setAttr(vliw::VLIWDialect::kDistinctWordsAttr, distinct);
    rewriter.replaceOp(op, slot->getResults());
    return success();
  }
};

/// multiply_add is one VALU slot on vectors; the ALU has no such op, so a
/// scalar one is a multiply and an add.
struct MultiplyAddLowering : public OpConversionPattern<MultiplyAddOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(MultiplyAddOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    if (isa<VectorType>(op.getType())) {
      rewriter.replaceOp(op, emitSlot(rewriter, loc, SlotKind::MultiplyAdd,
                                      op.getType(),
                                      {adaptor.getA(), adaptor.getB(),
                                       adaptor.getC()}));
      return success();
    }
    Value product = emitBinary(rewriter, loc, BinaryOpcode::Mul,
                               adaptor.getA(), adaptor.getB());
    rewriter.replaceOp(op, emitBinary(rewriter, loc, BinaryOpcode::Add,
                                      product, adaptor.getC()));
    return success();
  }
};

/// Memory-image declarations have no run-time effect (--xyz-schedule drops
/// them after specialization; a pipeline without that step loses them here).
struct RegionLowering : public OpConversionPattern<RegionOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(RegionOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.eraseOp(op);
    return success();
  }
};

/// Barriers are numbered in program order (their generation), so the flag
/// words can be reused from one to the next.
struct BarrierLowering : public OpConversionPattern<BarrierOp> {
  BarrierLowering(TypeConverter &converter, MLIRContext *ctx,
                  const DenseMap<Operation *, int64_t> &generations)
      : OpConversionPattern(converter, ctx), generations(generations) {}
  LogicalResult
  matchAndRewrite(BarrierOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    APInt cores;
    if (!matchPattern(op.getCores(), m_ConstantInt(&cores)))
      return op.emitError("the number of cores of a barrier must be a "
                          "constant; specialize the kernel first");
    Value core = emitSlot(rewriter, op.getLoc(), SlotKind::CoreId,
                          rewriter.getI32Type(), {});
    rewriter.create<vliw::BarrierOp>(op.getLoc(), adaptor.getFlags(), core,
                                     cores.getSExtValue(),
                                     generations.lookup(op));
    rewriter.eraseOp(op);
    return success();
  }
  const DenseMap<Operation *, int64_t> &generations;
};

/// min/max from the machine's `<` (emitMinMax).
template <typename MinMaxOp, bool IsMin>
struct MinMaxLowering : public OpConversionPattern<MinMaxOp> {
  MinMaxLowering(const TypeConverter &converter, MLIRContext *ctx,
                 const FlowChoice &flow)
      : OpConversionPattern<MinMaxOp>(converter, ctx), flow(flow) {}
  LogicalResult
  matchAndRewrite(MinMaxOp op, typename MinMaxOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, emitMinMax(rewriter, op.getLoc(), IsMin,
                                      adaptor.getLhs(), adaptor.getRhs(),
                                      flow.scalarSelects));
    return success();
  }
  const FlowChoice &flow;
};

/// A lane is a copy of the lane's word (an ALU `or` of it with itself).
struct LaneLowering : public OpConversionPattern<LaneOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(LaneOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isa<VectorType>(adaptor.getValue().getType()))
      return rewriter.notifyMatchFailure(op, "operand has no machine type");
    WordRef word(adaptor.getValue(), op.getLane());
    rewriter.replaceOp(op, emitBinary(rewriter, op.getLoc(),
                                      BinaryOpcode::Or, word, word));
    return success();
  }
};

/// A vector of words is the same vector of the lowered words (a word that
/// is a lane of a vector lowers to an ALU copy of that lane, LaneLowering).
struct FromWordsLowering : public OpConversionPattern<FromWordsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(FromWordsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op.getWords().size() != vliw::kVectorLength)
      return rewriter.notifyMatchFailure(op, "not one word per machine lane");
    rewriter.replaceOpWithNewOp<vliw::FromWordsOp>(
        op, VectorType::get({vliw::kVectorLength}, rewriter.getI32Type()),
        adaptor.getWords(), DenseI64ArrayAttr());
    return success();
  }
};

/// A window is the same window on the lowered vectors.
struct WindowLowering : public OpConversionPattern<WindowOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(WindowOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isa<VectorType>(adaptor.getLow().getType()))
      return rewriter.notifyMatchFailure(op, "operands have no machine type");
    rewriter.replaceOpWithNewOp<vliw::WindowOp>(
        op, adaptor.getLow().getType(), adaptor.getLow(), adaptor.getHigh(),
        op.getOffsetAttr());
    return success();
  }
};

/// The lanes of a vector combined in a tree of ALU ops reading the lanes'
/// words: lane i with lane i + 4, then i + 2, then i + 1 (7 ops, depth 3).
struct ReduceLanesLowering : public OpConversionPattern<ReduceLanesOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ReduceLanesOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = cast<VectorType>(adaptor.getValue().getType());
    SmallVector<WordRef> words;
    for (int64_t lane = 0; lane < type.getNumElements(); ++lane)
      words.emplace_back(adaptor.getValue(), lane);
    while (words.size() > 1) {
      size_t half = (words.size() + 1) / 2;
      SmallVector<WordRef> next;
      for (size_t i = 0; i < half; ++i)
        next.push_back(i + half < words.size()
                           ? WordRef(combine(rewriter, loc, op.getKind(),
                                             words[i], words[i + half]))
                           : words[i]);
      words = std::move(next);
    }
    Value result = words[0].value;
    if (words[0].lane >= 0) // a one-lane vector
      result = emitBinary(rewriter, loc, BinaryOpcode::Or, words[0], words[0]);
    rewriter.replaceOp(op, result);
    return success();
  }

  static Value combine(OpBuilder &b, Location loc, ReduceKind kind, WordRef x,
                       WordRef y) {
    switch (kind) {
    case ReduceKind::Add:
      return emitBinary(b, loc, BinaryOpcode::Add, x, y);
    case ReduceKind::Mul:
      return emitBinary(b, loc, BinaryOpcode::Mul, x, y);
    case ReduceKind::And:
      return emitBinary(b, loc, BinaryOpcode::And, x, y);
    case ReduceKind::Or:
      return emitBinary(b, loc, BinaryOpcode::Or, x, y);
    case ReduceKind::Xor:
      return emitBinary(b, loc, BinaryOpcode::Xor, x, y);
    case ReduceKind::MinU:
      return emitMinMax(b, loc, /*isMin=*/true, x, y);
    case ReduceKind::MaxU:
      return emitMinMax(b, loc, /*isMin=*/false, x, y);
    }
    llvm_unreachable("unknown reduction kind");
  }
};

struct ConvertXYZToVLIWPass
    : public xyz::impl::ConvertXYZToVLIWBase<ConvertXYZToVLIWPass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    WordTypeConverter converter(ctx);
    RewritePatternSet patterns(ctx);
    patterns.add<BinaryLowering<arith::AddIOp, BinaryOpcode::Add>,
                 BinaryLowering<arith::SubIOp, BinaryOpcode::Sub>,
                 BinaryLowering<arith::MulIOp, BinaryOpcode::Mul>,
                 BinaryLowering<arith::XOrIOp, BinaryOpcode::Xor>,
                 BinaryLowering<arith::AndIOp, BinaryOpcode::And>,
                 BinaryLowering<arith::OrIOp, BinaryOpcode::Or>,
                 BinaryLowering<arith::DivUIOp, BinaryOpcode::Div>,
                 BinaryLowering<arith::RemUIOp, BinaryOpcode::Mod>,
                 BinaryLowering<arith::CeilDivUIOp, BinaryOpcode::CDiv>,
                 BinaryLowering<arith::ShLIOp, BinaryOpcode::Shl>,
                 BinaryLowering<arith::ShRUIOp, BinaryOpcode::Shr>,
                 ConstantLowering, NoOpCastLowering<arith::ExtUIOp>,
                 NoOpCastLowering<arith::IndexCastOp>,
                 NoOpCastLowering<arith::IndexCastUIOp>, TruncToBitLowering,
                 SlotLowering<LoadOp, SlotKind::Load>,
                 SlotLowering<StoreOp, SlotKind::Store>,
                 SlotLowering<VLoadOp, SlotKind::VLoad>,
                 SlotLowering<VStoreOp, SlotKind::VStore>,
                 // A gather: one scalar load per lane, at that lane's address.
                 SlotLowering<GatherOp, SlotKind::Load, /*Lanes=*/true>,
                 SlotLowering<BroadcastOp, SlotKind::VBroadcast>,
                 SlotLowering<CoreIdOp, SlotKind::CoreId>, MultiplyAddLowering,
                 ReduceLanesLowering, WindowLowering, FromWordsLowering,
                 LaneLowering, RegionLowering>(converter, ctx);
    FlowChoice flow; // set per kernel below
    patterns
        .add<CmpLowering, SelectLowering, MinMaxLowering<arith::MinUIOp, true>,
             MinMaxLowering<arith::MaxUIOp, false>>(converter, ctx, flow);
    DenseMap<Operation *, int64_t> generations;
    // Per kernel (a helper function's barrier, inlined into it, is not
    // one of its own).
    getOperation().walk([&](KernelOp kernel) {
      int64_t generation = 0;
      kernel.walk([&](BarrierOp op) { generations[op] = ++generation; });
    });
    patterns.add<BarrierLowering>(converter, ctx, generations);

    ConversionTarget target(*ctx);
    target.addLegalDialect<vliw::VLIWDialect>();
    target.addLegalOp<KernelOp, ReturnOp, ModuleOp>();
    target.markUnknownOpDynamicallyLegal([](Operation *op) {
      return !op->getParentOfType<KernelOp>();
    });
    FrozenRewritePatternSet frozen(std::move(patterns));
    for (KernelOp kernel :
         llvm::make_early_inc_range(getOperation().getOps<KernelOp>())) {
      if (kernel.getNumArguments() != 0) {
        kernel.emitError("kernel is not specialized; run --xyz-specialize");
        return signalPassFailure();
      }
      // Ops without a machine form get an error saying what to write
      // instead, not a bare legalization failure; the framework's own
      // "failed to legalize" after a pattern's explained error is dropped.
      if (failed(checkMachineForm(kernel, /*threadsExpanded=*/true)))
        return signalPassFailure();
      invertNegatedTests(kernel);
      flow = FlowChoice::forKernel(kernel);
      bool explained = false;
      ScopedDiagnosticHandler handler(ctx, [&](Diagnostic &diag) {
        if (diag.getSeverity() != DiagnosticSeverity::Error)
          return failure();
        if (explained && StringRef(diag.str()).starts_with("failed to "
                                                           "legalize"))
          return success();
        explained = true;
        return failure(); // reported by the enclosing handler
      });
      if (failed(applyFullConversion(kernel, target, frozen)))
        return signalPassFailure();
      readLanesInPlace(kernel);
      intoVirtualProgram(kernel);
    }
  }

  /// A lane of a vector lowers to a copy of its word (LaneLowering); a
  /// slot reading the copy reads the lane's word itself instead
  /// (`from_lanes`), and the copy goes once nothing reads it.
  static void readLanesInPlace(KernelOp kernel) {
    auto laneCopy = [](Value v) -> std::optional<std::pair<Value, int64_t>> {
      auto copy = v ? v.getDefiningOp<VirtualOp>() : VirtualOp();
      if (!copy || copy.getKind() != SlotKind::Alu ||
          copy.getOpcode() != BinaryOpcode::Or || !copy.getInputLanes() ||
          copy.getInputs()[0] != copy.getInputs()[1] ||
          copy.getInputLane(0) < 0 ||
          copy.getInputLane(0) != copy.getInputLane(1))
        return std::nullopt;
      return std::make_pair(copy.getInputs()[0], copy.getInputLane(0));
    };
    // Reads each input of `op` made by a lane copy as that lane (`op`'s
    // inputs are all its operands; a vliw.vop or a vliw.from_words).
    auto readInPlace = [&](auto op) {
      SmallVector<int64_t> lanes;
      bool changed = false;
      for (auto [k, input] : llvm::enumerate(op->getOperands())) {
        lanes.push_back(op.getInputLane(k));
        auto word = lanes.back() < 0 ? laneCopy(input) : std::nullopt;
        if (!word)
          continue;
        op->setOperand(k, word->first);
        lanes.back() = word->second;
        changed = true;
      }
      if (changed)
        op.setInputLanes(lanes);
    };
    kernel.walk([&](VirtualOp slot) {
      if (!slot.getLanes() &&
          !laneCopy(slot->getNumResults() == 1 ? slot.getResult(0) : Value()))
        readInPlace(slot);
    });
    kernel.walk([&](vliw::FromWordsOp fromWords) { readInPlace(fromWords); });
    SmallVector<VirtualOp> unread;
    kernel.walk([&](VirtualOp slot) {
      if (laneCopy(slot->getNumResults() == 1 ? slot.getResult(0) : Value()) &&
          slot->use_empty())
        unread.push_back(slot);
    });
    for (VirtualOp slot : unread)
      slot->erase();
  }

  /// Replaces the lowered kernel by a vliw.vprogram holding its slots (all
  /// but the terminator), named after it.
  static void intoVirtualProgram(KernelOp kernel) {
    OpBuilder builder(kernel);
    auto program = builder.create<vliw::VProgramOp>(kernel.getLoc(),
                                                    kernel.getSymNameAttr());
    if (!kernel.getBody().empty()) {
      Block &from = kernel.getBody().front();
      Block &to = program.getBody().front();
      to.getOperations().splice(to.end(), from.getOperations(), from.begin(),
                                from.without_terminator().end());
    }
    kernel.erase();
  }
};
} // namespace
