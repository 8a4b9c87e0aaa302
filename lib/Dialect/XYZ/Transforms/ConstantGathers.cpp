//===- ConstantGathers.cpp - Gathers at constant addresses as vloads ------===//
//
// After thread expansion a gather whose addresses were computed from the
// thread index alone (2-D indexing with `/` and `%`, clamped neighbours)
// has a constant address per lane. Its 8 word loads become a few vector
// loads, each serving the lanes whose address is its base plus the lane
// number, combined by selects on constant lane masks.
//
//===----------------------------------------------------------------------===//

#include "MemoryWords.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "llvm/ADT/MapVector.h"

namespace xyz {
#define GEN_PASS_DEF_XYZCONSTANTGATHERS
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// The lowest and highest memory word the kernel's straight-line code
/// accesses at constant addresses. Memory is one array of words, so every
/// word between two that a run reads or writes exists: a vector load
/// within [lo, hi] is in bounds whatever the image's size.
struct Hull {
  int64_t lo = INT64_MAX, hi = INT64_MIN;
  void add(int64_t first, int64_t last) {
    lo = std::min(lo, first);
    hi = std::max(hi, last);
  }
  bool contains(int64_t first, int64_t last) const {
    return lo <= first && last <= hi;
  }
};

/// The lane addresses of a gather, if they are constants.
std::optional<SmallVector<int64_t>> laneAddresses(GatherOp gather) {
  DenseIntElementsAttr addrs;
  if (!isa<VectorType>(gather.getType()) ||
      !matchPattern(gather.getAddrs(), m_Constant(&addrs)))
    return std::nullopt;
  SmallVector<int64_t> lanes;
  for (const APInt &addr : addrs.getValues<APInt>())
    lanes.push_back(addr.getZExtValue());
  return lanes;
}

Hull accessedWords(Block &body) {
  Hull hull;
  for (Operation &op : body) {
    auto lanesOf = [](Value v) -> int64_t {
      auto type = dyn_cast<VectorType>(v.getType());
      return type ? type.getNumElements() : 1;
    };
    if (auto load = dyn_cast<LoadOp>(op)) {
      if (auto addr = constantAddress(load.getAddr()))
        hull.add(*addr, *addr);
    } else if (auto store = dyn_cast<StoreOp>(op)) {
      if (auto addr = constantAddress(store.getAddr()))
        hull.add(*addr, *addr);
    } else if (auto load = dyn_cast<VLoadOp>(op)) {
      if (auto addr = constantAddress(load.getBase()))
        hull.add(*addr, *addr + lanesOf(load.getResult()) - 1);
    } else if (auto store = dyn_cast<VStoreOp>(op)) {
      if (auto addr = constantAddress(store.getBase()))
        hull.add(*addr, *addr + lanesOf(store.getValue()) - 1);
    } else if (auto gather = dyn_cast<GatherOp>(op)) {
      if (auto lanes = laneAddresses(gather))
        hull.add(*llvm::min_element(*lanes), *llvm::max_element(*lanes));
    }
  }
  return hull;
}

/// How a gather's lanes are served: vector loads at `bases`, lane i by
/// the load `owner[i]`.
struct Plan {
  GatherOp gather;
  SmallVector<int64_t> bases, owner;
  /// The lane mask of load k >= 1 (the lanes it serves).
  SmallVector<bool> mask(int64_t k) const {
    SmallVector<bool> lanes;
    for (int64_t o : owner)
      lanes.push_back(o == k);
    return lanes;
  }
};

/// Covers the lanes with the fewest vector loads inside the hull (a load
/// at b serves lane i if the lane's address is b + i), greedily, the load
/// serving most lanes first; none if more than `maxLoads` would be needed
/// or a lane has no load in bounds.
std::optional<Plan> plan(GatherOp gather, ArrayRef<int64_t> lanes,
                         const Hull &hull, unsigned maxLoads) {
  int64_t n = lanes.size();
  Plan p{gather, {}, SmallVector<int64_t>(n, -1)};
  for (int64_t covered = 0; covered < n;) {
    llvm::MapVector<int64_t, int64_t> serves;
    for (int64_t i = 0; i < n; ++i)
      if (p.owner[i] < 0 && hull.contains(lanes[i] - i, lanes[i] - i + n - 1))
        ++serves[lanes[i] - i];
    if (serves.empty() || p.bases.size() == maxLoads)
      return std::nullopt;
    auto best = llvm::max_element(
        serves, [](auto &a, auto &b) { return a.second < b.second; });
    for (int64_t i = 0; i < n; ++i)
      if (p.owner[i] < 0 && lanes[i] - i == best->first)
        p.owner[i] = p.bases.size();
    covered += best->second;
    p.bases.push_back(best->first);
  }
  return p;
}

struct ConstantGathersPass
    : public xyz::impl::XYZConstantGathersBase<ConstantGathersPass> {
  using XYZConstantGathersBase::XYZConstantGathersBase;

  void runOnOperation() override {
    Block &body = getOperation().getBody().front();
    Hull hull = accessedWords(body);
    SmallVector<Plan> plans;
    for (GatherOp gather : body.getOps<GatherOp>())
      if (std::optional<SmallVector<int64_t>> lanes = laneAddresses(gather))
        if (std::optional<Plan> p = plan(gather, *lanes, hull, maxLoads))
          plans.push_back(std::move(*p));
    for (Plan &p : plans)
      rewrite(p);
  }

  void rewrite(Plan &p) {
    OpBuilder builder(p.gather);
    Location loc = p.gather.getLoc();
    auto type = cast<VectorType>(p.gather.getType());
    auto load = [&](int64_t base) {
      Value addr = builder.create<arith::ConstantIntOp>(loc, base, 32);
      return builder.create<VLoadOp>(loc, type, addr, p.gather.getRegionAttr())
          .getResult();
    };
    Value result = load(p.bases.front());
    auto maskType = VectorType::get(type.getShape(), builder.getI1Type());
    for (int64_t k = 1, e = p.bases.size(); k < e; ++k) {
      SmallVector<bool> mask = p.mask(k);
      Value cond = builder.create<arith::ConstantOp>(
          loc, DenseElementsAttr::get(maskType, ArrayRef<bool>(mask)));
      result = builder.create<arith::SelectOp>(loc, cond, load(p.bases[k]),
                                               result);
    }
    p.gather.replaceAllUsesWith(result);
    p.gather.erase();
  }
};

} // namespace
