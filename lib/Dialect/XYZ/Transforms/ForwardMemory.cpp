//===- ForwardMemory.cpp - Loads served from scratch ----------------------===//
//
// After threads are expanded every address is a constant, and a vector
// load often reads words the program already holds in scratch: a value it
// stored (the next step of an iteration reads what the last one wrote) or
// words another load read (a stencil's neighbours overlap its centre).
// This pass walks the straight-line body tracking, per memory word, which
// lane of which vector holds it, and serves loads from there: one vector
// in order is the vector itself, the end of one and the start of another
// an xyz.window, which costs nothing once the scheduler gives the two
// vectors adjacent scratch. A word load of a word whose value the walk
// knows as a word (loaded or stored before) is that value. Stores whose
// words are all stored again before anything may read them (now that
// loads read scratch) go.
//
//===----------------------------------------------------------------------===//

#include "MemoryWords.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Machine/Machine.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include <functional>
#include <optional>

namespace xyz {
#define GEN_PASS_DEF_XYZFORWARDMEMORY
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// A memory word held in scratch: lane `lane` of `vector`, which a store
/// wrote there (`stored`) or a load read.
struct Held {
  Value vector;
  int64_t lane;
  bool stored = false;
  /// Loaded at an address of the anchor's residue (see `anchor`).
  bool aligned = false;
};

constexpr int64_t kLanes = machine::kVectorLength;

/// The vectors the machine loads and stores (kLanes lanes).
bool isMachineVector(Type type) {
  auto vector = dyn_cast<VectorType>(type);
  return vector && vector.getRank() == 1 && vector.getNumElements() == kLanes;
}

struct ForwardMemoryPass
    : public xyz::impl::XYZForwardMemoryBase<ForwardMemoryPass> {
  using XYZForwardMemoryBase::XYZForwardMemoryBase;

  void runOnOperation() override {
    KernelOp kernel = getOperation();
    if (kernel.getBody().empty())
      return;
    if (maxChain != 0)
      return forward(kernel, maxChain, /*bounded=*/true);
    chooseChainLimit(kernel);
  }

  /// With `max-chain=0`: the longest chain limit (16, 8, then 4) whose
  /// program still fits scratch comfortably in program order. A chain is
  /// one block of adjacent scratch from the first write of any of its
  /// vectors to the last read of any; longer chains hold their words
  /// longer, and where the program already holds most of scratch the
  /// allocator then finds few runs of adjacent free blocks (zoo/stencil
  /// 1024/2: 173 cycles with chains of 4, 222 with 8, 264 with 16). Each
  /// limit is tried on a copy of the kernel; the copy that fits becomes
  /// the kernel's body.
  void chooseChainLimit(KernelOp kernel) {
    // Unbounded first (chains of 16, 8, 4; chains of 4 also where they
    // hold up to 3/4 of scratch, which the scheduler's demand order still
    // fits: zoo/stencil 1024/2 and zoo/inplace 1024/3 hold 1,072 words),
    // then each load served from scratch only while the vectors fit the
    // budget (chains of 4, then 2): a loop reading what an earlier thread
    // loop of 1,536 threads stored held 1,560 words and failed to schedule.
    struct Try {
      unsigned limit;
      bool bounded;
      int64_t fitsIn;
    };
    // Each limit with and without the anchor (see `anchor`): of the two
    // that fit, the one with fewer vector loads left.
    for (Try t : {Try{16, false, kChainBudget}, Try{8, false, kChainBudget},
                  Try{4, false, kUnboundedBudget}, Try{4, true, kChainBudget}}) {
      KernelOp best;
      int64_t fewest = INT64_MAX;
      for (bool withAnchor : {false, true}) {
        auto copy = cast<KernelOp>(kernel->clone());
        anchored = withAnchor;
        forward(copy, t.limit, t.bounded);
        Block &body = copy.getBody().front();
        auto loads = std::distance(body.getOps<VLoadOp>().begin(),
                                   body.getOps<VLoadOp>().end());
        if (liveVectorWords(body) <= t.fitsIn && loads < fewest) {
          if (best)
            best->destroy();
          best = copy;
          fewest = loads;
        } else {
          copy->destroy();
        }
      }
      if (best) {
        kernel.getBody().takeBody(best.getBody());
        best->destroy();
        return;
      }
    }
    anchored = false;
    forward(kernel, 2, /*bounded=*/true);
  }

  /// The most words the body's vectors hold at once in program order,
  /// each chain of windows (by its head, as forward() left them) as one
  /// block (see chooseChainLimit).
  int64_t liveVectorWords(Block &body) const {
    DenseMap<Operation *, int64_t> position;
    int64_t pos = 0;
    for (Operation &op : body)
      position[&op] = pos++;
    // Per chain (by root): first write, last read and vectors.
    struct Range {
      int64_t first = INT64_MAX, last = -1, vectors = 0;
    };
    DenseMap<Value, Range> ranges;
    std::function<int64_t(Value)> lastRead = [&](Value v) -> int64_t {
      int64_t last = -1;
      for (Operation *user : v.getUsers()) {
        Operation *top = body.findAncestorOpInBlock(*user);
        if (!top)
          continue;
        last = std::max(last, position.lookup(top));
        if (auto window = dyn_cast<WindowOp>(user))
          last = std::max(last, lastRead(window.getResult()));
      }
      return last;
    };
    for (Operation &op : body) {
      if (isa<WindowOp>(op))
        continue;
      for (Value result : op.getResults()) {
        if (!isMachineVector(result.getType()))
          continue;
        Range &r = ranges[headOfChain(result)];
        r.first = std::min(r.first, position.lookup(&op));
        r.last = std::max(r.last, std::max(position.lookup(&op),
                                           lastRead(result)));
        ++r.vectors;
      }
    }
    std::vector<std::pair<int64_t, int64_t>> events;
    for (auto &entry : ranges) {
      const Range &r = entry.second;
      events.push_back({r.first, r.vectors * kLanes});
      events.push_back({r.last + 1, -r.vectors * kLanes});
    }
    llvm::sort(events);
    int64_t live = 0, most = 0;
    for (auto [at, delta] : events) {
      live += delta;
      most = std::max(most, live);
    }
    return most;
  }

  /// Serves loads from scratch with chains of at most `limit` vectors;
  /// `bounded`: only while the vectors fit kChainBudget (holdInstead).
  void forward(KernelOp kernel, unsigned limit, bool bounded) {
    chainLimit = limit;
    holdBudget = bounded ? kChainBudget : INT64_MAX / 2;
    held.clear();
    known.clear();
    next.clear();
    prev.clear();
    headOf.clear();
    length.clear();
    Block &body = kernel.getBody().front();
    SmallVector<Operation *> ops;
    for (Operation &op : body)
      ops.push_back(&op);
    WriteIndex writes(ops);
    trackLiveVectors(body, ops);
    chooseAnchor(ops);
    // Later vector loads by address, to bring one forward.
    DenseMap<int64_t, SmallVector<size_t>> loadsAt;
    for (auto [i, op] : llvm::enumerate(ops))
      if (auto load = dyn_cast<VLoadOp>(op))
        if (auto addr = constantAddress(load.getBase());
            addr && isMachineVector(load.getType()))
          loadsAt[*addr].push_back(i);

    std::vector<bool> gone(ops.size(), false); // erased or moved
    for (size_t i = 0; i < ops.size(); ++i) {
      if (gone[i])
        continue;
      Operation *op = ops[i];
      if (auto store = dyn_cast<VStoreOp>(op)) {
        noteStore(store.getValue(), constantAddress(store.getBase()));
      } else if (auto store = dyn_cast<StoreOp>(op)) {
        if (auto addr = constantAddress(store.getAddr())) {
          held.erase(*addr);
          noteWord(*addr, store.getValue(), i, /*stored=*/true);
        } else {
          held.clear();
          known.clear();
        }
      } else if (auto load = dyn_cast<VLoadOp>(op)) {
        forwardLoad(load, i, ops, gone, loadsAt, writes);
      } else if (auto load = dyn_cast<LoadOp>(op)) {
        gone[i] = forwardScalar(load, i);
      } else if (auto gather = dyn_cast<GatherOp>(op)) {
        gone[i] = forwardGather(gather, i);
      } else if (WriteIndex::mayWriteUnknown(op)) {
        held.clear();
        known.clear();
      }
    }
    eraseOverwrittenStores(kernel);
  }

  /// Stores whose every word is stored again before anything may read it
  /// (loads served from scratch no longer do), or, in a region that is not
  /// an output (`xyz.outputs`), that nothing reads after them: a walk from
  /// the end with the words a later store overwrites first and the words
  /// a later access may read.
  static void eraseOverwrittenStores(KernelOp kernel) {
    Block &body = kernel.getBody().front();
    // Without a list of region names as outputs, every word is observed
    // (a malformed list is --xyz-eliminate-dead-stores' error to report).
    auto outputs = kernel->getAttrOfType<ArrayAttr>(XYZDialect::kOutputsAttr);
    llvm::StringSet<> outputNames;
    bool readUnknown = !outputs;
    if (outputs)
      for (Attribute name : outputs) {
        if (auto str = dyn_cast<StringAttr>(name))
          outputNames.insert(str.getValue());
        else
          readUnknown = true;
      }
    DenseSet<int64_t> overwritten, readLater;
    auto read = [&](std::optional<int64_t> addr, int64_t lanes) {
      if (!addr) {
        readUnknown = true;
        return overwritten.clear();
      }
      for (int64_t w = 0; w < lanes; ++w) {
        overwritten.erase(*addr + w);
        readLater.insert(*addr + w);
      }
    };
    auto unobserved = [&](std::optional<StringRef> region) {
      return region && !readUnknown && !outputNames.contains(*region);
    };
    // Returns whether the store is dead; otherwise notes its words.
    auto store = [&](std::optional<int64_t> addr, int64_t lanes,
                     std::optional<StringRef> region) {
      if (!addr)
        return false; // writes somewhere: kills nothing, reads nothing
      bool overwrittenAll = true, readAny = false;
      for (int64_t w = 0; w < lanes; ++w) {
        overwrittenAll &= overwritten.contains(*addr + w);
        readAny |= readLater.contains(*addr + w);
      }
      for (int64_t w = 0; w < lanes; ++w)
        overwritten.insert(*addr + w);
      return overwrittenAll || (unobserved(region) && !readAny);
    };
    for (Operation &op : llvm::make_early_inc_range(llvm::reverse(body))) {
      if (auto s = dyn_cast<StoreOp>(op)) {
        if (store(constantAddress(s.getAddr()), 1, s.getRegion()))
          op.erase();
      } else if (auto s = dyn_cast<VStoreOp>(op)) {
        if (store(constantAddress(s.getBase()),
                  cast<VectorType>(s.getValue().getType()).getNumElements(),
                  s.getRegion()))
          op.erase();
      } else if (auto l = dyn_cast<LoadOp>(op)) {
        read(constantAddress(l.getAddr()), 1);
      } else if (auto l = dyn_cast<VLoadOp>(op)) {
        read(constantAddress(l.getBase()),
             cast<VectorType>(l.getType()).getNumElements());
      } else if (auto g = dyn_cast<GatherOp>(op)) {
        if (auto lanes = laneAddresses(g))
          for (int64_t addr : *lanes)
            read(addr, 1);
        else
          read(std::nullopt, 0);
      } else if (!isMemoryEffectFree(&op)) {
        read(std::nullopt, 0); // a barrier, another effect
      }
    }
  }

  /// Scratch words the chosen chains may hold at once in program order:
  /// half of scratch.
  static constexpr int64_t kChainBudget = machine::kScratchSize / 2;
  static constexpr int64_t kUnboundedBudget = machine::kScratchSize * 3 / 4;
  unsigned chainLimit = 4;
  DenseMap<int64_t, Held> held;
  /// Windows chain vectors: each follows at most one, is followed by at
  /// most one; per chain head, its length; per vector, its chain's head.
  DenseMap<Value, Value> next, prev, headOf;
  DenseMap<Value, unsigned> length;

  /// Scalar words whose value the walk knows: what a scalar load read or
  /// a scalar store wrote there, and where (the position in the body) that
  /// value was last used. A load served from it holds the value in a
  /// scratch word until then: only within kKnownSpan ops of its last use
  /// (a word held across a long program splits the scratch that vectors
  /// need in runs: zoo/stencil 2048/3, its edge words served from the
  /// first step to the last, 789 -> 1,183 cycles), and for at most
  /// kKnownWords words, the least recently used forgotten first. A word a
  /// store wrote is held within kStoredSpan ops: forgotten, its store
  /// stays and a load reads it back. An odd-even sort's phases over 200
  /// words reuse each word some 600 ops later (3,946 cycles at 512, 772
  /// at 768, 722 at 2,048); zoo/stencil 1024/2 takes 156 cycles instead of
  /// 155 from 1,024 on.
  struct Known {
    Value value;
    size_t used;
    bool stored;
  };
  static constexpr unsigned kKnownWords = 256;
  static constexpr size_t kKnownSpan = 512;
  static constexpr size_t kStoredSpan = 768;
  DenseMap<int64_t, Known> known;

  static bool heldAt(const Known &word, size_t at) {
    return at - word.used <= (word.stored ? kStoredSpan : kKnownSpan);
  }

  void noteWord(int64_t addr, Value value, size_t at, bool stored) {
    known[addr] = {value, at, stored};
    if (known.size() <= kKnownWords)
      return;
    auto oldest = known.begin();
    for (auto it = known.begin(); it != known.end(); ++it)
      if (it->second.used < oldest->second.used)
        oldest = it;
    known.erase(oldest);
  }

  /// A scalar load at a constant address (position `at` of the body)
  /// whose word the walk knows is that value. (Not the lane of a vector
  /// holding the word: that would hold the vector past the last use the
  /// chain budget counts.) Returns whether it went.
  bool forwardScalar(LoadOp load, size_t at) {
    std::optional<int64_t> addr = constantAddress(load.getAddr());
    if (!addr)
      return false;
    auto it = known.find(*addr);
    if (it == known.end() || !heldAt(it->second, at)) {
      noteWord(*addr, load.getResult(), at, /*stored=*/false);
      return false;
    }
    it->second.used = at;
    load.getResult().replaceAllUsesWith(it->second.value);
    load.erase();
    return true;
  }

  /// The values the walk knows at `addrs` (words stored or loaded as words,
  /// still held at `at`), marked used at `at`; none unless it knows them
  /// all.
  std::optional<SmallVector<Value>> knownWords(ArrayRef<int64_t> addrs,
                                               size_t at) {
    SmallVector<Known *> words;
    for (int64_t addr : addrs) {
      auto it = known.find(addr);
      if (it == known.end() || !heldAt(it->second, at) ||
          !it->second.value.getType().isInteger(32))
        return std::nullopt;
      words.push_back(&it->second);
    }
    SmallVector<Value> values;
    for (Known *word : words) {
      word->used = at;
      values.push_back(word->value);
    }
    return values;
  }

  /// `op`'s vector result replaced by the words `values`: lane k of one
  /// vector V for every k is V, anything else the words put together
  /// (`xyz.from_words`: an ALU copy per lane, 12 a cycle, for a load each,
  /// 2 a cycle).
  static void replaceByKnownWords(Operation *op, ArrayRef<Value> values) {
    Value vector;
    for (auto [k, value] : llvm::enumerate(values)) {
      auto lane = value.getDefiningOp<LaneOp>();
      if (!lane || lane.getLane() != uint64_t(k) ||
          (vector && lane.getValue() != vector)) {
        vector = nullptr;
        break;
      }
      vector = lane.getValue();
    }
    Value result = op->getResult(0);
    if (!vector || vector.getType() != result.getType()) {
      OpBuilder builder(op);
      vector =
          builder.create<FromWordsOp>(op->getLoc(), result.getType(), values);
    }
    result.replaceAllUsesWith(vector);
    op->erase();
  }

  /// A gather at constant lane addresses whose every word the walk knows:
  /// a scatter's lane stores read back (per-thread arrays at `i * m + j`,
  /// stored and read again: the stored vector itself), or a phase reading
  /// the words its neighbours scattered the phase before (a sorting
  /// network's compare-exchanges). Returns whether it went.
  bool forwardGather(GatherOp gather, size_t at) {
    std::optional<SmallVector<int64_t>> addrs = laneAddresses(gather);
    if (!addrs || !isMachineVector(gather.getType()))
      return false;
    std::optional<SmallVector<Value>> values = knownWords(*addrs, at);
    if (!values)
      return false;
    replaceByKnownWords(gather, *values);
    return true;
  }

  void noteStore(Value vector, std::optional<int64_t> addr) {
    if (!addr) {
      held.clear();
      known.clear();
      return;
    }
    int64_t lanes = cast<VectorType>(vector.getType()).getNumElements();
    for (int64_t w = 0; w < lanes; ++w) {
      known.erase(*addr + w);
      if (isMachineVector(vector.getType()))
        held[*addr + w] = {vector, w, /*stored=*/true};
      else
        held.erase(*addr + w);
    }
  }

  /// What holds words [addr, addr + 8): one vector, in lane order from
  /// `first.lane`, up to the first word it does not hold.
  int64_t runOf(int64_t addr, Held &first) const {
    auto it = held.find(addr);
    if (it == held.end())
      return 0;
    first = it->second;
    int64_t n = 1;
    for (; n < kLanes && first.lane + n < kLanes; ++n) {
      auto w = held.find(addr + n);
      if (w == held.end() || w->second.vector != first.vector ||
          w->second.lane != first.lane + n)
        break;
    }
    return n;
  }

  void forwardLoad(VLoadOp load, size_t i, ArrayRef<Operation *> ops,
                   std::vector<bool> &gone,
                   const DenseMap<int64_t, SmallVector<size_t>> &loadsAt,
                   const WriteIndex &writes) {
    std::optional<int64_t> addr = constantAddress(load.getBase());
    if (!addr || !isMachineVector(load.getType()))
      return;
    Held low;
    int64_t n = runOf(*addr, low);
    // Words stored (or loaded) one by one: those words.
    if (n == 0) {
      SmallVector<int64_t> addrs;
      for (int64_t w = 0; w < kLanes; ++w)
        addrs.push_back(*addr + w);
      if (std::optional<SmallVector<Value>> values = knownWords(addrs, i))
        return replaceByKnownWords(load, *values);
    }
    // The whole vector, in order: the load is that vector.
    if (n == kLanes && low.lane == 0) {
      if (holdInstead(load, {low.vector})) {
        load.replaceAllUsesWith(low.vector);
        load.erase();
        return;
      }
      return holdWords(load, *addr);
    }
    // The end of one vector and the start of another.
    if (n > 0 && low.lane + n == kLanes) {
      Held high;
      int64_t m = runOf(*addr + n, high);
      if (m >= kLanes - n && high.lane == 0 &&
          canChain(low.vector, high.vector)) {
        if (holdInstead(load, {low.vector, high.vector})) {
          replaceByWindow(load, low.vector, high.vector, low.lane);
          return;
        }
        return holdWords(load, *addr);
      }
      // The rest is the start of a later load of the next 8 words that
      // can come here: bring it.
      if (m == 0) {
        if (Value later = bringForward(*addr + n, load, i, ops, gone,
                                       loadsAt, writes, low.vector)) {
          if (holdInstead(load, {low.vector, later})) {
            replaceByWindow(load, low.vector, later, low.lane);
            return;
          }
          return holdWords(load, *addr);
        }
      }
    }
    // The load now holds its words, except those a stored vector holds
    // (the same words: a later load of the stored vector's 8 words is then
    // that vector). Of two loads, the later one: loads further on are
    // more likely aligned with it than with an earlier load that could
    // not chain.
    // A load at the anchor's residue takes its words from any other load;
    // another one takes none from those (see `anchor`).
    bool aligned = isAligned(*addr);
    for (int64_t w = 0; w < kLanes; ++w) {
      Held mine{load.getResult(), w, /*stored=*/false, aligned};
      auto [it, fresh] = held.try_emplace(*addr + w, mine);
      if (!fresh && !it->second.stored && (aligned || !it->second.aligned))
        it->second = mine;
    }
  }

  /// The residue mod 8 of most of the body's vector load addresses. Loads
  /// at other addresses (a stencil's neighbours) are windows of loads at
  /// this residue, which chain block after block; were their words held
  /// by whichever load came last, a 2-D stencil's row neighbours (another
  /// residue) would break the chains of the loads around them.
  int64_t anchor = 0;

  /// Whether loads at the anchor's residue keep their words (else every
  /// load not served holds its words, the later load winning).
  bool anchored = false;

  bool isAligned(int64_t addr) const {
    return anchored && addr % kLanes == anchor;
  }

  void chooseAnchor(ArrayRef<Operation *> ops) {
    int64_t count[kLanes] = {};
    for (Operation *op : ops)
      if (auto load = dyn_cast<VLoadOp>(op))
        if (auto addr = constantAddress(load.getBase()))
          ++count[*addr % kLanes];
    anchor = llvm::max_element(count) - count;
  }

  /// Moves the first load of [addr, addr + 8) after position `i` to just
  /// before `at`, if nothing in between may write its words and `low`
  /// can be chained to it; returns it (its words now held).
  Value bringForward(int64_t addr, Operation *at, size_t i,
                     ArrayRef<Operation *> ops, std::vector<bool> &gone,
                     const DenseMap<int64_t, SmallVector<size_t>> &loadsAt,
                     const WriteIndex &writes, Value low) {
    auto it = loadsAt.find(addr);
    if (it == loadsAt.end())
      return {};
    auto later = llvm::find_if(it->second, [&](size_t j) {
      return j > i && !gone[j];
    });
    if (later == it->second.end() ||
        writes.writtenBetween(i, *later, addr, kLanes))
      return {};
    auto load = cast<VLoadOp>(ops[*later]);
    if (!canChain(low, load.getResult()))
      return {};
    // Loaded here, its words are held from here on (counted even if the
    // window then does not fit: the load has moved).
    if (*later > i) {
      if (live->max(i, *later - 1) + kLanes > holdBudget)
        return {};
      live->add(i, *later - 1, kLanes);
    }
    // The address is a constant: make one here rather than move its op.
    OpBuilder builder(at);
    Value base = builder.create<arith::ConstantIntOp>(load.getLoc(), addr, 32);
    load->moveBefore(at);
    load.getBaseMutable().assign(base);
    gone[*later] = true;
    for (int64_t w = 0; w < kLanes; ++w)
      held[addr + w] = {load.getResult(), w, /*stored=*/false,
                        isAligned(addr)};
    return load.getResult();
  }

  /// Program positions, and per vector value the last position that
  /// reads it: the scratch words the body's vectors hold at each position
  /// (`live`). A load served from scratch makes the vector it reads live
  /// from that vector's last reader on to the load's last reader, which
  /// an unbounded walk would do for every stored vector read again much
  /// later (a loop reading what an earlier thread loop stored): such a
  /// load stays a load where the vectors would then hold more than
  /// kChainBudget words at some position (it reloads rather than hold the
  /// words; scratch allocation would fail).
  int64_t holdBudget = kChainBudget;
  DenseMap<Operation *, size_t> positionOf;
  DenseMap<Value, size_t> lastUse;
  std::optional<LiveWords> live;

  void trackLiveVectors(Block &body, ArrayRef<Operation *> ops) {
    positionOf.clear();
    lastUse.clear();
    for (auto [i, op] : llvm::enumerate(ops))
      positionOf[op] = i;
    live.emplace(ops.size());
    for (auto [i, op] : llvm::enumerate(ops))
      for (Value result : op->getResults())
        if (isMachineVector(result.getType())) {
          size_t last = lastReader(body, result, i);
          lastUse[result] = last;
          live->add(i, last, kLanes);
        }
  }

  /// The last position reading `v` (defined at `def`), before the walk
  /// (which makes windows; holdInstead extends the ranges they add).
  size_t lastReader(Block &body, Value v, size_t def) const {
    size_t last = def;
    for (Operation *user : v.getUsers())
      if (Operation *top = body.findAncestorOpInBlock(*user))
        if (auto it = positionOf.find(top); it != positionOf.end())
          last = std::max(last, it->second);
    return last;
  }

  /// Whether `vectors` may serve `load` within the budget: its words are
  /// no longer loaded, and each vector is live on to the load's last
  /// reader. Notes it if so.
  bool holdInstead(VLoadOp load, ArrayRef<Value> vectors) {
    auto pos = positionOf.find(load);
    auto last = lastUse.find(load.getResult());
    if (pos == positionOf.end() || last == lastUse.end())
      return true;
    size_t at = pos->second, end = last->second;
    live->add(at, end, -kLanes);
    SmallVector<std::pair<Value, size_t>> extended;
    bool fits = true;
    for (Value v : vectors) {
      auto it = lastUse.find(v);
      if (it == lastUse.end() || it->second >= end)
        continue;
      size_t from = it->second + 1;
      if (live->max(from, end) + kLanes > holdBudget) {
        fits = false;
        break;
      }
      live->add(from, end, kLanes);
      extended.push_back({v, it->second});
      it->second = end;
    }
    if (fits)
      return true;
    for (auto [v, before] : extended) {
      live->add(before + 1, end, -kLanes);
      lastUse[v] = before;
    }
    live->add(at, end, kLanes);
    return false;
  }

  /// The load keeps its words: it holds them for later loads.
  void holdWords(VLoadOp load, int64_t addr) {
    bool aligned = isAligned(addr);
    for (int64_t w = 0; w < kLanes; ++w) {
      Held &h = held[addr + w];
      if (!h.vector || aligned || !h.aligned)
        h = Held{load.getResult(), w, /*stored=*/false, aligned};
    }
  }

  Value headOfChain(Value v) const {
    auto it = headOf.find(v);
    return it == headOf.end() ? v : it->second;
  }
  unsigned lengthOf(Value head) const {
    auto it = length.find(head);
    return it == length.end() ? 1 : it->second;
  }

  /// Whether `low` can be followed by `high` in scratch (already, or by
  /// joining their chains within maxChain vectors).
  bool canChain(Value low, Value high) const {
    // A window has no scratch of its own to place.
    if (low.getDefiningOp<WindowOp>() || high.getDefiningOp<WindowOp>())
      return false;
    auto n = next.find(low);
    if (n != next.end())
      return n->second == high;
    if (prev.count(high))
      return false;
    Value a = headOfChain(low), b = headOfChain(high);
    return a != b && lengthOf(a) + lengthOf(b) <= chainLimit;
  }

  void replaceByWindow(VLoadOp load, Value low, Value high, int64_t offset) {
    if (!next.count(low)) {
      Value a = headOfChain(low), b = headOfChain(high);
      next[low] = high;
      prev[high] = low;
      length[a] = lengthOf(a) + lengthOf(b);
      length.erase(b);
      for (Value v = high;; v = next.lookup(v)) {
        headOf[v] = a;
        if (!next.count(v))
          break;
      }
      headOf[low] = a;
    }
    OpBuilder builder(load);
    Value window = builder.create<WindowOp>(load.getLoc(), load.getType(),
                                            low, high,
                                            builder.getI64IntegerAttr(offset));
    // The words stay held by the vectors they came from.
    load.replaceAllUsesWith(window);
    load.erase();
  }
};

} // namespace
