//===- EliminateDeadStores.cpp - Erase unobservable stores ----------------===//
//
// With the kernel attribute `xyz.outputs`, only the listed memory regions
// are observable after the kernel. A store to another named region that
// nothing in the kernel reads (a region that passes values between phases,
// e.g. across a barrier, is read, so its stores stay) is dead and erased.
// The work only such stores used becomes dead too; the next greedy rewrite
// (xyz-simplify, canonicalize) erases it: loads only read memory, so an
// unused load is trivially dead.
//
//===----------------------------------------------------------------------===//

#include "xyz/Analysis/OpDepth.h"
#include "xyz/Analysis/ThreadUniformity.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"
#include "llvm/ADT/StringSet.h"

namespace xyz {
#define GEN_PASS_DEF_XYZELIMINATEDEADSTORES
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// The region a memory access names, if any (`std::nullopt` for an op that
/// is not one of `Ops`, an empty StringRef for an unnamed access).
template <typename... Ops>
std::optional<std::optional<StringRef>> accessRegion(Operation *op) {
  std::optional<std::optional<StringRef>> region;
  (void)((isa<Ops>(op) ? (region = cast<Ops>(op).getRegion(), true) : false) ||
         ...);
  return region;
}

} // namespace

LogicalResult xyz::eraseUnobservableStores(KernelOp kernel) {
  Attribute attr = kernel->getAttr(XYZDialect::kOutputsAttr);
  if (!attr)
    return success();
  auto list = dyn_cast<ArrayAttr>(attr);
  llvm::StringSet<> outputs;
  if (list)
    for (Attribute name : list) {
      auto str = dyn_cast<StringAttr>(name);
      if (!str) {
        list = nullptr;
        break;
      }
      outputs.insert(str.getValue());
    }
  if (!list)
    return kernel.emitError("`")
           << XYZDialect::kOutputsAttr
           << "` must be an array of region names, got " << attr;
  // Regions some access may read: named ones, or all if any read is unnamed.
  llvm::StringSet<> read;
  bool readsAnything = false;
  kernel.walk([&](Operation *op) {
    auto region = accessRegion<LoadOp, VLoadOp, GatherOp>(op);
    if (!region)
      return;
    if (*region)
      read.insert(**region);
    else
      readsAnything = true;
  });
  SmallVector<Operation *> dead;
  kernel.walk([&](Operation *op) {
    auto region = accessRegion<StoreOp, VStoreOp>(op);
    if (region && *region && !outputs.contains(**region) && !readsAnything &&
        !read.contains(**region))
      dead.push_back(op);
  });
  for (Operation *op : dead)
    op->erase();
  return success();
}

namespace {
struct EliminateDeadStoresPass
    : public xyz::impl::XYZEliminateDeadStoresBase<EliminateDeadStoresPass> {
  void runOnOperation() override {
    if (failed(eraseUnobservableStores(getOperation())))
      return signalPassFailure();
    // Stores have no results: no value changes its uniformity or depth.
    markAnalysesPreserved<ThreadUniformity, OpDepth>();
  }
};
} // namespace
