//===- IndexToWord.cpp - index arithmetic as i32 arithmetic ---------------===//
//
// `index` is a machine word here (docs/xyz-dialect.md): arithmetic written
// on it is the same arithmetic on i32, which every later pass handles (the
// vectorizer left a thread body with one `index_castui` scalar).
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZINDEXTOWORD
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {
struct IndexToWordPass
    : public xyz::impl::XYZIndexToWordBase<IndexToWordPass> {
  void runOnOperation() override {
    word = IntegerType::get(&getContext(), 32);
    words.clear(); // (the pass object runs on one kernel after another)
    SmallVector<Operation *> rewritten;
    getOperation().walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (rewrite(op))
        rewritten.push_back(op);
    });
    // Users before their definitions: what still reads an old `index`
    // result is an op that was not rewritten; it gets the word cast back.
    for (Operation *op : llvm::reverse(rewritten)) {
      for (Value result : op->getResults()) {
        if (result.use_empty())
          continue;
        Value w = words.lookup(result);
        OpBuilder builder(op);
        builder.setInsertionPointAfterValue(w);
        Value back = builder.create<arith::IndexCastOp>(
            op->getLoc(), builder.getIndexType(), w);
        result.replaceAllUsesWith(back);
      }
      op->erase();
    }
  }

  /// Whether `op` is an arith op on index values this pass rewrites.
  static bool isIndexArith(Operation *op) {
    if (!isa_and_nonnull<arith::ArithDialect>(op->getDialect()) ||
        op->getNumRegions() != 0)
      return false;
    bool anyIndex = false, other = false;
    auto check = [&](Type t) {
      if (t.isIndex())
        anyIndex = true;
      else if (!t.isInteger(1) && !t.isInteger(32))
        other = true; // a cast to or from another width: kept
    };
    llvm::for_each(op->getOperandTypes(), check);
    llvm::for_each(op->getResultTypes(), check);
    return anyIndex && !other;
  }

  /// The i32 word of an index value: the rewritten op's, a cast's input,
  /// or a cast of it made at `at`.
  Value wordOf(Value v, Operation *at) {
    if (!v.getType().isIndex())
      return v;
    if (Value w = words.lookup(v))
      return w;
    OpBuilder builder(at);
    Value w = builder.create<arith::IndexCastOp>(at->getLoc(), word, v);
    words[v] = w;
    return w;
  }

  /// Rewrites `op` if it is index arithmetic; true if it is to be erased.
  bool rewrite(Operation *op) {
    if (!isIndexArith(op))
      return false;
    // Casts between i32 and index: the value itself.
    if (isa<arith::IndexCastOp, arith::IndexCastUIOp>(op)) {
      Value in = op->getOperand(0), out = op->getResult(0);
      if (out.getType().isIndex())
        words[out] = in;
      else
        out.replaceAllUsesWith(wordOf(in, op));
      return true;
    }
    OpBuilder builder(op);
    if (auto constant = dyn_cast<arith::ConstantOp>(op)) {
      auto value = dyn_cast<IntegerAttr>(constant.getValue());
      if (!value)
        return false;
      words[constant.getResult()] = builder.create<arith::ConstantIntOp>(
          op->getLoc(), int64_t(uint32_t(value.getInt())), 32);
      return true;
    }
    SmallVector<Value> operands;
    for (Value v : op->getOperands())
      operands.push_back(wordOf(v, op));
    SmallVector<Type> types;
    for (Type t : op->getResultTypes())
      types.push_back(t.isIndex() ? Type(word) : t);
    OperationState state(op->getLoc(), op->getName(), operands, types,
                         op->getAttrs());
    Operation *copy = builder.create(state);
    for (auto [from, to] : llvm::zip(op->getResults(), copy->getResults())) {
      if (from.getType().isIndex())
        words[from] = to;
      else
        from.replaceAllUsesWith(to);
    }
    return true;
  }

  Type word;
  DenseMap<Value, Value> words; // index value -> its i32 word
};
} // namespace
