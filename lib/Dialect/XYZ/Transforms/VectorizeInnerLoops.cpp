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
//     loops and for 16 trips or more, a running sum whose value the body
//     uses (a scan, `acc + x` stored every iteration): per chunk, lane i is
//     the carry plus lanes 0..i of x (each lane broadcast and added under a
//     mask: multiply_adds), and the carry moves on by the chunk's total, one
//     add from chunk to chunk;
//   - every store is at `u + j` (contiguous), and every other access to a
//     region the loop stores to is at that same address value: running 8
//     iterations' ops together then keeps each word's order of accesses;
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

bool isWordOrBit(Type type) { return type.isInteger(32) || type.isInteger(1); }

/// Whether 8 threads run the loop of `m` in fewer cycles in chunks of 8
/// iterations than with the threads on lanes (machine::OpMix, the one cost
/// model). Per 8 threads:
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
/// and lane trees have no VALU form.
bool pays(Match &m, ArrayRef<Access> accesses, const Coefficients &threadCoef) {
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
  machine::OpMix threads, inner;
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
      threads[Engine::Alu] += kLanes * trips;
    } else {
      threads[Engine::Load] += kLanes * trips;
    }
    inner[engine] +=
        kLanes * chunks * (contiguous ? 1 : kLanes) + kLanes * scalar;
  }
  // Lane copies and lane trees are ALU work only.
  auto cycles = [](const machine::OpMix &mix) {
    return std::max(machine::pooledResourceFloor(mix),
                    machine::engineFloor(mix, Engine::Alu));
  };
  return cycles(inner) < cycles(threads);
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
  // Under an scf.if both arms run on the machine, and only scalar ops have
  // masked forms (--xyz-if-convert): loops in loops and threads only.
  for (Operation *parent = loop->getParentOp(); !isa<KernelOp>(parent);
       parent = parent->getParentOp())
    if (!isa<scf::ForOp, ForeachThreadOp>(parent))
      return std::nullopt;
  Block *body = loop.getBody();
  Value iv = loop.getInductionVar();
  for (Operation *user : iv.getUsers())
    if (!isa<arith::IndexCastOp, arith::IndexCastUIOp>(user) ||
        !user->getResult(0).getType().isInteger(32))
      return std::nullopt;

  // Carried values: reductions, or running sums (scans).
  std::optional<SmallVector<Reduction>> reductions =
      matchCarriedReductions(loop, /*allowScans=*/true);
  if (!reductions)
    return std::nullopt;
  match.reductions = std::move(*reductions);
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
  // A scan's running value changes every iteration, and not linearly.
  for (auto [arg, r] : llvm::zip(loop.getRegionIterArgs(), match.reductions))
    if (r.scan)
      match.coef[arg] = std::nullopt;
  propagate(loop, match.coef);
  for (auto [arg, r] : llvm::zip(loop.getRegionIterArgs(), match.reductions))
    if (!r.scan)
      match.coef.erase(arg);
  auto coefOf = [&](Value v) { return coefficientOf(match.coef, v); };

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
      if (other.addr != store.addr)
        return std::nullopt;
      match.overlapSafe &= other.isStore;
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
  if (!pays(match, accesses, threadCoef))
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
    SmallVector<Value> inits;
    for (auto [r, init] : llvm::zip(m.reductions, loop.getInitArgs()))
      inits.push_back(
          r.scan ? init
                 : builder.create<arith::ConstantOp>(
                       loc, DenseElementsAttr::get(vectorOf(i32),
                                                   getReduceIdentity(r.kind))));
    Value zero = builder.create<arith::ConstantIndexOp>(loc, 0);
    Value one = builder.create<arith::ConstantIndexOp>(loc, 1);
    Value count = builder.create<arith::ConstantIndexOp>(loc, chunks);
    auto vectorLoop = builder.create<scf::ForOp>(
        loc, zero, count, one, inits,
        [&](OpBuilder &b, Location, Value k, ValueRange accs) {
          // j0 = lb + 8k.
          Value k32 = b.create<arith::IndexCastOp>(loc, i32, k);
          Value j0 = b.create<arith::MulIOp>(
              loc, k32, b.create<arith::ConstantIntOp>(loc, kLanes, 32));
          if (m.lb != 0)
            j0 = b.create<arith::AddIOp>(
                loc, j0, b.create<arith::ConstantIntOp>(loc, m.lb, 32));
          b.create<scf::YieldOp>(loc, buildChunk(b, j0, accs, 0));
        });
    SmallVector<Value> partials(vectorLoop.getResults());
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
    for (auto [r, init, partial] :
         llvm::zip(m.reductions, loop.getInitArgs(), partials)) {
      if (r.scan) {
        joined.push_back(partial);
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

  /// The running sum `result` (= carry + contribution, carried) over the
  /// chunk's 8 iterations: lane i is carryIn plus lanes 0..i of the
  /// contributions (each lane broadcast, masked to the lanes at or above
  /// it, and added; the multiplies fuse into multiply_adds), mapped as
  /// `result`'s vector. Returns the carry out: carryIn plus the lanes'
  /// total, one add after the carry in, so that the chain from chunk to
  /// chunk is one add.
  Value buildScan(OpBuilder &b, Value result, Value contribution,
                  Value carryIn) {
    Value x = vectorAt(b, contribution);
    auto lane = [&](int64_t i) -> Value {
      Value word = b.create<LaneOp>(loc, i32, x, b.getI64IntegerAttr(i));
      return b.create<BroadcastOp>(loc, vectorOf(i32), word);
    };
    Value local = lane(0);
    for (int64_t i = 1; i < kLanes; ++i) {
      SmallVector<APInt> from;
      for (int64_t l = 0; l < kLanes; ++l)
        from.push_back(APInt(32, l >= i ? 1 : 0));
      Value mask = b.create<arith::ConstantOp>(
          loc, DenseElementsAttr::get(vectorOf(i32), from));
      local = b.create<arith::AddIOp>(
          loc, local, b.create<arith::MulIOp>(loc, lane(i), mask));
    }
    Value carry = b.create<BroadcastOp>(loc, vectorOf(i32), carryIn);
    vectors.map(result, b.create<arith::AddIOp>(loc, local, carry));
    Value total = b.create<ReduceLanesOp>(
        loc, b.getI32IntegerAttr(static_cast<int32_t>(ReduceKind::Add)), x);
    return b.create<arith::AddIOp>(loc, carryIn, total);
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

    DenseMap<Operation *, Value> scanned;
    for (Operation &op : body->without_terminator()) {
      if (auto it = llvm::find_if(
              m.reductions,
              [&](const Reduction &r) { return r.combine == &op; });
          it != m.reductions.end()) {
        if (it->scan)
          scanned[&op] = buildScan(b, op.getResult(0), it->contribution,
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
