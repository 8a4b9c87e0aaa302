//===- KernelInterpreter.cpp - Run an xyz kernel at the source level -------===//
//
// A tree-walking interpreter over the ops of a specialized xyz.kernel. Values
// are APInts (one per lane for a vector), kept per frame (a kernel run on one
// core, or one func.call) in a map from SSA value to its current value:
// threads of a foreach_thread run one after the other in the same frame,
// each redefining the body's values before using them (SSA dominance).
// See KernelInterpreter.h and docs/xyz-interp.md.
//
//===----------------------------------------------------------------------===//

#include "xyz/Interpreter/KernelInterpreter.h"
#include "xyz/Dialect/XYZ/XYZOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/TypeSwitch.h"
#include <optional>
#include <string>

using namespace mlir;
using namespace xyz;
using llvm::APInt;

namespace {

/// Calls nested deeper than this are an error (recursion).
constexpr unsigned kMaxCallDepth = 256;

/// The run-time value of an SSA value: one APInt per lane (one for a scalar).
struct RtValue {
  llvm::SmallVector<APInt, 1> lanes;
};
using Frame = llvm::DenseMap<Value, RtValue>;

/// Bit width and lane count of a supported type: a signless integer of at most
/// 64 bits, index, or a 1-D vector of those. An index is a machine word (32
/// bits), as the compiler lowers it: `index_cast` of an i32 changes no bit.
std::optional<std::pair<unsigned, unsigned>> getShape(Type type) {
  unsigned lanes = 1;
  if (auto vec = dyn_cast<VectorType>(type)) {
    if (vec.getRank() != 1 || vec.isScalable())
      return std::nullopt;
    lanes = vec.getNumElements();
    type = vec.getElementType();
  }
  if (type.isIndex())
    return std::make_pair(32u, lanes);
  if (auto integer = dyn_cast<IntegerType>(type))
    if (integer.isSignless() && integer.getWidth() <= 64)
      return std::make_pair(integer.getWidth(), lanes);
  return std::nullopt;
}

/// Why a lane's result is undefined, or nothing.
using LaneError = std::optional<std::string>;

class Interpreter {
public:
  Interpreter(KernelOp kernel, std::vector<uint32_t> &mem,
              const InterpreterOptions &options)
      : kernel(kernel), mem(mem), options(options) {}

  LogicalResult run();
  uint64_t getSteps() const { return steps; }
  /// InterpreterResult::observable, after run().
  std::vector<bool> getObservable() const;

private:
  /// Emits `parts...` as an error at `op`, with the core and thread running.
  template <typename... Parts>
  LogicalResult fail(Operation *op, const Parts &...parts) {
    InFlightDiagnostic diag = op->emitError();
    (diag << ... << parts);
    if (options.cores > 1 || thread)
      diag << " (";
    if (options.cores > 1)
      diag << "core " << core << (thread ? ", " : "");
    if (thread)
      diag << "thread " << *thread;
    if (options.cores > 1 || thread)
      diag << ")";
    return failure();
  }

  LogicalResult step(Operation *op) {
    if (++steps <= options.maxSteps)
      return success();
    return fail(op, "step limit exceeded: more than ", options.maxSteps,
                " ops executed (see --max-steps)");
  }

  /// Runs the ops of `block` in `frame` and puts the terminator's operands
  /// in `results`.
  LogicalResult runBlock(Block &block, Frame &frame,
                         SmallVectorImpl<RtValue> &results);
  LogicalResult runOp(Operation *op, Frame &frame);
  LogicalResult runForeachThread(ForeachThreadOp op, Frame &frame);
  LogicalResult runFor(scf::ForOp op, Frame &frame);
  LogicalResult runIf(scf::IfOp op, Frame &frame);
  LogicalResult runCall(func::CallOp op, Frame &frame);
  LogicalResult runConstant(arith::ConstantOp op, Frame &frame);
  LogicalResult runArith(Operation *op, Frame &frame);
  LogicalResult runXYZ(Operation *op, Frame &frame, bool &handled);
  LogicalResult runBarriers(BarrierOp op, std::vector<Frame> &frames,
                            int64_t generation);

  /// Evaluates `fn(lhs lane, rhs lane)` for every lane of a binary op.
  LogicalResult binary(Operation *op, Frame &frame,
                       llvm::function_ref<LaneError(const APInt &,
                                                    const APInt &, APInt &)>
                           fn);

  const RtValue *get(Operation *user, Frame &frame, Value value) {
    auto it = frame.find(value);
    if (it != frame.end())
      return &it->second;
    (void)fail(user, "internal error: an operand has no value");
    return nullptr;
  }
  const APInt *getScalar(Operation *user, Frame &frame, Value value) {
    const RtValue *v = get(user, frame, value);
    return v ? &v->lanes.front() : nullptr;
  }

  /// `addr` (+ `count` words) inside the image, or an error at `op`.
  LogicalResult checkAddress(Operation *op, llvm::StringRef what,
                             const APInt &addr, unsigned count = 1) {
    uint64_t a = addr.getZExtValue();
    if (a + count <= mem.size())
      return success();
    if (count == 1)
      return fail(op, what, " address ", a, " outside the memory image [0, ",
                  uint64_t(mem.size()), ")");
    return fail(op, what, " of ", count, " words at address ", a,
                " outside the memory image [0, ", uint64_t(mem.size()), ")");
  }

  /// What the kernel stored to each word (for observability): nothing yet,
  /// only regions that are not outputs, or an output or unnamed region.
  enum class Written : uint8_t { Never, Hidden, Visible };
  void noteStore(uint64_t addr, uint64_t count,
                 std::optional<llvm::StringRef> region) {
    bool hidden = hasOutputs && region && !outputs.contains(*region);
    for (uint64_t w = addr; w < addr + count; ++w)
      if (!hidden)
        written[w] = Written::Visible;
      else if (written[w] == Written::Never)
        written[w] = Written::Hidden;
  }
  LogicalResult runRegion(RegionOp op, Frame &frame);

  /// Who first read each word (or several) and who last wrote it, among
  /// the parties that must not conflict: the threads of a thread loop of
  /// single threads (the source form: they run in any order, 8 at once
  /// when vectorized), or the cores between two barriers (they run at the
  /// same time; the interpreter runs core 0 first). A party may not read a
  /// word another writes, nor overwrite another's word with a different
  /// value: the result would depend on the order.
  struct Accesses {
    static constexpr int64_t kSeveral = -1;
    llvm::DenseMap<uint64_t, int64_t> reader, writer;

    /// Notes a read of `addr` by `who`; the other party that wrote it, if
    /// any (a conflict).
    std::optional<int64_t> read(uint64_t addr, int64_t who) {
      auto w = writer.find(addr);
      if (w != writer.end() && w->second != who)
        return w->second;
      auto [it, inserted] = reader.try_emplace(addr, who);
      if (!inserted && it->second != who)
        it->second = kSeveral;
      return std::nullopt;
    }
    /// Notes a write of `addr` by `who`, `same` if it writes the word's
    /// current value. A conflict: the other reader (kSeveral: more than
    /// one) or, with `wroteOther` set, the other writer.
    std::optional<int64_t> write(uint64_t addr, int64_t who, bool same,
                                 bool &wroteOther) {
      wroteOther = false;
      auto r = reader.find(addr);
      if (r != reader.end() && r->second != who)
        return r->second;
      auto [w, inserted] = writer.try_emplace(addr, who);
      if (!inserted && w->second != who) {
        if (!same) {
          wroteOther = true;
          return w->second;
        }
        w->second = who;
      }
      return std::nullopt;
    }
  };
  /// The innermost running thread loop's, if it tracks them.
  Accesses *accesses = nullptr;
  /// The cores' since the last barrier (several cores only).
  Accesses coreAccesses;

  LogicalResult noteRead(Operation *op, uint64_t addr) {
    if (options.cores > 1)
      if (std::optional<int64_t> other = coreAccesses.read(addr, core))
        return fail(op, "reads word ", addr, ", which core ", *other,
                    " writes before the next barrier: the cores run at the "
                    "same time, so the result would depend on their timing; "
                    "put an xyz.barrier between the write and the read");
    if (!accesses || !thread)
      return success();
    if (std::optional<int64_t> other = accesses->read(addr, *thread))
      return fail(op, "reads word ", addr, ", which thread ", *other,
                  " of this xyz.foreach_thread writes: threads run in any "
                  "order (8 at once when vectorized), so the result would "
                  "depend on it; read from a copy or split the loop there");
    return success();
  }
  LogicalResult noteWrite(Operation *op, uint64_t addr, uint32_t value) {
    bool same = mem[addr] == value, wroteOther;
    if (options.cores > 1) {
      if (std::optional<int64_t> other =
              coreAccesses.write(addr, core, same, wroteOther)) {
        if (wroteOther)
          return fail(op, "writes word ", addr, ", which core ", *other,
                      " wrote with a different value before the next "
                      "barrier: the cores run at the same time, so the "
                      "word's final value would depend on their timing");
        if (*other == Accesses::kSeveral)
          return fail(op, "writes word ", addr,
                      ", which another core reads before the next barrier: "
                      "the cores run at the same time, so the result would "
                      "depend on their timing; put an xyz.barrier between "
                      "the read and the write");
        return fail(op, "writes word ", addr, ", which core ", *other,
                    " reads before the next barrier: the cores run at the "
                    "same time, so the result would depend on their timing; "
                    "put an xyz.barrier between the read and the write");
      }
    }
    if (!accesses || !thread)
      return success();
    std::optional<int64_t> other =
        accesses->write(addr, *thread, same, wroteOther);
    if (!other)
      return success();
    if (wroteOther)
      return fail(op, "writes word ", addr, ", which thread ", *other,
                  " of this xyz.foreach_thread wrote with a different "
                  "value: threads run in any order (8 at once when "
                  "vectorized), so the word's final value would depend on "
                  "it");
    if (*other == Accesses::kSeveral)
      return fail(op, "writes word ", addr,
                  ", which other threads of "
                  "this xyz.foreach_thread read: threads run in any order "
                  "(8 at once when vectorized), so the result would depend "
                  "on it; write to another buffer or split the loop there");
    return fail(op, "writes word ", addr, ", which thread ", *other,
                " of this xyz.foreach_thread reads: threads run in any "
                "order (8 at once when vectorized), so the result would "
                "depend on it; write to another buffer or split the loop "
                "there");
  }

  KernelOp kernel;
  std::vector<uint32_t> &mem;
  /// The regions `xyz.outputs` lists, if the kernel has the attribute.
  bool hasOutputs = false;
  llvm::StringSet<> outputs;
  std::vector<Written> written;
  /// Declared [base, base + size) of output regions.
  std::vector<std::pair<uint64_t, uint64_t>> outputRanges;
  const InterpreterOptions &options;
  uint64_t steps = 0;
  unsigned core = 0;
  /// The thread (or the first thread of the lane group) running, if any.
  std::optional<int64_t> thread;
  unsigned callDepth = 0;
};

} // namespace

LogicalResult Interpreter::runBlock(Block &block, Frame &frame,
                                    SmallVectorImpl<RtValue> &results) {
  for (Operation &op : block) {
    if (op.hasTrait<OpTrait::IsTerminator>()) {
      if (failed(step(&op)))
        return failure();
      if (!isa<scf::YieldOp, xyz::YieldOp, xyz::ReturnOp, func::ReturnOp>(op))
        return fail(&op, "unsupported terminator '", op.getName(), "'");
      results.clear();
      for (Value operand : op.getOperands()) {
        const RtValue *v = get(&op, frame, operand);
        if (!v)
          return failure();
        results.push_back(*v);
      }
      return success();
    }
    if (failed(runOp(&op, frame)))
      return failure();
  }
  return success();
}

LogicalResult Interpreter::runOp(Operation *op, Frame &frame) {
  if (failed(step(op)))
    return failure();
  for (Type type : op->getResultTypes())
    if (!getShape(type))
      return fail(op, "unsupported type ", type, " (the interpreter runs "
                  "integers of at most 64 bits, index, and 1-D vectors of "
                  "them)");
  if (auto loop = dyn_cast<ForeachThreadOp>(op))
    return runForeachThread(loop, frame);
  if (auto loop = dyn_cast<scf::ForOp>(op))
    return runFor(loop, frame);
  if (auto branch = dyn_cast<scf::IfOp>(op))
    return runIf(branch, frame);
  if (auto call = dyn_cast<func::CallOp>(op))
    return runCall(call, frame);
  if (auto cst = dyn_cast<arith::ConstantOp>(op))
    return runConstant(cst, frame);
  bool handled = false;
  if (failed(runXYZ(op, frame, handled)))
    return failure();
  if (handled)
    return success();
  if (isa<arith::ArithDialect>(op->getDialect()))
    return runArith(op, frame);
  return fail(op, "unsupported op '", op->getName(),
              "' (the interpreter runs xyz, arith integer, scf.for, scf.if "
              "and func.call ops)");
}

LogicalResult Interpreter::runForeachThread(ForeachThreadOp op, Frame &frame) {
  const APInt *count = getScalar(op, frame, op.getCount());
  if (!count)
    return failure();
  int64_t n = count->getSExtValue();
  int64_t first = op.getFirstThread(), lanes = op.getNumLanes();
  if (n < 0)
    return fail(op, "negative thread count ", n);
  if (n > first && (n - first) % lanes != 0)
    return fail(op, "thread count ", n, " minus start ", first,
                " is not a multiple of lanes ", lanes);
  std::optional<int64_t> outer = thread;
  Block &body = op.getBody().front();
  // Accesses are tracked per loop of single threads (see Accesses).
  Accesses loopAccesses;
  Accesses *outerAccesses = accesses;
  accesses = lanes == 1 ? &loopAccesses : nullptr;
  auto restore = llvm::make_scope_exit([&] {
    thread = outer;
    accesses = outerAccesses;
  });
  // Each reduction combines every thread's (every lane's) yielded word, in
  // thread order (the kinds are associative and commutative).
  SmallVector<ReduceKind> kinds = op.getReduceKinds();
  SmallVector<APInt> totals;
  for (ReduceKind kind : kinds)
    totals.push_back(getReduceIdentity(kind));
  SmallVector<RtValue> yielded;
  for (int64_t t = first; t < n; t += lanes) {
    thread = t;
    RtValue id;
    id.lanes.push_back(APInt(32, t));
    frame[body.getArgument(0)] = std::move(id);
    if (failed(runBlock(body, frame, yielded)))
      return failure();
    for (auto [index, kind] : llvm::enumerate(kinds))
      for (const APInt &word : yielded[index].lanes)
        totals[index] = combineWords(kind, totals[index], word);
  }
  for (auto [result, total] : llvm::zip(op.getResults(), totals)) {
    RtValue value;
    value.lanes.push_back(total);
    frame[result] = std::move(value);
  }
  return success();
}

LogicalResult Interpreter::runFor(scf::ForOp op, Frame &frame) {
  const APInt *lb = getScalar(op, frame, op.getLowerBound());
  const APInt *ub = getScalar(op, frame, op.getUpperBound());
  const APInt *stepSize = getScalar(op, frame, op.getStep());
  if (!lb || !ub || !stepSize)
    return failure();
  if (!stepSize->isStrictlyPositive())
    return fail(op, "step ", stepSize->getSExtValue(), " is not positive");
  SmallVector<RtValue> carried;
  for (Value init : op.getInitArgs()) {
    const RtValue *v = get(op, frame, init);
    if (!v)
      return failure();
    carried.push_back(*v);
  }
  Block &body = *op.getBody();
  APInt iv = *lb, upper = *ub, stride = *stepSize;
  SmallVector<RtValue> yielded;
  // A declared maximum (xyz.max_trips) is a promise the compiled program
  // relies on: running past it is an error, not a longer loop.
  std::optional<int64_t> maxTrips;
  if (auto attr = op->getAttrOfType<IntegerAttr>(XYZDialect::kMaxTripsAttr))
    maxTrips = attr.getInt();
  int64_t trips = 0;
  while (iv.slt(upper)) {
    if (maxTrips && trips++ == *maxTrips)
      return fail(op, "loop runs more than its xyz.max_trips = ", *maxTrips,
                  " iterations");
    frame[op.getInductionVar()] = RtValue{{iv}};
    for (auto [arg, value] : llvm::zip(op.getRegionIterArgs(), carried))
      frame[arg] = value;
    if (failed(runBlock(body, frame, yielded)))
      return failure();
    carried = std::move(yielded);
    yielded = {};
    bool overflow = false;
    iv = iv.sadd_ov(stride, overflow);
    if (overflow) // the next value is past any signed upper bound
      break;
  }
  for (auto [result, value] : llvm::zip(op.getResults(), carried))
    frame[result] = std::move(value);
  return success();
}

LogicalResult Interpreter::runIf(scf::IfOp op, Frame &frame) {
  const APInt *cond = getScalar(op, frame, op.getCondition());
  if (!cond)
    return failure();
  Region &region = cond->isOne() ? op.getThenRegion() : op.getElseRegion();
  if (region.empty())
    return success();
  SmallVector<RtValue> yielded;
  if (failed(runBlock(region.front(), frame, yielded)))
    return failure();
  for (auto [result, value] : llvm::zip(op.getResults(), yielded))
    frame[result] = std::move(value);
  return success();
}

LogicalResult Interpreter::runCall(func::CallOp op, Frame &frame) {
  auto callee =
      SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(op, op.getCalleeAttr());
  if (!callee || callee.isExternal())
    return fail(op, "call to '", op.getCallee(), "', which has no body");
  if (!callee.getBody().hasOneBlock())
    return fail(op, "call to '", op.getCallee(),
                "', whose body has more than one block (unsupported)");
  if (callDepth >= kMaxCallDepth)
    return fail(op, "calls nested more than ", kMaxCallDepth,
                " deep (recursion?)");
  Frame callFrame;
  Block &body = callee.getBody().front();
  for (auto [arg, operand] : llvm::zip(body.getArguments(), op.getOperands())) {
    const RtValue *v = get(op, frame, operand);
    if (!v)
      return failure();
    callFrame[arg] = *v;
  }
  ++callDepth;
  SmallVector<RtValue> results;
  LogicalResult ran = runBlock(body, callFrame, results);
  --callDepth;
  if (failed(ran))
    return failure();
  for (auto [result, value] : llvm::zip(op.getResults(), results))
    frame[result] = std::move(value);
  return success();
}

LogicalResult Interpreter::runConstant(arith::ConstantOp op, Frame &frame) {
  auto [width, lanes] = *getShape(op.getType());
  RtValue value;
  if (auto integer = dyn_cast<IntegerAttr>(op.getValue())) {
    value.lanes.push_back(integer.getValue().zextOrTrunc(width));
  } else if (auto dense = dyn_cast<DenseIntElementsAttr>(op.getValue())) {
    for (APInt lane : dense.getValues<APInt>())
      value.lanes.push_back(lane.zextOrTrunc(width));
  } else {
    return fail(op, "unsupported constant ", op.getValue());
  }
  if (value.lanes.size() != lanes)
    return fail(op, "constant has ", unsigned(value.lanes.size()),
                " lanes, its type ", lanes);
  frame[op.getResult()] = std::move(value);
  return success();
}

LogicalResult Interpreter::binary(
    Operation *op, Frame &frame,
    llvm::function_ref<LaneError(const APInt &, const APInt &, APInt &)> fn) {
  const RtValue *lhs = get(op, frame, op->getOperand(0));
  const RtValue *rhs = get(op, frame, op->getOperand(1));
  if (!lhs || !rhs)
    return failure();
  RtValue result;
  for (auto [a, b] : llvm::zip(lhs->lanes, rhs->lanes)) {
    APInt r;
    if (LaneError err = fn(a, b, r)) {
      if (lhs->lanes.size() > 1)
        *err += " in lane " + std::to_string(result.lanes.size());
      return fail(op, *err);
    }
    result.lanes.push_back(std::move(r));
  }
  frame[op->getResult(0)] = std::move(result);
  return success();
}

/// The value of `a` as a signed decimal, for messages.
static std::string sdec(const APInt &a) { return std::to_string(a.getSExtValue()); }

LogicalResult Interpreter::runArith(Operation *op, Frame &frame) {
  using R = LaneError;
  bool nsw = false, nuw = false;
  if (auto flags = dyn_cast<arith::ArithIntegerOverflowFlagsInterface>(op)) {
    nsw = flags.hasNoSignedWrap();
    nuw = flags.hasNoUnsignedWrap();
  }
  // A wrap under nsw/nuw makes the result poison.
  auto wrapped = [&](bool sOverflow, bool uOverflow) -> R {
    if (nsw && sOverflow)
      return std::string("signed overflow under nsw (the result is poison)");
    if (nuw && uOverflow)
      return std::string("unsigned overflow under nuw (the result is poison)");
    return std::nullopt;
  };
  auto divisor = [](const APInt &b) -> R {
    if (b.isZero())
      return std::string("division by zero");
    return std::nullopt;
  };
  auto signedOverflow = [](const APInt &a, const APInt &b) -> R {
    if (a.isMinSignedValue() && b.isAllOnes())
      return "signed division overflow: " + sdec(a) + " / -1";
    return std::nullopt;
  };
  auto shift = [](const APInt &a, const APInt &b) -> R {
    if (b.uge(a.getBitWidth()))
      return "shift amount " + std::to_string(b.getZExtValue()) +
             " is not less than the bit width " +
             std::to_string(a.getBitWidth()) + " (the result is poison)";
    return std::nullopt;
  };

  // The lane function of an op whose result is always defined, of one that
  // wraps (poison under nsw/nuw), and of a division (an error on a zero
  // divisor and, if signed, on INT_MIN / -1).
  auto total = [&](auto f) {
    return binary(op, frame, [&](const APInt &a, const APInt &b, APInt &r) {
      r = f(a, b);
      return R();
    });
  };
  auto wrapping = [&](auto f) {
    return binary(op, frame, [&](const APInt &a, const APInt &b, APInt &r) {
      bool so, uo;
      r = f(a, b, so, uo);
      return wrapped(so, uo);
    });
  };
  auto dividing = [&](bool isSigned, auto f) {
    return binary(op, frame, [&](const APInt &a, const APInt &b, APInt &r) {
      if (R e = divisor(b))
        return e;
      if (isSigned)
        if (R e = signedOverflow(a, b))
          return e;
      r = f(a, b);
      return R();
    });
  };
  auto shifting = [&](auto f) {
    return binary(op, frame, [&](const APInt &a, const APInt &b, APInt &r) {
      if (R e = shift(a, b))
        return e;
      bool so = false, uo = false;
      r = f(a, b, so, uo);
      return wrapped(so, uo);
    });
  };
  using A = const APInt &;
  return llvm::TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](arith::AddIOp) {
        return wrapping([](A a, A b, bool &so, bool &uo) {
          (void)a.sadd_ov(b, so);
          return a.uadd_ov(b, uo);
        });
      })
      .Case([&](arith::SubIOp) {
        return wrapping([](A a, A b, bool &so, bool &uo) {
          (void)a.ssub_ov(b, so);
          return a.usub_ov(b, uo);
        });
      })
      .Case([&](arith::MulIOp) {
        return wrapping([](A a, A b, bool &so, bool &uo) {
          (void)a.smul_ov(b, so);
          return a.umul_ov(b, uo);
        });
      })
      .Case([&](arith::DivUIOp) {
        return dividing(false, [](A a, A b) { return a.udiv(b); });
      })
      .Case([&](arith::DivSIOp) {
        return dividing(true, [](A a, A b) { return a.sdiv(b); });
      })
      .Case([&](arith::CeilDivUIOp) {
        return dividing(false, [](A a, A b) {
          return llvm::APIntOps::RoundingUDiv(a, b, APInt::Rounding::UP);
        });
      })
      .Case([&](arith::CeilDivSIOp) {
        return dividing(true, [](A a, A b) {
          return llvm::APIntOps::RoundingSDiv(a, b, APInt::Rounding::UP);
        });
      })
      .Case([&](arith::FloorDivSIOp) {
        return dividing(true, [](A a, A b) {
          return llvm::APIntOps::RoundingSDiv(a, b, APInt::Rounding::DOWN);
        });
      })
      // INT_MIN % -1 is 0, defined: only the divisor is checked.
      .Case([&](arith::RemUIOp) {
        return dividing(false, [](A a, A b) { return a.urem(b); });
      })
      .Case([&](arith::RemSIOp) {
        return dividing(false, [](A a, A b) { return a.srem(b); });
      })
      .Case([&](arith::AndIOp) { return total([](A a, A b) { return a & b; }); })
      .Case([&](arith::OrIOp) { return total([](A a, A b) { return a | b; }); })
      .Case([&](arith::XOrIOp) { return total([](A a, A b) { return a ^ b; }); })
      .Case([&](arith::ShLIOp) {
        return shifting([](A a, A b, bool &so, bool &uo) {
          (void)a.sshl_ov(b, so);
          return a.ushl_ov(b, uo);
        });
      })
      .Case([&](arith::ShRUIOp) {
        return shifting([](A a, A b, bool &, bool &) { return a.lshr(b); });
      })
      .Case([&](arith::ShRSIOp) {
        return shifting([](A a, A b, bool &, bool &) { return a.ashr(b); });
      })
      .Case([&](arith::MinSIOp) {
        return total([](A a, A b) { return llvm::APIntOps::smin(a, b); });
      })
      .Case([&](arith::MinUIOp) {
        return total([](A a, A b) { return llvm::APIntOps::umin(a, b); });
      })
      .Case([&](arith::MaxSIOp) {
        return total([](A a, A b) { return llvm::APIntOps::smax(a, b); });
      })
      .Case([&](arith::MaxUIOp) {
        return total([](A a, A b) { return llvm::APIntOps::umax(a, b); });
      })
      .Case<arith::CmpIOp>([&](arith::CmpIOp cmp) {
        arith::CmpIPredicate pred = cmp.getPredicate();
        return binary(op, frame, [&](const APInt &a, const APInt &b, APInt &r) {
          bool holds = false;
          switch (pred) {
          case arith::CmpIPredicate::eq: holds = a.eq(b); break;
          case arith::CmpIPredicate::ne: holds = a.ne(b); break;
          case arith::CmpIPredicate::slt: holds = a.slt(b); break;
          case arith::CmpIPredicate::sle: holds = a.sle(b); break;
          case arith::CmpIPredicate::sgt: holds = a.sgt(b); break;
          case arith::CmpIPredicate::sge: holds = a.sge(b); break;
          case arith::CmpIPredicate::ult: holds = a.ult(b); break;
          case arith::CmpIPredicate::ule: holds = a.ule(b); break;
          case arith::CmpIPredicate::ugt: holds = a.ugt(b); break;
          case arith::CmpIPredicate::uge: holds = a.uge(b); break;
          }
          r = APInt(1, holds);
          return R();
        });
      })
      .Case<arith::MulUIExtendedOp, arith::MulSIExtendedOp>([&](auto typed) {
        // Both words of the double-width product.
        Operation *mul = typed.getOperation();
        const RtValue *a = get(op, frame, mul->getOperand(0));
        const RtValue *b = get(op, frame, mul->getOperand(1));
        if (!a || !b)
          return failure();
        bool sign = isa<arith::MulSIExtendedOp>(mul);
        RtValue low, high;
        size_t lanes = std::max(a->lanes.size(), b->lanes.size());
        for (size_t i = 0; i < lanes; ++i) {
          const APInt &ai = a->lanes[a->lanes.size() == 1 ? 0 : i];
          const APInt &bi = b->lanes[b->lanes.size() == 1 ? 0 : i];
          unsigned width = ai.getBitWidth();
          APInt x = sign ? ai.sext(2 * width) : ai.zext(2 * width);
          APInt y = sign ? bi.sext(2 * width) : bi.zext(2 * width);
          APInt product = x * y;
          low.lanes.push_back(product.trunc(width));
          high.lanes.push_back(product.extractBits(width, width));
        }
        frame[mul->getResult(0)] = std::move(low);
        frame[mul->getResult(1)] = std::move(high);
        return success();
      })
      .Case<arith::SelectOp>([&](arith::SelectOp select) {
        const RtValue *cond = get(op, frame, select.getCondition());
        const RtValue *t = get(op, frame, select.getTrueValue());
        const RtValue *f = get(op, frame, select.getFalseValue());
        if (!cond || !t || !f)
          return failure();
        RtValue result;
        for (size_t i = 0; i < t->lanes.size(); ++i) {
          const APInt &c = cond->lanes.size() == 1 ? cond->lanes[0]
                                                   : cond->lanes[i];
          result.lanes.push_back(c.isOne() ? t->lanes[i] : f->lanes[i]);
        }
        frame[select.getResult()] = std::move(result);
        return success();
      })
      .Case<arith::ExtUIOp, arith::ExtSIOp, arith::TruncIOp,
            arith::IndexCastOp, arith::IndexCastUIOp>([&](auto typed) {
        Operation *cast = typed.getOperation();
        const RtValue *in = get(op, frame, cast->getOperand(0));
        if (!in)
          return failure();
        unsigned width = getShape(cast->getResult(0).getType())->first;
        bool sign = isa<arith::ExtSIOp, arith::IndexCastOp>(cast);
        RtValue result;
        for (const APInt &lane : in->lanes)
          result.lanes.push_back(sign ? lane.sextOrTrunc(width)
                                      : lane.zextOrTrunc(width));
        frame[cast->getResult(0)] = std::move(result);
        return success();
      })
      .Default([&](Operation *) {
        return fail(op, "unsupported op '", op->getName(),
                    "' (the interpreter runs the integer ops of arith)");
      });
}

LogicalResult Interpreter::runXYZ(Operation *op, Frame &frame, bool &handled) {
  handled = true;
  if (auto load = dyn_cast<LoadOp>(op)) {
    const APInt *addr = getScalar(op, frame, load.getAddr());
    if (!addr || failed(checkAddress(op, "load from", *addr)) ||
        failed(noteRead(op, addr->getZExtValue())))
      return failure();
    frame[load.getResult()] = RtValue{{APInt(32, mem[addr->getZExtValue()])}};
    return success();
  }
  if (auto store = dyn_cast<StoreOp>(op)) {
    const APInt *addr = getScalar(op, frame, store.getAddr());
    const APInt *value = getScalar(op, frame, store.getValue());
    if (!addr || !value || failed(checkAddress(op, "store to", *addr)) ||
        failed(noteWrite(op, addr->getZExtValue(), value->getZExtValue())))
      return failure();
    mem[addr->getZExtValue()] = value->getZExtValue();
    noteStore(addr->getZExtValue(), 1, store.getRegion());
    return success();
  }
  if (auto vload = dyn_cast<VLoadOp>(op)) {
    const APInt *base = getScalar(op, frame, vload.getBase());
    unsigned lanes = getShape(vload.getType())->second;
    if (!base || failed(checkAddress(op, "vload", *base, lanes)))
      return failure();
    RtValue result;
    for (unsigned i = 0; i < lanes; ++i) {
      if (failed(noteRead(op, base->getZExtValue() + i)))
        return failure();
      result.lanes.push_back(APInt(32, mem[base->getZExtValue() + i]));
    }
    frame[vload.getResult()] = std::move(result);
    return success();
  }
  if (auto vstore = dyn_cast<VStoreOp>(op)) {
    const APInt *base = getScalar(op, frame, vstore.getBase());
    const RtValue *value = get(op, frame, vstore.getValue());
    if (!base || !value ||
        failed(checkAddress(op, "vstore", *base, value->lanes.size())))
      return failure();
    for (auto [i, lane] : llvm::enumerate(value->lanes)) {
      if (failed(noteWrite(op, base->getZExtValue() + i, lane.getZExtValue())))
        return failure();
      mem[base->getZExtValue() + i] = lane.getZExtValue();
    }
    noteStore(base->getZExtValue(), value->lanes.size(), vstore.getRegion());
    return success();
  }
  if (auto gather = dyn_cast<GatherOp>(op)) {
    const RtValue *addrs = get(op, frame, gather.getAddrs());
    if (!addrs)
      return failure();
    RtValue result;
    for (const APInt &addr : addrs->lanes) {
      if (failed(checkAddress(op, "gather from", addr)) ||
          failed(noteRead(op, addr.getZExtValue())))
        return failure();
      result.lanes.push_back(APInt(32, mem[addr.getZExtValue()]));
    }
    frame[gather.getResult()] = std::move(result);
    return success();
  }
  if (auto reduce = dyn_cast<ReduceLanesOp>(op)) {
    const RtValue *value = get(op, frame, reduce.getValue());
    if (!value)
      return failure();
    APInt total = getReduceIdentity(reduce.getKind());
    for (const APInt &word : value->lanes)
      total = combineWords(reduce.getKind(), total, word);
    RtValue result;
    result.lanes.push_back(total);
    frame[reduce.getResult()] = std::move(result);
    return success();
  }
  if (auto lane = dyn_cast<LaneOp>(op)) {
    const RtValue *value = get(op, frame, lane.getValue());
    if (!value)
      return failure();
    RtValue result;
    result.lanes.push_back(value->lanes[lane.getLane()]);
    frame[lane.getResult()] = std::move(result);
    return success();
  }
  if (auto fromWords = dyn_cast<FromWordsOp>(op)) {
    RtValue result;
    for (Value word : fromWords.getWords()) {
      const RtValue *value = get(op, frame, word);
      if (!value)
        return failure();
      result.lanes.push_back(value->lanes[0]);
    }
    frame[fromWords.getResult()] = std::move(result);
    return success();
  }
  if (auto window = dyn_cast<WindowOp>(op)) {
    const RtValue *low = get(op, frame, window.getLow());
    const RtValue *high = get(op, frame, window.getHigh());
    if (!low || !high)
      return failure();
    RtValue result;
    result.lanes.assign(low->lanes.begin() + window.getOffset(),
                        low->lanes.end());
    result.lanes.append(high->lanes.begin(),
                        high->lanes.begin() + window.getOffset());
    frame[window.getResult()] = std::move(result);
    return success();
  }
  if (auto broadcast = dyn_cast<BroadcastOp>(op)) {
    const APInt *value = getScalar(op, frame, broadcast.getValue());
    if (!value)
      return failure();
    RtValue result;
    result.lanes.assign(getShape(broadcast.getType())->second, *value);
    frame[broadcast.getResult()] = std::move(result);
    return success();
  }
  if (auto fma = dyn_cast<MultiplyAddOp>(op)) {
    const RtValue *a = get(op, frame, fma.getA());
    const RtValue *b = get(op, frame, fma.getB());
    const RtValue *c = get(op, frame, fma.getC());
    if (!a || !b || !c)
      return failure();
    RtValue result;
    for (size_t i = 0; i < a->lanes.size(); ++i)
      result.lanes.push_back(a->lanes[i] * b->lanes[i] + c->lanes[i]);
    frame[fma.getResult()] = std::move(result);
    return success();
  }
  if (auto id = dyn_cast<CoreIdOp>(op)) {
    if (Value declared = id.getCores()) {
      const APInt *cores = getScalar(op, frame, declared);
      if (!cores)
        return failure();
      if (cores->getZExtValue() != options.cores)
        return fail(op, "core_id of ", cores->getZExtValue(),
                    " cores, but the kernel runs on ", options.cores,
                    " (see --cores)");
    }
    frame[id.getResult()] = RtValue{{APInt(32, core)}};
    return success();
  }
  if (auto require = dyn_cast<RequireOp>(op)) {
    const APInt *cond = getScalar(op, frame, require.getCondition());
    if (!cond)
      return failure();
    if (cond->isZero())
      return fail(op, "requirement failed: ", require.getMessage());
    return success();
  }
  if (auto region = dyn_cast<RegionOp>(op))
    return runRegion(region, frame);
  if (isa<BarrierOp>(op))
    return fail(op, "xyz.barrier is only supported at the top level of the "
                    "kernel body");
  handled = false;
  return success();
}

/// A declaration: the region must lie inside the image; output regions are
/// observable whether or not the kernel stores to them.
LogicalResult Interpreter::runRegion(RegionOp op, Frame &frame) {
  const APInt *base = getScalar(op, frame, op.getBase());
  if (!base)
    return failure();
  uint64_t size = op.getWords().size();
  if (Value sizeValue = op.getSize()) {
    const APInt *declared = getScalar(op, frame, sizeValue);
    if (!declared)
      return failure();
    if (declared->isNegative())
      return fail(op, "region '", op.getRegionName(), "' has negative size ",
                  declared->getSExtValue());
    size = declared->getZExtValue();
  }
  if (base->isNegative() || base->getZExtValue() + size > mem.size())
    return fail(op, "region '", op.getRegionName(), "' [",
                base->getSExtValue(), ", ",
                base->getSExtValue() + int64_t(size),
                ") is outside the memory image [0, ", uint64_t(mem.size()),
                ")");
  if (outputs.contains(op.getRegionName()))
    outputRanges.emplace_back(base->getZExtValue(), size);
  return success();
}

std::vector<bool> Interpreter::getObservable() const {
  std::vector<bool> observable(mem.size(), true);
  for (size_t w = 0; w < written.size(); ++w)
    observable[w] = written[w] != Written::Hidden;
  for (auto [base, size] : outputRanges)
    for (uint64_t w = base; w < base + size; ++w)
      observable[w] = true;
  return observable;
}

LogicalResult Interpreter::runBarriers(BarrierOp op,
                                       std::vector<Frame> &frames,
                                       int64_t generation) {
  for (unsigned c = 0; c < options.cores; ++c) {
    core = c;
    if (failed(step(op)))
      return failure();
    const APInt *flags = getScalar(op, frames[c], op.getFlags());
    const APInt *cores = getScalar(op, frames[c], op.getCores());
    if (!flags || !cores)
      return failure();
    if (cores->getZExtValue() != options.cores)
      return fail(op, "barrier for ", cores->getZExtValue(),
                  " cores, but the kernel runs on ", options.cores,
                  " (see --cores)");
    // The machine's flag protocol: this core's flag holds the generation.
    // On one core there is nothing to wait for and no flag is written.
    if (options.cores == 1)
      continue;
    APInt flag = flags->zext(64) + c;
    if (failed(checkAddress(op, "barrier flag", flag)))
      return failure();
    mem[flag.getZExtValue()] = static_cast<uint32_t>(generation);
  }
  return success();
}

LogicalResult Interpreter::run() {
  if (unsigned n = kernel.getNumArguments()) {
    InFlightDiagnostic diag = kernel.emitError("kernel '")
                              << kernel.getName()
                              << "' is not specialized: its shape parameters (";
    for (unsigned i = 0; i < n; ++i)
      diag << (i ? ", " : "") << kernel.getParamName(i);
    diag << ") have no value (specialize it first: --xyz-specialize, or "
            "xyz-interp --shape)";
    return failure();
  }
  if (!kernel.getBody().hasOneBlock())
    return kernel.emitError("the interpreter runs kernels of one block");
  written.assign(mem.size(), Written::Never);
  if (auto list = kernel->getAttrOfType<ArrayAttr>(XYZDialect::kOutputsAttr)) {
    hasOutputs = true;
    for (Attribute name : list)
      if (auto str = dyn_cast<StringAttr>(name))
        outputs.insert(str.getValue());
  }
  WalkResult nested = kernel.walk([&](BarrierOp barrier) {
    if (barrier->getParentOp() == kernel.getOperation())
      return WalkResult::advance();
    barrier.emitError("xyz.barrier is only supported at the top level of the "
                      "kernel body, not inside '")
        << barrier->getParentOp()->getName() << "'";
    return WalkResult::interrupt();
  });
  if (nested.wasInterrupted())
    return failure();

  // Every core runs up to the next barrier (or the end), then they all pass
  // it; each core keeps its own values across barriers.
  Block &body = kernel.getBody().front();
  std::vector<Frame> frames(options.cores);
  int64_t generation = 0;
  SmallVector<RtValue> ignored;
  for (Block::iterator begin = body.begin();;) {
    Block::iterator end = std::find_if(
        begin, body.end(), [](Operation &op) { return isa<BarrierOp>(op); });
    coreAccesses.reader.clear();
    coreAccesses.writer.clear();
    for (unsigned c = 0; c < options.cores; ++c) {
      core = c;
      for (Operation &op : llvm::make_range(begin, end)) {
        if (op.hasTrait<OpTrait::IsTerminator>()) {
          if (failed(step(&op)))
            return failure();
          continue;
        }
        if (failed(runOp(&op, frames[c])))
          return failure();
      }
    }
    if (end == body.end())
      return success();
    if (failed(runBarriers(cast<BarrierOp>(*end), frames, ++generation)))
      return failure();
    begin = std::next(end);
  }
}

FailureOr<InterpreterResult>
xyz::interpretKernel(KernelOp kernel, std::vector<uint32_t> &mem,
                     const InterpreterOptions &options) {
  if (options.cores < 1)
    return kernel.emitError("the interpreter needs at least one core");
  Interpreter interpreter(kernel, mem, options);
  if (failed(interpreter.run()))
    return failure();
  InterpreterResult result;
  result.steps = interpreter.getSteps();
  result.observable = interpreter.getObservable();
  return result;
}
