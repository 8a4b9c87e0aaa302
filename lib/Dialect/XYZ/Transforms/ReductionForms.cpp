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
// moves.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
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
} // namespace

void xyz::populateReductionFormPatterns(RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
  patterns.add<SelectOfCombine>(patterns.getContext());
}
