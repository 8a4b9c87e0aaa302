//===- ReductionForms.cpp - Selects that are min, max or a combine --------===//
//
// Rewrites --xyz-specialize applies before it looks for reduction loops
// (--xyz-parallelize-reductions, --xyz-vectorize-inner-loops), so that a
// carried value updated through a select is updated by one associative op
// of itself:
//
//   select(x < acc, x, acc)      -> minui(x, acc)   (and max, signed: .td)
//   select(c, acc + x, acc)      -> acc + select(c, x, 0)
//   select(c, acc, acc * x)      -> acc * select(c, 1, x)
//
// for add, sub (acc on the left), mul, and, or and xor with their identity.
// Each has as many ops as before; only a combine the select alone uses
// moves. A value carried as an i1 or an index and combined with itself is
// carried as an i32 word (`any |= x > t` as a word or of 0/1 words).
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"

using namespace mlir;

namespace {
#include "ReductionForms.inc"

/// The value `x` such that `op(a, x) == a` for every `a`, or nullopt (also
/// where `a` is not the operand at `operand`: sub's right operand).
std::optional<APInt> identityOf(Operation *op, unsigned operand,
                                unsigned width) {
  if (isa<arith::AddIOp, arith::OrIOp, arith::XOrIOp>(op))
    return APInt::getZero(width);
  if (isa<arith::SubIOp>(op) && operand == 0)
    return APInt::getZero(width);
  if (isa<arith::MulIOp>(op))
    return APInt(width, 1);
  if (isa<arith::AndIOp>(op))
    return APInt::getAllOnes(width);
  return std::nullopt;
}

/// select(c, op(a, x), a) -> op(a, select(c, x, e)) and select(c, a, op(a,
/// x)) -> op(a, select(c, e, x)), e the identity of op, where the select is
/// the combine's only user.
struct SelectOfCombine : OpRewritePattern<arith::SelectOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::SelectOp select,
                                PatternRewriter &rewriter) const override {
    for (bool combineFirst : {true, false}) {
      Value combined = combineFirst ? select.getTrueValue()
                                    : select.getFalseValue();
      Value kept = combineFirst ? select.getFalseValue()
                                : select.getTrueValue();
      Operation *op = combined.getDefiningOp();
      if (!op || op->getNumOperands() != 2 || !combined.hasOneUse())
        continue;
      Type type = combined.getType();
      Type element = getElementTypeOrSelf(type);
      if (!element.isSignlessInteger())
        continue;
      unsigned width = element.getIntOrFloatBitWidth();
      for (unsigned operand = 0; operand < 2; ++operand) {
        if (op->getOperand(operand) != kept)
          continue;
        std::optional<APInt> identity = identityOf(op, operand, width);
        if (!identity)
          continue;
        Value other = op->getOperand(1 - operand);
        if (other == kept)
          continue;
        Attribute attr =
            isa<ShapedType>(type)
                ? Attribute(DenseElementsAttr::get(cast<ShapedType>(type),
                                                   *identity))
                : Attribute(rewriter.getIntegerAttr(type, *identity));
        Location loc = select.getLoc();
        Value e = rewriter.create<arith::ConstantOp>(loc, type,
                                                     cast<TypedAttr>(attr));
        Value chosen = rewriter.create<arith::SelectOp>(
            loc, select.getCondition(), combineFirst ? other : e,
            combineFirst ? e : other);
        rewriter.modifyOpInPlace(
            op, [&] { op->setOperand(1 - operand, chosen); });
        op->moveAfter(chosen.getDefiningOp());
        rewriter.replaceOp(select, combined);
        return success();
      }
    }
    return failure();
  }
};

/// A value an scf.for carries as an i1 (any, all, parity) or an index (a
/// sum of counts), updated by one combine of itself that is yielded, is
/// carried as an i32 word: the reduction matchers take words.
/// i1 and, or and xor of 0/1 words stay 0/1; an index add, mul, and, or or
/// xor keeps its low 32 bits, which is all the compiler keeps of an index
/// (--xyz-index-to-word).
struct WidenCarriedValue : OpRewritePattern<scf::ForOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(scf::ForOp loop,
                                PatternRewriter &rewriter) const override {
    Block *body = loop.getBody();
    auto yield = cast<scf::YieldOp>(body->getTerminator());
    for (auto [i, arg] : llvm::enumerate(loop.getRegionIterArgs())) {
      Type type = arg.getType();
      bool isBool = type.isInteger(1);
      if ((!isBool && !type.isIndex()) || !arg.hasOneUse())
        continue;
      Operation *combine = *arg.user_begin();
      bool kind = isa<arith::AndIOp, arith::OrIOp, arith::XOrIOp>(combine) ||
                  (!isBool && isa<arith::AddIOp, arith::MulIOp>(combine));
      if (!kind || combine->getBlock() != body ||
          yield.getOperand(i) != combine->getResult(0))
        continue;
      Value other = combine->getOperand(0) == arg ? combine->getOperand(1)
                                                  : combine->getOperand(0);
      if (other == arg)
        continue;
      Type word = rewriter.getI32Type();
      auto widen = [&](Value v) -> Value {
        return isBool ? rewriter.create<arith::ExtUIOp>(v.getLoc(), word, v)
                            .getResult()
                      : rewriter.create<arith::IndexCastOp>(v.getLoc(), word, v)
                            .getResult();
      };
      auto narrow = [&](Value v) -> Value {
        return isBool ? rewriter.create<arith::TruncIOp>(v.getLoc(), type, v)
                            .getResult()
                      : rewriter.create<arith::IndexCastOp>(v.getLoc(), type, v)
                            .getResult();
      };
      rewriter.setInsertionPoint(loop);
      Value init = widen(loop.getInitArgs()[i]);
      rewriter.setInsertionPoint(combine);
      Value contribution = widen(other);
      OperationState state(combine->getLoc(), combine->getName());
      state.addOperands({arg, contribution});
      state.addTypes(word);
      Operation *wide = rewriter.create(state);
      OpResult result = loop->getResult(i);
      rewriter.modifyOpInPlace(loop, [&] {
        loop.getInitArgsMutable()[i].assign(init);
        arg.setType(word);
        result.setType(word);
        yield->setOperand(i, wide->getResult(0));
      });
      // The body's other uses of the updated value (a running count
      // stored every step) read it narrowed.
      rewriter.setInsertionPointAfter(wide);
      rewriter.replaceOp(combine, narrow(wide->getResult(0)));
      rewriter.setInsertionPointAfter(loop);
      Value after = narrow(result);
      rewriter.replaceAllUsesExcept(result, after, after.getDefiningOp());
      return success();
    }
    return failure();
  }
};
} // namespace

void xyz::populateReductionFormPatterns(RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
  patterns.add<SelectOfCombine, WidenCarriedValue>(patterns.getContext());
}
