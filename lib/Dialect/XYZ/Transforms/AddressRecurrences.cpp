//===- AddressRecurrences.cpp - Offsets off a recurrence's chain ----------===//
//
// A walk down a tree carries its index, `m' = multiply_add(m, k, b)` with
// `b` the bit the step just computed, and reads node `a = m + c`: from the
// bit to the address are two ops. Carried as the address itself, `a' =
// multiply_add(a + d, k, b)` with `d = c' / k - c` (the first step from
// `m + c / k`), the add of a constant reads the previous address, which is
// known long before the bit: one op on that chain, and the same number of
// ops (an add and a multiply_add a step). Steps of `m` that nothing else
// reads go; any other use of `m` reads `a - c`.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/TypeUtilities.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "llvm/ADT/MapVector.h"

namespace xyz {
#define GEN_PASS_DEF_XYZADDRESSRECURRENCES
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// The signed value of an integer constant (scalar or splat), if `v` is one.
std::optional<int64_t> constantOf(Value v) {
  APInt value;
  if (!matchPattern(v, m_ConstantInt(&value)))
    return std::nullopt;
  return value.getSExtValue();
}

struct AddressRecurrencesPass
    : public xyz::impl::XYZAddressRecurrencesBase<AddressRecurrencesPass> {
  void runOnOperation() override {
    KernelOp kernel = getOperation();
    if (kernel.getBody().empty())
      return;
    Block &body = kernel.getBody().front();
    // Per rewritten step m: its address a and offset c (a = m + c).
    llvm::MapVector<Operation *, std::pair<Value, int64_t>> offsetForm;
    // Positions in the block, taken once (inserting ops renumbers it).
    DenseMap<Operation *, unsigned> position;
    for (Operation &op : body)
      position[&op] = position.size();
    for (Operation &op : llvm::make_early_inc_range(body)) {
      auto add = dyn_cast<arith::AddIOp>(op);
      if (!add || !getElementTypeOrSelf(add.getType()).isInteger(32))
        continue;
      Value m = add.getLhs();
      std::optional<int64_t> c = constantOf(add.getRhs());
      if (!c) {
        m = add.getRhs();
        c = constantOf(add.getLhs());
      }
      auto step = m.getDefiningOp<MultiplyAddOp>();
      if (!c || !step || step->getBlock() != &body)
        continue;
      // Other readers of the step read `a - c`, made after `a`: only
      // readers after the add (the next step) can.
      unsigned at = position.lookup(add);
      if (llvm::any_of(m.getUsers(), [&](Operation *user) {
            auto it = position.find(user);
            return user != add && (it == position.end() || it->second < at);
          }))
        continue;
      std::optional<int64_t> k = constantOf(step.getB());
      if (!k)
        continue;
      // Words as signed 32-bit values, divided in 64 bits (no overflow).
      int64_t c32 = static_cast<int32_t>(*c), k32 = static_cast<int32_t>(*k);
      if (k32 == 0 || c32 % k32 != 0)
        continue;
      // t = m_prev + c / k, from the previous address where there is one.
      Value base = step.getA();
      int64_t d = c32 / k32;
      if (Operation *def = base.getDefiningOp()) {
        auto prev = offsetForm.find(def);
        if (prev != offsetForm.end()) {
          d -= prev->second.second;
          base = prev->second.first;
        }
      }
      OpBuilder builder(add);
      Location loc = add.getLoc();
      Value t = builder.create<arith::AddIOp>(
          loc, base,
          createScalarOrSplatConstant(builder, loc, base.getType(),
                                      APInt(32, d, /*isSigned=*/true)));
      Value a = builder.create<MultiplyAddOp>(loc, t, step.getB(),
                                              step.getC());
      add.replaceAllUsesWith(a);
      add.erase();
      offsetForm[step] = {a, c32};
    }
    // Other uses of a step read a - c; steps nothing reads go.
    for (auto &[step, form] : offsetForm) {
      Value m = step->getResult(0);
      if (m.use_empty())
        continue;
      OpBuilder builder(step->getContext());
      builder.setInsertionPointAfterValue(form.first);
      Location loc = step->getLoc();
      Value again = builder.create<arith::AddIOp>(
          loc, form.first,
          createScalarOrSplatConstant(builder, loc, form.first.getType(),
                                      APInt(32, -form.second,
                                            /*isSigned=*/true)));
      m.replaceAllUsesWith(again);
    }
    // Erase what nothing reads, last first (a step feeds the next one).
    bool erased = true;
    while (erased) {
      erased = false;
      for (Operation &op : llvm::make_early_inc_range(llvm::reverse(body))) {
        if (!op.use_empty() || op.getNumResults() != 1 ||
            !isa<MultiplyAddOp, arith::AddIOp, arith::ConstantOp>(op))
          continue;
        op.erase();
        erased = true;
      }
    }
  }
};

} // namespace
