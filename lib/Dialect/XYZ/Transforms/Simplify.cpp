//===- Simplify.cpp - Algebraic simplification beyond canonicalization ----===//
//
// Rewrites that upstream arith canonicalization does not do, and that pay on
// the machine, where every arith op is one slot and a select costs three
// (`b + c * (a - b)` on the ALU):
//
//  - constants in xor chains merge (`(x ^ c1) ^ c2`), and in add/sub chains
//    on splat vectors (arith already merges scalar ones);
//  - a constant add moves outward past a non-constant operand
//    (`(x + c) + y` -> `(x + y) + c`) when that costs no op, so that it can
//    meet and merge with the next constant of the chain;
//  - xor trees are rebuilt by rank: constants folded into one, uniform
//    operands combined first (once, not per thread), per-thread ones from
//    the shallowest to the deepest (see XorTrees);
//  - a chain of one associative op with four or more non-constant leaves
//    (an unrolled reduction) becomes a tree of least depth where that
//    makes its result ready earlier (BalanceTrees.cpp);
//  - parity: `(x ^ c) & 1` and `(x + c) & 1` are `(x & 1) ^ (c & 1)`;
//  - a select between constants is arithmetic on its 0/1 condition (a
//    compare of a value known to be 0 or 1 against 0 or 1 is dropped), and
//    a select with a zero arm is a multiply by the condition, as is the
//    mask of a 0/1 value (`(0 - b) & p` -> `b * p`);
//  - a conditional update `select(c, a op x, a)` is `a op select(c, x, e)`
//    (e the identity of op), off the chain through `a`;
//  - first, unsigned min/max that integer range analysis decides is the
//    operand it always is (foldDecidedMinMax);
//  - the greedy driver erases dead work, e.g. what only the stores that
//    --xyz-eliminate-dead-stores erased used (loads only read memory, so an
//    unused load is trivially dead).
//
// Everything is exact modulo 2^32 (modulo 2^w for the element width w) and
// works on scalars and on vectors whose constants are splats. The patterns
// run together with every loaded dialect's canonicalization patterns.
//
//===----------------------------------------------------------------------===//

#include "BalanceTrees.h"
#include "IntegerRanges.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "xyz/Analysis/OpDepth.h"
#include "xyz/Analysis/ThreadUniformity.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"

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
Value createConstant(OpBuilder &rewriter, Location loc, Type type,
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

/// Whether `value` is an add or sub HoistOffset rewrites: no constant
/// operand, and an operand in offset form that has no other use.
bool hoistsOffset(Value value) {
  Operation *op = value.getDefiningOp();
  if (!op || !isa<arith::AddIOp, arith::SubIOp>(op) || !isWordArith(op))
    return false;
  Value lhs = op->getOperand(0), rhs = op->getOperand(1);
  if (getConstantValue(lhs) || getConstantValue(rhs))
    return false;
  return (matchOffsetForm(lhs) && lhs.hasOneUse()) ||
         (matchOffsetForm(rhs) && rhs.hasOneUse());
}

/// `(x + c) ± y` -> `(x ± y) + c`, and likewise with the constant term on
/// the right or inside a subtraction: the constant moves outward, where it
/// can merge with the next constant of the chain. Only when the inner op has
/// no other use, so that the op count never grows. Not before `x ± y`'s
/// operands are done (an operand that is itself such a rewrite waits for
/// it): on a chain (a counter, `k' = (k + 1) - e` unrolled), rewriting a
/// later link first made each link's constant travel down every link after
/// it, one rewrite each: a tester's run-length encoder, 1,000 steps, spent
/// 11 of its 14 seconds of compile time here.
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
    if (hoistsOffset(p) || hoistsOffset(q))
      return failure(); // the operand's own rewrite first
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

/// Xor trees, reassociated by rank. A maximal tree of xors whose inner
/// nodes have no other use is a multiset of leaves; it is rebuilt as one
/// left-to-right chain: the constants first (folded into one), then the
/// uniform leaves (the same on every thread: computed once, not per thread),
/// then the per-thread ones from the shallowest to the deepest (the leaf
/// that is ready last joins last, so the chain adds one op of latency to
/// it). `(a ^ c1) ^ (a >> 19)` with `a` at depth d is ready at d + 2, not
/// d + 3 as `(a ^ (a >> 19)) ^ c1`; `((h ^ c) ^ u)` with a uniform u costs
/// one per-thread op: `h ^ (c ^ u)`. The op count never grows (n leaves,
/// at most n - 1 ops, fewer when constants fold).
class XorTrees {
public:
  XorTrees(Block &block, ThreadUniformity &uniformity, OpDepth &depths)
      : block(block), uniformity(uniformity), depths(depths) {}

  void run() {
    // The depths of the block as it is now, before any tree is rebuilt.
    SmallVector<arith::XOrIOp> roots;
    for (Operation &op : block) {
      for (Value result : op.getResults())
        (void)depths.depth(result);
      if (auto xorOp = dyn_cast<arith::XOrIOp>(op); xorOp && !isInner(xorOp))
        roots.push_back(xorOp);
    }
    for (arith::XOrIOp root : roots)
      rebuild(root);
  }

private:
  Block &block;
  ThreadUniformity &uniformity;
  OpDepth &depths;

  unsigned depthOf(Value v) const { return depths.depth(v); }
  bool isUniform(Value v) const { return uniformity.isUniform(v); }
  /// A xor whose only use is an operand of another xor of this block.
  static bool isInner(arith::XOrIOp op) {
    if (!op->hasOneUse())
      return false;
    Operation *user = *op->getUsers().begin();
    return isa<arith::XOrIOp>(user) && user->getBlock() == op->getBlock();
  }
  void collect(Value v, SmallVectorImpl<Value> &leaves,
               SmallVectorImpl<Operation *> &tree) {
    auto inner = v.getDefiningOp<arith::XOrIOp>();
    if (inner && isInner(inner)) {
      tree.push_back(inner);
      collect(inner.getLhs(), leaves, tree);
      collect(inner.getRhs(), leaves, tree);
      return;
    }
    leaves.push_back(v);
  }
  /// The same word: one value, or two constants of one value.
  static bool sameWord(Value a, Value b) {
    if (a == b)
      return true;
    std::optional<APInt> ca = getConstantValue(a), cb = getConstantValue(b);
    return ca && cb && *ca == *cb;
  }
  /// The op of this block defining `v`, if any.
  Operation *defInBlock(Value v) const {
    Operation *def = v.getDefiningOp();
    return def && def->getBlock() == &block ? def : nullptr;
  }
  /// Whether `a` is defined before `b`: values from outside the block
  /// first.
  bool definedBefore(Value a, Value b) const {
    Operation *da = defInBlock(a), *db = defInBlock(b);
    if (!da || !db)
      return !da && db;
    return da != db && da->isBeforeInBlock(db);
  }
  void setInsertionPointAfterLater(OpBuilder &builder, Value a,
                                   Value b) const {
    Operation *later = definedBefore(a, b) ? defInBlock(b) : defInBlock(a);
    if (later)
      builder.setInsertionPointAfter(later);
    else
      builder.setInsertionPointToStart(&block);
  }
  /// Whether `root` is already the chain that `order` would build.
  static bool isChain(Value root, ArrayRef<Value> order) {
    Value acc = root;
    for (unsigned k = order.size(); k-- > 1;) {
      auto op = acc.getDefiningOp<arith::XOrIOp>();
      if (!op || !sameWord(op.getRhs(), order[k]))
        return false;
      acc = op.getLhs();
    }
    return sameWord(acc, order[0]);
  }
  void rebuild(arith::XOrIOp root) {
    if (!isWordArith(root))
      return;
    SmallVector<Value> leaves;
    SmallVector<Operation *> tree{root};
    collect(root.getLhs(), leaves, tree);
    collect(root.getRhs(), leaves, tree);
    if (tree.size() == 1)
      return; // one xor: nothing to reorder (arith folds two constants)
    // Fold the constants; order the rest: uniform first, then by depth.
    std::optional<APInt> folded;
    SmallVector<Value> order;
    for (Value leaf : leaves) {
      if (std::optional<APInt> c = getConstantValue(leaf))
        folded = folded ? *folded ^ *c : *c;
      else
        order.push_back(leaf);
    }
    if (order.empty())
      return; // constants only: arith folds them
    // Leaves of one depth in program order: a chain over loads follows
    // them, whatever operand order the source wrote.
    llvm::stable_sort(order, [&](Value a, Value b) {
      bool ua = isUniform(a), ub = isUniform(b);
      if (ua != ub)
        return ua;
      if (depthOf(a) != depthOf(b))
        return depthOf(a) < depthOf(b);
      return definedBefore(a, b);
    });
    OpBuilder builder(root);
    Location loc = root.getLoc();
    Type type = root.getType();
    if (folded && !folded->isZero()) {
      // The constant joins the first leaf: uniform with the uniform ones,
      // else off the critical path.
      builder.setInsertionPointToStart(&block);
      Value cst = createConstant(builder, loc, type, *folded);
      order.insert(std::next(order.begin()), cst);
    }
    if (isChain(root.getResult(), order))
      return;
    // Each xor right after the later of its operands, not at the root: a
    // long chain's partial result is formed as its leaves arrive, rather
    // than every leaf staying live until the root (scratch).
    Value acc = order[0];
    for (Value next : ArrayRef(order).drop_front()) {
      Value lhs = acc;
      setInsertionPointAfterLater(builder, lhs, next);
      acc = builder.create<arith::XOrIOp>(loc, lhs, next);
      uniformity.recordNewOp(acc.getDefiningOp());
    }
    root.replaceAllUsesWith(acc);
    // Parents before children: each inner node's only user is gone first.
    for (Operation *op : tree)
      op->erase();
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

/// The word `e` with `op(.., e)` the other operand unchanged, `op` taking
/// that operand at `index`: a reduction kind's identity (0, 1 or all ones,
/// which sign-extend to any width), and 0 for sub as `a - e`.
std::optional<APInt> identityOf(Operation *op, unsigned index,
                                unsigned width) {
  if (isa<arith::SubIOp>(op))
    return index == 1 ? std::optional(APInt::getZero(width)) : std::nullopt;
  std::optional<ReduceKind> kind = getCombineKind(op);
  if (!kind)
    return std::nullopt;
  return getReduceIdentity(*kind).sextOrTrunc(width);
}

/// `select(c, a op x, a)` -> `a op select(c, x, e)` with `e` the identity
/// of `op` (and the arms the other way round): a conditional update
/// `if (c) acc += x` if-converted keeps the select off the chain through
/// `acc`, one op per step instead of two, and an unrolled loop of it is a
/// chain of `op` that balances into a tree. Only when `a op x` has no other
/// use (the op count stays the same), and the condition is ready no later
/// than `a` (by dependence depth): a condition computed from the chain
/// itself (`num >= r ? num - r : num` of an integer square root) would
/// put the select and `op` both after it, one op more on the chain than
/// the select of two ready arms. That counts where the chain binds
/// (latencyBoundLoops), unless the moved select is free (a count's `+ 1`:
/// `extui(c)`): a tester's isqrt, 16 conditional updates a thread, on 1
/// thread 79 -> 51 cycles, 8 threads 66 -> 52; at 64 threads the multiply
/// forms' fewer selects win (122 against 125 kept as selects).
struct SelectOfUpdate : public OpRewritePattern<arith::SelectOp> {
  SelectOfUpdate(MLIRContext *ctx, const DenseSet<Operation *> *latencyBound)
      : OpRewritePattern(ctx), latencyBound(latencyBound) {}
  /// Thread loops (and kernels, for code outside threads) whose chain of
  /// ops binds rather than their work (latencyBoundLoops); null: none.
  const DenseSet<Operation *> *latencyBound;

  bool inLatencyBound(Operation *op) const {
    if (!latencyBound)
      return false;
    Operation *scope = op->getParentOfType<ForeachThreadOp>();
    if (!scope)
      scope = op->getParentOfType<KernelOp>();
    return scope && latencyBound->contains(scope);
  }

  LogicalResult matchAndRewrite(arith::SelectOp op,
                                PatternRewriter &rewriter) const override {
    if (!isWordArith(op))
      return failure();
    unsigned width = getElementTypeOrSelf(op.getType()).getIntOrFloatBitWidth();
    for (bool updateOnTrue : {true, false}) {
      Value update = updateOnTrue ? op.getTrueValue() : op.getFalseValue();
      Value kept = updateOnTrue ? op.getFalseValue() : op.getTrueValue();
      Operation *def = update.getDefiningOp();
      if (!def || !update.hasOneUse() || def->getNumOperands() != 2 ||
          def->getNumRegions() != 0)
        continue;
      for (unsigned index : {1u, 0u}) {
        // `kept` is the operand other than `index`; `x` is at `index`.
        if (def->getOperand(1 - index) != kept)
          continue;
        std::optional<APInt> identity = identityOf(def, index, width);
        if (!identity)
          continue;
        // On a chain-bound loop, a condition later than `a` keeps the
        // select, unless the moved select is free (`select(c, 1, 0)` is
        // `extui(c)`: a count's `+ 1`, still one op after c).
        std::optional<APInt> step = getConstantValue(def->getOperand(index));
        bool freeSelect = step && step->isOne() && identity->isZero();
        if (!freeSelect && inLatencyBound(op)) {
          OpDepth depths;
          if (depths.depth(op.getCondition()) > depths.depth(kept))
            continue;
        }
        Location loc = op.getLoc();
        Value x = def->getOperand(index);
        Value e = createConstant(rewriter, loc, op.getType(), *identity);
        Value chosen = rewriter.create<arith::SelectOp>(
            loc, op.getCondition(), updateOnTrue ? x : e, updateOnTrue ? e : x);
        Operation *combined = rewriter.clone(*def);
        combined->setOperand(index, chosen);
        rewriter.replaceOp(op, combined->getResults());
        return success();
      }
    }
    return failure();
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

/// The smaller or the larger of two values a and b, in one order:
/// `minui`/`maxui`, or `select(c, t, f)` whose compare c orders the arms
/// {t, f} (each possibly xored with one constant: a signed order expanded
/// to an unsigned one), with any ordering predicate. For a select, (a, b)
/// is taken so that c says "a < b" (ties give equal values either way), and
/// `less` is c; for minui/maxui `less` is null.
struct MinMax {
  bool isMin;
  Value a, b;
  Value less;
  /// The order: the compare's signedness and xored constant; none for
  /// minui/maxui.
  std::optional<std::pair<bool, APInt>> order;
};

/// `v` without an xor by a constant, and the constant (0 if none).
std::pair<Value, APInt> stripXorConstant(Value v) {
  unsigned width = getElementTypeOrSelf(v.getType()).getIntOrFloatBitWidth();
  if (auto x = v.getDefiningOp<arith::XOrIOp>())
    for (unsigned k : {0u, 1u})
      if (std::optional<APInt> c = getConstantValue(x->getOperand(k)))
        return {x->getOperand(1 - k), *c};
  return {v, APInt::getZero(width)};
}

std::optional<MinMax> matchMinMax(Value v) {
  if (auto min = v.getDefiningOp<arith::MinUIOp>())
    return MinMax{true, min.getLhs(), min.getRhs(), nullptr, std::nullopt};
  if (auto max = v.getDefiningOp<arith::MaxUIOp>())
    return MinMax{false, max.getLhs(), max.getRhs(), nullptr, std::nullopt};
  auto select = v.getDefiningOp<arith::SelectOp>();
  if (!select)
    return std::nullopt;
  auto cmp = select.getCondition().getDefiningOp<arith::CmpIOp>();
  if (!cmp)
    return std::nullopt;
  using P = arith::CmpIPredicate;
  P pred = cmp.getPredicate();
  bool lessPred =
      pred == P::ult || pred == P::ule || pred == P::slt || pred == P::sle;
  bool greaterPred =
      pred == P::ugt || pred == P::uge || pred == P::sgt || pred == P::sge;
  if (!lessPred && !greaterPred)
    return std::nullopt;
  bool isSigned =
      pred == P::slt || pred == P::sle || pred == P::sgt || pred == P::sge;
  auto [p, kp] = stripXorConstant(cmp.getLhs());
  auto [q, kq] = stripXorConstant(cmp.getRhs());
  if (kp != kq)
    return std::nullopt;
  Value t = select.getTrueValue(), f = select.getFalseValue();
  bool direct = p == t && q == f, crossed = p == f && q == t;
  if (t == f || (!direct && !crossed))
    return std::nullopt;
  // c says "t < f" (the select is min(t, f)) or "f < t" (max(t, f)).
  bool tLess = direct == lessPred;
  Value a = tLess ? t : f, b = tLess ? f : t;
  return MinMax{tLess, a, b, cmp.getResult(), std::make_pair(isSigned, kp)};
}

/// `select(w, min(a, b), max(a, b))` -> `select(w ^ (a < b), b, a)` (and
/// with max first, `select(w ^ (a < b), a, b)`): one compare for both
/// where min and max made one each, as a sorting network's
/// compare-exchange toward a direction (bitonic sort) writes. Ties give
/// equal values either way. Only when min and max have no other use.
struct SelectOfMinMax : public OpRewritePattern<arith::SelectOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::SelectOp op,
                                PatternRewriter &rewriter) const override {
    if (!isWordArith(op) || op.getTrueValue() == op.getFalseValue() ||
        !op.getTrueValue().hasOneUse() || !op.getFalseValue().hasOneUse())
      return failure();
    std::optional<MinMax> x = matchMinMax(op.getTrueValue());
    std::optional<MinMax> y = matchMinMax(op.getFalseValue());
    if (!x || !y || x->isMin == y->isMin || x->order != y->order)
      return failure();
    if (!(x->a == y->a && x->b == y->b) && !(x->a == y->b && x->b == y->a))
      return failure();
    // The pair and "a < b": a compare min or max made, or a new one.
    const MinMax &with = x->less ? *x : *y;
    Value a = with.a, b = with.b, less = with.less;
    Location loc = op.getLoc();
    if (!less)
      less =
          rewriter.create<arith::CmpIOp>(loc, arith::CmpIPredicate::ult, a, b);
    Value cond = op.getCondition();
    if (cond.getType() != less.getType())
      return failure();
    Value flip = rewriter.create<arith::XOrIOp>(loc, cond, less);
    if (x->isMin)
      rewriter.replaceOpWithNewOp<arith::SelectOp>(op, flip, b, a);
    else
      rewriter.replaceOpWithNewOp<arith::SelectOp>(op, flip, a, b);
    return success();
  }
};

/// `(0 - b) & p` with b known to be 0 or 1 -> `b * p`: the mask `0 - b` is
/// all zeros or all ones, so the and keeps p or nothing (a CRC's
/// `poly & -(crc & 1)`): one op instead of two.
struct MaskOfBit : public OpRewritePattern<arith::AndIOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::AndIOp op,
                                PatternRewriter &rewriter) const override {
    if (!isWordArith(op))
      return failure();
    for (unsigned k : {0u, 1u}) {
      auto neg = op->getOperand(k).getDefiningOp<arith::SubIOp>();
      if (!neg || !matchPattern(neg.getLhs(), m_Zero()) ||
          !isZeroOrOne(neg.getRhs()))
        continue;
      rewriter.replaceOpWithNewOp<arith::MulIOp>(op, neg.getRhs(),
                                                 op->getOperand(1 - k));
      return success();
    }
    return failure();
  }
};

//===----------------------------------------------------------------------===//
// The pass.
//===----------------------------------------------------------------------===//

/// The thread loops whose longest chain of ops, not their work, binds: the
/// body's ops over the vector groups, at 6 a cycle, below 1.5 times the
/// body's longest dependence chain (a few groups of a loop-carried
/// computation); and the kernel itself, for its code outside threads (one
/// thread's worth). Estimates before the rewrites.
DenseSet<Operation *> latencyBoundLoops(KernelOp kernel) {
  DenseSet<Operation *> bound;
  bound.insert(kernel);
  kernel.walk([&](ForeachThreadOp loop) {
    std::optional<int64_t> threads = loop.getConstantThreadCount();
    if (!threads || *threads <= 0)
      return;
    double groups = double((*threads + 7) / 8);
    OpDepth depths;
    unsigned ops = 0, chain = 0;
    loop.getBody().walk([&](Operation *op) {
      if (isa<arith::ConstantOp>(op))
        return;
      ++ops;
      for (Value result : op->getResults())
        chain = std::max(chain, depths.depth(result));
      for (Value operand : op->getOperands())
        chain = std::max(chain, depths.depth(operand) + 1);
    });
    if (groups * ops / 6.0 < 1.5 * chain)
      bound.insert(loop);
  });
  return bound;
}

/// Unsigned min/max whose operands' ranges decide it (for minui(a, b),
/// umax(a) <= umin(b)) are the operand they always are. The ranges come
/// from constants and from what ops declare, such as a kernel's number of
/// cores (`xyz.core_id of %cores`): a core's chunk start
/// min(core * chunk, n - chunk) is core * chunk when the chunks cover n
/// exactly, and every address then waits for one op less.
void foldDecidedMinMax(KernelOp kernel) {
  DataFlowSolver solver;
  if (failed(solveIntegerRanges(solver, kernel)))
    return;
  SmallVector<std::pair<Operation *, Value>> folds;
  kernel.walk([&](Operation *op) {
    bool isMin = isa<arith::MinUIOp>(op);
    if (!isMin && !isa<arith::MaxUIOp>(op))
      return;
    Value lhs = op->getOperand(0), rhs = op->getOperand(1);
    std::optional<ConstantIntRanges> a = provenRange(solver, lhs);
    std::optional<ConstantIntRanges> b = provenRange(solver, rhs);
    if (!a || !b)
      return;
    // `first` is always at most (min) or at least (max) `second`.
    auto always = [&](const ConstantIntRanges &first,
                      const ConstantIntRanges &second) {
      return isMin ? first.umax().ule(second.umin())
                   : first.umin().uge(second.umax());
    };
    if (always(*a, *b))
      folds.push_back({op, lhs});
    else if (always(*b, *a))
      folds.push_back({op, rhs});
  });
  // A fold may keep the result of one folded before it (a chain of decided
  // maxima): follow it to what that one became, never to an erased op.
  DenseMap<Value, Value> became;
  for (auto [op, value] : folds) {
    while (Value next = became.lookup(value))
      value = next;
    became[op->getResult(0)] = value;
    op->getResult(0).replaceAllUsesWith(value);
    op->erase();
  }
}

struct SimplifyPass : public xyz::impl::XYZSimplifyBase<SimplifyPass> {
  void runOnOperation() override {
    KernelOp kernel = getOperation();
    MLIRContext *ctx = &getContext();
    foldDecidedMinMax(kernel);
    RewritePatternSet patterns(ctx);
    DenseSet<Operation *> latencyBound = latencyBoundLoops(kernel);
    populateSimplifyPatterns(patterns, &latencyBound);
    for (Dialect *dialect : ctx->getLoadedDialects())
      dialect->getCanonicalizationPatterns(patterns);
    for (RegisteredOperationName name : ctx->getRegisteredOperations())
      name.getCanonicalizationPatterns(patterns, ctx);
    // The greedy driver also erases trivially dead ops: pure ones and loads
    // (which only read memory) whose results are unused.
    FrozenRewritePatternSet frozen(std::move(patterns));
    (void)applyPatternsAndFoldGreedily(kernel, frozen);
    // Then the xor trees, once every chain is in its final shape; and the
    // patterns again on what that exposes (folded constants, dead ops).
    // The analyses describe the kernel as the rewrites left it.
    getAnalysisManager().invalidate({});
    auto &uniformity = getAnalysis<ThreadUniformity>();
    auto &depths = getAnalysis<OpDepth>();
    SmallVector<Block *> blocks;
    kernel.walk([&](Block *block) { blocks.push_back(block); });
    for (Block *block : blocks)
      XorTrees(*block, uniformity, depths).run();
    // Chains of an associative op (an unrolled reduction) as trees: after
    // the xor trees, whose rebuilt depths it reads.
    depths.clear();
    for (Block *block : blocks)
      balanceTrees(*block, uniformity, depths);
    (void)applyPatternsAndFoldGreedily(kernel, frozen);
  }
};
} // namespace

void xyz::populateSimplifyPatterns(RewritePatternSet &patterns,
                                   const DenseSet<Operation *> *latencyBound) {
  patterns
      .add<MergeXorConstants, MergeVectorOffsets<arith::AddIOp>,
           MergeVectorOffsets<arith::SubIOp>, HoistOffset<arith::AddIOp>,
           HoistOffset<arith::SubIOp>, ParityOfOffset, SelectOnZeroOneCompare,
           SelectOnBoolean, SelectWithZeroArm, MaskOfBit, SelectOfMinMax>(
          patterns.getContext());
  patterns.add<SelectOfUpdate>(patterns.getContext(), latencyBound);
}
