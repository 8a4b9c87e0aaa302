//===- Specialize.cpp - Bind a kernel's shape and make it static ----------===//
//
// A kernel is written once over named shape parameters; this pass makes one
// shape of it. The option string is `name=value` pairs for the parameters
// the kernel declares, so it is parsed here (initializeOptions) instead of
// through declared pass options. Then: parameters become constants, helper
// calls are inlined (MLIR's inliner, through the dialects' inliner
// interfaces; locations stay those of the helper), everything folds, `xyz.require` conditions are checked,
// and scf.for loops with constant trip counts are fully unrolled (a plain
// clone per iteration: robust where loopUnrollByFactor is not). The thread
// dimension is left for the vectorizer.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Func/Extensions/InlinerExtension.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/MapVector.h"

namespace xyz {
#define GEN_PASS_DEF_XYZSPECIALIZE
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// Applies every canonicalization pattern of the loaded dialects and ops,
/// and the rewrites that put select-updated values in reduction form.
LogicalResult canonicalize(Operation *op) {
  MLIRContext *ctx = op->getContext();
  RewritePatternSet patterns(ctx);
  populateReductionFormPatterns(patterns);
  for (Dialect *dialect : ctx->getLoadedDialects())
    dialect->getCanonicalizationPatterns(patterns);
  for (RegisteredOperationName name : ctx->getRegisteredOperations())
    name.getCanonicalizationPatterns(patterns, ctx);
  GreedyRewriteConfig config;
  config.maxIterations = 32;
  (void)applyPatternsAndFoldGreedily(op, std::move(patterns), config);
  return success();
}

/// Ops in `op`'s regions.
uint64_t countNestedOps(Operation *op) {
  uint64_t n = 0;
  for (Region &region : op->getRegions())
    region.walk([&](Operation *) { ++n; });
  return n;
}

/// Inlines every func.call in `root` whose callee is a single-block func.func
/// of the module: the callee's ops are cloned before the call (their own
/// locations kept), so each call costs its callee's size and nothing more.
/// Calls inside inlined bodies are inlined in turn, up to a depth that rules
/// out recursion, and at most kDefaultMaxOps ops in all (helpers calling
/// each other twice double at every level).
/// How many ops `op`'s regions hold once every call in them is inlined,
/// saturating past kDefaultMaxOps; nullopt for a call to a function
/// without a body or a recursive one (inlineCalls reports those).
std::optional<uint64_t> inlinedSize(Operation *op, SymbolTable &symbols,
                                    DenseMap<Operation *, uint64_t> &memo,
                                    DenseSet<Operation *> &open) {
  constexpr uint64_t kTooMany = kDefaultMaxOps + 1;
  if (auto it = memo.find(op); it != memo.end())
    return it->second;
  if (!open.insert(op).second)
    return std::nullopt; // recursion
  uint64_t total = 0;
  WalkResult walk = op->walk([&](Operation *nested) {
    if (nested == op)
      return WalkResult::advance();
    uint64_t size = 1;
    if (auto call = dyn_cast<func::CallOp>(nested)) {
      auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
      if (!callee || callee.isExternal())
        return WalkResult::interrupt();
      std::optional<uint64_t> inlined =
          inlinedSize(callee, symbols, memo, open);
      if (!inlined)
        return WalkResult::interrupt();
      size = *inlined;
    }
    total = std::min(total + size, kTooMany);
    return WalkResult::advance();
  });
  open.erase(op);
  if (walk.wasInterrupted())
    return std::nullopt;
  memo[op] = total;
  return total;
}

LogicalResult inlineCalls(Operation *root, SymbolTable &symbols) {
  // Helpers calling each other twice double at every level: count first.
  DenseMap<Operation *, uint64_t> memo;
  DenseSet<Operation *> open;
  std::optional<uint64_t> size = inlinedSize(root, symbols, memo, open);
  if (size && *size > kDefaultMaxOps) {
    func::CallOp first;
    root->walk([&](func::CallOp call) {
      if (!first)
        first = call;
    });
    return first.emitError("inlining the helpers this kernel calls would "
                           "pass the compile-time bound of ")
           << kDefaultMaxOps << " ops in the kernel";
  }
  uint64_t total = countNestedOps(root);
  for (unsigned depth = 0; depth < 64; ++depth) {
    SmallVector<func::CallOp> calls;
    root->walk([&](func::CallOp call) { calls.push_back(call); });
    if (calls.empty())
      return success();
    DenseMap<Operation *, uint64_t> sizes;
    for (func::CallOp call : calls) {
      auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
      if (!callee || callee.isExternal())
        return call.emitError("cannot inline call to '")
               << call.getCallee() << "': no function body in this module";
      if (!callee.getBody().hasOneBlock())
        return call.emitError("cannot inline '")
               << call.getCallee() << "': helpers must be a single block";
      auto [size, inserted] = sizes.try_emplace(callee, 0);
      if (inserted)
        size->second = countNestedOps(callee);
      total += size->second;
      if (total > kDefaultMaxOps)
        return call.emitError("inlining the helpers called here would pass "
                              "the compile-time bound of ")
               << kDefaultMaxOps << " ops in the kernel";
      Block &body = callee.getBody().front();
      IRMapping mapping;
      mapping.map(body.getArguments(), call.getOperands());
      OpBuilder builder(call);
      for (Operation &op : body.without_terminator())
        builder.clone(op, mapping);
      for (auto [result, value] :
           llvm::zip(call.getResults(), body.getTerminator()->getOperands()))
        result.replaceAllUsesWith(mapping.lookupOrDefault(value));
      call.erase();
    }
  }
  func::CallOp left;
  root->walk([&](func::CallOp call) {
    if (!left)
      left = call;
  });
  return left.emitError("helper calls nest too deeply (recursion?)");
}

/// Replaces `loop` by `trips` copies of its body, the induction variable a
/// constant of its type (index or an integer) in each (the loop's bounds
/// and step are constants).
void unrollFully(scf::ForOp loop, int64_t lb, int64_t step, int64_t trips) {
  OpBuilder builder(loop);
  Block *body = loop.getBody();
  SmallVector<Value> carried(loop.getInitArgs());
  Type ivType = loop.getInductionVar().getType();
  for (int64_t k = 0; k < trips; ++k) {
    IRMapping mapping;
    mapping.map(loop.getInductionVar(),
                builder.create<arith::ConstantOp>(
                    loop.getLoc(),
                    builder.getIntegerAttr(ivType, lb + k * step)));
    mapping.map(loop.getRegionIterArgs(), carried);
    for (Operation &op : body->without_terminator())
      builder.clone(op, mapping);
    auto yield = cast<scf::YieldOp>(body->getTerminator());
    for (auto [i, value] : llvm::enumerate(yield.getOperands()))
      carried[i] = mapping.lookupOrDefault(value);
  }
  loop.replaceAllUsesWith(carried);
  loop.erase();
}

/// Fully unrolls every scf.for with a constant trip count, innermost first.
LogicalResult unrollConstantLoops(Operation *root) {
  uint64_t total = countNestedOps(root);
  bool changed = true;
  while (changed) {
    changed = false;
    SmallVector<scf::ForOp> loops;
    root->walk([&](scf::ForOp loop) { loops.push_back(loop); });
    for (scf::ForOp loop : loops) {
      std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
      std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
      std::optional<int64_t> step = getConstantIntValue(loop.getStep());
      if (!lb || !ub || !step)
        continue;
      if (*step <= 0)
        return loop.emitError("loop step must be positive, got ") << *step;
      int64_t trips = *ub > *lb ? (*ub - *lb + *step - 1) / *step : 0;
      // A declared maximum the shape exceeds: the kernel's promise is
      // broken (xyz-interp reports the same of a loop it runs).
      if (auto max =
              loop->getAttrOfType<IntegerAttr>(XYZDialect::kMaxTripsAttr);
          max && trips > max.getInt())
        return loop.emitError("loop runs more than its ")
               << XYZDialect::kMaxTripsAttr << " = " << max.getInt()
               << " iterations (" << trips << " at this shape)";
      if (trips > (1 << 16))
        return loop.emitError("cannot unroll a loop of ")
               << trips << " iterations (at most 65536)";
      uint64_t body = countNestedOps(loop);
      uint64_t others = total - body - 1; // the rest of the kernel
      uint64_t room = kDefaultMaxOps - std::min(others, kDefaultMaxOps);
      if (body != 0 && uint64_t(trips) > room / body)
        return loop.emitError("unrolling this loop (")
               << trips << " iterations of a " << body
               << "-op body) would pass the compile-time bound of "
               << kDefaultMaxOps << " ops in the kernel; make the shape "
               << "smaller";
      total = others + uint64_t(trips) * body;
      unrollFully(loop, *lb, *step, trips);
      changed = true;
      break; // the walk's list is stale now
    }
  }
  return success();
}

struct SpecializePass : public xyz::impl::XYZSpecializeBase<SpecializePass> {
  using XYZSpecializeBase::XYZSpecializeBase;

  void getDependentDialects(DialectRegistry &registry) const override {
    XYZSpecializeBase::getDependentDialects(registry);
    // func.return's part in inlining (the results of the call).
    func::registerInlinerExtension(registry);
  }

  LogicalResult initializeOptions(
      StringRef options,
      function_ref<LogicalResult(const Twine &)> errorHandler) override {
    bindings.clear();
    SmallVector<StringRef> words, pairs;
    options.split(words, ' ', -1, /*KeepEmpty=*/false);
    // `bind=a=1,b=2` is the printed form of `a=1 b=2`.
    for (StringRef word : words) {
      if (word.starts_with("bind=") && word.drop_front(5).contains('='))
        word.drop_front(5).split(pairs, ',', -1, /*KeepEmpty=*/false);
      else
        pairs.push_back(word);
    }
    // A malformed binding is reported when the pass runs, at the kernel
    // (or the parameter it names): here there is no location to give.
    SmallVector<std::string> given;
    optionError.reset();
    for (StringRef pair : pairs) {
      auto [name, text] = pair.split('=');
      name = name.trim();
      text = text.trim();
      int64_t value;
      if (name.empty() || !pair.contains('='))
        return noteOptionError("", "xyz-specialize: expected name=value, "
                                   "got '" + pair + "'");
      if (text.getAsInteger(10, value) || value < INT32_MIN ||
          value > INT32_MAX)
        return noteOptionError(name, "xyz-specialize: value of '" + name +
                                         "' must be a signed 32-bit integer "
                                         "(-2147483648 to 2147483647), got '" +
                                         text + "'");
      if (bindings.count(name))
        return noteOptionError(name, "xyz-specialize: '" + name +
                                         "' is given twice");
      bindings[name] = value;
      given.push_back((name + "=" + Twine(value)).str());
    }
    bind = given;
    return success();
  }

  /// The first malformed binding: the parameter it names (may be empty)
  /// and the message.
  std::optional<std::pair<std::string, std::string>> optionError;

  LogicalResult noteOptionError(StringRef name, const Twine &message) {
    optionError.emplace(name.str(), message.str());
    return success();
  }

  /// Reports optionError at the parameter it names, else at the kernel.
  LogicalResult reportOptionError(MutableArrayRef<KernelOp> kernels) {
    if (!optionError)
      return success();
    Location loc = kernels.front().getLoc();
    for (KernelOp kernel : kernels)
      for (unsigned i = 0; i < kernel.getNumArguments(); ++i)
        if (kernel.getParamName(i) == optionError->first)
          loc = kernel.getArgument(i).getLoc();
    emitError(loc, optionError->second);
    return failure();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    SmallVector<KernelOp> kernels(module.getOps<KernelOp>());
    if (kernels.empty()) {
      module.emitError("xyz-specialize: the module has no xyz.kernel");
      return signalPassFailure();
    }
    if (failed(reportOptionError(kernels)))
      return signalPassFailure();
    // Every binding must name a parameter of some kernel.
    for (auto &binding : bindings) {
      bool known = llvm::any_of(kernels, [&](KernelOp kernel) {
        for (unsigned i = 0; i < kernel.getNumArguments(); ++i)
          if (kernel.getParamName(i) == binding.getKey())
            return true;
        return false;
      });
      if (!known) {
        InFlightDiagnostic diag = kernels.front().emitError(
            "xyz-specialize: unknown parameter '")
                                  << binding.getKey() << "'; the kernel declares";
        describeParams(kernels.front(), diag);
        return signalPassFailure();
      }
    }
    // The region names and outputs are checked on the source, before
    // binding, inlining and folding can remove stores of branches a shape
    // never takes (a kernel specialized before, `xyz.shape`, was checked
    // then).
    for (KernelOp kernel : kernels)
      if ((!kernel->hasAttr(XYZDialect::kShapeAttr) &&
           failed(checkRegionNames(kernel))) ||
          failed(specialize(kernel, symbols)))
        return signalPassFailure();
    // Helpers are all inlined now; drop the private ones nobody calls.
    for (auto func : llvm::make_early_inc_range(module.getOps<func::FuncOp>()))
      if (func.isPrivate() && SymbolTable::symbolKnownUseEmpty(func, module))
        func.erase();
  }

  static void describeParams(KernelOp kernel, InFlightDiagnostic &diag) {
    if (kernel.getNumArguments() == 0) {
      diag << " no parameters (it is already specialized)";
      return;
    }
    for (unsigned i = 0; i < kernel.getNumArguments(); ++i)
      diag << (i ? ", " : " ") << kernel.getParamName(i);
  }

  LogicalResult specialize(KernelOp kernel, SymbolTable &symbols) {
    // Bind parameters: given value, else the declared default.
    OpBuilder builder(kernel.getBody());
    SmallVector<NamedAttribute> shape;
    SmallVector<std::string> unbound;
    for (unsigned i = 0, e = kernel.getNumArguments(); i < e; ++i) {
      StringRef name = kernel.getParamName(i);
      std::optional<int64_t> value = kernel.getParamDefault(i);
      if (auto it = bindings.find(name); it != bindings.end())
        value = it->second;
      if (!value) {
        unbound.push_back(name.str());
        continue;
      }
      Value cst = builder.create<arith::ConstantIntOp>(kernel.getLoc(),
                                                       *value, 32);
      kernel.getArgument(i).replaceAllUsesWith(cst);
      shape.push_back(builder.getNamedAttr(
          name, builder.getI32IntegerAttr(static_cast<int32_t>(*value))));
    }
    if (!unbound.empty()) {
      InFlightDiagnostic diag =
          kernel.emitError("kernel '")
          << kernel.getName() << "' has parameters without a value:";
      for (const std::string &name : unbound)
        diag << " " << name;
      diag << "; give them with --xyz-specialize=\"";
      for (auto [i, name] : llvm::enumerate(unbound))
        diag << (i ? " " : "") << name << "=N";
      diag << "\" or declare defaults (" << XYZDialect::kParamDefaultAttr
           << ")";
      return failure();
    }
    kernel.eraseArguments(llvm::BitVector(kernel.getNumArguments(), true));
    if (!shape.empty())
      kernel->setAttr(XYZDialect::kShapeAttr, builder.getDictionaryAttr(shape));

    if (failed(inlineCalls(kernel, symbols)))
      return failure();
    (void)canonicalize(kernel);
    if (failed(checkRequirements(kernel)))
      return failure();
    // Reduction loops become reductions across threads before the others
    // are unrolled (a tree of combines instead of one chain).
    // Loops of independent iterations become thread loops first: a
    // reduction inside one then runs per thread, on lanes, not as threads
    // of its own in every iteration. Before both, a thread loop of a few
    // threads whose loops reduce or scan runs as copies of its body, so
    // that those loops are taken here.
    if (inlineSmallThreadLoops(kernel) != 0)
      (void)canonicalize(kernel);
    if (parallelizeIndependentLoops(kernel) != 0)
      (void)canonicalize(kernel);
    if (parallelizeReductionLoops(kernel) != 0)
      (void)canonicalize(kernel);
    // Loops over words of their own, contiguous in the induction variable,
    // run 8 iterations at once on lanes.
    if (vectorizeInnerLoops(kernel) != 0)
      (void)canonicalize(kernel);
    // Loops over rows whose row loop that step left: 8 rows on the lanes.
    if (parallelizeIndependentLoops(kernel, /*singleWords=*/false) != 0)
      (void)canonicalize(kernel);
    if (failed(unrollConstantLoops(kernel)))
      return failure();
    (void)canonicalize(kernel);
    return success();
  }

  static LogicalResult checkRequirements(KernelOp kernel) {
    LogicalResult result = success();
    SmallVector<RequireOp> requires;
    kernel.walk([&](RequireOp op) { requires.push_back(op); });
    for (RequireOp op : requires) {
      IntegerAttr holds;
      if (!matchPattern(op.getCondition(), m_Constant(&holds))) {
        op.emitError("shape requirement does not fold to a constant: ")
            << op.getMessage();
        result = failure();
      } else if (holds.getValue().isZero()) {
        DictionaryAttr shape =
            kernel->getAttrOfType<DictionaryAttr>(XYZDialect::kShapeAttr);
        op.emitError("the shape ") << shape << " is rejected by kernel '"
                                   << kernel.getName()
                                   << "': " << op.getMessage();
        result = failure();
      } else {
        op.erase();
      }
    }
    return result;
  }

  llvm::StringMap<int64_t> bindings;
};
} // namespace
