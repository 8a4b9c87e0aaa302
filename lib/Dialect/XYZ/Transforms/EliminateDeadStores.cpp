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
// An entry of `xyz.outputs` that names no region the kernel stores is an
// error at the kernel: a misspelt output would otherwise make every store
// dead. So is an access naming a region the kernel does not declare, in a
// kernel that declares regions (`xyz.region`): a misspelt name would make
// a region of its own, no alias of the words' real one. Stores without a region
// name may write any declared region
// (`xyz.region`), or any region at all in a kernel without declarations. The
// names are in the source: stores count wherever it has them, in the kernel or
// in a helper it calls. --xyz-specialize checks the source before it binds,
// inlines and folds anything; this pass checks kernels not yet specialized (a
// specialized one may have lost the stores of a branch its shape never takes).
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/SymbolTable.h"
#include "xyz/Analysis/OpDepth.h"
#include "xyz/Analysis/ThreadUniformity.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
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

/// The regions stored by `root` and by the helpers it calls, transitively;
/// `unnamed` is set if some store names no region.
void collectStoredRegions(Operation *root, llvm::StringSet<> &stored,
                          bool &unnamed) {
  SmallVector<Operation *> work{root};
  llvm::SmallPtrSet<Operation *, 8> seen{root};
  while (!work.empty()) {
    work.pop_back_val()->walk([&](Operation *op) {
      auto region = accessRegion<StoreOp, VStoreOp>(op);
      if (region && *region)
        stored.insert(**region);
      else if (region)
        unnamed = true;
      if (auto call = dyn_cast<func::CallOp>(op))
        if (Operation *callee =
                SymbolTable::lookupNearestSymbolFrom(call, call.getCalleeAttr()))
          if (seen.insert(callee).second)
            work.push_back(callee);
    });
  }
}

/// The words [lo, lo + count) a dead store surely writes when the kernel
/// runs: a store at a constant address in the kernel's block, or one in the
/// body block of a scalar thread loop in it, at `thread + C` (each thread
/// its word). Else count 0.
std::pair<int64_t, int64_t> surelyStored(KernelOp kernel, StoreOp store) {
  Block *block = store->getBlock();
  Block *top = &kernel.getBody().front();
  APInt c;
  if (block == top && matchPattern(store.getAddr(), m_ConstantInt(&c)))
    return {c.getSExtValue(), 1};
  auto loop = dyn_cast<ForeachThreadOp>(store->getParentOp());
  if (!loop || loop->getBlock() != top || loop.getNumLanes() != 1)
    return {0, 0};
  APInt n;
  if (!matchPattern(loop.getCount(), m_ConstantInt(&n)))
    return {0, 0};
  Value tid = loop.getThreadId();
  int64_t offset = 0;
  if (store.getAddr() != tid) {
    auto add = store.getAddr().getDefiningOp<arith::AddIOp>();
    if (!add)
      return {0, 0};
    Value other = add.getLhs() == tid   ? add.getRhs()
                  : add.getRhs() == tid ? add.getLhs()
                                        : Value();
    if (!other || !matchPattern(other, m_ConstantInt(&c)))
      return {0, 0};
    offset = c.getSExtValue();
  }
  int64_t first = loop.getFirstThread(), end = n.getSExtValue();
  if (end <= first)
    return {0, 0};
  return {offset + first, end - first};
}

/// Records on a specialized kernel the words of the dead stores' regions
/// that the compiled program may use as its own memory (kFreeMemoryAttr):
/// words the kernel surely stores (so no check compares them), of regions
/// no output and nothing reads, inside the image. Not for kernels of
/// several cores (they would share it) or without the image's size.
void recordFreeMemory(KernelOp kernel, ArrayRef<Operation *> dead) {
  auto words = kernel->getAttrOfType<IntegerAttr>(XYZDialect::kImageWordsAttr);
  if (!kernel->hasAttr(XYZDialect::kShapeAttr) || !words ||
      kernel->hasAttr(XYZDialect::kFreeMemoryAttr))
    return;
  bool cores = false;
  kernel.walk([&](Operation *op) {
    if (isa<CoreIdOp, BarrierOp>(op))
      cores = true;
  });
  if (cores)
    return;
  int64_t image = words.getInt();
  llvm::StringMap<SmallVector<std::pair<int64_t, int64_t>>> ranges;
  for (Operation *op : dead) {
    auto store = dyn_cast<StoreOp>(op);
    if (!store)
      continue;
    auto [lo, count] = surelyStored(kernel, store);
    int64_t hi = std::min(lo + count, image);
    lo = std::max<int64_t>(lo, 0);
    if (hi > lo)
      ranges[*store.getRegion()].push_back({lo, hi});
  }
  SmallVector<NamedAttribute> entries;
  MLIRContext *ctx = kernel.getContext();
  for (auto &entry : ranges) {
    // Merged, in address order.
    auto &list = entry.second;
    llvm::sort(list);
    SmallVector<int64_t> flat;
    for (auto [lo, hi] : list) {
      if (!flat.empty() && lo <= flat[flat.size() - 2] + flat.back()) {
        int64_t start = flat[flat.size() - 2];
        flat.back() = std::max(flat.back(), hi - start);
        continue;
      }
      flat.append({lo, hi - lo});
    }
    entries.push_back(NamedAttribute(StringAttr::get(ctx, entry.getKey()),
                                     DenseI64ArrayAttr::get(ctx, flat)));
  }
  if (!entries.empty())
    kernel->setAttr(XYZDialect::kFreeMemoryAttr,
                    DictionaryAttr::get(ctx, entries));
}

} // namespace

/// Fails, at the access, on a memory access (in the kernel or a helper it
/// calls) that names a region the kernel does not declare, where it
/// declares any: a misspelt name makes a region of its own, which the
/// compiler takes for memory no other access touches (a store to it is
/// dead unless it is an output), while the words are another region's.
static LogicalResult checkAccessesDeclared(KernelOp kernel) {
  llvm::StringSet<> declared;
  kernel.walk([&](RegionOp op) { declared.insert(op.getRegionName()); });
  if (declared.empty())
    return success();
  SmallVector<Operation *> work{kernel};
  llvm::SmallPtrSet<Operation *, 8> seen{kernel};
  while (!work.empty()) {
    WalkResult walk = work.pop_back_val()->walk([&](Operation *op) {
      if (auto call = dyn_cast<func::CallOp>(op))
        if (Operation *callee = SymbolTable::lookupNearestSymbolFrom(
                call, call.getCalleeAttr()))
          if (seen.insert(callee).second)
            work.push_back(callee);
      auto region =
          accessRegion<LoadOp, StoreOp, VLoadOp, VStoreOp, GatherOp>(op);
      if (!region || !*region || declared.contains(**region))
        return WalkResult::advance();
      SmallVector<StringRef> names(declared.keys());
      llvm::sort(names);
      InFlightDiagnostic diag = op->emitError("names region \"")
                                << **region
                                << "\", which the kernel does not declare "
                                   "(xyz.region); it declares ";
      llvm::interleaveComma(
          names, diag, [&](StringRef name) { diag << "\"" << name << "\""; });
      return WalkResult::interrupt();
    });
    if (walk.wasInterrupted())
      return failure();
  }
  return success();
}

LogicalResult xyz::checkRegionNames(KernelOp kernel) {
  if (failed(checkAccessesDeclared(kernel)))
    return failure();
  return checkOutputsAreStored(kernel);
}

LogicalResult xyz::checkOutputsAreStored(KernelOp kernel) {
  auto outputs = kernel->getAttrOfType<ArrayAttr>(XYZDialect::kOutputsAttr);
  if (!outputs)
    return success(); // absent, or malformed: eraseUnobservableStores says
  llvm::StringSet<> stored, declared;
  bool unnamed = false;
  collectStoredRegions(kernel, stored, unnamed);
  kernel.walk([&](RegionOp op) { declared.insert(op.getRegionName()); });
  for (auto [index, entry] : llvm::enumerate(outputs)) {
    auto str = dyn_cast<StringAttr>(entry);
    if (!str)
      return success();
    StringRef name = str.getValue();
    // Stores without a region name may write an output the image
    // declarations (xyz.region) place, or, without them, any.
    if (stored.contains(name) ||
        (unnamed && (declared.empty() || declared.contains(name))))
      continue;
    SmallVector<StringRef> names(stored.keys());
    llvm::sort(names);
    InFlightDiagnostic diag = kernel.emitError("`")
                              << XYZDialect::kOutputsAttr << "` entry "
                              << index << " (\"" << name
                              << "\") names no region the kernel stores";
    if (names.empty())
      return diag << "; it stores no named region";
    diag << "; it stores ";
    llvm::interleaveComma(names, diag, [&](StringRef region) {
      diag << "\"" << region << "\"";
    });
    return diag;
  }
  return success();
}

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
  // Once specialized (`xyz.shape`), folding may have removed the stores of a
  // branch the shape never takes: --xyz-specialize checked the source.
  if (!kernel->hasAttr(XYZDialect::kShapeAttr) &&
      failed(checkRegionNames(kernel)))
    return failure();
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
  recordFreeMemory(kernel, dead);
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
