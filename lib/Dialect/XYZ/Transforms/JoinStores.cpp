//===- JoinStores.cpp - Word stores at consecutive addresses as vstores ---===//
//
// After thread expansion the stores of a loop that scatters (a stride of 2,
// the fields of a record, a 2-D interior written row by row) are word
// stores at constant addresses, a store slot each. Where 8 consecutive
// words are each stored, and nothing between the first and the last of
// those stores reads or writes them, one vstore of a vector made of the
// stored words writes them all, at the last store's place.
//
// A run of n >= 8 consecutive stored words takes ceil(n / 8) vstores, the
// last one overlapping the one before (it stores some words again, the
// same values). The vector is the stored vector itself when the words are
// its lanes in order, an xyz.window when they are lanes of two vectors in
// order, else an xyz.from_words (each word copied into its lane: an ALU
// slot).
//
// The join trades 7 store slots for up to 8 ALU slots, and the window's
// stores wait for its last word: windows are joined only where the stores
// bind, their floor (the machine cost model's, of the kernel's op mix) at
// least `store-bound` times every other engine's and the vector work's;
// then as many, in address order, as keep the program's floor within 3%
// of the least any number of them gives (worthJoining).
//
//===----------------------------------------------------------------------===//

#include "MemoryWords.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "xyz/Analysis/KernelCost.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Machine/CostModel.h"
#include "xyz/Machine/Machine.h"
#include "llvm/ADT/SetVector.h"
#include <map>

namespace xyz {
#define GEN_PASS_DEF_XYZJOINSTORES
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

constexpr int64_t kUnknown = INT64_MIN;

/// A memory access of the body: the words it may touch ([lo, hi], or
/// unknown) and the region it names.
struct Access {
  size_t pos;
  int64_t lo = kUnknown, hi = kUnknown;
  std::optional<StringRef> region;
  bool mayTouch(int64_t first, int64_t last,
                std::optional<StringRef> storeRegion) const {
    if (region && storeRegion && *region != *storeRegion)
      return false; // different named regions never alias
    return lo == kUnknown || !(hi < first || last < lo);
  }
};

/// The access `op` makes, if it touches memory (an op with other effects:
/// unknown words, no region).
std::optional<Access> accessOf(Operation *op, size_t pos) {
  if (!isa<LoadOp, StoreOp, VLoadOp, VStoreOp, GatherOp>(op) &&
      isMemoryEffectFree(op))
    return std::nullopt;
  Access access{pos};
  if (auto words = constantWords(op)) {
    access.lo = words->first;
    access.hi = words->second;
  }
  if (auto load = dyn_cast<LoadOp>(op))
    access.region = load.getRegion();
  else if (auto store = dyn_cast<StoreOp>(op))
    access.region = store.getRegion();
  else if (auto load = dyn_cast<VLoadOp>(op))
    access.region = load.getRegion();
  else if (auto store = dyn_cast<VStoreOp>(op))
    access.region = store.getRegion();
  else if (auto gather = dyn_cast<GatherOp>(op))
    access.region = gather.getRegion();
  return access;
}

/// A window that can be joined: its stores in word order and their
/// positions in the body.
struct Window {
  int64_t start;
  SmallVector<StoreOp> stores;
  SmallVector<size_t> positions;
};

constexpr int64_t kLanes = machine::kVectorLength;

/// How the stored words of a window make a vector: lanes of one vector
/// in order (`low`), lanes of two in order (a window of `low` and `high`
/// at `offset`), or neither (assembled: a copy per lane).
struct Source {
  Value low, high;
  int64_t offset = 0;
  bool assembled() const { return !low; }
};

Source sourceOf(ArrayRef<StoreOp> stores) {
  SmallVector<std::pair<Value, int64_t>> lanes;
  for (StoreOp store : stores) {
    auto lane = store.getValue().getDefiningOp<LaneOp>();
    if (!lane || cast<VectorType>(lane.getValue().getType()).getNumElements() !=
                     kLanes)
      return {};
    lanes.emplace_back(lane.getValue(), lane.getLane());
  }
  Value low = lanes.front().first;
  int64_t offset = lanes.front().second;
  Value high = offset == 0 ? low : lanes.back().first;
  for (int64_t i = 0; i < kLanes; ++i) {
    int64_t at = offset + i;
    auto [value, lane] = lanes[i];
    bool ok = at < kLanes ? value == low && lane == at
                          : value == high && lane == at - kLanes;
    if (!ok)
      return {};
  }
  if (offset != 0 && low == high)
    return {};
  return {low, high, offset};
}

/// The threads the joined stores run for, as one range of their loop
/// (`xyz.threads`: [loop, lo, hi]) that holds them all, if they are all
/// marked with one loop: the vector store writes only those threads'
/// words, so loads of other threads of the loop still pass it.
DenseI64ArrayAttr threadsOf(ArrayRef<StoreOp> stores) {
  int64_t loop = -1, lo = INT64_MAX, hi = INT64_MIN;
  for (StoreOp store : stores) {
    auto threads =
        store->getAttrOfType<DenseI64ArrayAttr>(XYZDialect::kThreadsAttr);
    if (!threads || threads.size() != 3 || (loop >= 0 && threads[0] != loop))
      return {};
    loop = threads[0];
    lo = std::min(lo, threads[1]);
    hi = std::max(hi, threads[2]);
  }
  if (loop < 0)
    return {};
  return DenseI64ArrayAttr::get(stores.front()->getContext(), {loop, lo, hi});
}

struct JoinStoresPass : public xyz::impl::XYZJoinStoresBase<JoinStoresPass> {
  using XYZJoinStoresBase::XYZJoinStoresBase;

  /// Accesses examined at most per window: the work is bounded.
  static constexpr size_t kMaxBetween = 4096;

  void runOnOperation() override {
    Block &body = getOperation().getBody().front();
    std::vector<Access> accesses;
    // The last store of each constant address, by address.
    std::map<int64_t, std::pair<StoreOp, size_t>> lastStore;
    size_t pos = 0;
    for (Operation &op : body) {
      if (std::optional<Access> access = accessOf(&op, pos))
        accesses.push_back(*access);
      if (auto store = dyn_cast<StoreOp>(op))
        if (std::optional<int64_t> addr = constantAddress(store.getAddr()))
          lastStore[*addr] = {store, pos};
      ++pos;
    }
    // Runs of consecutive stored words naming one region, in windows.
    SmallVector<Window> windows;
    auto it = lastStore.begin();
    while (it != lastStore.end()) {
      auto end = std::next(it);
      while (end != lastStore.end() &&
             end->first == std::prev(end)->first + 1 &&
             end->second.first.getRegion() == it->second.first.getRegion())
        ++end;
      int64_t first = it->first, n = std::prev(end)->first - first + 1;
      for (int64_t k = 0; n >= kLanes && k < n; k += kLanes)
        if (std::optional<Window> w = window(
                lastStore, std::min(first + k, first + n - kLanes), accesses))
          windows.push_back(std::move(*w));
      it = end;
    }
    // The adjacencies the block's windows already ask for (forwarded
    // loads): a new window must agree with them and close no cycle.
    next.clear();
    prev.clear();
    for (WindowOp window : body.getOps<WindowOp>()) {
      next.try_emplace(window.getLow(), window.getHigh());
      prev.try_emplace(window.getHigh(), window.getLow());
    }
    llvm::SetVector<Operation *> joined;
    for (const Window &w :
         ArrayRef(windows).take_front(worthJoining(body, windows)))
      join(w, joined);
    for (Operation *store : joined)
      store->erase();
  }

  /// The stores of [start, start + kLanes), if nothing between them
  /// touches their words.
  std::optional<Window>
  window(const std::map<int64_t, std::pair<StoreOp, size_t>> &last,
         int64_t start, const std::vector<Access> &accesses) {
    Window w{start, {}, {}};
    for (int64_t word = start; word < start + kLanes; ++word) {
      auto [store, pos] = last.at(word);
      w.stores.push_back(store);
      w.positions.push_back(pos);
    }
    size_t lo = *llvm::min_element(w.positions);
    size_t hi = *llvm::max_element(w.positions);
    std::optional<StringRef> region = w.stores.front().getRegion();
    auto from = llvm::upper_bound(
        accesses, lo, [](size_t pos, const Access &a) { return pos < a.pos; });
    size_t seen = 0;
    for (auto a = from; a != accesses.end() && a->pos < hi; ++a) {
      if (++seen > kMaxBetween)
        return std::nullopt;
      if (llvm::is_contained(w.positions, a->pos))
        continue; // one of the stores joined
      if (a->mayTouch(start, start + kLanes - 1, region))
        return std::nullopt;
    }
    return w;
  }

  /// How many of `windows` (in order) to join: the most that keep the
  /// program's floor (the machine cost model's, of the kernel's op mix)
  /// within 3% of the least any number of them gives, each join taking 7
  /// store slots and the constant addresses only its stores read off, and
  /// adding a base address and a copy per assembled lane (constants count
  /// as ALU slots, where they are mostly made). None unless the stores'
  /// floor is at least `storeBound` times every other's: a join makes its
  /// stores wait for the window's last word, which costs more than it
  /// gains where the stores do not bind.
  size_t worthJoining(Block &body, ArrayRef<Window> windows) {
    using namespace machine;
    OpMix mix;
    for (Operation &op : body) {
      OpMix one;
      if (isa<FromWordsOp>(op))
        one[Engine::Alu] = cast<FromWordsOp>(op).getWords().size();
      else if (isa<arith::ConstantOp>(op))
        one[Engine::Alu] = isa<IntegerType>(op.getResult(0).getType());
      else if (!isa<LaneOp, WindowOp>(op)) // lanes are read in place
        one = cost::opMix(&op);
      mix += one;
    }
    auto floors = [](const OpMix &m) {
      double others = vectorWorkFloor(m);
      for (Engine e : {Engine::Alu, Engine::Valu, Engine::Load, Engine::Flow})
        others = std::max(others, engineFloor(m, e));
      return std::pair(engineFloor(m, Engine::Store), others);
    };
    auto [stores, others] = floors(mix);
    if (windows.empty() || stores < storeBound * others)
      return 0;
    SmallVector<double> floor = {std::max(stores, others)};
    for (const Window &w : windows) {
      mix[Engine::Store] -= kLanes - 1;
      double alu = 1; // the base address
      if (sourceOf(w.stores).assembled())
        alu += kLanes;
      for (StoreOp store : w.stores)
        alu -= store.getAddr().hasOneUse();
      mix[Engine::Alu] += alu;
      auto [s, o] = floors(mix);
      floor.push_back(std::max(s, o));
    }
    double best = *llvm::min_element(floor);
    size_t count = floor.size() - 1;
    while (count > 0 && floor[count] > kTolerance * best)
      --count;
    return count;
  }
  static constexpr double kTolerance = 1.03;

  /// Scratch adjacencies of the block's windows: low -> high and back.
  DenseMap<Value, Value> next, prev;

  /// Whether a window may put `high` right after `low`: no window puts
  /// either next to another vector, and `high`'s chain does not lead back
  /// to `low`.
  bool canChain(Value low, Value high) const {
    if (auto n = next.find(low); n != next.end())
      return n->second == high;
    if (prev.count(high))
      return false;
    size_t steps = 0;
    for (Value v = high; v && steps <= next.size(); v = next.lookup(v), ++steps)
      if (v == low)
        return false;
    return true;
  }

  /// Joins the window's stores: one vstore after the last.
  void join(const Window &w, llvm::SetVector<Operation *> &joined) {
    Operation *at =
        w.stores[llvm::max_element(w.positions) - w.positions.begin()];
    OpBuilder builder(at->getContext());
    builder.setInsertionPointAfter(at);
    Location loc = at->getLoc();
    auto type = VectorType::get({kLanes}, builder.getI32Type());
    Source source = sourceOf(w.stores);
    // A window makes its two vectors adjacent in scratch; where another
    // window puts either next to a third, or the chain would close a
    // cycle (rows swapped in place: row a's words stored into row b's
    // and back), the lanes are copied instead.
    if (!source.assembled() && source.offset != 0 &&
        !canChain(source.low, source.high))
      source = Source{};
    Value vector;
    if (source.assembled()) {
      SmallVector<Value> words;
      for (StoreOp s : w.stores)
        words.push_back(s.getValue());
      vector = builder.create<FromWordsOp>(loc, type, words);
    } else if (source.offset == 0) {
      vector = source.low;
    } else {
      vector =
          builder.create<WindowOp>(loc, type, source.low, source.high,
                                   builder.getI64IntegerAttr(source.offset));
      next.try_emplace(source.low, source.high);
      prev.try_emplace(source.high, source.low);
    }
    Value base = builder.create<arith::ConstantIntOp>(loc, w.start, 32);
    StoreOp first = w.stores.front();
    auto vstore =
        builder.create<VStoreOp>(loc, vector, base, first.getRegionAttr());
    if (auto threads = threadsOf(w.stores))
      vstore->setAttr(XYZDialect::kThreadsAttr, threads);
    for (StoreOp s : w.stores)
      joined.insert(s);
  }
};

} // namespace
