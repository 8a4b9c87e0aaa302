//===- DistinctStores.cpp - Stores that write a word of their own ---------===//
//
// A store of a thread body at `c * tid + u + r` (c a constant, u uniform,
// r per-thread terms whose values span less than |c|) writes a different
// word in every thread: for threads t1 != t2 the addresses differ by
// c * (t1 - t2) + (r1 - r2), at least |c| - span > 0 and, with |c| times
// the thread count below 2^32, less than 2^32. Stores with the same c and
// u count as one if their r ranges together span less than |c|. Such
// stores are numbered (`xyz.distinct_words`) so that the scheduler can put
// copies of them for disjoint threads in one bundle.
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

/// An address as `coefficient * tid + sum(scale * uniform value) + x`
/// modulo 2^32, with `x` an integer known to lie in [lo, hi] (constants and
/// the per-thread terms' proven ranges).
struct LinearAddress {
  int64_t coefficient = 0;
  int64_t lo = 0, hi = 0;
  SmallVector<std::pair<Value, int64_t>> uniform;

  /// The uniform terms sorted, equal values merged: equal for two
  /// addresses whose uniform parts are the same.
  void normalize() {
    llvm::sort(uniform, [](auto &a, auto &b) {
      return a.first.getAsOpaquePointer() < b.first.getAsOpaquePointer();
    });
    SmallVector<std::pair<Value, int64_t>> merged;
    for (auto [value, scale] : uniform) {
      if (!merged.empty() && merged.back().first == value)
        merged.back().second =
            (merged.back().second + scale) & (kWordSpace - 1);
      else
        merged.push_back({value, scale & (kWordSpace - 1)});
      if (merged.back().second == 0)
        merged.pop_back();
    }
    uniform = std::move(merged);
  }
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
    if (uniformity.isUniform(value)) {
      if (std::optional<int64_t> k = constant(value))
        return offset(form, scale * *k, scale * *k);
      form.uniform.push_back({value, scale});
      return true;
    }
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
    int64_t a = scale * int64_t(range->umin().getZExtValue());
    int64_t b = scale * int64_t(range->umax().getZExtValue());
    return offset(form, std::min(a, b), std::max(a, b));
  }

private:
  static std::optional<int64_t> constant(Value value) {
    APInt k;
    if (!matchPattern(value, m_ConstantInt(&k)) || k.getBitWidth() != 32)
      return std::nullopt;
    return k.getSExtValue();
  }

  /// Adds [lo, hi] to the form's, within bounds that keep sums exact.
  static bool offset(LinearAddress &form, int64_t lo, int64_t hi) {
    form.lo += lo;
    form.hi += hi;
    constexpr int64_t kLimit = int64_t(1) << 62;
    return form.lo > -kLimit && form.hi < kLimit;
  }

  Value threadId;
  const ThreadUniformity &uniformity;
  DataFlowSolver &solver;
};

/// True if `coefficient * t + x`, x in [lo, hi], takes a different value
/// mod 2^32 for each of `threads` threads: the stride exceeds the span,
/// and the farthest two addresses differ by at most
/// stride * (threads - 1) + span < 2^32.
bool distinctPerThread(int64_t coefficient, int64_t lo, int64_t hi,
                       int64_t threads) {
  int64_t stride = std::abs(coefficient), span = hi - lo;
  return stride != 0 && span < stride && span < kWordSpace &&
         stride <= (kWordSpace - 1 - span) / (threads - 1);
}

/// Stores whose addresses share the coefficient and the uniform part.
struct StoreGroup {
  LinearAddress form; // lo, hi: the union of the members'
  SmallVector<std::pair<StoreOp, LinearAddress>> members;
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
    auto mark = [&](StoreOp store, int64_t id) {
      store->setAttr(XYZDialect::kDistinctWordsAttr,
                     Builder(store).getI64IntegerAttr(id));
    };
    kernel.walk([&](ForeachThreadOp loop) {
      APInt count;
      if (!matchPattern(loop.getCount(), m_ConstantInt(&count)) ||
          count.getBitWidth() > 64)
        return;
      int64_t threads = count.getSExtValue() - loop.getFirstThread();
      if (threads <= 1 || threads >= kWordSpace)
        return;
      AddressForm forms(loop.getThreadId(), uniformity, solver);
      SmallVector<StoreGroup> groups;
      for (StoreOp store : loop.getBody().front().getOps<StoreOp>()) {
        LinearAddress form;
        if (!forms.add(store.getAddr(), 1, form))
          continue;
        form.normalize();
        auto group = llvm::find_if(groups, [&](const StoreGroup &g) {
          return g.form.coefficient == form.coefficient &&
                 g.form.uniform == form.uniform;
        });
        if (group == groups.end()) {
          groups.push_back({form, {}});
          group = std::prev(groups.end());
        }
        group->form.lo = std::min(group->form.lo, form.lo);
        group->form.hi = std::max(group->form.hi, form.hi);
        group->members.push_back({store, form});
      }
      // A group's stores together write a word of their own per thread
      // (one number for them all), or else each one alone may.
      for (StoreGroup &group : groups) {
        if (distinctPerThread(group.form.coefficient, group.form.lo,
                              group.form.hi, threads)) {
          for (auto &member : group.members)
            mark(member.first, next);
          ++next;
          continue;
        }
        for (auto &[store, form] : group.members)
          if (distinctPerThread(form.coefficient, form.lo, form.hi, threads))
            mark(store, next++);
      }
    });
    markAllAnalysesPreserved();
  }
};

} // namespace
