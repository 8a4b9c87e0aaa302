//===- Vectorize.cpp - Map threads onto the machine's vector lanes --------===//
//
// Splits a foreach_thread of constant count N into a vectorized loop over
// groups of VLEN threads and a scalar tail of the N mod VLEN others. In the
// vector body every value is one of:
//   - uniform: the same for every thread (defined outside, or computed only
//     from uniform values); it stays a scalar and is broadcast once where a
//     vector needs it;
//   - affine: thread id + a uniform offset; an access at such an address is
//     contiguous (vload / vstore at group base + offset);
//   - varying: a vector<VLEN x i32>; elementwise-mappable ops (arith,
//     multiply_add) apply lane-wise, loads at varying addresses are gathers.
// An affine value used as data (e.g. `x ^ tid`) becomes a lane-index vector:
// the group's first value broadcast plus the constant <0, 1, ..., VLEN-1>.
// A store at any other per-thread address (a scatter) is a word store per
// lane. A body with something that has no vector form (regions) stays
// scalar, as does one the cost model (engine slot limits from the machine
// description) finds cheaper as scalar code. With `remarks`, each decision
// is reported at the op it is about (Remarks.h).
//
//===----------------------------------------------------------------------===//

#include "Selection.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "xyz/Analysis/KernelCost.h"
#include "xyz/Analysis/ThreadUniformity.h"
#include "xyz/Machine/Machine.h"
#include "xyz/Dialect/XYZ/Remarks.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "llvm/Support/FormatVariadic.h"

namespace xyz {
#define GEN_PASS_DEF_XYZVECTORIZE
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

constexpr unsigned kLanes = machine::kVectorLength;

/// Cycles per group of kLanes threads, scalar and vectorized: the machine op
/// mixes of the body's ops (KernelCost.h), each engine's slots over its
/// slot limit, summed - the cost model that decides whether a body is worth
/// vectorizing.
struct CostModel {
  double scalar = 0, vector = 0;

  static double cycles(const machine::OpMix &mix) {
    double total = 0;
    for (unsigned e = 0; e < machine::kNumEngines; ++e)
      if (mix.slots[e] != 0) // (debug has no slots)
        total += machine::engineFloor(mix, static_cast<machine::Engine>(e));
    return total;
  }
  /// `op` of the thread body, run once per thread of a group.
  void addScalar(Operation *op) {
    scalar += kLanes * cycles(cost::opMix(op, cost::Mapping::Scalar));
  }
  /// `op` of the thread body, `share` of it per group (a load whose
  /// threads' words a vector load of scalar code serves several at once).
  void addScalar(Operation *op, double share) {
    scalar += share * cycles(cost::opMix(op, cost::Mapping::Scalar));
  }
  /// `op` of the vector body, run once per group.
  void addVector(Operation *op) { vector += cycles(cost::opMix(op)); }
  /// A mix of the vector body, per group.
  void addVector(const machine::OpMix &mix) { vector += cycles(mix); }
};

/// A store of lane `lane`'s `word` at `addr` for `store` (of the thread
/// body, or a vector store), marked with its lane: it runs for the group's
/// thread base + lane (--xyz-expand-threads turns the mark into the thread the
/// store runs for). It keeps the body store's `xyz.distinct_words`.
void storeLane(OpBuilder &builder, Operation *store, int64_t lane, Value word,
               Value addr, StringAttr region) {
  auto laneStore = builder.create<StoreOp>(store->getLoc(), word, addr, region);
  laneStore->setAttr(XYZDialect::kLaneThreadAttr,
                     builder.getI64IntegerAttr(lane));
  if (Attribute distinct = store->getAttr(XYZDialect::kDistinctWordsAttr))
    laneStore->setAttr(XYZDialect::kDistinctWordsAttr, distinct);
}

class BodyVectorizer {
public:
  enum class Kind { Uniform, Affine, Varying };
  struct Info {
    Kind kind;
    Value value; // uniform scalar, affine offset (null = 0), or vector
  };

  BodyVectorizer(Block &body, OpBuilder &builder, Value groupBase,
                 const ThreadUniformity &uniformity)
      : body(body), builder(builder), groupBase(groupBase),
        uniformity(uniformity) {}

  /// A group of fewer than kLanes threads: lanes from `active` on compute
  /// thread `lastThread` again (the group's last one), in lockstep with
  /// it, and store nothing.
  void clamp(int64_t active, int64_t lastThread) {
    activeLanes = active;
    clampTo = lastThread;
  }

  /// Builds the vector body at the builder's insertion point. Fails (leaving
  /// partial IR for the caller to erase) if some op has no vector form;
  /// `reason` then says which and why.
  LogicalResult run(Value threadId) {
    infos[threadId] = {Kind::Affine, Value()};
    for (LoadOp load : body.getOps<LoadOp>())
      if (std::optional<int64_t> stride = strideOf(load.getAddr()))
        ++loadsAtStride[*stride];
    for (StoreOp store : body.getOps<StoreOp>())
      if (std::optional<int64_t> stride = strideOf(store.getAddr()))
        ++storesAtStride[*stride];
    if (activeLanes < kLanes) {
      // Thread ids min(first + lane, last): every lane computes a thread
      // of the group, so what a lane loads or divides by is what that
      // thread does. Accesses at the thread id become gathers (at
      // constant addresses once threads are expanded: vector loads then,
      // --xyz-constant-gathers).
      Value ids = toVector(threadId);
      Value last = builder.create<arith::ConstantOp>(
          threadId.getLoc(),
          SplatElementsAttr::get(cast<ShapedType>(ids.getType()),
                                 builder.getI32IntegerAttr(clampTo)));
      auto clamped =
          builder.create<arith::MinUIOp>(threadId.getLoc(), ids, last);
      cost.addVector(clamped);
      infos[threadId] = {Kind::Varying, clamped};
    }
    for (Operation &op : body.without_terminator())
      if (failed(visit(op))) {
        if (!reason.op)
          (void)decline(&op, "'" + op.getName().getStringRef().str() +
                           "' has no vector form");
        return failure();
      }
    return success();
  }

  /// The vector form of each value the thread body yields to a reduction
  /// (one word per lane), or failure if one has none.
  LogicalResult yieldedVectors(YieldOp yield, SmallVectorImpl<Value> &out) {
    for (Value value : yield.getValues()) {
      Value vec = toVector(value);
      if (!vec)
        return decline(yield, "a yielded value has no vector form");
      out.push_back(vec);
    }
    return success();
  }

  CostModel cost;
  /// Why the body has no vector form, and where.
  struct {
    Operation *op = nullptr;
    std::string message;
  } reason;

private:
  Info get(Value v) {
    auto it = infos.find(v);
    if (it != infos.end())
      return it->second;
    return {Kind::Uniform, v}; // defined outside the thread body
  }

  Type vectorOf(Type scalar) { return VectorType::get({kLanes}, scalar); }

  LogicalResult decline(Operation *op, const Twine &message) {
    reason.op = op;
    reason.message = message.str();
    return failure();
  }

  /// The vector form of `v`, or null for a uniform value that is not an
  /// i32 or i1. An affine value (thread id + offset used as data) is the lane
  /// index vector: the group's first value broadcast, plus <0, ..., 7>.
  Value toVector(Value v) {
    Info info = get(v);
    if (info.kind == Kind::Varying)
      return info.value;
    if (info.kind == Kind::Affine) {
      Value &cached = laneIndices[info.value];
      if (!cached) {
        Location loc = v.getLoc();
        Value first = builder.create<BroadcastOp>(
            loc, vectorOf(builder.getI32Type()), groupAddress(info, loc));
        if (!laneOffsets) {
          SmallVector<int32_t> lanes;
          for (unsigned lane = 0; lane < kLanes; ++lane)
            lanes.push_back(lane);
          laneOffsets = builder.create<arith::ConstantOp>(
              loc, DenseIntElementsAttr::get(
                       cast<ShapedType>(first.getType()), lanes));
        }
        cached = builder.create<arith::AddIOp>(loc, first, laneOffsets);
        cost.addVector(first.getDefiningOp());
        cost.addVector(cached.getDefiningOp());
      }
      return cached;
    }
    Value &cached = broadcasts[info.value];
    if (cached)
      return cached;
    if (info.value.getType().isInteger(1)) {
      // A uniform condition (an if-converted uniform scf.if) selecting
      // lanes: its 0/1 word broadcast, back to bits.
      Location loc = info.value.getLoc();
      Value word = builder.create<arith::ExtUIOp>(loc, builder.getI32Type(),
                                                  info.value);
      Value words =
          builder.create<BroadcastOp>(loc, vectorOf(word.getType()), word);
      cached = builder.create<arith::TruncIOp>(
          loc, vectorOf(info.value.getType()), words);
      cost.addVector(words.getDefiningOp());
      cost.addVector(cached.getDefiningOp());
      return cached;
    }
    if (!info.value.getType().isInteger(32))
      return Value();
    cached = builder.create<BroadcastOp>(
        info.value.getLoc(), vectorOf(info.value.getType()), info.value);
    cost.addVector(cached.getDefiningOp());
    return cached;
  }

  /// c if the scalar `addr` is the thread id times a constant c plus a
  /// uniform value.
  std::optional<int64_t> strideOf(Value addr) {
    if (uniformity.isUniform(addr))
      return 0;
    if (auto it = infos.find(addr);
        it != infos.end() && it->second.kind == Kind::Affine)
      return 1;
    APInt c;
    if (auto add = addr.getDefiningOp<arith::AddIOp>()) {
      std::optional<int64_t> a = strideOf(add.getLhs());
      std::optional<int64_t> b = strideOf(add.getRhs());
      if (a && b && (*a == 0 || *b == 0))
        return *a + *b;
    }
    if (auto sub = addr.getDefiningOp<arith::SubIOp>()) {
      std::optional<int64_t> a = strideOf(sub.getLhs());
      std::optional<int64_t> b = strideOf(sub.getRhs());
      if (a && b && (*a == 0 || *b == 0))
        return *a - *b;
    }
    if (auto mul = addr.getDefiningOp<arith::MulIOp>())
      for (auto [x, y] : {std::pair(mul.getLhs(), mul.getRhs()),
                          std::pair(mul.getRhs(), mul.getLhs())})
        if (matchPattern(y, m_ConstantInt(&c)))
          if (std::optional<int64_t> s = strideOf(x))
            return *s * c.getSExtValue();
    return std::nullopt;
  }

  /// The first address of the group's contiguous access at an affine address.
  Value groupAddress(Info affine, Location loc) {
    if (!affine.value)
      return groupBase;
    return builder.create<arith::AddIOp>(loc, groupBase, affine.value);
  }

  LogicalResult visit(Operation &op) {
    if (op.getNumRegions() != 0)
      return decline(&op, "'" + op.getName().getStringRef().str() +
                              "' has regions; only straight-line thread "
                              "bodies are vectorized");
    bool uniform = llvm::all_of(op.getOperands(), [&](Value v) {
      return uniformity.isUniform(v);
    });
    if (uniform) {
      // Once per group instead of once per thread: equal for every thread.
      Operation *copy = builder.clone(op, uniformMap);
      for (auto [from, to] : llvm::zip(op.getResults(), copy->getResults())) {
        infos[from] = {Kind::Uniform, to};
        uniformMap.map(from, to);
      }
      return success();
    }
    Location loc = op.getLoc();
    // Address arithmetic that stays affine in the thread id.
    if (auto add = dyn_cast<arith::AddIOp>(op)) {
      Info lhs = get(add.getLhs()), rhs = get(add.getRhs());
      if (lhs.kind == Kind::Uniform && rhs.kind == Kind::Affine)
        std::swap(lhs, rhs);
      if (lhs.kind == Kind::Affine && rhs.kind == Kind::Uniform) {
        Value offset = lhs.value ? builder.create<arith::AddIOp>(
                                       loc, lhs.value, rhs.value)
                                 : rhs.value;
        infos[add] = {Kind::Affine, offset};
        return success();
      }
    }
    if (auto sub = dyn_cast<arith::SubIOp>(op)) {
      Info lhs = get(sub.getLhs()), rhs = get(sub.getRhs());
      if (lhs.kind == Kind::Affine && rhs.kind == Kind::Uniform) {
        Value base = lhs.value ? lhs.value
                               : builder.create<arith::ConstantIntOp>(loc, 0, 32);
        infos[sub] = {Kind::Affine,
                      builder.create<arith::SubIOp>(loc, base, rhs.value)};
        return success();
      }
    }
    if (auto fma = dyn_cast<MultiplyAddOp>(op)) {
      // a * b + (thread id + offset), a and b uniform: still affine.
      Info a = get(fma.getA()), b = get(fma.getB()), c = get(fma.getC());
      if (a.kind == Kind::Uniform && b.kind == Kind::Uniform &&
          c.kind == Kind::Affine && fma.getType().isInteger(32)) {
        Value offset =
            c.value ? builder.create<MultiplyAddOp>(loc, a.value, b.value,
                                                    c.value)
                          .getResult()
                    : builder.create<arith::MulIOp>(loc, a.value, b.value)
                          .getResult();
        infos[fma] = {Kind::Affine, offset};
        return success();
      }
    }
    if (auto load = dyn_cast<LoadOp>(op)) {
      Info addr = get(load.getAddr());
      Value result;
      if (addr.kind == Kind::Affine) {
        result = builder.create<VLoadOp>(loc, vectorOf(load.getType()),
                                         groupAddress(addr, loc),
                                         load.getRegionAttr());
      } else {
        result = builder.create<GatherOp>(loc, addr.value.getType(),
                                          addr.value, load.getRegionAttr());
        // What gather replacement knows of the address (see Selection.h).
        for (StringRef name :
             {selection::kAddressRangeAttr, selection::kAddressBoundsAttr})
          if (Attribute range = load->getDiscardableAttr(name))
            result.getDefiningOp()->setDiscardableAttr(name, range);
      }
      // Threads at a small constant stride c: once threads are expanded
      // (every address a constant) a group's words lie in |c| windows of
      // 8, shared by the body's loads at that stride (the fields of a
      // record). In scalar code --xyz-coalesce-loads reads them with |c|
      // vector loads; a gather takes them from the same loads, a copy per
      // lane (--xyz-constant-gathers), instead of 8 load slots.
      std::optional<int64_t> stride = strideOf(load.getAddr());
      if (addr.kind != Kind::Affine && stride && *stride != 0 &&
          std::abs(*stride) < int64_t(kLanes)) {
        machine::OpMix lanes;
        lanes[machine::Engine::Load] =
            double(std::abs(*stride)) / loadsAtStride[*stride];
        lanes[machine::Engine::Alu] = kLanes;
        cost.addVector(lanes);
      } else {
        cost.addVector(result.getDefiningOp());
      }
      if (stride && *stride >= 2 && *stride < int64_t(kLanes))
        cost.addScalar(load, double(*stride) / loadsAtStride[*stride]);
      else
        cost.addScalar(load);
      infos[load] = {Kind::Varying, result};
      return success();
    }
    if (auto store = dyn_cast<StoreOp>(op)) {
      Info addr = get(store.getAddr());
      Value value = toVector(store.getValue());
      if (!value)
        return decline(store, "the stored value has no vector form");
      if (addr.kind == Kind::Affine) {
        auto vstore = builder.create<VStoreOp>(
            loc, value, groupAddress(addr, loc), store.getRegionAttr());
        cost.addScalar(store);
        cost.addVector(vstore);
        return success();
      }
      return scatter(store, value);
    }
    if (!op.hasTrait<OpTrait::Elementwise>() || !isMemoryEffectFree(&op))
      return decline(&op, "'" + op.getName().getStringRef().str() +
                              "' is not an elementwise op without memory "
                              "effects: it has no lane-wise form");
    // An elementwise op on lanes: the same op on vector types.
    SmallVector<Value> operands;
    for (auto [index, v] : llvm::enumerate(op.getOperands())) {
      Value vec = toVector(v);
      if (!vec)
        return decline(&op, "operand " + Twine(index) + " of '" +
                                op.getName().getStringRef() +
                                "' is a uniform value of type other than "
                                "i32 or i1, which has no vector form");
      operands.push_back(vec);
    }
    SmallVector<Type> types;
    for (Type t : op.getResultTypes()) {
      if (!t.isInteger(32) && !t.isInteger(1))
        return decline(&op, "'" + op.getName().getStringRef() +
                                "' has a result that is not i32 or i1");
      types.push_back(vectorOf(t));
    }
    OperationState state(loc, op.getName(), operands, types, op.getAttrs());
    Operation *vec = builder.create(state);
    for (auto [from, to] : llvm::zip(op.getResults(), vec->getResults()))
      infos[from] = {Kind::Varying, to};
    cost.addScalar(&op);
    cost.addVector(vec);
    return success();
  }

  /// A store at any other per-thread address (a scatter): a word store
  /// per lane, of the lane's word at the lane's address (on the machine a
  /// store slot reading both words in place). Threads do not conflict in
  /// memory, so the lanes' order does not matter.
  ///
  /// Threads at a small constant stride c: once threads are expanded
  /// (every address a constant) a group's words fill |c| windows of 8 with
  /// the body's other stores at that stride (the fields of a record), and
  /// --xyz-join-stores writes each window with one vector store of its
  /// words, copied into place (an ALU slot each). Scalar code's stores are
  /// joined the same way (counted as c / k store slots, as its loads).
  LogicalResult scatter(StoreOp store, Value value) {
    Location loc = store.getLoc();
    Value addrs = toVector(store.getAddr());
    if (!addrs)
      return decline(store, "the store's address has no vector form");
    for (unsigned lane = 0; lane < activeLanes; ++lane) {
      Value word = builder.create<LaneOp>(loc, value, lane);
      Value addr = builder.create<LaneOp>(loc, addrs, lane);
      storeLane(builder, store, lane, word, addr, store.getRegionAttr());
    }
    std::optional<int64_t> stride = strideOf(store.getAddr());
    machine::OpMix lanes;
    if (activeLanes < kLanes) {
      lanes[machine::Engine::Store] = activeLanes;
      cost.addScalar(store);
    } else if (stride && *stride != 0 && std::abs(*stride) < int64_t(kLanes)) {
      double share = double(std::abs(*stride)) / storesAtStride[*stride];
      lanes[machine::Engine::Store] = share;
      lanes[machine::Engine::Alu] = kLanes;
      cost.addScalar(store, share);
    } else {
      lanes[machine::Engine::Store] = kLanes;
      cost.addScalar(store);
    }
    cost.addVector(lanes);
    return success();
  }

  Block &body;
  OpBuilder &builder;
  Value groupBase;
  DenseMap<int64_t, unsigned> loadsAtStride; // the body's loads per stride
  DenseMap<int64_t, unsigned> storesAtStride; // and stores
  DenseMap<Value, Info> infos;
  DenseMap<Value, Value> broadcasts;
  DenseMap<Value, Value> laneIndices; // by affine offset (null = thread id)
  Value laneOffsets;                  // <0, 1, ..., kLanes - 1>
  unsigned activeLanes = kLanes;      // the lanes that store (see clamp)
  int64_t clampTo = 0;
  IRMapping uniformMap; // uniform values by their scalar form in the body
  const ThreadUniformity &uniformity;
};

struct VectorizePass : public xyz::impl::XYZVectorizeBase<VectorizePass> {
  using XYZVectorizeBase::XYZVectorizeBase;

  void runOnOperation() override {
    uniformity = &getAnalysis<ThreadUniformity>();
    SmallVector<ForeachThreadOp> loops;
    getOperation().walk([&](ForeachThreadOp op) {
      if (op.getNumLanes() == 1)
        loops.push_back(op);
    });
    for (ForeachThreadOp loop : loops)
      vectorize(loop);
  }

  void vectorize(ForeachThreadOp loop) {
    Remarks remarks(remarkLevel, getArgument());
    APInt countAttr;
    if (!matchPattern(loop.getCount(), m_ConstantInt(&countAttr)))
      return remarks.missed(loop.getLoc(),
                            "not vectorized: the thread count is not a "
                            "constant (specialize the kernel first)");
    int64_t count = countAttr.getSExtValue(), start = loop.getFirstThread();
    int64_t groups = (count - start) / kLanes;
    if (groups <= 0) {
      if (count - start >= 2 && loop.getNumResults() == 0)
        return vectorizeShort(loop, start, count, remarks);
      return remarks.missed(
          loop.getLoc(),
          "not vectorized: " + Twine(count - start) +
              " thread(s), fewer than a group of " + Twine(kLanes) +
              (count - start >= 2 ? " (a reduction: lanes repeating a thread "
                                    "would be combined too)"
                                  : ""));
    }
    int64_t vectorEnd = start + groups * kLanes;

    OpBuilder builder(loop);
    Location loc = loop.getLoc();
    // Reductions: each group yields its lanes' words; the loop's results
    // combine them (and the scalar tail's, below).
    ForeachThreadOp vecLoop = createGroups(builder, loop, start, vectorEnd);
    Value end = vecLoop.getCount();
    BodyVectorizer vectorizer(loop.getBody().front(), builder,
                              vecLoop.getThreadId(), *uniformity);
    bool vectorForm = succeeded(vectorizer.run(loop.getThreadId()));
    SmallVector<Value> yielded;
    if (vectorForm && loop.getNumResults() != 0) {
      vectorForm = succeeded(vectorizer.yieldedVectors(loop.getYield(), yielded));
      if (vectorForm)
        builder.create<YieldOp>(loc, yielded);
    }
    std::string costs = llvm::formatv(
        "{0:f1} cycles per group of {1} threads vectorized, {2:f1} scalar",
        vectorizer.cost.vector, kLanes, vectorizer.cost.scalar);
    if (!vectorForm || vectorizer.cost.vector > vectorizer.cost.scalar) {
      vecLoop.erase();
      end.getDefiningOp()->erase();
      if (!vectorForm)
        remarks.missed(vectorizer.reason.op->getLoc(),
                       "not vectorized: " + vectorizer.reason.message);
      else
        remarks.missed(loop.getLoc(),
                       "not vectorized: scalar code is cheaper (" + costs +
                           ")");
      return;
    }
    // The leftover threads as one more group, ending at the last thread,
    // when that costs less than running them as scalar code.
    LastGroup last;
    if (vectorEnd != count)
      last = lastGroup(loop, vecLoop, vectorizer.cost, vectorEnd, count);
    ForeachThreadOp tailLoop = last.loop;
    std::string tail;
    if (tailLoop) {
      std::string how =
          last.deferred ? std::string("before the others, its stores after "
                                      "them")
          : last.partial
              ? llvm::formatv("before the others, storing only its last {0} "
                              "lanes",
                              count - vectorEnd)
                    .str()
              : std::string("overlapping the one before");
      tail = llvm::formatv("; threads [{0}, {1}) as a group of {2} from "
                           "thread {3}, {4}",
                           vectorEnd, count, kLanes, count - kLanes, how)
                 .str();
    } else if (vectorEnd != count && !last.clampOnly)
      tail = llvm::formatv("; threads [{0}, {1}) stay scalar", vectorEnd,
                           count)
                 .str();
    if (last.overridden)
      tail += " (not the cost model's choice)";
    remarks.applied(loop.getLoc(),
                    llvm::formatv("vectorized threads [{0}, {1}) as {2} "
                                  "groups of {3} ({4}){5}",
                                  start, vectorEnd, groups, kLanes, costs,
                                  tail)
                        .str());
    if (vectorEnd == count) {
      loop.replaceAllUsesWith(vecLoop.getResults());
      loop.erase();
      return;
    }
    loop.setStartAttr(builder.getI64IntegerAttr(vectorEnd));
    builder.setInsertionPointAfter(tailLoop ? tailLoop.getOperation()
                                            : loop.getOperation());
    if (tailLoop)
      loop.replaceAllUsesWith(tailLoop.getResults());
    ValueRange tails = tailLoop ? tailLoop.getResults() : loop.getResults();
    for (auto [kind, vec, tail] :
         llvm::zip(loop.getReduceKinds(), vecLoop.getResults(), tails)) {
      Value both = buildCombine(builder, loc, kind, vec, tail);
      tail.replaceAllUsesExcept(both, both.getDefiningOp());
    }
    if (tailLoop)
      loop.erase();
    if (last.deferred)
      inlineWithStoresAfter(tailLoop, vecLoop);
    // Scatters that a repeated thread would store twice: the leftover
    // threads as a group of their own, its spare lanes storing nothing.
    if (last.clampOnly) {
      if (count - vectorEnd >= 2)
        return vectorizeShort(loop, vectorEnd, count, remarks);
      remarks.missed(loop.getLoc(), "threads [" + Twine(vectorEnd) + ", " +
                                        Twine(count) + ") stay scalar");
    }
  }

  /// An empty vector loop over the threads [start, end) in groups of
  /// kLanes, with `loop`'s reduction kinds, before `loop`; `builder` is
  /// left in its body.
  static ForeachThreadOp createGroups(OpBuilder &builder, ForeachThreadOp loop,
                                      int64_t start, int64_t end) {
    Location loc = loop.getLoc();
    Value count = builder.create<arith::ConstantIntOp>(loc, end, 32);
    auto groups =
        builder.create<ForeachThreadOp>(loc, count, loop.getReduceKinds());
    if (start)
      groups.setStartAttr(builder.getI64IntegerAttr(start));
    groups.setLanesAttr(builder.getI64IntegerAttr(kLanes));
    Block &body = groups.getBody().front();
    if (body.empty())
      builder.setInsertionPointToEnd(&body);
    else
      builder.setInsertionPoint(body.getTerminator());
    return groups;
  }

  /// Fewer threads than a group (2 to 7), [start, count), as one group whose
  /// lanes from count - start on repeat the last thread (clamped thread ids,
  /// see BodyVectorizer::clamp) and store nothing: where the cost model says it
  /// is cheaper than the threads as scalar code (or, with `otherLastGroup`,
  /// where it does not). Not for reductions (the repeated lanes would be
  /// combined too).
  void vectorizeShort(ForeachThreadOp loop, int64_t start, int64_t count,
                      Remarks &remarks) {
    int64_t threads = count - start;
    OpBuilder builder(loop);
    ForeachThreadOp group = createGroups(builder, loop, start, start + kLanes);
    Value end = group.getCount();
    BodyVectorizer vectorizer(loop.getBody().front(), builder,
                              group.getThreadId(), *uniformity);
    vectorizer.clamp(threads, count - 1);
    bool vectorForm = succeeded(vectorizer.run(loop.getThreadId()));
    double scalar = vectorizer.cost.scalar * threads / kLanes;
    bool cheaper = vectorizer.cost.vector < scalar;
    std::string costs = llvm::formatv(
        "{0:f1} cycles as a group of {1} lanes, {2:f1} as {3} scalar threads",
        vectorizer.cost.vector, kLanes, scalar, threads);
    if (!vectorForm || cheaper == otherLastGroup) {
      group.erase();
      end.getDefiningOp()->erase();
      if (!vectorForm)
        return remarks.missed(vectorizer.reason.op->getLoc(),
                              "not vectorized: " + vectorizer.reason.message);
      return remarks.missed(
          loop.getLoc(),
          llvm::formatv("not vectorized: {0} threads, fewer than a group of "
                        "{1}, {2} ({3})",
                        threads, kLanes,
                        otherLastGroup ? "stay scalar (not the cost model's "
                                         "choice)"
                                       : "cheaper as scalar code",
                        costs)
              .str());
    }
    remarks.applied(
        loop.getLoc(),
        llvm::formatv("vectorized threads [{0}, {1}) as one group of {2} "
                      "lanes, lanes {3}-{4} repeating thread {5} and storing "
                      "nothing ({6}){7}",
                      start, count, kLanes, threads, kLanes - 1, count - 1,
                      costs,
                      otherLastGroup ? " (not the cost model's choice)" : "")
            .str());
    loop.erase();
  }

  struct LastGroup {
    ForeachThreadOp loop; // null: the leftover threads stay scalar
    bool partial = false;
    bool deferred = false; // partial, its stores after the other groups
    bool overridden = false; // the cost model chose otherwise
    /// No group repeating threads of the one before is legal, but one
    /// whose spare lanes repeat the last thread is (see vectorizeShort).
    bool clampOnly = false;
  };

  /// Whether the group body's stores are all vstores of the body itself,
  /// after every access that reads memory: they can move after other code
  /// without the body reading what they write.
  static bool storesLast(Block &body) {
    bool stored = false;
    for (Operation &op : body.without_terminator()) {
      if (isa<VStoreOp>(op)) {
        stored = true;
        continue;
      }
      bool nestedStore = false;
      op.walk([&](Operation *inner) {
        nestedStore |= isa<VStoreOp, StoreOp>(inner);
      });
      if (nestedStore)
        return false;
      if (isMemoryEffectFree(&op))
        continue;
      // It reads memory: before every store, and a known read.
      if (stored || !(isa<VLoadOp, LoadOp, GatherOp>(op) || op.getNumRegions()))
        return false;
    }
    return true;
  }

  /// Replaces the one-group loop `group` by its body, in place, for its
  /// thread id, with its vstores moved after `after`.
  static void inlineWithStoresAfter(ForeachThreadOp group,
                                    ForeachThreadOp after) {
    OpBuilder builder(group);
    IRMapping mapping;
    mapping.map(group.getThreadId(),
                builder.create<arith::ConstantIntOp>(
                    group.getLoc(), group.getFirstThread(), 32));
    SmallVector<Operation *> stores;
    for (Operation &op : group.getBody().front().without_terminator()) {
      Operation *copy = builder.clone(op, mapping);
      if (isa<VStoreOp>(copy))
        stores.push_back(copy);
    }
    Operation *last = after;
    for (Operation *store : stores) {
      store->moveAfter(last);
      last = store;
    }
    group.erase();
  }

  /// The `left` threads [vectorEnd, count) after the groups of `vecLoop`
  /// as a group of kLanes threads ending at the loop's last thread, which
  /// repeats the last kLanes - left threads of the previous group:
  ///  - overlapping, after the other groups: when nothing the loop stores
  ///    is loaded by it, the repeated threads read what they read the
  ///    first time and store the same words again;
  ///  - partial, before the other groups: otherwise (a loop that updates
  ///    words in place). Threads do not conflict in memory (a thread reads
  ///    no word another writes), so every lane computes what its thread
  ///    computes in the loop. Run first, the group's loads do not wait for
  ///    that group's stores. Deferred where the body's stores are vstores
  ///    after all its reads (storesLast): inlined, its vstores after the
  ///    other groups, storing for the repeated threads what their own
  ///    group stored. Else only the leftover threads' lanes are stored
  ///    (one word each), and the repeated threads run again, from the
  ///    words they find, in their own group.
  /// Not for reductions, nor for bodies with scalar stores; and only where
  /// the group costs less than `left` scalar threads (two thirds,
  /// overlapping), or, with `otherLastGroup`, only where it does not.
  ///
  /// Not done: a masked group after the others, writing back the words
  /// its repeated lanes find. Its loads then wait for the previous group's
  /// stores, and the two groups' chains run back to back (zoo/big_state
  /// n=37: 105 cycles instead of 77).
  LastGroup lastGroup(ForeachThreadOp loop, ForeachThreadOp vecLoop,
                      const CostModel &cost, int64_t vectorEnd,
                      int64_t count) {
    // A reduction's leftover threads stay scalar: a group of its own
    // would combine its lanes apart from the other groups' tree, a longer
    // chain at the end than the few scalar combines.
    if (loop.getNumResults() != 0)
      return {};
    Block &vecBody = vecLoop.getBody().front();
    int64_t left = count - vectorEnd;
    bool overlap = storesNotLoaded(vecBody, vecLoop.getThreadId(),
                                   vecLoop.getFirstThread(), count);
    unsigned vstores = 0;
    bool scalarStores = false;
    vecBody.walk([&](Operation *op) {
      vstores += isa<VStoreOp>(op);
      scalarStores |= isa<StoreOp>(op);
    });
    if (!overlap && scalarStores)
      return {nullptr, false, false, false, /*clampOnly=*/true};
    // A group that updates words in place and reads before it stores: run
    // before the others, its stores after them. The repeated threads read
    // the words the previous group has not stored yet, compute what they
    // compute there (threads do not conflict in memory) and store the same
    // values again; the leftover threads' words nobody else reads.
    bool deferred = !overlap && storesLast(vecBody);
    double vector = cost.vector;
    if (!overlap && !deferred) // each stored lane: a copy and a store
      vector += vstores * left *
                (1.0 / machine::getSlotLimit(machine::Engine::Store) +
                 1.0 / machine::getSlotLimit(machine::Engine::Alu));
    // An overlapping group's stores must follow the previous group's (the
    // words they share), and the scalar threads run in whatever slots the
    // groups leave free: it must cost under two thirds of them (on the
    // measured kernels, for 2 leftover threads it cost a cycle, for 4 or
    // more it gained; under one half, thread_hash n=77 kept 5 scalar
    // threads, a cycle slower). A partial group shares no stored word.
    bool cheaper = (overlap ? 1.5 : 1) * vector < cost.scalar * left / kLanes;
    if (cheaper == otherLastGroup)
      return {nullptr, false, false, otherLastGroup};
    OpBuilder builder(overlap ? loop : vecLoop);
    Location loc = loop.getLoc();
    Value end = builder.create<arith::ConstantIntOp>(loc, count, 32);
    auto tailLoop = cast<ForeachThreadOp>(builder.clone(*vecLoop));
    tailLoop.getCountMutable().assign(end);
    tailLoop.setStartAttr(builder.getI64IntegerAttr(count - kLanes));
    if (!overlap && !deferred)
      storeLanesFrom(tailLoop, kLanes - left);
    return {tailLoop, !overlap, deferred, otherLastGroup};
  }

  /// Each vstore of the group's body stores only lanes `first` and up, one
  /// word each.
  static void storeLanesFrom(ForeachThreadOp group, int64_t first) {
    Block &body = group.getBody().front();
    for (VStoreOp store : llvm::to_vector(body.getOps<VStoreOp>())) {
      OpBuilder builder(store);
      Location loc = store.getLoc();
      for (int64_t lane = first; lane < int64_t(kLanes); ++lane) {
        Value word = builder.create<LaneOp>(loc, store.getValue(),
                                            builder.getI64IntegerAttr(lane));
        Value addr = builder.create<arith::AddIOp>(
            loc, store.getBase(),
            builder.create<arith::ConstantIntOp>(loc, lane, 32));
        storeLane(builder, store, lane, word, addr, store.getRegionAttr());
      }
      store.erase();
    }
  }

  /// Constant c if `addr` is the thread id plus c.
  static std::optional<int64_t> offsetFrom(Value addr, Value threadId) {
    if (addr == threadId)
      return 0;
    APInt c;
    if (auto add = addr.getDefiningOp<arith::AddIOp>()) {
      for (auto [x, y] : {std::pair(add.getLhs(), add.getRhs()),
                          std::pair(add.getRhs(), add.getLhs())})
        if (matchPattern(y, m_ConstantInt(&c)))
          if (auto base = offsetFrom(x, threadId))
            return *base + c.getSExtValue();
    }
    if (auto sub = addr.getDefiningOp<arith::SubIOp>())
      if (matchPattern(sub.getRhs(), m_ConstantInt(&c)))
        if (auto base = offsetFrom(sub.getLhs(), threadId))
          return *base - c.getSExtValue();
    return std::nullopt;
  }

  /// Whether no word a store of the vector body writes (threads `first` to
  /// `end`) is one a load of it reads: by the accesses' region names, or
  /// by their address intervals.
  static bool storesNotLoaded(Block &body, Value threadId, int64_t first,
                              int64_t end) {
    struct Access {
      std::optional<StringRef> region;
      std::optional<std::pair<int64_t, int64_t>> words; // [lo, hi)
    };
    auto affine = [&](Value addr, int64_t lanes)
        -> std::optional<std::pair<int64_t, int64_t>> {
      if (auto c = offsetFrom(addr, threadId))
        return std::pair(first + *c, end + *c - kLanes + lanes);
      APInt value;
      if (matchPattern(addr, m_ConstantInt(&value)))
        return std::pair(value.getSExtValue(), value.getSExtValue() + lanes);
      return std::nullopt;
    };
    SmallVector<Access> loads, stores;
    bool unknown = false;
    body.walk([&](Operation *op) {
      if (auto l = dyn_cast<VLoadOp>(op))
        loads.push_back({l.getRegion(), affine(l.getBase(), kLanes)});
      else if (auto l = dyn_cast<LoadOp>(op))
        loads.push_back({l.getRegion(), affine(l.getAddr(), 1)});
      else if (auto g = dyn_cast<GatherOp>(op))
        loads.push_back({g.getRegion(), std::nullopt});
      else if (auto st = dyn_cast<VStoreOp>(op))
        stores.push_back({st.getRegion(), affine(st.getBase(), kLanes)});
      else if (auto st = dyn_cast<StoreOp>(op))
        stores.push_back({st.getRegion(), affine(st.getAddr(), 1)});
      else if (!isMemoryEffectFree(op))
        unknown = true;
    });
    if (unknown)
      return false;
    for (const Access &load : loads)
      for (const Access &store : stores) {
        if (load.region && store.region && *load.region != *store.region)
          continue;
        if (load.words && store.words &&
            (load.words->second <= store.words->first ||
             store.words->second <= load.words->first))
          continue;
        return false;
      }
    return true;
  }

  const ThreadUniformity *uniformity = nullptr;
};
} // namespace
