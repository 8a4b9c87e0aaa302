//===- ExpandSignedArith.cpp - Signed i32 ops from unsigned ones ----------===//
//
// The machine's `<`, `//`, `%` and `>>` treat words as unsigned. Signed
// comparisons and min/max are declarative (SignedArith.td); here are the
// ones that build on shared values:
//   sign(x) = x >> 31 (0 or 1), mask(x) = 0 - sign(x) (0 or all ones),
//   |x| = (x ^ mask(x)) - mask(x), which is 2^31 for INT_MIN, as unsigned.
// divsi truncates: |a| / |b| negated when the signs differ; remsi takes the
// dividend's sign; ceildivsi and floordivsi round the truncated quotient by
// one when the remainder is non-zero and the quotient is positive
// (ceil) or negative (floor); shrsi flips a negative value, shifts
// logically and flips back. All exactly MLIR's semantics on i32 where those
// are defined (a zero divisor stays a division by zero: a machine fault).
// The high word of a 32 x 32-bit product (mului_extended, mulsi_extended)
// comes from 16-bit halves.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZEXPANDSIGNEDARITH
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

bool isSignedOrdering(arith::CmpIPredicate pred) {
  using P = arith::CmpIPredicate;
  return pred == P::slt || pred == P::sle || pred == P::sgt || pred == P::sge;
}

arith::CmpIPredicateAttr unsignedOf(OpBuilder &b,
                                    arith::CmpIPredicateAttr pred) {
  using P = arith::CmpIPredicate;
  P to = P::ult;
  switch (pred.getValue()) {
  case P::sle: to = P::ule; break;
  case P::sgt: to = P::ugt; break;
  case P::sge: to = P::uge; break;
  default: break;
  }
  return arith::CmpIPredicateAttr::get(b.getContext(), to);
}

/// `value` as an attribute of `type` (i32 or a vector of i32: a splat).
TypedAttr wordConstant(OpBuilder &b, Type type, uint32_t value) {
  APInt word(32, value);
  if (auto vector = dyn_cast<VectorType>(type))
    return DenseElementsAttr::get(vector, word);
  return b.getIntegerAttr(type, word);
}

#include "SignedArith.inc"

/// Builds the unsigned steps of one expansion, of one word type.
struct WordBuilder {
  PatternRewriter &rewriter;
  Location loc;
  Type type;

  Value constant(uint32_t value) {
    return rewriter.create<arith::ConstantOp>(
        loc, wordConstant(rewriter, type, value));
  }
  Value sub(Value a, Value b) { return rewriter.create<arith::SubIOp>(loc, a, b); }
  Value add(Value a, Value b) { return rewriter.create<arith::AddIOp>(loc, a, b); }
  Value xorOf(Value a, Value b) { return rewriter.create<arith::XOrIOp>(loc, a, b); }
  Value andOf(Value a, Value b) { return rewriter.create<arith::AndIOp>(loc, a, b); }
  Value shr(Value a, Value b) { return rewriter.create<arith::ShRUIOp>(loc, a, b); }
  Value mul(Value a, Value b) { return rewriter.create<arith::MulIOp>(loc, a, b); }
  /// 1 if `x` is negative, else 0.
  Value sign(Value x) { return shr(x, constant(31)); }
  /// All ones for a sign of 1, else 0.
  Value maskOf(Value sign) { return sub(constant(0), sign); }
  /// x negated where mask is all ones: (x ^ mask) - mask.
  Value negateIf(Value x, Value mask) { return sub(xorOf(x, mask), mask); }
  /// 1 if x is not zero, else 0 (a word).
  Value nonZero(Value x) {
    Value ne = rewriter.create<arith::CmpIOp>(loc, arith::CmpIPredicate::ne,
                                              x, constant(0));
    return rewriter.create<arith::ExtUIOp>(loc, type, ne);
  }
};

/// The pieces every signed division shares: signs, magnitudes, the unsigned
/// quotient and remainder of the magnitudes.
struct SignedDivision {
  Value signA, maskA, signQ, quotient, remainder;

  SignedDivision(WordBuilder &w, Value a, Value b) {
    signA = w.sign(a);
    maskA = w.maskOf(signA);
    Value signB = w.sign(b);
    Value absA = w.negateIf(a, maskA);
    Value absB = w.negateIf(b, w.maskOf(signB));
    signQ = w.xorOf(signA, signB);
    quotient = w.rewriter.create<arith::DivUIOp>(w.loc, absA, absB);
    remainder = w.rewriter.create<arith::RemUIOp>(w.loc, absA, absB);
  }
  /// The quotient rounded toward zero, with its sign.
  Value truncated(WordBuilder &w) {
    return w.negateIf(quotient, w.maskOf(signQ));
  }
};

/// Rewrites one signed op of i32 words with `Expand(builder, op)`.
template <typename OpT>
struct SignedWordPattern : public OpRewritePattern<OpT> {
  using OpRewritePattern<OpT>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpT op,
                                PatternRewriter &rewriter) const override {
    if (!isWordType(op.getType()))
      return failure();
    WordBuilder w{rewriter, op.getLoc(), op.getType()};
    rewriter.replaceOp(op, expand(w, op));
    return success();
  }
  static Value expand(WordBuilder &w, OpT op);
};

template <>
Value SignedWordPattern<arith::DivSIOp>::expand(WordBuilder &w,
                                                arith::DivSIOp op) {
  SignedDivision d(w, op.getLhs(), op.getRhs());
  return d.truncated(w);
}

template <>
Value SignedWordPattern<arith::RemSIOp>::expand(WordBuilder &w,
                                                arith::RemSIOp op) {
  SignedDivision d(w, op.getLhs(), op.getRhs());
  return w.negateIf(d.remainder, d.maskA);
}

template <>
Value SignedWordPattern<arith::CeilDivSIOp>::expand(WordBuilder &w,
                                                    arith::CeilDivSIOp op) {
  // Up by one when inexact and the quotient is positive (same signs).
  SignedDivision d(w, op.getLhs(), op.getRhs());
  Value positive = w.xorOf(d.signQ, w.constant(1));
  return w.add(d.truncated(w), w.andOf(w.nonZero(d.remainder), positive));
}

template <>
Value SignedWordPattern<arith::FloorDivSIOp>::expand(WordBuilder &w,
                                                     arith::FloorDivSIOp op) {
  // Down by one when inexact and the quotient is negative.
  SignedDivision d(w, op.getLhs(), op.getRhs());
  return w.sub(d.truncated(w), w.andOf(w.nonZero(d.remainder), d.signQ));
}

template <>
Value SignedWordPattern<arith::ShRSIOp>::expand(WordBuilder &w,
                                                arith::ShRSIOp op) {
  // ~x >> s == ~(x >>s s) for negative x; mask is ~0 exactly then.
  Value mask = w.maskOf(w.sign(op.getLhs()));
  return w.xorOf(w.shr(w.xorOf(op.getLhs(), mask), op.getRhs()), mask);
}

/// The high word of the 64-bit product of two words, from their 16-bit
/// halves: with a = ah 2^16 + al and b = bh 2^16 + bl, every partial
/// product fits a word, and a b = (hh + lh_hi + hl_hi) 2^32 + mid 2^16 +
/// ll_lo with mid = ll_hi + lh_lo + hl_lo < 3 * 2^16 (ll = al bl, lh = al
/// bh, hl = ah bl, hh = ah bh): the high word is hh + lh_hi + hl_hi +
/// (mid >> 16).
Value highWord(WordBuilder &w, Value a, Value b) {
  Value c16 = w.constant(16), half = w.constant(0xFFFF);
  Value ah = w.shr(a, c16), al = w.andOf(a, half);
  Value bh = w.shr(b, c16), bl = w.andOf(b, half);
  Value ll = w.mul(al, bl), lh = w.mul(al, bh), hl = w.mul(ah, bl);
  Value hh = w.mul(ah, bh);
  Value mid = w.add(w.add(w.shr(ll, c16), w.andOf(lh, half)),
                    w.andOf(hl, half));
  return w.add(w.add(hh, w.add(w.shr(lh, c16), w.shr(hl, c16))),
               w.shr(mid, c16));
}

/// arith.mului_extended and arith.mulsi_extended (what i64 arithmetic such
/// as trunci((extui(a) * extui(b)) >> 32) canonicalizes to): the low word
/// is the machine's multiply; the signed high word is the unsigned one
/// minus b where a is negative and minus a where b is negative
/// (a_s = a - 2^32 sign(a)).
template <typename OpT>
struct ExtendedMultiply : public OpRewritePattern<OpT> {
  using OpRewritePattern<OpT>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpT op,
                                PatternRewriter &rewriter) const override {
    Value a = op.getLhs(), b = op.getRhs();
    if (!isWordType(a.getType()))
      return failure();
    WordBuilder w{rewriter, op.getLoc(), a.getType()};
    Value high = highWord(w, a, b);
    if (std::is_same_v<OpT, arith::MulSIExtendedOp>) {
      high = w.sub(high, w.andOf(b, w.maskOf(w.sign(a))));
      high = w.sub(high, w.andOf(a, w.maskOf(w.sign(b))));
    }
    rewriter.replaceOp(op, ValueRange{w.mul(a, b), high});
    return success();
  }
};

/// Sign extension of a bit to a word: 0 - zext(x).
struct ExtSIOfBit : public OpRewritePattern<arith::ExtSIOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::ExtSIOp op,
                                PatternRewriter &rewriter) const override {
    if (!isWordType(op.getType()) ||
        !getElementTypeOrSelf(op.getIn().getType()).isInteger(1))
      return failure();
    WordBuilder w{rewriter, op.getLoc(), op.getType()};
    Value bit = rewriter.create<arith::ExtUIOp>(op.getLoc(), op.getType(),
                                                op.getIn());
    rewriter.replaceOp(op, w.sub(w.constant(0), bit));
    return success();
  }
};

/// Booleans (i1, or vectors of it) are words 0 and 1 on the machine, whose
/// add and multiply would carry past bit 0: i1 arithmetic is mod 2 (add
/// and subtract are xor, multiply is and), and i1's signed order is the
/// reverse of its unsigned one (true is -1): a <s b is b <u a, minsi is
/// maxui, maxsi is minui.
bool isBool(Type type) { return getElementTypeOrSelf(type).isInteger(1); }

template <typename OpT, typename ToT>
struct BoolAs : public OpRewritePattern<OpT> {
  using OpRewritePattern<OpT>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpT op,
                                PatternRewriter &rewriter) const override {
    if (!isBool(op.getType()))
      return failure();
    rewriter.replaceOpWithNewOp<ToT>(op, op.getLhs(), op.getRhs());
    return success();
  }
};

struct BoolSignedCompare : public OpRewritePattern<arith::CmpIOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::CmpIOp op,
                                PatternRewriter &rewriter) const override {
    if (!isBool(op.getLhs().getType()) || !isSignedOrdering(op.getPredicate()))
      return failure();
    rewriter.replaceOpWithNewOp<arith::CmpIOp>(
        op, unsignedOf(rewriter, op.getPredicateAttr()).getValue(),
        op.getRhs(), op.getLhs());
    return success();
  }
};

struct ExpandSignedArithPass
    : public xyz::impl::XYZExpandSignedArithBase<ExpandSignedArithPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateWithGenerated(patterns);
    patterns.add<SignedWordPattern<arith::DivSIOp>,
                 SignedWordPattern<arith::RemSIOp>,
                 SignedWordPattern<arith::CeilDivSIOp>,
                 SignedWordPattern<arith::FloorDivSIOp>,
                 SignedWordPattern<arith::ShRSIOp>, ExtSIOfBit,
                 ExtendedMultiply<arith::MulUIExtendedOp>,
                 ExtendedMultiply<arith::MulSIExtendedOp>,
                 BoolAs<arith::AddIOp, arith::XOrIOp>,
                 BoolAs<arith::SubIOp, arith::XOrIOp>,
                 BoolAs<arith::MulIOp, arith::AndIOp>,
                 BoolAs<arith::MinSIOp, arith::MaxUIOp>,
                 BoolAs<arith::MaxSIOp, arith::MinUIOp>, BoolSignedCompare>(
        &getContext());
    if (failed(applyPatternsAndFoldGreedily(getOperation(),
                                            std::move(patterns))))
      return signalPassFailure();
  }
};
} // namespace
