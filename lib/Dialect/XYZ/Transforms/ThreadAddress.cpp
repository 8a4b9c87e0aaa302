//===- ThreadAddress.cpp - Addresses as linear forms of the thread id -----===//

#include "ThreadAddress.h"
#include "IntegerRanges.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "xyz/Dialect/XYZ/XYZOps.h"
#include <optional>

using namespace mlir;
using namespace xyz;

namespace {

std::optional<int64_t> constant(Value value) {
  APInt k;
  if (!matchPattern(value, m_ConstantInt(&k)) || k.getBitWidth() != 32)
    return std::nullopt;
  return k.getSExtValue();
}

/// Adds [lo, hi] to the form's, within bounds that keep sums exact.
bool offset(LinearAddress &form, int64_t lo, int64_t hi) {
  form.lo += lo;
  form.hi += hi;
  constexpr int64_t kLimit = int64_t(1) << 62;
  return form.lo > -kLimit && form.hi < kLimit;
}

} // namespace

void LinearAddress::normalize() {
  llvm::sort(uniform, [](auto &a, auto &b) {
    return a.first.getAsOpaquePointer() < b.first.getAsOpaquePointer();
  });
  SmallVector<std::pair<Value, int64_t>> merged;
  for (auto [value, scale] : uniform) {
    if (!merged.empty() && merged.back().first == value)
      merged.back().second = (merged.back().second + scale) & (kWordSpace - 1);
    else
      merged.push_back({value, scale & (kWordSpace - 1)});
    if (merged.back().second == 0)
      merged.pop_back();
  }
  uniform = std::move(merged);
}

bool LinearAddress::absorb(const LinearAddress &other) {
  if (other.coefficient != coefficient || other.uniform != uniform)
    return false;
  lo = std::min(lo, other.lo);
  hi = std::max(hi, other.hi);
  return true;
}

bool AddressForm::add(Value value, int64_t scale, LinearAddress &form,
                      unsigned depth) {
  if (scale == 0)
    return true;
  if (std::abs(scale) >= kWordSpace / 2 || depth > 16)
    return false;
  if (value == threadId) {
    form.coefficient += scale;
    return std::abs(form.coefficient) < kWordSpace;
  }
  if (isUniform(value)) {
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

bool xyz::distinctPerThread(int64_t coefficient, int64_t lo, int64_t hi,
                            int64_t threads) {
  int64_t stride = std::abs(coefficient), span = hi - lo;
  return stride != 0 && span < stride && span < kWordSpace &&
         stride <= (kWordSpace - 1 - span) / (threads - 1);
}

Value xyz::wordInductionVar(scf::ForOp loop) {
  Value iv = loop.getInductionVar();
  if (iv.getType().isInteger(32))
    return iv;
  if (!iv.getType().isIndex())
    return {};
  SmallVector<arith::IndexCastOp> casts;
  for (Operation *user : iv.getUsers()) {
    auto cast = dyn_cast<arith::IndexCastOp>(user);
    if (!cast || !cast.getType().isInteger(32))
      return {};
    casts.push_back(cast);
  }
  if (casts.empty())
    return {};
  for (arith::IndexCastOp cast : llvm::drop_begin(casts)) {
    cast.getResult().replaceAllUsesWith(casts.front().getResult());
    cast.erase();
  }
  // The kept cast first in the body, before any of its former users.
  casts.front()->moveBefore(loop.getBody(), loop.getBody()->begin());
  return casts.front().getResult();
}

bool xyz::loadsRunAlong(scf::ForOp loop, Value across,
                        llvm::function_ref<bool(Value)> acrossUniform,
                        DataFlowSolver &solver, bool storesToo) {
  std::optional<int64_t> step = getConstantIntValue(loop.getStep());
  Value word = wordInductionVar(loop);
  if (!step || !word)
    return false;
  Region &body = loop.getRegion();
  auto alongUniform = [&](Value v) {
    return !body.isAncestor(v.getParentRegion());
  };
  AddressForm alongForms(word, alongUniform, solver);
  AddressForm acrossForms(across, acrossUniform, solver);
  bool strided = false;
  WalkResult walk = loop.getBody()->walk([&](Operation *op) {
    if (auto store = dyn_cast<StoreOp>(op)) {
      // A scan's store of each step, a word a trip.
      LinearAddress along;
      return storesToo && alongForms.add(store.getAddr(), 1, along) &&
                     along.coefficient * *step == 1
                 ? WalkResult::advance()
                 : WalkResult::interrupt();
    }
    if (isa<ForeachThreadOp, scf::ForOp>(op) ||
        !(isa<LoadOp>(op) || isMemoryEffectFree(op)))
      return WalkResult::interrupt();
    auto load = dyn_cast<LoadOp>(op);
    if (!load)
      return WalkResult::advance();
    LinearAddress along, other;
    if (!alongForms.add(load.getAddr(), 1, along) ||
        (along.coefficient * *step != 1 && along.coefficient != 0))
      return WalkResult::interrupt();
    if (acrossForms.add(load.getAddr(), 1, other) &&
        std::abs(other.coefficient) > 1)
      strided = true;
    return WalkResult::advance();
  });
  return !walk.wasInterrupted() && strided;
}
