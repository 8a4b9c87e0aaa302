//===- DistinctStores.cpp - Stores that write a word of their own ---------===//
//
// A store of a thread body at `c * tid + u + r` (c a constant, u uniform,
// r per-thread terms whose values span less than |c|) writes a different
// word in every thread: for threads t1 != t2 the addresses differ by
// c * (t1 - t2) + (r1 - r2), at least |c| - span > 0 and, with |c| times
// the thread count below 2^32, less than 2^32. Such stores are numbered
// (`xyz.distinct_words`) so that the scheduler can put copies of one for
// disjoint threads in one bundle.
//
//===----------------------------------------------------------------------===//

#include "IntegerRanges.h"
#include "mlir/IR/Matchers.h"
#include "xyz/Analysis/ThreadUniformity.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZDISTINCTSTORES
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

constexpr int64_t kWordSpace = int64_t(1) << 32;

/// An address as `coefficient * tid + (uniform) + (per-thread terms)`
/// modulo 2^32, the terms' sums of two threads known to differ by at most
/// `span`.
struct LinearAddress {
  int64_t coefficient = 0;
  int64_t span = 0;
};

class AddressForm {
public:
  AddressForm(Value threadId, const ThreadUniformity &uniformity,
              DataFlowSolver &solver)
      : threadId(threadId), uniformity(uniformity), solver(solver) {}

  /// Adds `scale * value` to `form`; false if `value` has no such form.
  bool add(Value value, int64_t scale, LinearAddress &form,
           unsigned depth = 0) {
    if (scale == 0)
      return true;
    if (std::abs(scale) >= kWordSpace / 2 || depth > 16)
      return false;
    if (value == threadId) {
      form.coefficient += scale;
      return std::abs(form.coefficient) < kWordSpace;
    }
    if (uniformity.isUniform(value))
      return true;
    Operation *def = value.getDefiningOp();
    if (auto add = dyn_cast_or_null<arith::AddIOp>(def))
      return this->add(add.getLhs(), scale, form, depth + 1) &&
             this->add(add.getRhs(), scale, form, depth + 1);
    if (auto sub = dyn_cast_or_null<arith::SubIOp>(def))
      return this->add(sub.getLhs(), scale, form, depth + 1) &&
             this->add(sub.getRhs(), -scale, form, depth + 1);
    if (auto mul = dyn_cast_or_null<arith::MulIOp>(def)) {
      if (std::optional<int64_t> k = constant(mul.getRhs()))
        return this->add(mul.getLhs(), scale * *k, form, depth + 1);
      if (std::optional<int64_t> k = constant(mul.getLhs()))
        return this->add(mul.getRhs(), scale * *k, form, depth + 1);
    }
    if (auto shl = dyn_cast_or_null<arith::ShLIOp>(def)) {
      std::optional<int64_t> k = constant(shl.getRhs());
      if (k && *k >= 0 && *k < 32)
        return this->add(shl.getLhs(), scale * (int64_t(1) << *k), form,
                         depth + 1);
    }
    if (auto fma = dyn_cast_or_null<MultiplyAddOp>(def)) {
      std::optional<int64_t> k = constant(fma.getB());
      Value factor = fma.getA();
      if (!k) {
        k = constant(fma.getA());
        factor = fma.getB();
      }
      if (k)
        return this->add(factor, scale * *k, form, depth + 1) &&
               this->add(fma.getC(), scale, form, depth + 1);
    }
    // Any other per-thread value: a term of the proven range.
    std::optional<ConstantIntRanges> range = provenRange(solver, value);
    if (!range || range->umax().getBitWidth() != 32)
      return false;
    int64_t width =
        int64_t(range->umax().getZExtValue() - range->umin().getZExtValue());
    form.span += std::abs(scale) * width;
    return form.span < kWordSpace;
  }

private:
  static std::optional<int64_t> constant(Value value) {
    APInt k;
    if (!matchPattern(value, m_ConstantInt(&k)) || k.getBitWidth() != 32)
      return std::nullopt;
    return k.getSExtValue();
  }

  Value threadId;
  const ThreadUniformity &uniformity;
  DataFlowSolver &solver;
};

struct DistinctStoresPass
    : public xyz::impl::XYZDistinctStoresBase<DistinctStoresPass> {
  void runOnOperation() override {
    KernelOp kernel = getOperation();
    DataFlowSolver solver;
    if (failed(solveIntegerRanges(solver, kernel)))
      return signalPassFailure();
    auto &uniformity = getAnalysis<ThreadUniformity>();
    int64_t next = 0;
    kernel.walk([&](ForeachThreadOp loop) {
      APInt count;
      if (!matchPattern(loop.getCount(), m_ConstantInt(&count)) ||
          count.getBitWidth() > 64)
        return;
      int64_t threads = count.getSExtValue() - loop.getFirstThread();
      if (threads <= 1 || threads >= kWordSpace)
        return;
      AddressForm forms(loop.getThreadId(), uniformity, solver);
      for (StoreOp store : loop.getBody().front().getOps<StoreOp>()) {
        LinearAddress form;
        if (!forms.add(store.getAddr(), 1, form))
          continue;
        int64_t stride = std::abs(form.coefficient);
        int64_t span = form.span;
        // Distinct: stride > span; no wrap: the farthest two addresses
        // differ by at most stride * (threads - 1) + span < 2^32.
        if (stride == 0 || stride <= span ||
            stride > (kWordSpace - 1 - span) / (threads - 1))
          continue;
        store->setAttr(XYZDialect::kDistinctWordsAttr,
                       Builder(store).getI64IntegerAttr(next++));
      }
    });
    markAllAnalysesPreserved();
  }
};

} // namespace
