//===- CoalesceLoads.cpp - Word loads near each other as one vector load --===//
//
// After threads are expanded every address is a constant, and the words a
// kernel reads once for all its threads (a vector x of a matrix-vector
// product, the top words of a tree, a small table) are word loads at
// neighbouring addresses: one load slot and one address constant each.
// This pass loads such words 8 at a time: a `vload` and its lanes
// (`xyz.lane`), which the slots that use them read in place.
//
// It runs after the per-group gather replacement, which looks for a
// table's words as word loads.
//
//===----------------------------------------------------------------------===//

#include "MemoryWords.h"
#include "Selection.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Machine/Machine.h"
#include "llvm/ADT/DenseSet.h"

namespace xyz {
#define GEN_PASS_DEF_XYZCOALESCELOADS
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

constexpr int64_t kLanes = machine::kVectorLength;

/// A word load at a constant address, at `position` in program order.
struct Word {
  int64_t addr;
  size_t position;
  LoadOp load;
};

/// A window of 8 words worth a vector load, and the span of program order
/// its vector is live over (from its first load to its last).
struct Window {
  int64_t start;
  size_t first, last;
  SmallVector<Word> joined;
};

struct CoalesceLoadsPass
    : public xyz::impl::XYZCoalesceLoadsBase<CoalesceLoadsPass> {
  using XYZCoalesceLoadsBase::XYZCoalesceLoadsBase;

  void runOnOperation() override {
    KernelOp kernel = getOperation();
    if (kernel.getBody().empty())
      return;
    SmallVector<Operation *> ops;
    for (Operation &op : kernel.getBody().front())
      ops.push_back(&op);
    coalesceWordLoads(ops, WriteIndex(ops));
  }

  /// The highest memory word the program accesses at a constant address:
  /// the program runs on an image that has it, and every word below.
  static int64_t highestWord(ArrayRef<Operation *> ops) {
    int64_t highest = -1;
    auto note = [&](Value addr, int64_t words) {
      if (auto a = constantAddress(addr))
        highest = std::max(highest, *a + words - 1);
    };
    for (Operation *op : ops) {
      if (auto load = dyn_cast<LoadOp>(op))
        note(load.getAddr(), 1);
      else if (auto store = dyn_cast<StoreOp>(op))
        note(store.getAddr(), 1);
      else if (auto load = dyn_cast<VLoadOp>(op))
        note(load.getBase(), cast<VectorType>(load.getType()).getNumElements());
      else if (auto store = dyn_cast<VStoreOp>(op))
        note(store.getBase(),
             cast<VectorType>(store.getValue().getType()).getNumElements());
    }
    return highest;
  }

  /// Word loads at constant addresses, two or more words within 8, become
  /// one vload of those 8 words and its lanes (one load slot and one
  /// address instead of one each), placed at the first of them, as long as
  /// such vectors hold at most half of scratch in program order
  /// (withinBudget). Only loads
  /// whose word nothing may write between that place and the load join,
  /// and only windows below the highest word the program accesses (so the
  /// vload stays inside memory). Words of a region vector loads read stay.
  void coalesceWordLoads(ArrayRef<Operation *> ops, const WriteIndex &writes) {
    // Regions that vector loads also read keep their word loads: the
    // vectorizer chose scalar code for a loop's leftover threads (made
    // lanes of a late group's vector load, the tail of zoo/table_lookup
    // n=100 took 230 cycles instead of 226). A table that gathers read is
    // coalesced: its word loads are the words the gather replacement
    // selects from, read once for all groups (docs/passes.md has the
    // measurements).
    DenseSet<StringRef> vectorRead;
    bool vectorAnywhere = false;
    for (Operation *op : ops)
      if (auto load = dyn_cast<VLoadOp>(op)) {
        // A table copy's reads (--xyz-carry-xor-constants) are no loop's.
        if (load->hasAttr(selection::kTableCopyLoadAttr))
          continue;
        if (std::optional<StringRef> region = load.getRegion())
          vectorRead.insert(*region);
        else
          vectorAnywhere = true;
      }
    SmallVector<Word> words;
    for (auto [i, op] : llvm::enumerate(ops))
      if (auto load = dyn_cast<LoadOp>(op)) {
        std::optional<StringRef> region = load.getRegion();
        if (vectorAnywhere || (region && vectorRead.contains(*region)))
          continue;
        if (auto addr = constantAddress(load.getAddr()))
          words.push_back({*addr, i, load});
      }
    if (words.size() < 2)
      return;
    int64_t highest = highestWord(ops);
    llvm::stable_sort(words, [](const Word &a, const Word &b) {
      return a.addr < b.addr;
    });
    SmallVector<Window> windows;
    for (size_t k = 0; k < words.size();) {
      // The window from this word on, moved down to end at the highest
      // word if needed.
      int64_t start = std::max<int64_t>(
          0, std::min(words[k].addr, highest - kLanes + 1));
      size_t end = k;
      while (end < words.size() && words[end].addr < start + kLanes)
        ++end;
      ArrayRef<Word> group = ArrayRef<Word>(words).slice(k, end - k);
      size_t first = llvm::min_element(group, [](const Word &a,
                                                 const Word &b) {
                       return a.position < b.position;
                     })->position;
      SmallVector<Word> joined;
      for (const Word &w : group)
        if (w.addr >= start &&
            !writes.writtenBetween(first, w.position, w.addr, 1))
          joined.push_back(w);
      auto distinct = [&] {
        DenseSet<int64_t> addrs;
        for (const Word &w : joined)
          addrs.insert(w.addr);
        return addrs.size();
      };
      k = end;
      if (start + kLanes - 1 > highest || distinct() < 2)
        continue;
      size_t last = first;
      for (const Word &w : joined)
        last = std::max(last, w.position);
      windows.push_back({start, first, last, std::move(joined)});
    }
    for (Window &window : withinBudget(windows, ops.size()))
      apply(ops, window);
  }

  /// The windows whose vectors, live from their first load to their last
  /// in program order, never hold more than half of scratch at once,
  /// shortest spans first. A window's words come from loads of different
  /// threads; once threads are expanded, thread after thread, a vector
  /// read by eight of them is live across all eight bodies: a column sum
  /// over 512 rows of 16 scalar threads made 1,024 such vectors, 4,102
  /// words live in program order, and the program could not be
  /// scheduled. The others keep their word loads.
  static SmallVector<Window> withinBudget(SmallVector<Window> &windows,
                                          size_t positions) {
    constexpr int64_t kBudget = machine::kScratchSize / 2;
    SmallVector<unsigned> order(windows.size());
    for (unsigned i = 0; i < order.size(); ++i)
      order[i] = i;
    llvm::stable_sort(order, [&](unsigned a, unsigned b) {
      return windows[a].last - windows[a].first <
             windows[b].last - windows[b].first;
    });
    LiveWords live(positions);
    SmallVector<bool> kept(windows.size(), false);
    for (unsigned i : order) {
      Window &w = windows[i];
      if (live.max(w.first, w.last) + kLanes > kBudget)
        continue;
      live.add(w.first, w.last, kLanes);
      kept[i] = true;
    }
    SmallVector<Window> result;
    for (unsigned i = 0; i < windows.size(); ++i)
      if (kept[i])
        result.push_back(std::move(windows[i]));
    return result;
  }

  /// The window's vector load, at the first of its word loads, and its
  /// lanes in place of them.
  static void apply(ArrayRef<Operation *> ops, const Window &window) {
    LoadOp front = window.joined.front().load;
    std::optional<StringRef> region = front.getRegion();
    // (A window of words of several regions is in none.)
    for (const Word &w : window.joined)
      if (LoadOp(w.load).getRegion() != region)
        region = std::nullopt;
    OpBuilder builder(ops[window.first]);
    Location loc = front.getLoc();
    Value base = builder.create<arith::ConstantIntOp>(loc, window.start, 32);
    auto vload = builder.create<VLoadOp>(
        loc, VectorType::get({kLanes}, builder.getI32Type()), base,
        region ? builder.getStringAttr(*region) : StringAttr());
    for (const Word &w : window.joined) {
      LoadOp load = w.load;
      OpBuilder at(load);
      Value lane = at.create<LaneOp>(
          load.getLoc(), load.getType(), vload.getResult(),
          at.getI64IntegerAttr(w.addr - window.start));
      load.replaceAllUsesWith(lane);
      load.erase();
    }
  }
};

} // namespace
