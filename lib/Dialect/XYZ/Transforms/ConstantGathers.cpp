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
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"
#include <set>

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

Hull accessedWords(Block &body) {
  Hull hull;
  for (Operation &op : body)
    if (auto words = constantWords(&op))
      hull.add(words->first, words->second);
  return hull;
}

/// Where lanes of a gather come from: a vector load at `addr` (lane i
/// serves the lane whose address is addr + i), or the word at `addr`
/// loaded once and broadcast (every lane whose address is addr).
struct Source {
  bool broadcast;
  int64_t addr;
};

/// How a gather's lanes are served: lane i by `sources[owner[i]]`.
struct Plan {
  GatherOp gather;
  SmallVector<Source> sources;
  SmallVector<int64_t> owner;
  /// The lowest and highest lane address: the words between them are in
  /// the gather's region (a region is a run of words).
  int64_t lo, hi;
  /// The lane mask of source k >= 1 (the lanes it serves).
  SmallVector<bool> mask(int64_t k) const {
    SmallVector<bool> lanes;
    for (int64_t o : owner)
      lanes.push_back(o == k);
    return lanes;
  }
};

/// Covers the lanes with the fewest sources, greedily, the source serving
/// most lanes first (a vector load before a broadcast serving as many:
/// one slot, not a load and a broadcast); vector loads only inside the
/// hull. None if more than `maxLoads` sources would be needed.
std::optional<Plan> plan(GatherOp gather, ArrayRef<int64_t> lanes,
                         const Hull &hull, unsigned maxLoads) {
  int64_t n = lanes.size();
  Plan p{gather, {}, SmallVector<int64_t>(n, -1), *llvm::min_element(lanes),
         *llvm::max_element(lanes)};
  auto serves = [&](const Source &source, int64_t i) {
    return source.broadcast ? lanes[i] == source.addr
                            : lanes[i] == source.addr + i;
  };
  for (int64_t covered = 0; covered < n;) {
    if (p.sources.size() == maxLoads)
      return std::nullopt;
    std::optional<Source> best;
    int64_t most = 0;
    for (int64_t i = 0; i < n; ++i) {
      if (p.owner[i] >= 0)
        continue;
      for (Source candidate : {Source{false, lanes[i] - i},
                               Source{true, lanes[i]}}) {
        if (!candidate.broadcast &&
            !hull.contains(candidate.addr, candidate.addr + n - 1))
          continue;
        int64_t count = 0;
        for (int64_t j = 0; j < n; ++j)
          count += p.owner[j] < 0 && serves(candidate, j);
        if (count > most) {
          best = candidate;
          most = count;
        }
      }
    }
    for (int64_t i = 0; i < n; ++i)
      if (p.owner[i] < 0 && serves(*best, i))
        p.owner[i] = p.sources.size();
    covered += most;
    p.sources.push_back(*best);
  }
  return p;
}

/// The start of the window of `n` words on the grid of `hull` (windows at
/// hull.lo + k * n, so that gathers of nearby words share them) holding
/// `addr`, moved down where it would pass the hull's end; none if the
/// hull is narrower than a window.
std::optional<int64_t> gridWindow(int64_t addr, int64_t n, const Hull &hull) {
  if (hull.hi - hull.lo + 1 < n)
    return std::nullopt;
  int64_t start = hull.lo + (addr - hull.lo) / n * n;
  return std::min(start, hull.hi - n + 1);
}

/// Whether a vector load of words [start, start + n) may name the region
/// of the lanes [lo, hi] it serves. Its words outside them may be another
/// region's: where a store may write one of those, it names none, so that
/// the scheduler orders it with every store to its words (a region's name
/// would let it pass another region's stores, and forwarding may serve a
/// later load of those words from it).
bool mayNameRegion(const WriteIndex &writes, int64_t start, int64_t n,
                   int64_t lo, int64_t hi) {
  return !writes.writtenAnywhere(start, lo - start) &&
         !writes.writtenAnywhere(hi + 1, start + n - 1 - hi);
}

/// Replaces `gather` by an `xyz.from_words` of its lanes: lane k the word
/// `wordOf(lanes[k])` names, as a vector load and the word's lane in it.
void replaceByWords(
    GatherOp gather, ArrayRef<int64_t> lanes,
    llvm::function_ref<std::pair<Value, int64_t>(int64_t)> wordOf) {
  OpBuilder builder(gather);
  Location loc = gather.getLoc();
  SmallVector<Value> words;
  for (int64_t addr : lanes) {
    auto [window, lane] = wordOf(addr);
    words.push_back(builder.create<LaneOp>(loc, window, lane));
  }
  gather.replaceAllUsesWith(
      builder.create<FromWordsOp>(loc, gather.getType(), words).getResult());
  gather.erase();
}

struct ConstantGathersPass
    : public xyz::impl::XYZConstantGathersBase<ConstantGathersPass> {
  using XYZConstantGathersBase::XYZConstantGathersBase;

  void runOnOperation() override {
    // (The pass object runs on one kernel after another.)
    windowLoads.clear();
    position.clear();
    Block &body = getOperation().getBody().front();
    Hull hull = accessedWords(body);
    SmallVector<Operation *> ops;
    for (Operation &op : body) {
      position[&op] = ops.size();
      ops.push_back(&op);
    }
    WriteIndex writes(ops);
    SmallVector<Plan> plans;
    SmallVector<std::pair<GatherOp, SmallVector<int64_t>>> assemblies;
    for (GatherOp gather : body.getOps<GatherOp>()) {
      std::optional<SmallVector<int64_t>> lanes = laneAddresses(gather);
      if (!lanes)
        continue;
      if (std::optional<Plan> p = plan(gather, *lanes, hull, maxLoads))
        plans.push_back(std::move(*p));
      else if (maxWindows > 0)
        assemblies.emplace_back(gather, std::move(*lanes));
    }
    for (Plan &p : plans)
      rewrite(p, writes);
    assembleGroups(assemblies, hull, writes);
    // The grid windows each candidate reads, and how many candidates read
    // each window.
    SmallVector<SmallVector<int64_t>> windows;
    DenseMap<int64_t, unsigned> readers;
    for (auto &[gather, lanes] : assemblies) {
      windows.push_back(windowsOf(gather, lanes, hull, writes));
      for (int64_t start : windows.back())
        ++readers[start];
    }
    for (auto [candidate, starts] : llvm::zip(assemblies, windows)) {
      double share = 0;
      for (int64_t start : starts)
        share += 1.0 / readers[start];
      if (!starts.empty() && share <= maxWindows)
        assemble(candidate.first, candidate.second, hull, writes);
    }
  }

  /// The windows of the grid holding `lanes`, if every one is inside the
  /// hull and no store after the gather may write it (else none). (The
  /// gather, marked with its threads, may pass other threads' stores; a
  /// window's load, reading other threads' words, may not: a thread loop
  /// updating its words in place would chain every group's loads behind
  /// the group before's stores.)
  SmallVector<int64_t> windowsOf(GatherOp gather, ArrayRef<int64_t> lanes,
                                 const Hull &hull,
                                 const WriteIndex &writes) const {
    int64_t n = cast<VectorType>(gather.getType()).getNumElements();
    size_t at = position.lookup(gather);
    SmallVector<int64_t> starts;
    for (int64_t addr : lanes) {
      std::optional<int64_t> start = gridWindow(addr, n, hull);
      if (!start || writes.writtenBetween(at, position.size(), *start, n))
        return {};
      if (!llvm::is_contained(starts, *start))
        starts.push_back(*start);
    }
    return starts;
  }

  /// The gathers of one group of threads (one `xyz.threads` range, of one
  /// region) whose lanes together are a run of 8m consecutive words (the
  /// fields of a group's records: a[3i + k] for k = 0, 1, 2): the run's m
  /// windows, loaded at the group's first gather and marked with its
  /// threads (they read only the group's words, which no other thread
  /// writes, so they may pass other threads' stores), serve each gather
  /// whose words no store writes between the first gather and it (an
  /// in-place update's own stores of the fields before). Those gathers go
  /// from `assemblies`.
  void assembleGroups(
      SmallVectorImpl<std::pair<GatherOp, SmallVector<int64_t>>> &assemblies,
      const Hull &hull, const WriteIndex &writes) {
    llvm::MapVector<Attribute, SmallVector<unsigned>> byThreads;
    for (auto [k, candidate] : llvm::enumerate(assemblies))
      if (Attribute threads =
              candidate.first->getAttr(XYZDialect::kThreadsAttr))
        byThreads[threads].push_back(k);
    llvm::DenseSet<unsigned> done;
    for (auto &[threads, members] : byThreads) {
      GatherOp first = assemblies[members.front()].first;
      std::set<int64_t> words;
      bool oneRegion = true;
      for (unsigned k : members) {
        words.insert(assemblies[k].second.begin(), assemblies[k].second.end());
        oneRegion &=
            assemblies[k].first.getRegionAttr() == first.getRegionAttr();
      }
      auto type = cast<VectorType>(first.getType());
      int64_t n = type.getNumElements(), count = words.size();
      int64_t lo = *words.begin(), hi = *words.rbegin();
      if (!oneRegion || count % n != 0 || hi - lo + 1 != count ||
          !hull.contains(lo, hi))
        continue;
      size_t from = position.lookup(first);
      SmallVector<unsigned> served;
      for (unsigned k : members) {
        size_t at = position.lookup(assemblies[k].first);
        if (llvm::none_of(assemblies[k].second, [&](int64_t addr) {
              return writes.writtenBetween(from, at, addr, 1);
            }))
          served.push_back(k);
      }
      if (served.empty())
        continue;
      OpBuilder builder(first);
      Location loc = first.getLoc();
      SmallVector<Value> windows;
      for (int64_t start = lo; start <= hi; start += n) {
        Value base = builder.create<arith::ConstantIntOp>(loc, start, 32);
        auto load =
            builder.create<VLoadOp>(loc, type, base, first.getRegionAttr());
        load->setAttr(XYZDialect::kThreadsAttr, threads);
        windows.push_back(load);
      }
      for (unsigned k : served) {
        replaceByWords(
            assemblies[k].first, assemblies[k].second, [&](int64_t addr) {
              return std::make_pair(windows[(addr - lo) / n], (addr - lo) % n);
            });
        done.insert(k);
      }
    }
    SmallVector<std::pair<GatherOp, SmallVector<int64_t>>> rest;
    for (auto [k, candidate] : llvm::enumerate(assemblies))
      if (!done.contains(k))
        rest.push_back(std::move(candidate));
    assemblies = std::move(rest);
  }

  /// Vector loads of the grid windows made so far, by start address.
  DenseMap<int64_t, Value> windowLoads;
  /// Each op's position in the body before the pass changed it.
  DenseMap<Operation *, size_t> position;

  /// A gather whose lanes lie in windows of the grid, whose share of them
  /// (each window's load divided among the gathers reading it) is at most
  /// `maxWindows` loads, becomes those windows' vector loads and a vector
  /// made of their lanes: a share of the load slots instead of one per
  /// lane, and an ALU copy per lane (a thread loop reading an earlier
  /// one's output in reverse order: one vload, not 8 loads). No store
  /// after the first gather of a window writes it (windowsOf), so that
  /// gather's load serves every later one.
  void assemble(GatherOp gather, ArrayRef<int64_t> lanes, const Hull &hull,
                const WriteIndex &writes) {
    auto type = cast<VectorType>(gather.getType());
    int64_t n = type.getNumElements();
    OpBuilder builder(gather);
    Location loc = gather.getLoc();
    int64_t lo = *llvm::min_element(lanes), hi = *llvm::max_element(lanes);
    replaceByWords(gather, lanes, [&](int64_t addr) {
      int64_t start = *gridWindow(addr, n, hull);
      Value &window = windowLoads[start];
      if (!window) {
        Value base = builder.create<arith::ConstantIntOp>(loc, start, 32);
        window = builder.create<VLoadOp>(loc, type, base,
                                         mayNameRegion(writes, start, n, lo, hi)
                                             ? gather.getRegionAttr()
                                             : StringAttr());
      }
      return std::make_pair(window, addr - start);
    });
  }

  /// The lanes of `mask` as a value. A constant vector of 8 different
  /// words is 8 `const` slots on the load engine; the usual masks of a
  /// group that straddles a row end, the lanes below or from some k, are
  /// a compare of the lane numbers (one constant vector for all) with k.
  Value laneMask(OpBuilder &builder, Location loc, VectorType maskType,
                 ArrayRef<bool> mask) {
    int64_t n = mask.size();
    int64_t firstSet = llvm::find(mask, true) - mask.begin();
    int64_t firstClear = llvm::find(mask, false) - mask.begin();
    bool prefix = mask.front() && llvm::none_of(mask.drop_front(firstClear),
                                                [](bool b) { return b; });
    bool suffix = !mask.front() && llvm::all_of(mask.drop_front(firstSet),
                                                [](bool b) { return b; });
    if (!prefix && !suffix)
      return builder.create<arith::ConstantOp>(
          loc, DenseElementsAttr::get(maskType, mask));
    auto words = VectorType::get({n}, builder.getI32Type());
    SmallVector<int32_t> numbers;
    for (int64_t i = 0; i < n; ++i)
      numbers.push_back(i);
    Value lanes = builder.create<arith::ConstantOp>(
        loc, DenseIntElementsAttr::get(words, numbers));
    Value bound = builder.create<arith::ConstantOp>(
        loc, SplatElementsAttr::get(
                 words, builder.getI32IntegerAttr(prefix ? firstClear
                                                         : firstSet)));
    return builder.create<arith::CmpIOp>(
        loc, prefix ? arith::CmpIPredicate::ult : arith::CmpIPredicate::uge,
        lanes, bound);
  }

  void rewrite(Plan &p, const WriteIndex &writes) {
    OpBuilder builder(p.gather);
    Location loc = p.gather.getLoc();
    auto type = cast<VectorType>(p.gather.getType());
    StringAttr region = p.gather.getRegionAttr();
    auto load = [&](const Source &source) -> Value {
      Value addr = builder.create<arith::ConstantIntOp>(loc, source.addr, 32);
      // A vector load that reads words past the lanes' addresses may read
      // another region's (mayNameRegion).
      if (!source.broadcast) {
        bool named = mayNameRegion(writes, source.addr, type.getNumElements(),
                                   p.lo, p.hi);
        return builder.create<VLoadOp>(loc, type, addr,
                                       named ? region : StringAttr());
      }
      Value word = builder.create<LoadOp>(loc, addr, region);
      return builder.create<BroadcastOp>(loc, type, word);
    };
    Value result = load(p.sources.front());
    auto maskType = VectorType::get(type.getShape(), builder.getI1Type());
    for (int64_t k = 1, e = p.sources.size(); k < e; ++k) {
      Value cond = laneMask(builder, loc, maskType, p.mask(k));
      result = builder.create<arith::SelectOp>(loc, cond,
                                               load(p.sources[k]), result);
    }
    p.gather.replaceAllUsesWith(result);
    p.gather.erase();
  }
};

} // namespace
