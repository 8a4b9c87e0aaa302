//===- Simplify.cpp - Algebraic simplification beyond canonicalization ----===//
//
// Rewrites that upstream arith canonicalization does not do, and that pay on
// the machine, where every arith op is one slot and a select costs three
// (`b + c * (a - b)` on the ALU):
//
//  - constants in xor chains merge (`(x ^ c1) ^ c2`), and in add/sub chains
//    on splat vectors (arith already merges scalar ones);
//  - a constant xor/add moves outward past a non-constant operand
//    (`(x ^ c) ^ y` -> `(x ^ y) ^ c`) when that costs no op, so that it can
//    meet and merge with the next constant of the chain;
//  - parity: `(x ^ c) & 1` and `(x + c) & 1` are `(x & 1) ^ (c & 1)`;
//  - a select between constants is arithmetic on its 0/1 condition (a
//    compare of a value known to be 0 or 1 against 0 or 1 is dropped), and
//    a select with a zero arm is a multiply by the condition;
//  - with the kernel attribute `xyz.outputs`, stores to named regions not in
//    the list are unobservable: they are erased, and the greedy driver then
//    erases the work only they used (loads only read memory, so an unused
//    load is trivially dead).
//
// Everything is exact modulo 2^32 (modulo 2^w for the element width w) and
// works on scalars and on vectors whose constants are splats. The patterns
// run together with every loaded dialect's canonicalization patterns.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "llvm/ADT/StringSet.h"

namespace xyz {
#define GEN_PASS_DEF_XYZSIMPLIFY
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

//===----------------------------------------------------------------------===//
// Constants and known facts.
//===----------------------------------------------------------------------===//

/// The value of an integer constant: a scalar, or a vector splat.
std::optional<APInt> getConstantValue(Value value) {
  APInt result;
  if (matchPattern(value, m_ConstantInt(&result)))
    return result;
  return std::nullopt;
}

/// An arith.constant of `type` (an integer, or a vector of them as a splat).
Value createConstant(PatternRewriter &rewriter, Location loc, Type type,
                     const APInt &value) {
  TypedAttr attr = rewriter.getIntegerAttr(getElementTypeOrSelf(type), value);
  if (auto shaped = dyn_cast<ShapedType>(type))
    attr = cast<TypedAttr>(
        DenseElementsAttr::get(shaped, ArrayRef<Attribute>{attr}));
  return rewriter.create<arith::ConstantOp>(loc, type, attr);
}

/// Whether the op is on integers wider than i1 (i1 logic is upstream's).
bool isWordArith(Operation *op) {
  Type element = getElementTypeOrSelf(op->getResult(0).getType());
  return element.isInteger() && element.getIntOrFloatBitWidth() > 1;
}

/// Whether every lane of `value` is 0 or 1, from how it was computed. Walks
/// a few ops back; anything it does not understand is "unknown".
bool isZeroOrOne(Value value, unsigned depth = 0) {
  if (std::optional<APInt> cst = getConstantValue(value))
    return cst->ule(1);
  Operation *def = value.getDefiningOp();
  if (!def || depth > 8)
    return false;
  auto known = [&](Value operand) { return isZeroOrOne(operand, depth + 1); };
  if (auto ext = dyn_cast<arith::ExtUIOp>(def))
    return getElementTypeOrSelf(ext.getIn().getType()).isInteger(1);
  if (auto andOp = dyn_cast<arith::AndIOp>(def))
    return known(andOp.getLhs()) || known(andOp.getRhs());
  if (isa<arith::OrIOp, arith::XOrIOp, arith::MulIOp>(def))
    return known(def->getOperand(0)) && known(def->getOperand(1));
  if (auto select = dyn_cast<arith::SelectOp>(def))
    return known(select.getTrueValue()) && known(select.getFalseValue());
  if (auto shift = dyn_cast<arith::ShRUIOp>(def)) {
    std::optional<APInt> amount = getConstantValue(shift.getRhs());
    return amount && *amount == amount->getBitWidth() - 1;
  }
  return false;
}

//===----------------------------------------------------------------------===//
// Add/sub chains as signed sums.
//===----------------------------------------------------------------------===//

/// A value seen as `(negated ? -x : x) + offset`: `x + c`, `c + x`, `x - c`
/// or `c - x` with `x` not a constant.
struct OffsetForm {
  Value x;
  bool negated;
  APInt offset;
};

std::optional<OffsetForm> matchOffsetForm(Value value) {
  if (auto add = value.getDefiningOp<arith::AddIOp>()) {
    std::optional<APInt> lhs = getConstantValue(add.getLhs());
    std::optional<APInt> rhs = getConstantValue(add.getRhs());
    if (rhs && !lhs)
      return OffsetForm{add.getLhs(), false, *rhs};
    if (lhs && !rhs)
      return OffsetForm{add.getRhs(), false, *lhs};
  }
  if (auto sub = value.getDefiningOp<arith::SubIOp>()) {
    std::optional<APInt> lhs = getConstantValue(sub.getLhs());
    std::optional<APInt> rhs = getConstantValue(sub.getRhs());
    if (rhs && !lhs)
      return OffsetForm{sub.getLhs(), false, -*rhs};
    if (lhs && !rhs)
      return OffsetForm{sub.getRhs(), true, *lhs};
  }
  return std::nullopt;
}

/// Emits `(negated ? -x : x) + offset` with one op (or none).
Value emitOffsetForm(PatternRewriter &rewriter, Location loc, Value x,
                     bool negated, const APInt &offset) {
  Value cst = createConstant(rewriter, loc, x.getType(), offset);
  if (negated)
    return rewriter.create<arith::SubIOp>(loc, cst, x);
  if (offset.isZero())
    return x;
  return rewriter.create<arith::AddIOp>(loc, x, cst);
}

/// `(x ± c1) ± c2` on splat vectors -> one add or sub. arith's own patterns
/// (AddIAddConstant, SubIRHSAddConstant, ...) do this for scalars only.
template <typename OpTy>
struct MergeVectorOffsets : public OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (!isa<VectorType>(op.getType()) || !isWordArith(op))
      return failure();
    std::optional<OffsetForm> outer = matchOffsetForm(op.getResult());
    if (!outer)
      return failure();
    std::optional<OffsetForm> inner = matchOffsetForm(outer->x);
    if (!inner)
      return failure();
    // outer = s1*(s0*x + c0) + c1 = (s1*s0)*x + (s1*c0 + c1).
    APInt offset = outer->negated ? -inner->offset : inner->offset;
    offset += outer->offset;
    bool negated = outer->negated != inner->negated;
    rewriter.replaceOp(op, emitOffsetForm(rewriter, op.getLoc(), inner->x,
                                          negated, offset));
    return success();
  }
};

/// `(x + c) ± y` -> `(x ± y) + c`, and likewise with the constant term on
/// the right or inside a subtraction: the constant moves outward, where it
/// can merge with the next constant of the chain. Only when the inner op has
/// no other use, so that the op count never grows.
template <typename OpTy>
struct HoistOffset : public OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (!isWordArith(op))
      return failure();
    Value lhs = op.getLhs(), rhs = op.getRhs();
    if (getConstantValue(lhs) || getConstantValue(rhs))
      return failure();
    bool subtract = isa<arith::SubIOp>(op);
    // op = lhs + s*rhs with s = -1 for a sub. Fold the offset of whichever
    // operand has one: op = sp*p + sq*q + offset.
    Value p, q;
    bool pNegated, qNegated;
    APInt offset;
    if (std::optional<OffsetForm> form = matchOffsetForm(lhs);
        form && lhs.hasOneUse()) {
      p = form->x, pNegated = form->negated;
      q = rhs, qNegated = subtract;
      offset = form->offset;
    } else if (std::optional<OffsetForm> form = matchOffsetForm(rhs);
               form && rhs.hasOneUse()) {
      p = lhs, pNegated = false;
      q = form->x, qNegated = subtract != form->negated;
      offset = subtract ? -form->offset : form->offset;
    } else {
      return failure();
    }
    Location loc = op.getLoc();
    Value sum;
    bool negated = false;
    if (!pNegated && !qNegated) {
      sum = rewriter.create<arith::AddIOp>(loc, p, q);
    } else if (!pNegated) {
      sum = rewriter.create<arith::SubIOp>(loc, p, q);
    } else if (!qNegated) {
      sum = rewriter.create<arith::SubIOp>(loc, q, p);
    } else {
      sum = rewriter.create<arith::AddIOp>(loc, p, q);
      negated = true; // -p - q + c = c - (p + q)
    }
    rewriter.replaceOp(op, emitOffsetForm(rewriter, loc, sum, negated, offset));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Xor chains.
//===----------------------------------------------------------------------===//

/// `x ^ c` or `c ^ x` with `x` not a constant.
std::optional<std::pair<Value, APInt>> matchXorConstant(Value value) {
  auto xorOp = value.getDefiningOp<arith::XOrIOp>();
  if (!xorOp)
    return std::nullopt;
  std::optional<APInt> lhs = getConstantValue(xorOp.getLhs());
  std::optional<APInt> rhs = getConstantValue(xorOp.getRhs());
  if (rhs && !lhs)
    return std::make_pair(xorOp.getLhs(), *rhs);
  if (lhs && !rhs)
    return std::make_pair(xorOp.getRhs(), *lhs);
  return std::nullopt;
}

/// `(x ^ c1) ^ c2` -> `x ^ (c1 ^ c2)`: arith has no xor reassociation.
struct MergeXorConstants : public OpRewritePattern<arith::XOrIOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::XOrIOp op,
                                PatternRewriter &rewriter) const override {
    std::optional<std::pair<Value, APInt>> outer =
        matchXorConstant(op.getResult());
    if (!outer)
      return failure();
    std::optional<std::pair<Value, APInt>> inner =
        matchXorConstant(outer->first);
    if (!inner)
      return failure();
    Value cst = createConstant(rewriter, op.getLoc(), op.getType(),
                               outer->second ^ inner->second);
    rewriter.replaceOpWithNewOp<arith::XOrIOp>(op, inner->first, cst);
    return success();
  }
};

/// `(x ^ c) ^ y` -> `(x ^ y) ^ c` when `x ^ c` has no other use: the
/// constant moves outward to meet the next one of the chain.
struct HoistXorConstant : public OpRewritePattern<arith::XOrIOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::XOrIOp op,
                                PatternRewriter &rewriter) const override {
    Value lhs = op.getLhs(), rhs = op.getRhs();
    if (getConstantValue(lhs) || getConstantValue(rhs))
      return failure();
    for (auto [inner, other] : {std::make_pair(lhs, rhs),
                                std::make_pair(rhs, lhs)}) {
      std::optional<std::pair<Value, APInt>> form = matchXorConstant(inner);
      if (!form || !inner.hasOneUse())
        continue;
      Location loc = op.getLoc();
      Value merged = rewriter.create<arith::XOrIOp>(loc, form->first, other);
      Value cst = createConstant(rewriter, loc, op.getType(), form->second);
      rewriter.replaceOpWithNewOp<arith::XOrIOp>(op, merged, cst);
      return success();
    }
    return failure();
  }
};

//===----------------------------------------------------------------------===//
// Parity.
//===----------------------------------------------------------------------===//

/// `(x ^ c) & 1` and `(x ± c) & 1`, `(c - x) & 1` -> `(x & 1) ^ (c & 1)`:
/// the low bit of a sum is the xor of the low bits. Only when the inner op
/// dies or `c` is even (then it is just `x & 1`), so no op is added.
struct ParityOfOffset : public OpRewritePattern<arith::AndIOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::AndIOp op,
                                PatternRewriter &rewriter) const override {
    if (!isWordArith(op))
      return failure();
    Value value = op.getLhs();
    std::optional<APInt> mask = getConstantValue(op.getRhs());
    if (!mask) {
      value = op.getRhs();
      mask = getConstantValue(op.getLhs());
    }
    if (!mask || !mask->isOne())
      return failure();
    Value x;
    APInt c;
    if (auto form = matchXorConstant(value)) {
      x = form->first, c = form->second;
    } else if (auto form = matchOffsetForm(value)) {
      x = form->x, c = form->offset; // -x and x have the same parity
    } else {
      return failure();
    }
    bool odd = c[0];
    if (odd && !value.hasOneUse())
      return failure();
    Location loc = op.getLoc();
    Value one = createConstant(rewriter, loc, op.getType(), *mask);
    Value low = rewriter.create<arith::AndIOp>(loc, x, one);
    if (odd)
      low = rewriter.create<arith::XOrIOp>(loc, low, one);
    rewriter.replaceOp(op, low);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Selects between constants.
//===----------------------------------------------------------------------===//

/// `base + delta * b` for `b` in {0, 1}, with as few ops as the constants
/// allow: `b + base` for delta 1, `base - b` for delta -1.
Value emitZeroOneAffine(PatternRewriter &rewriter, Location loc, Value b,
                        const APInt &base, const APInt &delta) {
  Type type = b.getType();
  if (delta.isAllOnes())
    return rewriter.create<arith::SubIOp>(
        loc, createConstant(rewriter, loc, type, base), b);
  Value scaled = b;
  if (!delta.isOne())
    scaled = rewriter.create<arith::MulIOp>(
        loc, b, createConstant(rewriter, loc, type, delta));
  if (base.isZero())
    return scaled;
  return rewriter.create<arith::AddIOp>(
      loc, scaled, createConstant(rewriter, loc, type, base));
}

/// `select(b == 0, C1, C2)` (or `b != 0`, `b == 1`, `b != 1`) with `b`
/// known to be 0 or 1 -> `C1 + (C2 - C1) * b`: the compare goes too.
struct SelectOnZeroOneCompare : public OpRewritePattern<arith::SelectOp> {
  SelectOnZeroOneCompare(MLIRContext *ctx)
      : OpRewritePattern(ctx, /*benefit=*/2) {}
  LogicalResult matchAndRewrite(arith::SelectOp op,
                                PatternRewriter &rewriter) const override {
    if (!isWordArith(op))
      return failure();
    std::optional<APInt> onTrue = getConstantValue(op.getTrueValue());
    std::optional<APInt> onFalse = getConstantValue(op.getFalseValue());
    auto cmp = op.getCondition().getDefiningOp<arith::CmpIOp>();
    if (!onTrue || !onFalse || !cmp)
      return failure();
    if (cmp.getPredicate() != arith::CmpIPredicate::eq &&
        cmp.getPredicate() != arith::CmpIPredicate::ne)
      return failure();
    Value b = cmp.getLhs();
    std::optional<APInt> k = getConstantValue(cmp.getRhs());
    if (!k) {
      b = cmp.getRhs();
      k = getConstantValue(cmp.getLhs());
    }
    if (!k || k->ugt(1) || b.getType() != op.getType() || !isZeroOrOne(b))
      return failure();
    // The condition holds exactly when b == 1, or exactly when b == 0.
    bool holdsOnOne = (cmp.getPredicate() == arith::CmpIPredicate::eq) ==
                      k->isOne();
    const APInt &atZero = holdsOnOne ? *onFalse : *onTrue;
    const APInt &atOne = holdsOnOne ? *onTrue : *onFalse;
    rewriter.replaceOp(op, emitZeroOneAffine(rewriter, op.getLoc(), b, atZero,
                                             atOne - atZero));
    return success();
  }
};

/// `select(c, C1, C2)` on any i1 condition -> `C2 + (C1 - C2) * extui(c)`:
/// the compare stays, the select (three ALU slots once lowered) becomes at
/// most two. arith folds the cases with C1 - C2 = 0 or (C1, C2) = (1, 0)
/// itself; comparisons of 0/1 values are handled first, above.
struct SelectOnBoolean : public OpRewritePattern<arith::SelectOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::SelectOp op,
                                PatternRewriter &rewriter) const override {
    if (!isWordArith(op))
      return failure();
    std::optional<APInt> onTrue = getConstantValue(op.getTrueValue());
    std::optional<APInt> onFalse = getConstantValue(op.getFalseValue());
    if (!onTrue || !onFalse || *onTrue == *onFalse)
      return failure();
    // A uniform i1 choosing between vectors would need a broadcast.
    Value cond = op.getCondition();
    if (isa<ShapedType>(cond.getType()) != isa<ShapedType>(op.getType()))
      return failure();
    // select(!c, a, b) = select(c, b, a): use c itself, as arith would.
    if (auto notOp = cond.getDefiningOp<arith::XOrIOp>())
      if (std::optional<APInt> flip = getConstantValue(notOp.getRhs());
          flip && flip->isAllOnes()) {
        cond = notOp.getLhs();
        std::swap(onTrue, onFalse);
      }
    Location loc = op.getLoc();
    Value b = rewriter.create<arith::ExtUIOp>(loc, op.getType(), cond);
    rewriter.replaceOp(op, emitZeroOneAffine(rewriter, loc, b, *onFalse,
                                             *onTrue - *onFalse));
    return success();
  }
};

/// `select(c, x, 0)` -> `x * extui(c)` and `select(c, 0, x)` ->
/// `x * extui(!c)`, negating a compare by its predicate: one multiply instead
/// of the select's three ALU slots (and a negated compare's extra xor).
struct SelectWithZeroArm : public OpRewritePattern<arith::SelectOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::SelectOp op,
                                PatternRewriter &rewriter) const override {
    if (!isWordArith(op))
      return failure();
    Value cond = op.getCondition();
    if (isa<ShapedType>(cond.getType()) != isa<ShapedType>(op.getType()))
      return failure();
    std::optional<APInt> onTrue = getConstantValue(op.getTrueValue());
    std::optional<APInt> onFalse = getConstantValue(op.getFalseValue());
    if (onTrue.has_value() == onFalse.has_value())
      return failure(); // both constants (above) or neither
    bool zeroOnTrue = onTrue && onTrue->isZero();
    if (!zeroOnTrue && !(onFalse && onFalse->isZero()))
      return failure();
    Location loc = op.getLoc();
    Value x = zeroOnTrue ? op.getFalseValue() : op.getTrueValue();
    if (zeroOnTrue) {
      if (auto cmp = cond.getDefiningOp<arith::CmpIOp>())
        cond = rewriter.create<arith::CmpIOp>(
            loc, arith::invertPredicate(cmp.getPredicate()), cmp.getLhs(),
            cmp.getRhs());
      else
        cond = rewriter.create<arith::XOrIOp>(
            loc, cond,
            createConstant(rewriter, loc, cond.getType(),
                           APInt::getAllOnes(1)));
    }
    Value b = rewriter.create<arith::ExtUIOp>(loc, op.getType(), cond);
    rewriter.replaceOpWithNewOp<arith::MulIOp>(op, x, b);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// The pass.
//===----------------------------------------------------------------------===//

/// Erases the stores of `kernel` to named regions its `xyz.outputs` list
/// does not contain and that nothing in the kernel reads (a region used to
/// pass values between phases, e.g. across a barrier, stays). Fails on a
/// malformed list.
LogicalResult eraseUnobservableStores(KernelOp kernel) {
  Attribute attr = kernel->getAttr(XYZDialect::kOutputsAttr);
  if (!attr)
    return success();
  auto list = dyn_cast<ArrayAttr>(attr);
  llvm::StringSet<> outputs;
  if (list)
    for (Attribute name : list) {
      auto str = dyn_cast<StringAttr>(name);
      if (!str) {
        list = nullptr;
        break;
      }
      outputs.insert(str.getValue());
    }
  if (!list)
    return kernel.emitError("`")
           << XYZDialect::kOutputsAttr
           << "` must be an array of region names, got " << attr;
  // Regions some access may read: named ones, or all if any read is unnamed.
  llvm::StringSet<> read;
  bool readsAnything = false;
  kernel.walk([&](Operation *op) {
    std::optional<StringRef> region;
    if (auto load = dyn_cast<LoadOp>(op))
      region = load.getRegion();
    else if (auto load = dyn_cast<VLoadOp>(op))
      region = load.getRegion();
    else if (auto gather = dyn_cast<GatherOp>(op))
      region = gather.getRegion();
    else
      return;
    if (region)
      read.insert(*region);
    else
      readsAnything = true;
  });
  SmallVector<Operation *> dead;
  kernel.walk([&](Operation *op) {
    std::optional<StringRef> region;
    if (auto store = dyn_cast<StoreOp>(op))
      region = store.getRegion();
    else if (auto store = dyn_cast<VStoreOp>(op))
      region = store.getRegion();
    if (region && !outputs.contains(*region) && !readsAnything &&
        !read.contains(*region))
      dead.push_back(op);
  });
  for (Operation *op : dead)
    op->erase();
  return success();
}

struct SimplifyPass : public xyz::impl::XYZSimplifyBase<SimplifyPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    for (KernelOp kernel : module.getOps<KernelOp>())
      if (failed(eraseUnobservableStores(kernel)))
        return signalPassFailure();

    MLIRContext *ctx = &getContext();
    RewritePatternSet patterns(ctx);
    patterns.add<MergeXorConstants, HoistXorConstant,
                 MergeVectorOffsets<arith::AddIOp>,
                 MergeVectorOffsets<arith::SubIOp>, HoistOffset<arith::AddIOp>,
                 HoistOffset<arith::SubIOp>, ParityOfOffset,
                 SelectOnZeroOneCompare, SelectOnBoolean,
                 SelectWithZeroArm>(ctx);
    for (Dialect *dialect : ctx->getLoadedDialects())
      dialect->getCanonicalizationPatterns(patterns);
    for (RegisteredOperationName name : ctx->getRegisteredOperations())
      name.getCanonicalizationPatterns(patterns, ctx);
    // The greedy driver also erases trivially dead ops: pure ones and loads
    // (which only read memory) whose results are unused.
    (void)applyPatternsAndFoldGreedily(module, std::move(patterns));
  }
};
} // namespace
