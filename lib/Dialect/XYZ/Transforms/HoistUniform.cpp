//===- HoistUniform.cpp - Uniform work and loads out of thread loops ------===//
//
// Loop-invariant code motion for xyz.foreach_thread: what every thread
// computes alike (operands defined outside the loop) runs once before it.
// Loads move too when nothing in the loop may write what they read, by
// the regions' names (distinct named regions never alias).
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "llvm/ADT/StringSet.h"

namespace xyz {
#define GEN_PASS_DEF_XYZHOISTUNIFORM
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// What a thread loop may write: named regions, and whether anything else
/// (an unnamed store, a barrier, an unknown effect).
struct Writes {
  llvm::StringSet<> regions;
  bool unknown = false;

  explicit Writes(Block &body) {
    body.walk([&](Operation *op) {
      if (auto store = dyn_cast<StoreOp>(op))
        return note(store.getRegion());
      if (auto store = dyn_cast<VStoreOp>(op))
        return note(store.getRegion());
      if (isa<LoadOp, VLoadOp, GatherOp>(op) || isMemoryEffectFree(op) ||
          op->hasTrait<OpTrait::HasRecursiveMemoryEffects>())
        return;
      unknown = true; // a barrier, a requirement, another effect
    });
  }
  void note(std::optional<StringRef> region) {
    if (region)
      regions.insert(*region);
    else
      unknown = true;
  }
  bool mayWrite(std::optional<StringRef> region) const {
    if (unknown)
      return true;
    if (!region)
      return !regions.empty();
    return regions.contains(*region);
  }
};

bool definedOutside(Value value, Operation *loop) {
  return !loop->isAncestor(value.getParentBlock()->getParentOp());
}

struct HoistUniformPass
    : public xyz::impl::XYZHoistUniformBase<HoistUniformPass> {
  void runOnOperation() override {
    SmallVector<ForeachThreadOp> loops;
    getOperation().walk([&](ForeachThreadOp loop) { loops.push_back(loop); });
    for (ForeachThreadOp loop : loops)
      hoist(loop);
  }

  static void hoist(ForeachThreadOp loop) {
    APInt count;
    if (!matchPattern(loop.getCount(), m_ConstantInt(&count)) ||
        count.getSExtValue() <= loop.getFirstThread())
      return; // a load moved out of a loop that may not run could fault
    Block &body = loop.getBody().front();
    Writes writes(body);
    for (Operation &op : llvm::make_early_inc_range(body.without_terminator())) {
      if (op.getNumRegions() != 0 ||
          !llvm::all_of(op.getOperands(),
                        [&](Value v) { return definedOutside(v, loop); }))
        continue;
      bool movable = isMemoryEffectFree(&op);
      if (auto load = dyn_cast<LoadOp>(op))
        movable = !writes.mayWrite(load.getRegion());
      if (movable)
        op.moveBefore(loop);
    }
  }
};
} // namespace
