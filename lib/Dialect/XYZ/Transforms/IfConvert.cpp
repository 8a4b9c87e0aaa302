//===- IfConvert.cpp - scf.if to selects and masked stores ----------------===//
//
// The compiled program has no branches: both arms of an `scf.if` run and
// `arith.select` picks the results. That is exact for pure ops. A load in an
// arm runs even when its arm is not taken, so it must not fault then: it is
// accepted when the thread accesses the same address unconditionally anyway.
// A load inside the memory image (below the end of its furthest declared
// region, `xyz.image_words`: a constant address, or one integer range
// analysis bounds) cannot fault either: the guarded iterations of a
// data-dependent loop reading `table[k]` at each k. Any other load of a
// kernel that declares its image reads `select(c, addr, 0)`: word 0 when
// its arm is not taken (a stencil's neighbours under an "interior cell"
// test), a word of the image whose value the selects drop.
// A division (or remainder) in an arm runs too, and the machine faults on a
// zero divisor: where its arm is not taken it divides by 1 (`select(c, d,
// 1)`), so that `y != 0 ? x / y : 0` never faults (nested ifs guard it once
// per level).
// A store in an arm becomes `store select(c, v, load a), a`, which writes the
// old word back when `c` is false: exact when no one else may write that
// word meanwhile, i.e. the thread's own word (thread id + uniform base)
// inside a foreach_thread, a word of its own by the form of every store of
// the loop to that region (`out[i * m + k]`, k < m), a word it loads
// unconditionally, or any word in a single-core kernel body. Where `a` may
// lie outside memory when `c` is false, the store goes to a word that no
// store writes then (`xyz.unwritten_word`, a word of a read-only region):
// `a' = select(c, a, w)`, whose value it writes back unchanged.
// Vector loads and stores (a loop the specializer ran 8 words at a time)
// follow the same rules for their 8 words: a vector load inside memory runs
// anyway, any other reads words 0..7 where its arm is not taken; a vector
// store is masked (`vstore select(c, v, vload a), a`) only outside threads,
// in a single-core kernel, with its words inside memory.
//
//===----------------------------------------------------------------------===//

#include "ConditionalCode.h"
#include "IntegerRanges.h"
#include "MemoryWords.h"
#include "ThreadAddress.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZIFCONVERT
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// True if `v` has the same value for every thread of `loop`: defined
/// outside its body, or computed by pure ops from such values.
bool isUniformIn(Value v, ForeachThreadOp loop, unsigned depth = 0) {
  if (!loop || !loop.getBody().isAncestor(v.getParentRegion()))
    return true;
  Operation *def = v.getDefiningOp();
  if (!def || depth > 16 || def->getNumRegions() != 0 ||
      !isMemoryEffectFree(def))
    return false;
  return llvm::all_of(def->getOperands(), [&](Value operand) {
    return isUniformIn(operand, loop, depth + 1);
  });
}

/// True if `addr` is the thread id of `loop` plus (or minus) a uniform
/// value: one word per thread, no two threads the same.
bool isThreadOwnAddress(Value addr, ForeachThreadOp loop,
                        unsigned depth = 0) {
  if (addr == loop.getThreadId())
    return true;
  if (depth > 16)
    return false;
  if (auto add = addr.getDefiningOp<arith::AddIOp>())
    return (isThreadOwnAddress(add.getLhs(), loop, depth + 1) &&
            isUniformIn(add.getRhs(), loop)) ||
           (isThreadOwnAddress(add.getRhs(), loop, depth + 1) &&
            isUniformIn(add.getLhs(), loop));
  if (auto sub = addr.getDefiningOp<arith::SubIOp>())
    return isThreadOwnAddress(sub.getLhs(), loop, depth + 1) &&
           isUniformIn(sub.getRhs(), loop);
  return false;
}

/// The same address: one value, or two pure ops of one kind on the same
/// operands (before CSE has merged them).
bool sameAddress(Value a, Value b) {
  if (a == b)
    return true;
  Operation *x = a.getDefiningOp(), *y = b.getDefiningOp();
  return x && y && isMemoryEffectFree(x) &&
         OperationEquivalence::isEquivalentTo(
             x, y, OperationEquivalence::IgnoreLocations);
}

/// True if `op` loads (or, with `stores`, also stores) the word at `addr`:
/// a word access at the same address, or a vector access whose lanes cover
/// it (a base plus a constant less than its lane count below `addr`).
bool accessesWord(Operation *op, Value addr, bool stores) {
  Value other, base;
  Type words;
  if (auto load = dyn_cast<LoadOp>(op)) {
    other = load.getAddr();
  } else if (auto store = dyn_cast<StoreOp>(op); store && stores) {
    other = store.getAddr();
  } else if (auto load = dyn_cast<VLoadOp>(op)) {
    base = load.getBase();
    words = load.getType();
  } else if (auto store = dyn_cast<VStoreOp>(op); store && stores) {
    base = store.getBase();
    words = store.getValue().getType();
  }
  if (other)
    return sameAddress(addr, other);
  if (!base)
    return false;
  auto [a, aOffset] = splitConstantOffset(addr);
  auto [b, bOffset] = splitConstantOffset(base);
  int64_t lane = aOffset - bOffset;
  return sameAddress(a, b) && lane >= 0 &&
         lane < cast<VectorType>(words).getNumElements();
}

/// The block whose ops run exactly once per thread (or once per kernel
/// run): the thread body, or the kernel body outside threads.
Block *unconditionalBlock(Operation *op) {
  if (auto loop = op->getParentOfType<ForeachThreadOp>())
    return &loop.getBody().front();
  return &op->getParentOfType<KernelOp>().getBody().front();
}

/// True if the thread accesses `addr` whenever it runs `ifOp`'s arms:
/// by a load or store directly in the unconditional block, or, with
/// `armStores`, by a store of `ifOp` itself (which, masked, loads the word
/// in any case).
bool accessedAnyway(Value addr, scf::IfOp ifOp, bool armStores = true) {
  Block *always = unconditionalBlock(ifOp);
  auto isAccess = [&](Operation *op) {
    return accessesWord(op, addr, /*stores=*/true) &&
           (op->getBlock() == always ||
            (armStores && isa<StoreOp>(op) && ifOp->isProperAncestor(op)));
  };
  for (Operation &op : *always)
    if (isAccess(&op))
      return true;
  bool inArms = false;
  ifOp->walk([&](StoreOp store) { inArms |= isAccess(store); });
  return inArms;
}

/// True if the thread loads `addr` whenever it runs `ifOp`'s arms. No
/// other thread of its loop writes such a word (the dialect's rule: no
/// thread reads a word another thread writes), so a masked store there
/// that writes the old value back when its arm is not taken is exact.
bool loadedAnyway(Value addr, scf::IfOp ifOp) {
  return llvm::any_of(*unconditionalBlock(ifOp), [&](Operation &op) {
    return accessesWord(&op, addr, /*stores=*/false);
  });
}

/// The last op with memory effects of `arm`, if it is a store.
StoreOp lastStore(Region &arm) {
  if (arm.empty())
    return {};
  for (Operation &op : llvm::reverse(arm.front().without_terminator())) {
    if (auto store = dyn_cast<StoreOp>(op))
      return store;
    if (!isMemoryEffectFree(&op))
      return {};
  }
  return {};
}

/// A division or remainder whose divisor is not a non-zero constant: it
/// faults on the machine when the divisor is 0. (MLIR calls a remainder by
/// zero poison, not undefined behaviour, and lets it run speculatively: the
/// machine does not.)
bool mayDivideByZero(Operation *op) {
  if (!isDivisionOrRemainder(op))
    return false;
  APInt divisor;
  return !matchPattern(op->getOperand(1), m_ConstantInt(&divisor)) ||
         divisor.isZero();
}

class IfConverter {
public:
  explicit IfConverter(KernelOp kernel)
      : kernel(kernel), imageWords(kernel->getAttrOfType<IntegerAttr>(
                            XYZDialect::kImageWordsAttr)),
        unwrittenWord(kernel->getAttrOfType<IntegerAttr>(
            XYZDialect::kUnwrittenWordAttr)),
        multiCore(isMultiCore(kernel)) {}

  /// Converts `ifOp` if it can be; fails with an error at the offending op
  /// for loads and stores that cannot run unconditionally. An if holding a
  /// region (a loop the specializer could not unroll) is left in place.
  LogicalResult convert(scf::IfOp ifOp) {
    bool convertible = true;
    // Both arms ending with a store to one address: the thread stores there
    // whichever arm it takes, so one store of the selected value does, at
    // any address (no old word written back).
    StoreOp thenStore = lastStore(ifOp.getThenRegion());
    StoreOp elseStore = lastStore(ifOp.getElseRegion());
    if (thenStore && elseStore &&
        sameAddress(thenStore.getAddr(), elseStore.getAddr()) &&
        thenStore.getRegionAttr() == elseStore.getRegionAttr())
      joined = {thenStore, elseStore};
    else
      joined = {};
    for (Region *arm : {&ifOp.getThenRegion(), &ifOp.getElseRegion()})
      for (Block &block : *arm)
        for (Operation &op : block.without_terminator()) {
          if (op.getNumRegions() != 0) {
            convertible = false;
            continue;
          }
          if (failed(checkArmOp(op, ifOp)))
            return failure();
        }
    if (convertible)
      rewrite(ifOp);
    return success();
  }

private:
  LogicalResult checkArmOp(Operation &op, scf::IfOp ifOp) {
    if (auto load = dyn_cast<LoadOp>(op)) {
      if (accessedAnyway(load.getAddr(), ifOp) || insideImage(load.getAddr()))
        return success();
      // Else, in a kernel that declares its image, the load reads word 0
      // when its arm is not taken (rewrite): a word of the image, whose
      // value the selects then drop.
      if (imageWords && !imageWords.getValue().isZero()) {
        clamped.insert(load);
        return success();
      }
      if (!reported.insert(load.getLoc()).second)
        return failure(); // said once for every copy of the load
      return load.emitError(
          "a load under a condition cannot be made unconditional: nothing "
          "shows its address is valid when the condition is false (the "
          "thread does not access it unconditionally), and the machine has "
          "no branches; load from an address valid for every thread before "
          "the scf.if (clamp it with arith.select if needed) and use the "
          "value in the arm");
    }
    if (auto load = dyn_cast<VLoadOp>(op)) {
      unsigned lanes = cast<VectorType>(load.getType()).getNumElements();
      if (insideImage(load.getBase(), lanes))
        return success();
      if (imageWords && imageWords.getValue().uge(lanes)) {
        clamped.insert(load);
        return success();
      }
      if (!reported.insert(load.getLoc()).second)
        return failure();
      return load.emitError(
          "a vector load under a condition cannot be made unconditional: "
          "nothing shows its words lie inside memory when the condition is "
          "false, and the machine has no branches; load before the scf.if "
          "from an address valid in any case");
    }
    if (auto store = dyn_cast<VStoreOp>(op)) {
      // Masked as `vstore select(c, v, vload a), a`: exact where no one
      // else writes those words meanwhile (the kernel body of a
      // single-core kernel) and they lie inside memory either way.
      unsigned lanes =
          cast<VectorType>(store.getValue().getType()).getNumElements();
      bool inThreads = ifOp->getParentOfType<ForeachThreadOp>() != nullptr;
      if (!inThreads && !multiCore && insideImage(store.getBase(), lanes))
        return success();
      if (!reported.insert(store.getLoc()).second)
        return failure();
      return store.emitError(
          "a vector store under a condition cannot be masked: only one "
          "outside xyz.foreach_thread, in a single-core kernel, whose words "
          "lie inside memory is (the old words are loaded and written back "
          "where the condition is false); store the words selected by "
          "arith.select unconditionally instead");
    }
    if (auto store = dyn_cast<StoreOp>(op)) {
      if (store == joined.first || store == joined.second)
        return success();
      auto loop = ifOp->getParentOfType<ForeachThreadOp>();
      bool foreignWord = loop && !isThreadOwnAddress(store.getAddr(), loop) &&
                         !loadedAnyway(store.getAddr(), ifOp) &&
                         !privateWords(store, loop);
      bool otherCores = !loop && multiCore;
      if ((foreignWord || otherCores) &&
          !reported.insert(store.getLoc()).second)
        return failure(); // said once for every copy of the store
      if (foreignWord)
        return store.emitError(
            "a store under a condition cannot be masked: its address is not "
            "the thread's own word (the thread id plus a uniform base), nor "
            "one of the thread's own words (c * tid + u + r with every "
            "store of the loop to its region at that c and u, the r ranges "
            "spanning less than |c|), nor a word the thread loads "
            "unconditionally and uses, so writing the old value back when "
            "the condition is false could undo another thread's store; "
            "store at a per-thread address with the value chosen by "
            "arith.select, or move the store out of xyz.foreach_thread");
      if (otherCores)
        return store.emitError(
            "a store under a condition outside xyz.foreach_thread cannot be "
            "masked in a multi-core kernel (one using xyz.core_id or "
            "xyz.barrier): writing the old value back could undo another "
            "core's store; make the condition part of the stored value with "
            "arith.select at an address only this core writes");
      // Masked, the store loads and writes its address even where its arm
      // is not taken. Where that address may lie outside memory, it goes
      // to a word that no store writes instead (rewrite), whose value it
      // writes back unchanged; without such a word it stays (and must be
      // inside memory on both paths).
      if (unwrittenWord && !insideImage(store.getAddr()) &&
          !accessedAnyway(store.getAddr(), ifOp, /*armStores=*/false))
        redirected.insert(store);
      return success();
    }
    if (isMemoryEffectFree(&op))
      return success();
    return op.emitError()
           << "'" << op.getName()
           << "' under a condition has no machine form: the machine has no "
              "branches, so both arms of an scf.if run, and only pure ops, "
              "loads and maskable stores can; move it out of the scf.if";
  }

  /// Hoists the arms before the if, masks their stores, and replaces the
  /// results by selects on the condition.
  void rewrite(scf::IfOp ifOp) {
    OpBuilder builder(ifOp);
    Location loc = ifOp.getLoc();
    Value cond = ifOp.getCondition();
    Value notCond;
    auto hoist = [&](Region &arm, bool taken) -> SmallVector<Value> {
      if (arm.empty())
        return {};
      Block &block = arm.front();
      auto armCond = [&] {
        if (!taken && !notCond) {
          Value one = builder.create<arith::ConstantIntOp>(loc, 1, 1);
          notCond = builder.create<arith::XOrIOp>(loc, cond, one);
        }
        return taken ? cond : notCond;
      };
      for (Operation &op :
           llvm::make_early_inc_range(block.without_terminator())) {
        op.moveBefore(ifOp);
        if (mayDivideByZero(&op)) {
          builder.setInsertionPoint(&op);
          Value divisor = op.getOperand(1);
          Value one = builder.create<arith::ConstantOp>(
              loc, builder.getOneAttr(divisor.getType()));
          op.setOperand(1, builder.create<arith::SelectOp>(
                               op.getLoc(), armCond(), divisor, one));
          continue;
        }
        if (auto load = dyn_cast<LoadOp>(op); load && clamped.contains(load)) {
          builder.setInsertionPoint(load);
          Value when = armCond();
          Value zero = builder.create<arith::ConstantIntOp>(loc, 0, 32);
          load.getAddrMutable().assign(builder.create<arith::SelectOp>(
              load.getLoc(), when, load.getAddr(), zero));
          continue;
        }
        if (auto load = dyn_cast<VLoadOp>(op); load && clamped.contains(load)) {
          builder.setInsertionPoint(load);
          Value zero = builder.create<arith::ConstantIntOp>(loc, 0, 32);
          load.getBaseMutable().assign(builder.create<arith::SelectOp>(
              load.getLoc(), armCond(), load.getBase(), zero));
          continue;
        }
        if (auto store = dyn_cast<VStoreOp>(op)) {
          builder.setInsertionPoint(store);
          Value old = builder.create<VLoadOp>(
              store.getLoc(), store.getValue().getType(), store.getBase(),
              store.getRegionAttr());
          store.getValueMutable().assign(builder.create<arith::SelectOp>(
              store.getLoc(), armCond(), store.getValue(), old));
          continue;
        }
        auto store = dyn_cast<StoreOp>(op);
        if (!store || store == joined.first)
          continue;
        builder.setInsertionPoint(store);
        if (store == joined.second) {
          store.getValueMutable().assign(builder.create<arith::SelectOp>(
              store.getLoc(), cond, joined.first.getValue(), store.getValue()));
          joined.first.erase();
          continue;
        }
        Value when = armCond();
        if (redirected.contains(store)) {
          Value word = builder.create<arith::ConstantIntOp>(
              loc, unwrittenWord.getValue().getZExtValue(), 32);
          store.getAddrMutable().assign(builder.create<arith::SelectOp>(
              store.getLoc(), when, store.getAddr(), word));
        }
        Value old = builder.create<LoadOp>(store.getLoc(), store.getAddr(),
                                           store.getRegionAttr());
        Value masked = builder.create<arith::SelectOp>(
            store.getLoc(), when, store.getValue(), old);
        store.getValueMutable().assign(masked);
      }
      return SmallVector<Value>(block.getTerminator()->getOperands());
    };
    SmallVector<Value> thenValues = hoist(ifOp.getThenRegion(), true);
    SmallVector<Value> elseValues = hoist(ifOp.getElseRegion(), false);
    builder.setInsertionPoint(ifOp);
    SmallVector<Value> results;
    for (auto [a, b] : llvm::zip(thenValues, elseValues))
      results.push_back(
          a == b ? a : builder.create<arith::SelectOp>(loc, cond, a, b));
    ifOp->replaceAllUsesWith(results);
    ifOp.erase();
  }
  /// Integer range analysis of the kernel, run once, when first asked
  /// (null if it failed).
  DataFlowSolver *ranges() {
    if (!solver) {
      solver = std::make_unique<DataFlowSolver>();
      solverFailed = failed(solveIntegerRanges(*solver, kernel));
    }
    return solverFailed ? nullptr : solver.get();
  }

  /// An address whose `span` words lie below the image's known size: a
  /// constant, or a value integer range analysis bounds.
  bool insideImage(Value addr, uint64_t span = 1) {
    if (!imageWords)
      return false;
    uint64_t words = imageWords.getValue().getZExtValue();
    if (words < span)
      return false;
    APInt word;
    if (matchPattern(addr, m_ConstantInt(&word)))
      return word.getZExtValue() <= words - span;
    DataFlowSolver *proven = ranges();
    if (!proven)
      return false;
    std::optional<ConstantIntRanges> range = provenRange(*proven, addr);
    return range && range->umax().getZExtValue() <= words - span;
  }
  /// True if no other thread of `loop` writes the word `store` writes:
  /// every store of the loop's body that may write its region is at
  /// `c * tid + u + r` with one c and uniform part u, and their r ranges
  /// together span less than |c| (ThreadAddress.h): thread i's `out[i * m
  /// + k]` for k < m. A masked store there writes the old value back to a
  /// word only this thread may write.
  bool privateWords(StoreOp store, ForeachThreadOp loop) {
    std::optional<int64_t> threads = loop.getConstantThreadCount();
    if (!threads || *threads >= kWordSpace)
      return false;
    if (*threads <= 1)
      return true;
    DataFlowSolver *proven = ranges();
    if (!proven)
      return false;
    auto isUniform = [&](Value v) { return isUniformIn(v, loop); };
    AddressForm forms(loop.getThreadId(), isUniform, *proven);
    StringAttr region = store.getRegionAttr();
    std::optional<LinearAddress> all;
    WalkResult walk = loop.getBody().walk([&](Operation *op) {
      Value addr;
      StringAttr otherRegion;
      unsigned words = 1;
      if (auto other = dyn_cast<StoreOp>(op)) {
        addr = other.getAddr();
        otherRegion = other.getRegionAttr();
      } else if (auto other = dyn_cast<VStoreOp>(op)) {
        addr = other.getBase();
        otherRegion = other.getRegionAttr();
        words = cast<VectorType>(other.getValue().getType()).getNumElements();
      } else {
        // Another op that may write memory: it may write the word.
        if (isa<LoadOp, VLoadOp, GatherOp>(op) || isMemoryEffectFree(op) ||
            op->hasTrait<OpTrait::HasRecursiveMemoryEffects>())
          return WalkResult::advance();
        return WalkResult::interrupt();
      }
      if (region && otherRegion && otherRegion != region)
        return WalkResult::advance(); // named regions never alias
      LinearAddress form;
      if (!forms.add(addr, 1, form))
        return WalkResult::interrupt();
      form.hi += words - 1;
      form.normalize();
      if (!all) {
        all = form;
        return WalkResult::advance();
      }
      return all->absorb(form) ? WalkResult::advance()
                               : WalkResult::interrupt();
    });
    return !walk.wasInterrupted() && all &&
           distinctPerThread(all->coefficient, all->lo, all->hi, *threads);
  }

  KernelOp kernel;
  IntegerAttr imageWords;
  /// A word no store writes (xyz.unwritten_word), if known.
  IntegerAttr unwrittenWord;
  std::unique_ptr<DataFlowSolver> solver;
  bool solverFailed = false;
  bool multiCore;
  /// Locations already given an error (the guarded copies of one load).
  DenseSet<Location> reported;
  /// Loads that read word 0 when their arm is not taken.
  DenseSet<Operation *> clamped;
  /// Masked stores whose address may lie outside memory where their arm is
  /// not taken: they store to the unwritten word then.
  DenseSet<Operation *> redirected;
  /// The if being converted's last stores of its then and else arms, where
  /// they store to one address: one store of the selected value.
  std::pair<StoreOp, StoreOp> joined;
};

struct IfConvertPass : public xyz::impl::XYZIfConvertBase<IfConvertPass> {
  void runOnOperation() override {
    // Post-order: inner ifs first, so an outer one sees flat arms.
    SmallVector<scf::IfOp> ifs;
    getOperation().walk([&](scf::IfOp op) { ifs.push_back(op); });
    IfConverter converter(getOperation());
    bool failed = false;
    for (scf::IfOp ifOp : ifs)
      failed |= mlir::failed(converter.convert(ifOp));
    if (failed)
      return signalPassFailure();
  }
};
} // namespace
