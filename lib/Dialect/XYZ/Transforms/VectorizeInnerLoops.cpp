//===- VectorizeInnerLoops.cpp - Loops over contiguous words as vectors ---===//
//
// The vectorizer puts threads on the machine's lanes. A thread that walks a
// row of its own (`a[r * w + j]`, j the loop's induction variable) then
// reads one word per lane at a stride of w: a gather, or vector loads of the
// rows followed by a lane-by-lane transposition on the ALU, and the same
// again for what it stores. Here such a loop runs on lanes itself instead:
// 8 iterations at once, `j = j0 + <0, 1, ..., 7>`, so that an access at `u +
// j` (u not depending on j) is one `xyz.vload` or `xyz.vstore` at `u + j0`.
//
// A loop qualifies when:
//   - its bounds are constants, its step 1 and it makes at least 8 trips;
//   - its body is straight-line: arith ops on i32 and i1, `xyz.load` and
//     `xyz.store`; the induction variable is used only through casts to i32;
//   - every carried value is a reduction (`acc op x`, op one of `addi muli
//     andi ori xori minui maxui minsi maxsi`, x not depending on acc, the
//     result only yielded), which each lane accumulates on its own and the
//     lanes combine after the loop (`xyz.reduce_lanes`); or, outside thread
//     loops and for 16 trips or more, a running value whose value the body
//     uses (a scan, `acc op x` stored every iteration, any kind but the
//     signed minimum and maximum): per chunk, its own prefix as 7 word ops
//     on the ALU gathered into a vector (xyz.from_words), lane i the carry
//     op prefix i, and the carry moves on by the last prefix, one op from
//     chunk to chunk;
//   - or, outside threads and for 16 trips or more, an extreme and the
//     values chosen with it (argmax: `c = v > m; m = c ? v : m; i = c ? j :
//     i`): each lane keeps its best value, the values chosen with it and
//     its iteration; the lanes join in a tree by value, then iteration
//     (a minimum, maximum or extreme over 8 chunks or more takes two sets of
//     lanes, for even and odd chunks: half the chain);
//   - every store is at `u + j` (contiguous), and every other access to a
//     region the loop stores to is at that same address value, or
//     contiguous too and a constant 8 words or more away: running 8
//     iterations' ops together then keeps each word's order of accesses;
//   - it sits in loops and threads only, or under an scf.if outside
//     threads (--xyz-if-convert masks its vector stores) with no gather;
//   - it pays: inside a thread loop, the machine's cost model (pays())
//     gives 8 threads fewer cycles in chunks than with threads on lanes,
//     whose accesses strided across threads cost a lane transposition on
//     the ALU; chunks pay for their idle lanes in a last partial chunk and
//     for a tree over the lanes per reduction. Outside thread loops one
//     contiguous access is enough.
// A load at an address not contiguous in j becomes an `xyz.gather`. The
// last trips % 8 iterations are one more chunk, ending at the last
// iteration, where running iterations twice stores the same words again
// (no load reads a region the loop stores to; the lanes of iterations done
// before count in no reduction); otherwise a scalar loop after the vector
// one.
//
// --xyz-specialize runs this step before it unrolls the loops; the pass
// (--xyz-vectorize-inner-loops) is the same step alone, for tests.
//
//===----------------------------------------------------------------------===//

#include "CarriedReductions.h"
#include "MemoryWords.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"
#include "xyz/Machine/CostModel.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/MathExtras.h"

namespace xyz {
#define GEN_PASS_DEF_XYZVECTORIZEINNERLOOPS
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

constexpr int64_t kLanes = machine::kVectorLength;

/// How values depend on one variable: absent, not at all; present, as
/// `coefficient * var + (terms without var)`, or nullopt for any other way.
using Coefficients = llvm::DenseMap<Value, std::optional<int64_t>>;

/// The coefficient of `v` in `coef` (0 for a value not depending on it).
std::optional<int64_t> coefficientOf(const Coefficients &coef, Value v) {
  auto it = coef.find(v);
  return it == coef.end() ? std::optional<int64_t>(0) : it->second;
}

/// The coefficient of `op`'s result from its operands' (see Coefficients).
std::optional<int64_t> combineCoefficients(Operation *op,
                                           const Coefficients &coef) {
  auto of = [&](Value v) { return coefficientOf(coef, v); };
  auto constant = [](Value v) -> std::optional<int64_t> {
    APInt c;
    if (matchPattern(v, m_ConstantInt(&c)))
      return c.getSExtValue();
    return std::nullopt;
  };
  if (isa<arith::AddIOp, arith::SubIOp>(op)) {
    std::optional<int64_t> a = of(op->getOperand(0)), b = of(op->getOperand(1));
    if (!a || !b)
      return std::nullopt;
    return isa<arith::AddIOp>(op) ? *a + *b : *a - *b;
  }
  if (isa<arith::MulIOp>(op)) {
    std::optional<int64_t> a = of(op->getOperand(0)), b = of(op->getOperand(1));
    std::optional<int64_t> ca = constant(op->getOperand(0)),
                           cb = constant(op->getOperand(1));
    if (a && cb)
      return *a * *cb;
    if (b && ca)
      return *b * *ca;
    return std::nullopt;
  }
  if (isa<arith::ShLIOp>(op)) {
    std::optional<int64_t> a = of(op->getOperand(0));
    std::optional<int64_t> shift = constant(op->getOperand(1));
    if (a && shift && *shift >= 0 && *shift < 31)
      return *a << *shift;
    return std::nullopt;
  }
  if (isa<arith::IndexCastOp, arith::IndexCastUIOp>(op))
    return of(op->getOperand(0));
  return std::nullopt;
}

/// Fills `coef` for every value computed under `root` (in order) from the
/// seeds already in it: a value with a dependent operand gets a coefficient.
void propagate(Operation *root, Coefficients &coef) {
  root->walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (op == root)
      return;
    auto readsDependent = [&](Operation *reader) {
      return llvm::any_of(reader->getOperands(),
                          [&](Value v) { return coef.count(v) != 0; });
    };
    bool dependent = readsDependent(op);
    // Results of ops with regions (loops) depend on everything inside.
    if (!dependent && op->getNumRegions() != 0)
      dependent = op->walk([&](Operation *inner) {
                      return readsDependent(inner) ? WalkResult::interrupt()
                                                   : WalkResult::advance();
                    }).wasInterrupted();
    if (!dependent)
      return;
    std::optional<int64_t> c = combineCoefficients(op, coef);
    for (Value result : op->getResults())
      coef[result] = c;
  });
}

using Reduction = CarriedReduction;

/// The memory access of a load or store: its address and region.
struct Access {
  Operation *op;
  Value addr;
  StringAttr region;
  bool isStore;
};

std::optional<Access> getAccess(Operation *op) {
  if (auto load = dyn_cast<LoadOp>(op))
    return Access{op, load.getAddr(), load.getRegionAttr(), false};
  if (auto store = dyn_cast<StoreOp>(op))
    return Access{op, store.getAddr(), store.getRegionAttr(), true};
  return std::nullopt;
}

bool mayAlias(const Access &a, const Access &b) {
  return !a.region || !b.region || a.region == b.region;
}

/// A loop the rewrite applies to, with what it found.
struct Match {
  scf::ForOp loop;
  int64_t lb, trips;
  SmallVector<Reduction> reductions;
  /// The values of the body that depend on the induction variable.
  Coefficients coef;
  /// No load reads a region the loop stores to: running an iteration
  /// twice stores the same words.
  bool overlapSafe = true;
};

bool isArg(const Reduction &r) { return r.arg != Reduction::Arg::None; }

bool isWordOrBit(Type type) { return type.isInteger(32) || type.isInteger(1); }

/// Whether 8 threads run the loop of `m` in fewer cycles in chunks of 8
/// iterations than with the threads on lanes (machine::OpMix, the one cost
/// model). Per 8 threads (see the end for other counts):
///   - lanes over threads: the body's vector ops once per iteration; an
///     access contiguous in the thread id (or the same word for all) one
///     slot per iteration; one contiguous in j but strided across threads
///     a window slot and 8 ALU lane copies (the transposition); others a
///     gather, 8 loads;
///   - chunks: the body's vector ops once per chunk and thread, plus a
///     select per reduction in an overlapping last chunk; a contiguous
///     access one slot per chunk and thread, others a gather; where the
///     loop reads what it stores, its last trips % 8 iterations scalar
///     (each op an ALU op, each access a slot, per thread); each thread's
///     reductions a tree over its lanes on the ALU (7 combines; a minimum
///     or maximum is 4 ALU ops: compare, difference, product, add).
/// Min and max are two VALU ops (a compare and a select). The cycles are
/// the pooled floor or the ALU's alone, whichever is larger: lane copies
/// and lane trees have no VALU form. With a constant count of T threads,
/// lanes over threads take ceil(T / 8) groups of 8 (lane copies and a
/// gather's loads for the T active lanes only) and chunks T threads' worth:
/// a thread or two per row leave lanes idle in the first form only.
/// Either form takes at least its reductions' longest chain.
bool pays(Match &m, ArrayRef<Access> accesses, const Coefficients &threadCoef,
          std::optional<int64_t> threadCount) {
  double vectorOps = 0;
  for (Operation &op : m.loop.getBody()->without_terminator()) {
    // Linear in j: address arithmetic, which both forms fold into
    // constants or compute once per chunk.
    if (isa<LoadOp, StoreOp>(op) || op.getNumResults() != 1 ||
        coefficientOf(m.coef, op.getResult(0)) != std::nullopt)
      continue;
    vectorOps +=
        isa<arith::MinUIOp, arith::MaxUIOp, arith::MinSIOp, arith::MaxSIOp>(op)
            ? 2
            : 1;
  }
  double trips = m.trips;
  bool overlap = m.trips % kLanes != 0 && m.overlapSafe;
  // Where the loop reads what it stores, the last trips % 8 iterations
  // stay scalar: per thread, each op on the ALU and each access a slot.
  double scalar = m.overlapSafe ? 0 : m.trips % kLanes;
  double chunks =
      overlap ? llvm::divideCeil(m.trips, kLanes) : m.trips / kLanes;
  using machine::Engine;
  // Lanes over threads: `threads` per group of 8, `threadLanes` (lane
  // copies, a gather's loads) per active lane, in units of 8 lanes.
  machine::OpMix threads, threadLanes, inner;
  threads[Engine::Valu] = trips * vectorOps;
  inner[Engine::Valu] = kLanes * chunks * vectorOps +
                        (overlap ? kLanes * m.reductions.size() : 0);
  inner[Engine::Alu] += kLanes * scalar * vectorOps;
  for (const Reduction &r : m.reductions)
    inner[Engine::Alu] +=
        kLanes * (kLanes - 1) *
        (r.kind == ReduceKind::MinU || r.kind == ReduceKind::MaxU ? 4 : 1);
  for (const Access &access : accesses) {
    std::optional<int64_t> inJ = coefficientOf(m.coef, access.addr);
    if (inJ == std::optional<int64_t>(0))
      continue; // the same word every iteration, either way
    Engine engine = access.isStore ? Engine::Store : Engine::Load;
    bool contiguous = inJ == std::optional<int64_t>(1);
    std::optional<int64_t> inT = coefficientOf(threadCoef, access.addr);
    if (inT && (*inT == 0 || *inT == 1 || *inT == -1)) {
      threads[engine] += trips;
    } else if (contiguous) {
      threads[engine] += trips;
      threadLanes[Engine::Alu] += kLanes * trips;
    } else {
      threadLanes[Engine::Load] += kLanes * trips;
    }
    inner[engine] +=
        kLanes * chunks * (contiguous ? 1 : kLanes) + kLanes * scalar;
  }
  // Lane copies and lane trees are ALU work only.
  auto cycles = [](const machine::OpMix &mix) {
    return std::max(machine::pooledResourceFloor(mix),
                    machine::engineFloor(mix, Engine::Alu));
  };
  double groups = 1, perThread = 1;
  if (threadCount && *threadCount > 0) {
    groups = static_cast<double>(llvm::divideCeil(*threadCount, kLanes));
    perThread = static_cast<double>(*threadCount) / kLanes;
  }
  for (unsigned e = 0; e < machine::kNumEngines; ++e)
    threads.slots[e] =
        threads.slots[e] * groups + threadLanes.slots[e] * perThread;
  // The carried values' chains: with threads on lanes every iteration is a
  // step of one chain per group (a minimum a compare and a select, signed
  // one more op for the bias), in chunks one step a chunk and a lane tree
  // after (the bias applied to the loaded words, off the chain).
  double threadChain = 0, chunkChain = 0;
  for (const Reduction &r : m.reductions) {
    bool minMax = r.kind == ReduceKind::MinU || r.kind == ReduceKind::MaxU;
    double step = minMax ? 2 : 1;
    threadChain =
        std::max(threadChain, trips * (step + (r.signBiased ? 1 : 0)));
    chunkChain = std::max(chunkChain, (chunks + 3) * step + (overlap ? 1 : 0));
  }
  return std::max(cycles(inner) * perThread, chunkChain) <
         std::max(cycles(threads), threadChain);
}

std::optional<Match> matchLoop(scf::ForOp loop) {
  std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
  std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
  std::optional<int64_t> step = getConstantIntValue(loop.getStep());
  if (!lb || !ub || !step || *step != 1 || *ub - *lb < kLanes || *lb < 0 ||
      *ub > INT32_MAX)
    return std::nullopt;
  Match match;
  match.loop = loop;
  match.lb = *lb;
  match.trips = *ub - *lb;
  // Under an scf.if both arms run on the machine (--xyz-if-convert): its
  // vector stores are masked only outside threads (the old words loaded
  // and written back where the condition is false), and gathers not at
  // all. Loops in loops and threads, or under conditions outside threads.
  bool underCondition = false;
  for (Operation *parent = loop->getParentOp(); !isa<KernelOp>(parent);
       parent = parent->getParentOp()) {
    underCondition |= isa<scf::IfOp>(parent);
    if (!isa<scf::ForOp, ForeachThreadOp, scf::IfOp>(parent))
      return std::nullopt;
  }
  if (underCondition && loop->getParentOfType<ForeachThreadOp>())
    return std::nullopt;
  Block *body = loop.getBody();
  Value iv = loop.getInductionVar();
  for (Operation *user : iv.getUsers())
    if (!isa<arith::IndexCastOp, arith::IndexCastUIOp>(user) ||
        !user->getResult(0).getType().isInteger(32))
      return std::nullopt;

  // Carried values: reductions, running values (scans), or outside
  // threads an extreme and the values chosen with it (argmax).
  bool inThreads = loop->getParentOfType<ForeachThreadOp>() != nullptr;
  std::optional<SmallVector<Reduction>> reductions = matchCarriedReductions(
      loop, /*allowScans=*/true, /*allowArgs=*/!inThreads);
  if (!reductions)
    return std::nullopt;
  match.reductions = std::move(*reductions);
  // An extreme's lanes join by value and then iteration: the iterations
  // left over after the chunks run as the loop, in order. The join is a
  // tree of 3 levels of 4 ops on its chain: at least 2 chunks (against 2
  // ops an iteration as the loop).
  if (llvm::any_of(match.reductions, isArg)) {
    match.overlapSafe = false;
    if (match.trips < 2 * kLanes)
      return std::nullopt;
  }
  // An inclusive scan's chunk needs all of its lanes: no overlapping chunk.
  // Its chunk is 18 vector ops against 8 dependent adds: at least 2 chunks
  // (a prefix sum of 8 words took 11 cycles as a chain, 14 in a chunk; of
  // 16 words 19 and 16). Scans run in chunks outside thread loops only:
  // with threads on lanes each lane's running sum is one add an iteration.
  if (llvm::any_of(match.reductions,
                   [](const Reduction &r) { return r.scan; })) {
    match.overlapSafe = false;
    if (match.trips < 2 * kLanes || loop->getParentOfType<ForeachThreadOp>())
      return std::nullopt;
  }

  // Straight-line arith on words and bits, loads and stores.
  for (Operation &op : body->without_terminator()) {
    if (op.getNumRegions() != 0)
      return std::nullopt;
    if (isa<LoadOp, StoreOp>(op))
      continue;
    if (!isa<arith::ArithDialect>(op.getDialect()) || op.getNumResults() != 1)
      return std::nullopt;
    // Casts of the induction variable, or of index values from outside.
    if (isa<arith::IndexCastOp, arith::IndexCastUIOp>(op) &&
        (op.getOperand(0) == iv ||
         loop.isDefinedOutsideOfLoop(op.getOperand(0))))
      continue;
    if (!llvm::all_of(op.getOperandTypes(), isWordOrBit) ||
        !isWordOrBit(op.getResult(0).getType()))
      return std::nullopt;
  }

  match.coef[iv] = 1;
  // A scan's running value changes every iteration, and not linearly; so
  // do an extreme and the values chosen with it (the body reads them).
  for (auto [arg, r] : llvm::zip(loop.getRegionIterArgs(), match.reductions))
    if (r.scan || isArg(r))
      match.coef[arg] = std::nullopt;
  propagate(loop, match.coef);
  for (auto [arg, r] : llvm::zip(loop.getRegionIterArgs(), match.reductions))
    if (!r.scan && !isArg(r))
      match.coef.erase(arg);
  auto coefOf = [&](Value v) { return coefficientOf(match.coef, v); };
  // A load that would become a gather (not contiguous in j) has no masked
  // form under a condition.
  if (underCondition)
    for (Operation &op : body->without_terminator())
      if (auto load = dyn_cast<LoadOp>(op)) {
        std::optional<int64_t> inJ = coefOf(load.getAddr());
        if (inJ != std::optional<int64_t>(0) &&
            inJ != std::optional<int64_t>(1))
          return std::nullopt;
      }

  // Stores contiguous in j; every access that may alias one at its address.
  SmallVector<Access> accesses;
  for (Operation &op : body->without_terminator())
    if (std::optional<Access> access = getAccess(&op))
      accesses.push_back(*access);
  for (const Access &store : accesses) {
    if (!store.isStore)
      continue;
    if (coefOf(store.addr) != std::optional<int64_t>(1))
      return std::nullopt;
    for (const Access &other : accesses) {
      if (other.op == store.op || !mayAlias(store, other))
        continue;
      match.overlapSafe &= other.isStore;
      if (other.addr == store.addr)
        continue;
      // Contiguous too, a constant distance of at least 8 words away: a
      // word both reach is reached in iterations 8 or more apart, so in
      // different chunks, in their order (two outputs of one region,
      // `out[j]` and `out[n + j]`; a read of `a[j + 8]` ahead of it).
      auto [base, offset] = splitConstantOffset(store.addr);
      auto [otherBase, otherOffset] = splitConstantOffset(other.addr);
      if (coefOf(other.addr) != std::optional<int64_t>(1) ||
          base != otherBase || std::abs(offset - otherOffset) < kLanes)
        return std::nullopt;
    }
  }

  // Outside thread loops there is nothing else to put on lanes.
  auto thread = loop->getParentOfType<ForeachThreadOp>();
  if (!thread)
    return llvm::any_of(accesses,
                        [&](const Access &a) {
                          return coefOf(a.addr) == std::optional<int64_t>(1);
                        })
               ? std::optional<Match>(std::move(match))
               : std::nullopt;
  Coefficients threadCoef;
  threadCoef[thread.getThreadId()] = 1;
  propagate(thread, threadCoef);
  if (!pays(match, accesses, threadCoef, thread.getConstantThreadCount()))
    return std::nullopt;
  return match;
}

/// Builds the vector loop for `m` before it, then the scalar loop of the
/// last iterations, and replaces the loop's results.
class Rewriter {
public:
  Rewriter(Match &m) : m(m), loc(m.loop.getLoc()) {}

  void run() {
    scf::ForOp loop = m.loop;
    OpBuilder builder(loop);
    i32 = builder.getI32Type();
    int64_t chunks = m.trips / kLanes;
    // Reductions accumulate per lane from the identity; a scan carries its
    // running value as a word.
    // An extreme and the values chosen with it start every lane from their
    // initial values, and each extreme's lanes carry the 1-based position
    // of the iteration they hold (0: the initial value), after the
    // reductions.
    SmallVector<Value> inits;
    for (auto [r, init] : llvm::zip(m.reductions, loop.getInitArgs())) {
      if (r.scan)
        inits.push_back(init);
      else if (isArg(r))
        inits.push_back(builder.create<BroadcastOp>(loc, vectorOf(i32), init));
      else
        inits.push_back(builder.create<arith::ConstantOp>(
            loc,
            DenseElementsAttr::get(vectorOf(i32), getReduceIdentity(r.kind))));
    }
    for (const Reduction &r : m.reductions)
      if (r.arg == Reduction::Arg::Extreme)
        inits.push_back(builder.create<arith::ConstantOp>(
            loc, DenseElementsAttr::get(vectorOf(i32), APInt(32, 0))));
    // A minimum, maximum or extreme takes a compare and a select a chunk
    // on its chain: two sets of lanes, for the even and the odd chunks,
    // halve it (joined after the loop). Not for a scan: its carry is one
    // value.
    bool twoSets = chunks >= 8 &&
                   llvm::none_of(m.reductions,
                                 [](const Reduction &r) { return r.scan; }) &&
                   llvm::any_of(m.reductions, [](const Reduction &r) {
                     return isArg(r) || r.kind == ReduceKind::MinU ||
                            r.kind == ReduceKind::MaxU;
                   });
    size_t width = inits.size();
    if (twoSets)
      inits.append(SmallVector<Value>(inits));
    int64_t step = twoSets ? 2 : 1;
    Value zero = builder.create<arith::ConstantIndexOp>(loc, 0);
    Value one = builder.create<arith::ConstantIndexOp>(loc, 1);
    Value count = builder.create<arith::ConstantIndexOp>(loc, chunks / step);
    auto chunkStart = [&](OpBuilder &b, Value k32, int64_t first) {
      // j0 = lb + 8 * (step * k + first).
      Value j0 = b.create<arith::MulIOp>(
          loc, k32, b.create<arith::ConstantIntOp>(loc, kLanes * step, 32));
      if (m.lb + kLanes * first != 0)
        j0 = b.create<arith::AddIOp>(
            loc, j0,
            b.create<arith::ConstantIntOp>(loc, m.lb + kLanes * first, 32));
      return j0;
    };
    auto vectorLoop = builder.create<scf::ForOp>(
        loc, zero, count, one, inits,
        [&](OpBuilder &b, Location, Value k, ValueRange accs) {
          Value k32 = b.create<arith::IndexCastOp>(loc, i32, k);
          SmallVector<Value> next =
              buildChunk(b, chunkStart(b, k32, 0), accs.take_front(width), 0);
          if (twoSets)
            llvm::append_range(next, buildChunk(b, chunkStart(b, k32, 1),
                                                accs.drop_front(width), 0));
          b.create<scf::YieldOp>(loc, next);
        });
    SmallVector<Value> partials(vectorLoop.getResults());
    if (twoSets) {
      SmallVector<Value> odd(partials.begin() + width, partials.end());
      partials.resize(width);
      if (chunks % 2) // the last chunk, even
        partials = buildChunk(builder,
                              builder.create<arith::ConstantIntOp>(
                                  loc, m.lb + (chunks - 1) * kLanes, 32),
                              partials, 0);
      partials = joinSets(builder, partials, odd);
    }
    int64_t done = chunks * kLanes;
    // The last trips % 8 iterations: where running some iterations twice
    // stores the same words again (no load reads what the loop stores),
    // one more chunk ending at the last iteration, its lanes of iterations
    // already done left out of the reductions.
    if (done != m.trips && m.overlapSafe) {
      Value j0 = builder.create<arith::ConstantIntOp>(
          loc, m.lb + m.trips - kLanes, 32);
      partials = buildChunk(builder, j0, partials, kLanes - (m.trips - done));
      done = m.trips;
    }

    // The lanes' partial results, joined with the initial values (a scan's
    // carry already started from its initial value).
    SmallVector<Value> joined;
    DenseMap<unsigned, DenseMap<unsigned, Value>> argsJoined =
        joinArgs(builder, partials);
    for (auto [k, r, init, partial] :
         llvm::enumerate(m.reductions, loop.getInitArgs(), partials)) {
      if (r.scan) {
        joined.push_back(partial);
        continue;
      }
      if (isArg(r)) {
        joined.push_back(argsJoined[r.partner][k]);
        continue;
      }
      Value total = builder.create<ReduceLanesOp>(
          loc, builder.getI32IntegerAttr(static_cast<int32_t>(r.kind)),
          partial);
      if (r.signBiased)
        total = bias(builder, total);
      Operation *join = builder.clone(*r.combine);
      join->setOperands({init, total});
      joined.push_back(join->getResult(0));
    }

    // The iterations left over, as the original loop.
    if (done == m.trips) {
      loop->replaceAllUsesWith(joined);
      loop.erase();
      return;
    }
    Value rest = builder.create<arith::ConstantIndexOp>(loc, m.lb + done);
    loop.getLowerBoundMutable().assign(rest);
    loop.getInitArgsMutable().assign(joined);
  }

private:
  VectorType vectorOf(Type element) {
    return VectorType::get({kLanes}, element);
  }

  Value bias(OpBuilder &b, Value v) {
    Value signBit = b.create<arith::ConstantIntOp>(loc, INT32_MIN, 32);
    if (auto vector = dyn_cast<VectorType>(v.getType()))
      signBit = b.create<arith::ConstantOp>(
          loc, DenseElementsAttr::get(vector, APInt::getSignedMinValue(32)));
    return b.create<arith::XOrIOp>(loc, v, signBit);
  }

  /// The strict form of an extreme's compare, and whether it was strict
  /// (then the earlier of two iterations with equal values wins, else the
  /// later).
  static std::pair<arith::CmpIPredicate, bool>
  strictForm(arith::CmpIPredicate pred) {
    using P = arith::CmpIPredicate;
    switch (pred) {
    case P::uge:
      return {P::ugt, false};
    case P::ule:
      return {P::ult, false};
    case P::sge:
      return {P::sgt, false};
    case P::sle:
      return {P::slt, false};
    default:
      return {pred, true};
    }
  }

  /// Whether candidate `y` (value, position) beats `x`: a better value, or
  /// the same one from a nearer iteration. Words or lanes alike.
  Value beats(OpBuilder &b, const Reduction &extreme, Value yValue,
              Value yPosition, Value xValue, Value xPosition) {
    using P = arith::CmpIPredicate;
    auto [strict, isStrict] = strictForm(extreme.predicate);
    Value better = b.create<arith::CmpIOp>(loc, strict, yValue, xValue);
    Value same = b.create<arith::CmpIOp>(loc, P::eq, yValue, xValue);
    Value nearer = b.create<arith::CmpIOp>(loc, isStrict ? P::ult : P::ugt,
                                           yPosition, xPosition);
    return b.create<arith::OrIOp>(loc, better,
                                  b.create<arith::AndIOp>(loc, same, nearer));
  }

  /// The lanes of two sets of partial results (even and odd chunks) joined
  /// lane by lane: reductions combined, extremes by beats().
  SmallVector<Value> joinSets(OpBuilder &b, ArrayRef<Value> even,
                              ArrayRef<Value> odd) {
    SmallVector<Value> joined(even.begin(), even.end());
    unsigned extra = m.reductions.size();
    for (auto [k, r] : llvm::enumerate(m.reductions)) {
      if (!isArg(r)) {
        joined[k] = buildCombine(b, loc, r.kind, even[k], odd[k]);
        continue;
      }
      if (r.arg != Reduction::Arg::Extreme)
        continue;
      unsigned position = extra++;
      Value better =
          beats(b, r, odd[k], odd[position], even[k], even[position]);
      for (auto [i, other] : llvm::enumerate(m.reductions))
        if (isArg(other) && other.partner == k)
          joined[i] = b.create<arith::SelectOp>(loc, better, odd[i], even[i]);
      joined[position] =
          b.create<arith::SelectOp>(loc, better, odd[position], even[position]);
    }
    return joined;
  }

  /// Joins the lanes of each extreme and of the values chosen with it: the
  /// lane with the best value, among equal ones the earliest iteration (a
  /// strict test keeps the first of equal values) or the latest (a
  /// non-strict one takes the last). Per extreme's index, per iter arg
  /// index of the pair, its word.
  DenseMap<unsigned, DenseMap<unsigned, Value>> joinArgs(OpBuilder &b,
                                                         ValueRange partials) {
    DenseMap<unsigned, DenseMap<unsigned, Value>> joined;
    unsigned extra = m.reductions.size();
    for (auto [k, r] : llvm::enumerate(m.reductions)) {
      if (r.arg != Reduction::Arg::Extreme)
        continue;
      Value positions = partials[extra++];
      SmallVector<unsigned> members;
      for (auto [i, other] : llvm::enumerate(m.reductions))
        if (isArg(other) && other.partner == k)
          members.push_back(i); // the extreme itself first
      auto laneOf = [&](Value v, int64_t l) -> Value {
        return b.create<LaneOp>(loc, i32, v, b.getI64IntegerAttr(l));
      };
      // Per lane its candidate: the position, the extreme, the values
      // chosen with it; joined pairwise in a tree (the order on value, then
      // position, is total: any grouping picks the same lane).
      struct Candidate {
        Value position;
        SmallVector<Value> words;
      };
      SmallVector<Candidate> candidates;
      for (int64_t l = 0; l < kLanes; ++l) {
        Candidate c{laneOf(positions, l), {}};
        for (unsigned i : members)
          c.words.push_back(laneOf(partials[i], l));
        candidates.push_back(std::move(c));
      }
      while (candidates.size() > 1) {
        SmallVector<Candidate> next;
        for (size_t c = 0; c + 1 < candidates.size(); c += 2) {
          Candidate &x = candidates[c], &y = candidates[c + 1];
          Value better =
              beats(b, r, y.words[0], y.position, x.words[0], x.position);
          Candidate joinedPair{
              b.create<arith::SelectOp>(loc, better, y.position, x.position),
              {}};
          for (auto [a, w] : llvm::zip(x.words, y.words))
            joinedPair.words.push_back(
                b.create<arith::SelectOp>(loc, better, w, a));
          next.push_back(std::move(joinedPair));
        }
        candidates = std::move(next);
      }
      SmallVector<Value> best = candidates.front().words;
      for (auto [slot, i] : llvm::enumerate(members))
        joined[k][i] = best[slot];
    }
    return joined;
  }

  bool dependent(Value v) const { return m.coef.count(v) != 0; }

  /// `v` at the chunk's first iteration (an address contiguous in j).
  Value scalarAt(OpBuilder &b, Value v) {
    if (!dependent(v))
      return scalars.lookupOrDefault(v);
    if (Value s = firstIteration.lookupOrNull(v))
      return s;
    Operation *op = v.getDefiningOp();
    IRMapping mapping;
    for (Value operand : op->getOperands())
      mapping.map(operand, scalarAt(b, operand));
    Value s = b.clone(*op, mapping)->getResult(0);
    firstIteration.map(v, s);
    return s;
  }

  /// `v` as a vector of the chunk's 8 iterations.
  Value vectorAt(OpBuilder &b, Value v) {
    if (Value x = vectors.lookupOrNull(v))
      return x;
    // Not depending on j: the same word on every lane.
    Value s = scalars.lookupOrDefault(v);
    APInt c;
    Value x;
    if (matchPattern(s, m_ConstantInt(&c))) {
      x = b.create<arith::ConstantOp>(
          loc, DenseElementsAttr::get(vectorOf(s.getType()), c));
    } else if (s.getType().isInteger(32)) {
      x = b.create<BroadcastOp>(loc, vectorOf(i32), s);
    } else {
      Value word = b.create<arith::ExtUIOp>(loc, i32, s);
      Value lanes = b.create<BroadcastOp>(loc, vectorOf(i32), word);
      Value zeros = b.create<arith::ConstantOp>(
          loc, DenseElementsAttr::get(vectorOf(i32), APInt(32, 0)));
      x = b.create<arith::CmpIOp>(loc, arith::CmpIPredicate::ne, lanes, zeros);
    }
    vectors.map(v, x);
    return x;
  }

  /// The running value `result` (= carry op contribution, carried) of scan
  /// `r` over the chunk's 8 iterations: the chunk's own prefix p_i = x_0 op
  /// ... op x_i as 7 word ops on the ALU, each written into lane i of one
  /// vector (xyz.from_words; chunks independent of each other), then lane i
  /// is carryIn op p_i, one vector op, mapped as `result`'s vector. Returns
  /// the carry out, carryIn op p_7: the chain from chunk to chunk is one
  /// word op.
  Value buildScan(OpBuilder &b, const Reduction &r, Value result,
                  Value carryIn) {
    Value x = vectorAt(b, r.contribution);
    SmallVector<Value> prefix;
    for (int64_t i = 0; i < kLanes; ++i) {
      Value word = b.create<LaneOp>(loc, i32, x, b.getI64IntegerAttr(i));
      prefix.push_back(
          i == 0 ? word : buildCombine(b, loc, r.kind, prefix.back(), word));
    }
    Value local = b.create<FromWordsOp>(loc, vectorOf(i32), prefix);
    Value carry = b.create<BroadcastOp>(loc, vectorOf(i32), carryIn);
    vectors.map(result, buildCombine(b, loc, r.kind, carry, local));
    return buildCombine(b, loc, r.kind, carryIn, prefix.back());
  }

  /// The body for iterations j0 .. j0 + 7 at `b`, the reductions
  /// continuing from `accs` (lanes below `firstLane` contribute nothing):
  /// returns the reductions after it.
  SmallVector<Value> buildChunk(OpBuilder &b, Value j0, ValueRange accs,
                                int64_t firstLane) {
    scalars.clear();
    firstIteration.clear();
    vectors.clear();
    Block *body = m.loop.getBody();
    Value iv = m.loop.getInductionVar();
    // j = j0 + <0, 1, ..., 7>.
    SmallVector<APInt> steps;
    for (int64_t i = 0; i < kLanes; ++i)
      steps.push_back(APInt(32, i));
    Value iota = b.create<arith::ConstantOp>(
        loc, DenseElementsAttr::get(vectorOf(i32), steps));
    Value lanesOfJ = b.create<arith::AddIOp>(
        loc, b.create<BroadcastOp>(loc, vectorOf(i32), j0), iota);

    // An extreme and the values chosen with it: the body's compare and
    // selects, on the lanes' values so far.
    for (auto [r, arg, acc] :
         llvm::zip(m.reductions, m.loop.getRegionIterArgs(), accs))
      if (isArg(r))
        vectors.map(arg, acc);

    DenseMap<Operation *, Value> scanned;
    for (Operation &op : body->without_terminator()) {
      if (auto it = llvm::find_if(m.reductions,
                                  [&](const Reduction &r) {
                                    return r.combine == &op && !isArg(r);
                                  });
          it != m.reductions.end()) {
        if (it->scan)
          scanned[&op] = buildScan(b, *it, op.getResult(0),
                                   accs[it - m.reductions.begin()]);
        continue;
      }
      if (isa<arith::IndexCastOp, arith::IndexCastUIOp>(op) &&
          op.getOperand(0) == iv) {
        firstIteration.map(op.getResult(0), j0);
        vectors.map(op.getResult(0), lanesOfJ);
        continue;
      }
      bool isDependent =
          llvm::any_of(op.getResults(), [&](Value r) { return dependent(r); });
      if (auto store = dyn_cast<StoreOp>(op)) {
        // Contiguous (matchLoop): one vector store at the first address.
        b.create<VStoreOp>(loc, vectorAt(b, store.getValue()),
                           scalarAt(b, store.getAddr()), store.getRegionAttr());
        continue;
      }
      if (!isDependent) {
        b.clone(op, scalars);
        continue;
      }
      if (auto load = dyn_cast<LoadOp>(op)) {
        Value x;
        if (m.coef.lookup(load.getAddr()) == std::optional<int64_t>(1))
          x = b.create<VLoadOp>(loc, vectorOf(i32), scalarAt(b, load.getAddr()),
                                load.getRegionAttr());
        else
          x = b.create<GatherOp>(loc, vectorOf(i32),
                                 vectorAt(b, load.getAddr()),
                                 load.getRegionAttr());
        vectors.map(load.getResult(), x);
        continue;
      }
      IRMapping mapping;
      for (Value operand : op.getOperands())
        mapping.map(operand, vectorAt(b, operand));
      Operation *lanes = b.clone(op, mapping);
      Value result = lanes->getResult(0);
      result.setType(vectorOf(result.getType()));
      vectors.map(op.getResult(0), result);
    }

    SmallVector<Value> next;
    for (auto [r, acc] : llvm::zip(m.reductions, accs)) {
      if (r.scan) {
        next.push_back(scanned.lookup(r.combine));
        continue;
      }
      if (isArg(r)) {
        next.push_back(vectors.lookup(r.combine->getResult(0)));
        continue;
      }
      Value x = vectorAt(b, r.contribution);
      if (r.signBiased)
        x = bias(b, x);
      if (firstLane > 0) {
        SmallVector<bool> counted;
        for (int64_t i = 0; i < kLanes; ++i)
          counted.push_back(i >= firstLane);
        Value mask = b.create<arith::ConstantOp>(
            loc, DenseElementsAttr::get(vectorOf(b.getI1Type()),
                                        ArrayRef<bool>(counted)));
        Value identity = b.create<arith::ConstantOp>(
            loc,
            DenseElementsAttr::get(vectorOf(i32), getReduceIdentity(r.kind)));
        x = b.create<arith::SelectOp>(loc, mask, x, identity);
      }
      next.push_back(buildCombine(b, loc, r.kind, acc, x));
    }
    // Each extreme's lanes move to the position of the iteration they take.
    unsigned extra = m.reductions.size();
    for (const Reduction &r : m.reductions) {
      if (r.arg != Reduction::Arg::Extreme)
        continue;
      Value position = b.create<arith::AddIOp>(
          loc, lanesOfJ,
          b.create<arith::ConstantOp>(
              loc, DenseElementsAttr::get(vectorOf(i32),
                                          APInt(32, 1 - m.lb, true))));
      next.push_back(b.create<arith::SelectOp>(
          loc, vectors.lookup(r.compare->getResult(0)), position,
          accs[extra++]));
    }
    return next;
  }

  Match &m;
  Location loc;
  Type i32;
  /// Ops not depending on j, cloned into the vector loop.
  IRMapping scalars;
  IRMapping firstIteration, vectors;
};

} // namespace

unsigned xyz::vectorizeInnerLoops(Operation *root) {
  SmallVector<scf::ForOp> loops;
  root->walk([&](scf::ForOp loop) { loops.push_back(loop); });
  unsigned rewritten = 0;
  for (scf::ForOp loop : loops) {
    // In-place updates under a condition first (a clamp, a threshold).
    (void)flattenConditionalStores(loop);
    std::optional<Match> match = matchLoop(loop);
    if (!match)
      continue;
    Rewriter(*match).run();
    ++rewritten;
  }
  return rewritten;
}

namespace {
struct VectorizeInnerLoopsPass
    : public xyz::impl::XYZVectorizeInnerLoopsBase<VectorizeInnerLoopsPass> {
  void runOnOperation() override { (void)vectorizeInnerLoops(getOperation()); }
};
} // namespace
