//===- CarryXorConstants.cpp - A constant xor carried into consumers ------===//
//
// A hash that ends in `h = x ^ K` feeds the next step's `h ^ node` and the
// bit test `h & 1`. When the node is selected from uniform words, K can be
// xored into those words once, up front, and the bit's polarity flipped
// where it is used: the xor is gone from every group and every round.
//
// Each candidate `x ^ K` is tried on its own: a walk over the values that
// change form (in block order, from the candidate on) decides, per user,
// how the user takes the new form, and counts the per-group ops added and
// removed. Only a candidate that removes more than it adds is rewritten,
// by the same walk with a builder.
//
//===----------------------------------------------------------------------===//

#include "Selection.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"

#include <set>

namespace xyz {
#define GEN_PASS_DEF_XYZCARRYXORCONSTANTS
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;
using llvm::APInt;

namespace {

/// How a value the rewrite replaces relates to its replacement w:
/// `Xor`: old = w ^ c; `Affine`: old = (negate ? -w : w) + c, which on i1
/// (a select's condition) is w ^ (c & 1).
struct Form {
  enum Kind { Xor, Affine } kind = Xor;
  Value w;
  bool negate = false;
  APInt c;
};

/// A uniform operand: a constant, or a broadcast of a scalar word.
struct Uniform {
  Value scalar;              // null for a constant
  std::optional<APInt> cst;  // the constant
};

std::optional<APInt> constantOf(Value v) {
  APInt value;
  if (matchPattern(v, m_ConstantInt(&value)))
    return value;
  return std::nullopt;
}

std::optional<Uniform> uniformOf(Value v) {
  if (auto c = constantOf(v))
    return Uniform{Value(), *c};
  if (auto bcast = v.getDefiningOp<BroadcastOp>()) {
    if (auto c = constantOf(bcast.getValue()))
      return Uniform{Value(), *c};
    return Uniform{bcast.getValue(), std::nullopt};
  }
  return std::nullopt;
}

unsigned widthOf(Type type) { return getElementTypeOrSelf(type).getIntOrFloatBitWidth(); }

/// Copies of read-only tables xored with a constant, in the kernel's free
/// memory (`into-tables`): the ranges that may get one, planned before any
/// rewrite, and the copies made.
class TableCopies {
public:
  struct Copy {
    StringAttr region; // the copy's own region name (no other access)
    int64_t lo = 0;    // its first word
    int64_t srcLo = 0, count = 0;
    std::optional<APInt> k; // the constant, once made
  };

  /// Reserves free memory for the ranges with the most gathers per vector
  /// of words, while each has at least kMinGathersPerChunk per vector.
  void plan(KernelOp kernel, selection::EngineWork work, bool gate) {
    SmallVector<Space> spaces = freeSpaces(kernel);
    if (spaces.empty())
      return;
    struct Use {
      StringAttr region;
      int64_t lo, count, lanes;
      unsigned gathers = 0;
    };
    std::map<Key, Use> uses;
    llvm::DenseMap<StringAttr, bool> readOnly;
    kernel.walk([&](GatherOp g) {
      DenseI64ArrayAttr range = rangeOf(g);
      auto type = dyn_cast<VectorType>(g.getType());
      if (!range || !g.getRegionAttr() || !type)
        return;
      auto [it, fresh] = readOnly.try_emplace(g.getRegionAttr(), false);
      if (fresh)
        it->second = selection::isReadOnly(kernel, g.getRegionAttr());
      if (!it->second || range[1] < type.getNumElements())
        return;
      // The range is a hint: the address's bits must prove it.
      uint64_t flips = 0;
      if (selection::exactOffsetBits(g.getAddrs(), range[0], range[1], &flips)
              .empty() &&
          !selection::maskedSource(g.getAddrs(), range[0], range[1]))
        return;
      proven.insert(g);
      Use &use = uses[keyOf(g.getRegionAttr(), range[0], range[1])];
      use = Use{g.getRegionAttr(), range[0], range[1], type.getNumElements(),
                use.gathers + 1};
    });
    SmallVector<Use> order;
    for (auto &entry : uses) {
      const Use &u = entry.second;
      int64_t chunks = llvm::divideCeil(u.count, u.lanes);
      if (int64_t(u.gathers) >= kMinGathersPerChunk * chunks)
        order.push_back(u);
    }
    auto perChunk = [](const Use &u) {
      return double(u.gathers) / double(llvm::divideCeil(u.count, u.lanes));
    };
    llvm::stable_sort(order, [&](const Use &a, const Use &b) {
      return perChunk(a) > perChunk(b);
    });
    MLIRContext *ctx = kernel.getContext();
    for (const Use &u : order) {
      // With only-vector-bound, only while the floor goes down: a copy
      // takes a vector load, its address and an xor per vector of words,
      // and saves an xor per gather (the loads may bind once the vector
      // work is cut).
      int64_t chunks = llvm::divideCeil(u.count, u.lanes);
      selection::EngineWork after = work;
      after.loads += 2.0 * chunks;
      after.vectorSlots -= double((int64_t(u.gathers) - chunks) * u.lanes);
      auto floor = [](const selection::EngineWork &w) {
        return std::max(w.loadFloor(), w.vectorFloor());
      };
      if (gate && floor(after) >= floor(work))
        continue;
      for (Space &space : spaces) {
        if (space.end - space.next < u.count)
          continue;
        std::string name =
            (space.name + "." + u.region.getValue() + "^" + llvm::Twine(u.lo))
                .str();
        copies[keyOf(u.region, u.lo, u.count)] =
            Copy{StringAttr::get(ctx, name), space.next, u.lo, u.count, {}};
        space.next += u.count;
        work = after;
        break;
      }
    }
  }

  /// Takes the words of the copies made out of the kernel's free memory.
  void commit(KernelOp kernel) {
    SmallVector<std::pair<int64_t, int64_t>> used;
    for (auto &entry : copies)
      if (entry.second.k)
        used.push_back({entry.second.lo, entry.second.lo + entry.second.count});
    if (used.empty())
      return;
    // Each free range [next, end) minus the used intervals (disjoint).
    llvm::MapVector<StringRef, SmallVector<int64_t>> left;
    for (const Space &space : freeSpaces(kernel)) {
      SmallVector<std::pair<int64_t, int64_t>> parts{{space.next, space.end}};
      for (auto [ulo, uhi] : used) {
        SmallVector<std::pair<int64_t, int64_t>> next;
        for (auto [lo, hi] : parts) {
          if (lo < std::min(ulo, hi))
            next.push_back({lo, std::min(ulo, hi)});
          if (std::max(uhi, lo) < hi)
            next.push_back({std::max(uhi, lo), hi});
        }
        parts = std::move(next);
      }
      SmallVector<int64_t> &flat = left[space.name];
      for (auto [lo, hi] : parts)
        flat.append({lo, hi - lo});
    }
    MLIRContext *ctx = kernel.getContext();
    SmallVector<NamedAttribute> entries;
    for (auto &[name, flat] : left)
      if (!flat.empty())
        entries.push_back(NamedAttribute(StringAttr::get(ctx, name),
                                         DenseI64ArrayAttr::get(ctx, flat)));
    if (entries.empty())
      kernel->removeAttr(XYZDialect::kFreeMemoryAttr);
    else
      kernel->setAttr(XYZDialect::kFreeMemoryAttr,
                      DictionaryAttr::get(ctx, entries));
  }

  /// The copy planned for `g`'s range, if any.
  Copy *lookup(GatherOp g) {
    DenseI64ArrayAttr range = rangeOf(g);
    if (!range || !g.getRegionAttr() || !proven.contains(g))
      return nullptr;
    auto it = copies.find(keyOf(g.getRegionAttr(), range[0], range[1]));
    return it == copies.end() ? nullptr : &it->second;
  }

private:
  /// A range of free words, [next, end), in the region `name`.
  struct Space {
    StringRef name;
    int64_t next, end;
  };
  /// The kernel's free memory (kFreeMemoryAttr), range by range.
  static SmallVector<Space> freeSpaces(KernelOp kernel) {
    SmallVector<Space> spaces;
    auto free =
        kernel->getAttrOfType<DictionaryAttr>(XYZDialect::kFreeMemoryAttr);
    if (!free)
      return spaces;
    for (NamedAttribute entry : free)
      if (auto ranges = dyn_cast<DenseI64ArrayAttr>(entry.getValue()))
        for (int64_t i = 0; i + 1 < ranges.size(); i += 2)
          spaces.push_back({entry.getName().getValue(), ranges[i],
                            ranges[i] + ranges[i + 1]});
    return spaces;
  }

  /// The [lo, count] a gather's address is said to lie in, or null.
  static DenseI64ArrayAttr rangeOf(GatherOp g) {
    for (StringRef name :
         {selection::kAddressRangeAttr, selection::kAddressBoundsAttr})
      if (auto range = g->getAttrOfType<DenseI64ArrayAttr>(name);
          range && range.size() == 2 && range[0] >= 0 && range[1] > 0)
        return range;
    return nullptr;
  }
  /// Gathers whose range the address's bits prove (plan).
  llvm::DenseSet<Operation *> proven;
  /// A copy costs a vector load, xor and store per vector of words.
  static constexpr int64_t kMinGathersPerChunk = 2;
  using Key = std::tuple<const void *, int64_t, int64_t>;
  static Key keyOf(StringAttr region, int64_t lo, int64_t count) {
    return {region.getAsOpaquePointer(), lo, count};
  }
  std::map<Key, Copy> copies;
};

/// One candidate's rewrite; with `dry` set it only counts.
class Carry {
public:
  /// Uniform ops made by earlier rewrites, by what they compute: each
  /// group's rewrite reuses them instead of making its own copy.
  using UniformKey =
      std::tuple<unsigned, const void *, uint64_t, const void *, uint64_t>;
  using UniformCache = std::map<UniformKey, Value>;

  /// `positions` numbers the block's ops in order when the pass starts
  /// (ops made since are numbered between their neighbours, or ordered by
  /// the block: asking it after every insertion renumbers the whole block,
  /// quadratic on large kernels). `cache` is shared by every rewrite.
  Carry(Block &block, bool dry, llvm::DenseSet<Operation *> &gone,
        llvm::DenseMap<Operation *, uint64_t> &positions, UniformCache &cache,
        TableCopies *tables)
      : block(block), dry(dry), gone(gone), numbering(positions),
        builder(block.getParentOp()->getContext(), &numbering),
        worklist(BlockOrder{&positions}), positions(positions), cache(cache),
        tables(tables) {}

  /// Per-group ops added minus removed; INT_MAX when the rewrite is not
  /// possible.
  int run(arith::XOrIOp root) {
    Value x;
    APInt k;
    if (auto c = constantOf(root.getRhs())) {
      x = root.getLhs();
      k = *c;
    } else if (auto c = constantOf(root.getLhs())) {
      x = root.getRhs();
      k = *c;
    } else {
      return kImpossible;
    }
    if (!isa<IntegerType>(getElementTypeOrSelf(x.getType())) ||
        widthOf(x.getType()) < 2)
      return kImpossible;
    setForm(root.getResult(), Form{Form::Xor, x, false, k});
    removed(root);
    while (!worklist.empty() && !failed) {
      Operation *op = *worklist.begin();
      worklist.erase(worklist.begin());
      if (++visited > kMaxVisited)
        return kImpossible;
      visit(op);
    }
    // Every step left the program exact (old ops stay until nothing uses
    // them), so a rewrite that stops half-way is still correct.
    if (!dry)
      eraseDead();
    return failed ? kImpossible : cost;
  }

private:
  static constexpr int kImpossible = std::numeric_limits<int>::max();
  static constexpr unsigned kMaxVisited = 4096;

public:
  /// How far apart the pass numbers the block's ops (room for 20 ops made
  /// between two of them, each half-way).
  static constexpr uint64_t kSpacing = uint64_t(1) << 20;

private:
  struct BlockOrder {
    const llvm::DenseMap<Operation *, uint64_t> *positions;
    bool operator()(Operation *a, Operation *b) const {
      return isBefore(*positions, a, b);
    }
  };
  static bool isBefore(const llvm::DenseMap<Operation *, uint64_t> &positions,
                       Operation *a, Operation *b) {
    if (a == b)
      return false;
    auto pa = positions.find(a), pb = positions.find(b);
    if (pa != positions.end() && pb != positions.end())
      return pa->second < pb->second;
    return a->isBeforeInBlock(b);
  }

  /// Numbers an op made between two numbered ops half-way between them
  /// (the pass numbers the block's ops kSpacing apart); one it cannot
  /// number is ordered by the block.
  struct Numbering : OpBuilder::Listener {
    explicit Numbering(llvm::DenseMap<Operation *, uint64_t> &positions)
        : positions(positions) {}
    void notifyOperationInserted(Operation *op,
                                 OpBuilder::InsertPoint) override {
      // The nearest numbered ops either side (ops between them without a
      // number are ordered by the block, exactly, against any other op).
      // The block's ends count as numbered 0 and kEnd.
      auto nearest = [&](Operation *from, bool forward,
                         uint64_t end) -> std::optional<uint64_t> {
        for (unsigned steps = 0; steps < kMaxSteps; ++steps) {
          if (!from)
            return end;
          auto it = positions.find(from);
          if (it != positions.end())
            return it->second;
          from = forward ? from->getNextNode() : from->getPrevNode();
        }
        return std::nullopt;
      };
      std::optional<uint64_t> lo = nearest(op->getPrevNode(), false, 0);
      std::optional<uint64_t> hi = nearest(op->getNextNode(), true, kEnd);
      if (!lo || !hi)
        return;
      uint64_t mid = *lo + (*hi - *lo) / 2;
      if (mid != *lo)
        positions[op] = mid;
    }
    static constexpr unsigned kMaxSteps = 64;
    static constexpr uint64_t kEnd = uint64_t(1) << 62;
    llvm::DenseMap<Operation *, uint64_t> &positions;
  };

  Block &block;
  bool dry;
  llvm::DenseSet<Operation *> &gone;
  /// Numbers the ops the builder makes (before it: it is its listener).
  Numbering numbering;
  OpBuilder builder;
  int cost = 0;
  bool failed = false;
  unsigned visited = 0;
  llvm::DenseMap<Value, Form> forms;
  llvm::DenseMap<Value, Value> materialized;
  std::set<Operation *, BlockOrder> worklist;
  /// Erased ops leave it (their memory may hold a new op).
  llvm::DenseMap<Operation *, uint64_t> &positions;
  UniformCache &cache;
  llvm::SetVector<Operation *> dead;
  TableCopies *tables; // null without into-tables

  void setForm(Value old, Form form) {
    forms[old] = form;
    for (Operation *user : old.getUsers()) {
      if (user->getBlock() != &block) {
        failed = true; // a use inside a region: not straight-line
        return;
      }
      worklist.insert(user);
    }
  }
  const Form *formOf(Value v) const {
    auto it = forms.find(v);
    return it == forms.end() ? nullptr : &it->second;
  }

  void added() { ++cost; }
  void removed(Operation *op) {
    --cost;
    dead.insert(op);
  }
  /// An op replaced one for one (or a cast): no count.
  void replaced(Operation *op) { dead.insert(op); }

  /// The result of `op` is `w` exactly: its users see w.
  void identity(Operation *op, Value w) {
    if (!dry)
      op->getResult(0).replaceAllUsesWith(w);
  }
  /// The result of `op` is `form`: its users are visited.
  void carry(Operation *op, Form form) {
    if (form.kind == Form::Affine && !form.negate && form.c.isZero())
      return identity(op, form.w);
    if (form.kind == Form::Xor && form.c.isZero())
      return identity(op, form.w);
    setForm(op->getResult(0), form);
  }

  Value constant(Location loc, Type type, const APInt &value) {
    if (dry)
      return Value();
    TypedAttr attr;
    if (auto vt = dyn_cast<VectorType>(type))
      attr = DenseElementsAttr::get(vt, ArrayRef<APInt>(value));
    else
      attr = IntegerAttr::get(type, value);
    return builder.create<arith::ConstantOp>(loc, attr);
  }

  template <typename OpTy>
  Value create(Location loc, Value a, Value b) {
    added();
    if (dry)
      return Value();
    return builder.create<OpTy>(loc, a, b);
  }
  Value madd(Location loc, Value a, Value b, Value c) {
    if (dry)
      return Value();
    return builder.create<MultiplyAddOp>(loc, a, b, c);
  }

  /// The old value `v` as it was, before `user`.
  Value materialize(Value v, Operation *user) {
    const Form *form = formOf(v);
    if (!form)
      return v;
    auto it = materialized.find(v);
    if (it != materialized.end())
      return it->second;
    if (widthOf(v.getType()) == 1) {
      failed = true; // i1 forms are only made for selects
      return Value();
    }
    builder.setInsertionPoint(user);
    Location loc = user->getLoc();
    Value result;
    if (form->kind == Form::Xor) {
      result = create<arith::XOrIOp>(loc, form->w,
                                     constant(loc, v.getType(), form->c));
    } else if (form->negate) {
      result = create<arith::SubIOp>(loc, constant(loc, v.getType(), form->c),
                                     form->w);
    } else {
      result = create<arith::AddIOp>(loc, form->w,
                                     constant(loc, v.getType(), form->c));
    }
    materialized[v] = result;
    return result;
  }
  void materializeOperands(Operation *op) {
    for (OpOperand &operand : op->getOpOperands()) {
      if (!formOf(operand.get()))
        continue;
      Value value = materialize(operand.get(), op);
      if (!dry && value)
        operand.set(value);
    }
  }

  /// Insertion point for a uniform op over `scalars`: after the last of
  /// their definitions.
  void setUniformInsertion(ArrayRef<Value> scalars) {
    Operation *last = nullptr;
    for (Value s : scalars) {
      Operation *def = s.getDefiningOp();
      if (!def || def->getBlock() != &block)
        continue;
      if (!last || isBefore(positions, last, def))
        last = def;
    }
    if (last)
      builder.setInsertionPointAfter(last);
    else
      builder.setInsertionPointToStart(&block);
  }

  /// Uniform arithmetic, computed once for all groups (no count).
  /// What a uniform op computes, in UniformKey.
  enum UniformKind : unsigned { kXor, kAdd, kSub, kMul, kBroadcast };
  static std::pair<const void *, uint64_t> keyOf(const Uniform &u) {
    if (u.scalar)
      return {u.scalar.getAsOpaquePointer(), 0};
    return {nullptr, u.cst->getZExtValue()};
  }
  Uniform uniformBinary(Location loc, unsigned kind, const Uniform &a,
                        const Uniform &b,
                        function_ref<APInt(const APInt &, const APInt &)> fold,
                        function_ref<Value(Value, Value)> build) {
    if (a.cst && b.cst)
      return Uniform{Value(), fold(*a.cst, *b.cst)};
    if (dry)
      return Uniform{Value(), std::nullopt};
    auto [ka, ca] = keyOf(a);
    auto [kb, cb] = keyOf(b);
    Value &cached = cache[UniformKey(kind, ka, ca, kb, cb)];
    if (cached)
      return Uniform{cached, std::nullopt};
    SmallVector<Value> scalars;
    for (const Uniform *u : {&a, &b})
      if (u->scalar)
        scalars.push_back(u->scalar);
    setUniformInsertion(scalars);
    Type word = scalars.front().getType(); // one is not a constant
    auto scalarOf = [&](const Uniform &u) {
      return u.scalar ? u.scalar
                      : builder.create<arith::ConstantOp>(
                            loc, IntegerAttr::get(word, *u.cst));
    };
    Value result = build(scalarOf(a), scalarOf(b));
    cached = result;
    return Uniform{result, std::nullopt};
  }
  Uniform uxor(Location loc, const Uniform &a, const APInt &k) {
    return uniformBinary(
        loc, kXor, a, Uniform{Value(), k},
        [](const APInt &x, const APInt &y) { return x ^ y; },
        [&](Value x, Value y) {
          return builder.create<arith::XOrIOp>(loc, x, y);
        });
  }
  Uniform uadd(Location loc, const Uniform &a, const Uniform &b) {
    // n + (m - n) = m: a selected pair's second word, not a longer chain.
    for (auto [x, y] : {std::pair(&a, &b), std::pair(&b, &a)})
      if (x->scalar && y->scalar)
        if (auto sub = y->scalar.getDefiningOp<arith::SubIOp>();
            sub && sub.getRhs() == x->scalar)
          return Uniform{sub.getLhs(), std::nullopt};
    return uniformBinary(
        loc, kAdd, a, b, [](const APInt &x, const APInt &y) { return x + y; },
        [&](Value x, Value y) {
          return builder.create<arith::AddIOp>(loc, x, y);
        });
  }
  Uniform usub(Location loc, const Uniform &a, const Uniform &b) {
    return uniformBinary(
        loc, kSub, a, b, [](const APInt &x, const APInt &y) { return x - y; },
        [&](Value x, Value y) {
          return builder.create<arith::SubIOp>(loc, x, y);
        });
  }
  Uniform umul(Location loc, const Uniform &a, const APInt &k) {
    if (k.isOne())
      return a;
    return uniformBinary(
        loc, kMul, a, Uniform{Value(), k},
        [](const APInt &x, const APInt &y) { return x * y; },
        [&](Value x, Value y) {
          return builder.create<arith::MulIOp>(loc, x, y);
        });
  }
  /// A uniform value as an operand of `type`, before `user`.
  Value spread(Location loc, const Uniform &u, Type type, Operation *user) {
    if (dry)
      return Value();
    if (u.cst) {
      builder.setInsertionPoint(user);
      return constant(loc, type, *u.cst);
    }
    if (!isa<VectorType>(type))
      return u.scalar;
    Value &cached = cache[UniformKey(kBroadcast, u.scalar.getAsOpaquePointer(),
                                     0, type.getAsOpaquePointer(), 0)];
    if (cached)
      return cached;
    builder.setInsertionPointAfterValue(u.scalar);
    cached = builder.create<BroadcastOp>(loc, type, u.scalar);
    return cached;
  }

  unsigned liveUses(Value v) const {
    return llvm::count_if(v.getUsers(),
                          [&](Operation *user) { return !dead.contains(user); });
  }

  /// Can `y ^ K` be had for free: a constant, a broadcast, or a single-use
  /// tree of selects and bit multiply-adds over them?
  bool canAbsorb(Value y, const APInt &k, unsigned depth = 0) {
    if (depth > 8)
      return false;
    if (depth == 0 && tableCopyFor(y, k))
      return true;
    if (uniformOf(y))
      return true;
    // A formed condition or bit here was visited already (it is defined
    // before the xor): the rewrite made y anew, of the same shape, and a
    // dry run looks at the old one. Replaced ops still use their operands
    // until the end: their uses do not count.
    if (liveUses(y) > 1 || formOf(y))
      return false;
    if (auto sel = y.getDefiningOp<arith::SelectOp>())
      return canAbsorb(sel.getTrueValue(), k, depth + 1) &&
             canAbsorb(sel.getFalseValue(), k, depth + 1);
    if (auto fma = y.getDefiningOp<MultiplyAddOp>()) {
      Value bit = fma.getA(), d = fma.getB();
      if (!selection::isBit(bit))
        std::swap(bit, d);
      return selection::isBit(bit) && uniformOf(d) && uniformOf(fma.getC());
    }
    return false;
  }
  /// The copy of the table `y` gathers from that can take K: `y` a gather
  /// nothing else reads, of a range with a copy planned and either not
  /// made yet or made with K.
  TableCopies::Copy *tableCopyFor(Value y, const APInt &k) {
    auto g = y.getDefiningOp<GatherOp>();
    if (!tables || !g || liveUses(y) != 1 || formOf(y))
      return nullptr;
    TableCopies::Copy *copy = tables->lookup(g);
    if (!copy || (copy->k && *copy->k != k.zextOrTrunc(copy->k->getBitWidth())))
      return nullptr;
    return copy;
  }

  /// The words of `copy`'s range xored with K, stored to the copy: at the
  /// start of the block, once.
  void makeCopy(TableCopies::Copy &copy, const APInt &k, GatherOp g) {
    if (copy.k)
      return;
    copy.k = k;
    auto type = cast<VectorType>(g.getType());
    int64_t lanes = type.getNumElements();
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(&block);
    Location loc = g.getLoc();
    Type word = type.getElementType();
    Value key = constant(loc, type, k);
    for (int64_t at = 0; at < copy.count; at += lanes) {
      // The last vector overlaps the one before when the range is not a
      // multiple of the lanes (it is at least one vector long).
      int64_t from = std::min(at, copy.count - lanes);
      Value src = constant(loc, word, APInt(32, copy.srcLo + from));
      auto v = builder.create<VLoadOp>(loc, type, src, g.getRegionAttr());
      v->setAttr(selection::kTableCopyLoadAttr, builder.getUnitAttr());
      Value x = builder.create<arith::XOrIOp>(loc, v, key);
      Value dst = constant(loc, word, APInt(32, copy.lo + from));
      builder.create<VStoreOp>(loc, x, dst, copy.region);
    }
  }

  /// `addr + delta` for the gather `g` (reading its operand as it is now):
  /// folded into the constant of an add or subtraction only `g` reads
  /// (the address add a gather has, or its materialized form), else one
  /// add more.
  Value offsetAddress(GatherOp g, int64_t delta) {
    Value addr = g.getAddrs();
    Type type = addr.getType();
    unsigned width = widthOf(type);
    APInt d(width, uint64_t(delta), /*isSigned=*/true);
    if (dry) {
      const Form *f = formOf(addr);
      bool folds = f ? f->kind == Form::Affine : foldableOffset(addr);
      if (!folds)
        added();
      return Value();
    }
    Operation *def = addr.getDefiningOp();
    builder.setInsertionPoint(g);
    Location loc = g.getLoc();
    if (foldableOffset(addr)) {
      Value x = def->getOperand(0), c = def->getOperand(1);
      bool constFirst = !!constantOf(x);
      if (constFirst)
        std::swap(x, c);
      APInt sum = *constantOf(c) + d;
      replaced(def);
      if (isa<arith::SubIOp>(def))
        return builder.create<arith::SubIOp>(loc, constant(loc, type, sum), x);
      return builder.create<arith::AddIOp>(loc, x, constant(loc, type, sum));
    }
    return create<arith::AddIOp>(loc, addr, constant(loc, type, d));
  }
  /// `x + c`, `c + x` or `c - x`, c a constant, read only by its user.
  bool foldableOffset(Value addr) const {
    Operation *def = addr.getDefiningOp();
    if (!def || liveUses(addr) != 1)
      return false;
    if (isa<arith::AddIOp>(def))
      return constantOf(def->getOperand(0)) || constantOf(def->getOperand(1));
    return isa<arith::SubIOp>(def) && constantOf(def->getOperand(0)) &&
           !constantOf(def->getOperand(1));
  }

  /// `g ^ K` for a gather of a table with a copy (tableCopyFor): the same
  /// gather from the copy.
  Value absorbGather(GatherOp g, const APInt &k) {
    TableCopies::Copy &copy = *tableCopyFor(g.getResult(), k);
    Value addr = offsetAddress(g, copy.lo - copy.srcLo);
    replaced(g);
    if (dry)
      return Value();
    makeCopy(copy, k, g);
    builder.setInsertionPoint(g);
    auto copied =
        builder.create<GatherOp>(g.getLoc(), g.getType(), addr, copy.region);
    for (NamedAttribute attr : g->getDiscardableAttrs())
      copied->setAttr(attr.getName(), attr.getValue());
    copied->removeAttr(selection::kAddressBoundsAttr);
    copied->setAttr(selection::kAddressRangeAttr,
                    builder.getDenseI64ArrayAttr({copy.lo, copy.count}));
    return copied;
  }

  /// `y ^ K` (canAbsorb(y) holds).
  Value absorb(Value y, const APInt &k, Operation *user) {
    Location loc = user->getLoc();
    if (auto g = y.getDefiningOp<GatherOp>())
      return absorbGather(g, k);
    if (auto u = uniformOf(y))
      return spread(loc, uxor(loc, *u, k), y.getType(), user);
    Operation *def = y.getDefiningOp();
    replaced(def);
    if (auto sel = dyn_cast<arith::SelectOp>(def)) {
      Value t = absorb(sel.getTrueValue(), k, sel);
      Value f = absorb(sel.getFalseValue(), k, sel);
      if (dry)
        return Value();
      builder.setInsertionPoint(user);
      return builder.create<arith::SelectOp>(loc, sel.getCondition(), t, f);
    }
    // n + b * d with b in {0, 1}: the words n ^ K and (n + d) ^ K.
    auto fma = cast<MultiplyAddOp>(def);
    Value bit = fma.getA(), d = fma.getB();
    if (!selection::isBit(bit))
      std::swap(bit, d);
    Uniform n = *uniformOf(fma.getC()), du = *uniformOf(d);
    Uniform n0 = uxor(loc, n, k);
    Uniform n1 = uxor(loc, uadd(loc, n, du), k);
    Uniform d1 = usub(loc, n1, n0);
    Type type = y.getType();
    Value dv = spread(loc, d1, type, user), nv = spread(loc, n0, type, user);
    builder.setInsertionPoint(user);
    return madd(loc, bit, dv, nv);
  }

  void visit(Operation *op) {
    Location loc = op->getLoc();
    builder.setInsertionPoint(op);
    if (auto xorOp = dyn_cast<arith::XOrIOp>(op))
      return visitXor(xorOp);
    if (auto andOp = dyn_cast<arith::AndIOp>(op))
      return visitAnd(andOp);
    if (auto trunc = dyn_cast<arith::TruncIOp>(op))
      return visitTrunc(trunc);
    if (auto sel = dyn_cast<arith::SelectOp>(op)) {
      const Form *cond = formOf(sel.getCondition());
      if (cond && !formOf(sel.getTrueValue()) &&
          !formOf(sel.getFalseValue())) {
        // The condition is negated (only such i1 forms are made).
        replaced(op);
        Value v;
        if (!dry)
          v = builder.create<arith::SelectOp>(loc, cond->w, sel.getFalseValue(),
                                              sel.getTrueValue());
        return identity(op, v);
      }
      return materializeOperands(op);
    }
    if (auto fma = dyn_cast<MultiplyAddOp>(op))
      return visitMultiplyAdd(fma);
    if (isa<arith::AddIOp, arith::SubIOp>(op))
      return visitAddSub(op);
    materializeOperands(op);
  }

  void visitXor(arith::XOrIOp op) {
    Value a = op.getLhs(), b = op.getRhs();
    const Form *fa = formOf(a), *fb = formOf(b);
    if (fa && fa->kind != Form::Xor)
      fa = nullptr;
    if (fb && fb->kind != Form::Xor)
      fb = nullptr;
    if (!fa && !fb)
      return materializeOperands(op);
    if (!fa) {
      std::swap(a, b);
      std::swap(fa, fb);
    }
    Location loc = op.getLoc();
    if (fb) { // (w1 ^ c1) ^ (w2 ^ c2)
      Value w = create<arith::XOrIOp>(loc, fa->w, fb->w);
      removed(op);
      return carry(op, Form{Form::Xor, w, false, fa->c ^ fb->c});
    }
    if (formOf(b)) { // an affine value: as it is
      materializeOperands(op);
      return;
    }
    if (auto c = constantOf(b)) { // (w ^ K) ^ c
      removed(op);
      return carry(op, Form{Form::Xor, fa->w, false, fa->c ^ *c});
    }
    APInt k = fa->c;
    Value w = fa->w;
    if (canAbsorb(b, k)) { // w ^ (b ^ K)
      Value b2 = absorb(b, k, op);
      builder.setInsertionPoint(op);
      Value v = create<arith::XOrIOp>(loc, w, b2);
      removed(op);
      return identity(op, v);
    }
    Value v = create<arith::XOrIOp>(loc, w, b); // (w ^ b) ^ K
    removed(op);
    carry(op, Form{Form::Xor, v, false, k});
  }

  void visitAnd(arith::AndIOp op) {
    Value a = op.getLhs(), m = op.getRhs();
    if (!constantOf(m))
      std::swap(a, m);
    const Form *fa = formOf(a);
    std::optional<APInt> mask = constantOf(m);
    if (!fa || fa->kind != Form::Xor || !mask || formOf(m))
      return materializeOperands(op);
    // (w ^ K) & M = (w & M) ^ (K & M); with M = 1 that is 1 - (w & 1).
    Value v = create<arith::AndIOp>(op.getLoc(), fa->w, m);
    removed(op);
    APInt c = fa->c & *mask;
    if (mask->isOne() && c.isOne())
      return carry(op, Form{Form::Affine, v, true, c});
    carry(op, Form{Form::Xor, v, false, c});
  }

  void visitTrunc(arith::TruncIOp op) {
    const Form *f = formOf(op.getIn());
    // Bit 0 of (+-w + c) and of (w ^ c) is bit 0 of w, flipped when c is
    // odd; only selects take the flipped condition.
    bool onlySelects = llvm::all_of(op->getUses(), [](OpOperand &use) {
      auto sel = dyn_cast<arith::SelectOp>(use.getOwner());
      return sel && use.getOperandNumber() == 0;
    });
    if (!f || widthOf(op.getType()) != 1 || !onlySelects)
      return materializeOperands(op);
    replaced(op);
    Value w;
    if (!dry)
      w = builder.create<arith::TruncIOp>(op.getLoc(), op.getType(), f->w);
    if (!f->c[0])
      return identity(op, w);
    setForm(op.getResult(), Form{Form::Affine, w, true, APInt(1, 1)});
  }

  /// x * m + y, with x or y (or both) carried as +-w + c.
  void visitMultiplyAdd(MultiplyAddOp op) {
    Value x = op.getA(), m = op.getB(), y = op.getC();
    if (formOf(m) && !formOf(x))
      std::swap(x, m);
    const Form *fx = formOf(x), *fy = formOf(y);
    auto affine = [](const Form *f) { return !f || f->kind == Form::Affine; };
    std::optional<Uniform> mu = uniformOf(m);
    if (formOf(m) || !affine(fx) || !affine(fy) || !mu)
      return materializeOperands(op);
    Location loc = op.getLoc();
    Type type = op.getType();
    unsigned width = widthOf(type);
    APInt zero(width, 0);
    bool nx = fx && fx->negate, ny = fy && fy->negate;
    APInt cx = fx ? fx->c : zero, cy = fy ? fy->c : zero;
    Value wx = fx ? fx->w : x, wy = fy ? fy->w : y;
    // (+-wx + cx) * m + (+-wy + cy) = +-wx * m +-wy + (cx * m + cy).
    if (!cx.isZero() && !mu->cst) {
      // cx * m is uniform, not constant: y must take it.
      std::optional<Uniform> yu = uniformOf(y);
      if (fy || !yu)
        return materializeOperands(op);
      Uniform addend = uadd(loc, *yu, umul(loc, *mu, cx));
      Uniform mult = nx ? usub(loc, Uniform{Value(), zero}, *mu) : *mu;
      Value mv = spread(loc, mult, type, op), av = spread(loc, addend, type, op);
      builder.setInsertionPoint(op);
      Value v = madd(loc, wx, mv, av);
      replaced(op);
      return identity(op, v);
    }
    // With y negated the result is negated: -(wx * -m' + wy).
    Uniform mult = *mu;
    if (nx != ny)
      mult = usub(loc, Uniform{Value(), zero}, mult);
    APInt offset = cy;
    if (!cx.isZero())
      offset += cx * *mu->cst;
    Value mv = spread(loc, mult, type, op);
    builder.setInsertionPoint(op);
    Value v = madd(loc, wx, mv, wy);
    replaced(op);
    carry(op, Form{Form::Affine, v, ny, offset});
  }

  /// a + b or a - b with a or b (or both) carried as +-w + c.
  void visitAddSub(Operation *op) {
    bool isSub = isa<arith::SubIOp>(op);
    Value a = op->getOperand(0), b = op->getOperand(1);
    const Form *fa = formOf(a), *fb = formOf(b);
    auto affine = [](const Form *f) { return !f || f->kind == Form::Affine; };
    if (!affine(fa) || !affine(fb))
      return materializeOperands(op);
    Location loc = op->getLoc();
    unsigned width = widthOf(op->getResult(0).getType());
    APInt zero(width, 0);
    // Each operand as (negate, w, c), a constant as (_, null, c).
    struct Term {
      bool negate;
      bool isValue; // else a constant c
      Value w;      // null in a dry run
      APInt c;
    };
    auto term = [&](Value v, const Form *f) {
      if (f)
        return Term{f->negate, true, f->w, f->c};
      if (auto c = constantOf(v))
        return Term{false, false, Value(), *c};
      return Term{false, true, v, zero};
    };
    Term ta = term(a, fa), tb = term(b, fb);
    if (isSub) {
      tb.negate = !tb.negate;
      tb.c = -tb.c;
    }
    APInt c = ta.c + tb.c;
    if (!ta.isValue || !tb.isValue) { // one value and constants: no op left
      Term t = ta.isValue ? ta : tb;
      removed(op);
      if (!t.isValue) {
        failed = true; // two constants: not a carried value
        return;
      }
      return carry(op, Form{Form::Affine, t.w, t.negate, c});
    }
    Value v;
    bool negate = false;
    if (ta.negate == tb.negate) {
      v = create<arith::AddIOp>(loc, ta.w, tb.w);
      negate = ta.negate;
    } else if (tb.negate) {
      v = create<arith::SubIOp>(loc, ta.w, tb.w);
    } else {
      v = create<arith::SubIOp>(loc, tb.w, ta.w);
    }
    removed(op);
    carry(op, Form{Form::Affine, v, negate, c});
  }

  /// The replaced ops, once nothing uses them.
  void eraseDead() {
    SmallVector<Operation *> ops(dead.begin(), dead.end());
    bool progress = true;
    while (progress) {
      progress = false;
      for (Operation *&op : ops) {
        if (op && op->use_empty()) {
          gone.insert(op);
          positions.erase(op);
          op->erase();
          op = nullptr;
          progress = true;
        }
      }
    }
  }
};

struct CarryXorConstantsPass
    : public xyz::impl::XYZCarryXorConstantsBase<CarryXorConstantsPass> {
  using XYZCarryXorConstantsBase::XYZCarryXorConstantsBase;

  void runOnOperation() override {
    KernelOp kernel = getOperation();
    if (kernel.getBody().empty())
      return;
    Block &block = kernel.getBody().front();
    // Candidates in block order; a rewrite only erases ops after its root,
    // and only ops it visited.
    SmallVector<arith::XOrIOp> candidates;
    for (Operation &op : block)
      if (auto xorOp = dyn_cast<arith::XOrIOp>(op))
        if (constantOf(xorOp.getLhs()) || constantOf(xorOp.getRhs()))
          candidates.push_back(xorOp);
    // The ops removed are vector work. Where the loads or the flow engine
    // bind, or would once the vector work is cut below them, removing them
    // gains nothing: a program bound by its gathers reaches that floor less
    // closely (no gather issues before the first hashes are done). And a
    // rewrite of some rounds but not others keeps both sets of selected
    // words in scratch. So every candidate is rewritten, or none.
    llvm::DenseMap<Operation *, uint64_t> positions;
    Carry::UniformCache uniforms;
    for (Operation &op : block)
      positions.try_emplace(&op, (positions.size() + 1) * Carry::kSpacing);
    selection::EngineWork work = selection::countWork(kernel);
    TableCopies tables;
    TableCopies *tablesPtr = nullptr;
    if (intoTables) {
      tables.plan(kernel, work, onlyVectorBound);
      tablesPtr = &tables;
    }
    double others = std::max(work.loadFloor(), work.flowFloor());
    llvm::DenseSet<Operation *> gone;
    for (arith::XOrIOp root : candidates) {
      int cost =
          Carry(block, /*dry=*/true, gone, positions, uniforms, tablesPtr)
              .run(root);
      if (cost >= 0)
        continue;
      auto vector = dyn_cast<VectorType>(root.getType());
      work.vectorSlots += cost * (vector ? vector.getNumElements() : 1);
    }
    bool ranged =
        whileRanged && llvm::any_of(block, [](Operation &op) {
          return isa<GatherOp>(op) && op.hasAttr(selection::kAddressRangeAttr);
        });
    if (onlyVectorBound && !ranged && work.vectorFloor() < others)
      return;
    for (arith::XOrIOp root : candidates) {
      if (gone.contains(root))
        continue;
      if (Carry(block, /*dry=*/true, gone, positions, uniforms, tablesPtr)
              .run(root) >= 0)
        continue;
      // The ops it erases go to `gone`: an erased candidate is not tried.
      Carry(block, /*dry=*/false, gone, positions, uniforms, tablesPtr)
          .run(root);
    }
    tables.commit(kernel);
    // Uniform ops no rewrite ended up using (broadcasts first: they read
    // the others).
    for (bool progress = true; progress;) {
      progress = false;
      for (auto &entry : uniforms) {
        Operation *op = entry.second ? entry.second.getDefiningOp() : nullptr;
        if (op && op->use_empty()) {
          op->erase();
          entry.second = Value();
          progress = true;
        }
      }
    }
  }
};

} // namespace
