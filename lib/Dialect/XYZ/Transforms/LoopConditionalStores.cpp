//===- LoopConditionalStores.cpp - In-place updates under an scf.if -------===//
//
// A loop that updates words in place under a condition,
//
//   %x = xyz.load %a
//   scf.if %c { xyz.store %y, %a }
//
// is straight-line once the store writes the old word back where the
// condition is false: `xyz.store (select %c, %y, xyz.load %a), %a`. That is
// what --xyz-if-convert does after specialization; done before the loops are
// unrolled, the body is straight-line for --xyz-vectorize-inner-loops, which
// runs it 8 iterations at a time. Only where exact and cheap:
//   - the then-arm holds pure ops and stores, each store to an address the
//     loop body loads unconditionally (in its own block) in the same region:
//     the word is valid, and read anyway;
//   - the else arm (if any) holds pure ops only;
//   - no division or remainder in the arms (they would run unguarded);
//   - outside thread loops, a kernel on one core (another core could write
//     the word between the load and the store); inside, the thread's own
//     word by the dialect's rule (a thread reads no word another writes).
//
//===----------------------------------------------------------------------===//

#include "ConditionalCode.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "xyz/Dialect/XYZ/XYZOps.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"

using namespace mlir;
using namespace xyz;

namespace {

/// True if `body` (a loop's block) loads `addr` in `region` directly.
bool loadsInBody(Block *body, Value addr, StringAttr region) {
  for (Operation &op : *body)
    if (auto load = dyn_cast<LoadOp>(op);
        load && load.getAddr() == addr && load.getRegionAttr() == region)
      return true;
  return false;
}

/// True if `ifOp` can be flattened (see the file comment).
bool flattenable(scf::IfOp ifOp, Block *body) {
  for (Region *arm : {&ifOp.getThenRegion(), &ifOp.getElseRegion()}) {
    if (arm->empty())
      continue;
    for (Operation &op : arm->front().without_terminator()) {
      if (op.getNumRegions() != 0 || isDivisionOrRemainder(&op))
        return false;
      if (auto store = dyn_cast<StoreOp>(op)) {
        if (arm != &ifOp.getThenRegion() ||
            !loadsInBody(body, store.getAddr(), store.getRegionAttr()))
          return false;
        continue;
      }
      if (!isMemoryEffectFree(&op))
        return false;
    }
  }
  return true;
}

void flatten(scf::IfOp ifOp) {
  OpBuilder builder(ifOp);
  Value cond = ifOp.getCondition();
  auto hoist = [&](Region &arm) -> SmallVector<Value> {
    if (arm.empty())
      return {};
    Block &block = arm.front();
    for (Operation &op :
         llvm::make_early_inc_range(block.without_terminator())) {
      op.moveBefore(ifOp);
      auto store = dyn_cast<StoreOp>(op);
      if (!store)
        continue;
      builder.setInsertionPoint(store);
      Value old = builder.create<LoadOp>(store.getLoc(), store.getAddr(),
                                         store.getRegionAttr());
      store.getValueMutable().assign(builder.create<arith::SelectOp>(
          store.getLoc(), cond, store.getValue(), old));
    }
    return SmallVector<Value>(block.getTerminator()->getOperands());
  };
  SmallVector<Value> thenValues = hoist(ifOp.getThenRegion());
  SmallVector<Value> elseValues = hoist(ifOp.getElseRegion());
  builder.setInsertionPoint(ifOp);
  SmallVector<Value> results;
  for (auto [a, b] : llvm::zip(thenValues, elseValues))
    results.push_back(
        a == b ? a
               : builder.create<arith::SelectOp>(ifOp.getLoc(), cond, a, b));
  ifOp->replaceAllUsesWith(results);
  ifOp.erase();
}
} // namespace

bool xyz::flattenConditionalStores(scf::ForOp loop) {
  Block *body = loop.getBody();
  SmallVector<scf::IfOp> ifs;
  for (Operation &op : *body) {
    if (auto ifOp = dyn_cast<scf::IfOp>(op))
      ifs.push_back(ifOp);
  }
  if (ifs.empty())
    return false;
  if (!loop->getParentOfType<ForeachThreadOp>()) {
    auto kernel = loop->getParentOfType<KernelOp>();
    if (kernel && isMultiCore(kernel))
      return false;
  }
  if (!llvm::all_of(ifs,
                    [&](scf::IfOp ifOp) { return flattenable(ifOp, body); }))
    return false;
  for (scf::IfOp ifOp : ifs)
    flatten(ifOp);
  return true;
}
