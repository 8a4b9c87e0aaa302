//===- BestOf.cpp - Keep the shortest of alternative pipelines ------------===//
//
// The vliw-best-of pass: each alternative pipeline runs on a copy of the
// module nested in it (a pass may run a dynamic pipeline only on its own
// op or one below it), with its diagnostics held back; the copy whose
// vliw.program has the fewest bundles replaces the module's contents, and
// its diagnostics are reported.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Pass/PassManager.h"
#include "xyz/Dialect/VLIW/VLIWOps.h"
#include "xyz/Dialect/VLIW/VLIWPasses.h"
#include <optional>

namespace xyz::vliw {
#define GEN_PASS_DEF_VLIWBESTOF
#include "xyz/Dialect/VLIW/VLIWPasses.h.inc"
} // namespace xyz::vliw

using namespace mlir;
using namespace xyz;
using namespace xyz::vliw;

namespace {

/// A diagnostic held back: enough to report it again as it was.
struct HeldDiagnostic {
  Location loc;
  DiagnosticSeverity severity;
  std::string message;
  SmallVector<std::pair<Location, std::string>> notes;
};

/// One alternative's result: its copy of the module, and what it reported.
struct Outcome {
  ModuleOp copy;
  std::vector<HeldDiagnostic> diagnostics;
  bool succeeded = false;
  uint64_t bundles = 0, slots = 0;
};

void report(ArrayRef<HeldDiagnostic> diagnostics) {
  for (const HeldDiagnostic &held : diagnostics) {
    InFlightDiagnostic diag = [&] {
      switch (held.severity) {
      case DiagnosticSeverity::Error:
        return emitError(held.loc);
      case DiagnosticSeverity::Warning:
        return emitWarning(held.loc);
      default:
        return emitRemark(held.loc);
      }
    }();
    diag << held.message;
    for (const auto &[loc, note] : held.notes)
      diag.attachNote(loc) << note;
  }
}

/// A hash of the copy's IR that two copies share when they are the same
/// (to find alternatives that came out the same): each op's name,
/// attributes and result types (uniqued in the context, so compared by
/// identity), and its operands as the numbers of their definitions in
/// walk order.
llvm::hash_code fingerprint(ModuleOp copy) {
  DenseMap<Value, unsigned> numbers;
  llvm::hash_code hash = llvm::hash_value(0);
  auto number = [&](Value v) {
    return numbers.try_emplace(v, numbers.size()).first->second;
  };
  copy.getBody()->walk<WalkOrder::PreOrder>([&](Operation *op) {
    hash = llvm::hash_combine(hash, op->getName().getAsOpaquePointer(),
                              op->getAttrDictionary().getAsOpaquePointer(),
                              op->getNumRegions());
    for (Value operand : op->getOperands())
      hash = llvm::hash_combine(hash, number(operand));
    for (Region &region : op->getRegions())
      for (Block &block : region) {
        hash = llvm::hash_combine(hash, block.getNumArguments());
        for (BlockArgument arg : block.getArguments())
          hash = llvm::hash_combine(hash, number(arg),
                                    arg.getType().getAsOpaquePointer());
      }
    for (Value result : op->getResults())
      hash = llvm::hash_combine(hash, number(result),
                                result.getType().getAsOpaquePointer());
  });
  return hash;
}

struct BestOfPass : public vliw::impl::VLIWBestOfBase<BestOfPass> {
  using VLIWBestOfBase::VLIWBestOfBase;

  void getDependentDialects(DialectRegistry &registry) const override {
    VLIWBestOfBase::getDependentDialects(registry);
    for (const OpPassManager &pipeline : pipelines)
      pipeline.getDependentDialects(registry);
    for (const OpPassManager &pipeline : thenPipeline)
      pipeline.getDependentDialects(registry);
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (pipelines.empty() || thenPipeline.size() > 1) {
      module.emitError("vliw-best-of: needs at least one pipeline and at "
                       "most one 'then' pipeline");
      return signalPassFailure();
    }
    SmallVector<Operation *> originals = llvm::map_to_vector(
        module.getBody()->getOperations(), [](Operation &op) { return &op; });
    SmallVector<Outcome> outcomes;
    SmallVector<llvm::hash_code> seen;
    std::optional<size_t> best;
    for (OpPassManager &pipeline : pipelines) {
      if (best && outcomes[*best].slots > maxSlots)
        break;
      Outcome outcome = run(module, originals, pipeline, seen);
      if (!outcome.copy)
        continue; // the same IR as an earlier alternative
      outcomes.push_back(std::move(outcome));
      Outcome &last = outcomes.back();
      if (last.succeeded && (!best || last.bundles < outcomes[*best].bundles))
        best = outcomes.size() - 1;
    }
    if (!best) {
      report(outcomes.front().diagnostics);
      for (Outcome &outcome : outcomes)
        outcome.copy.erase();
      return signalPassFailure();
    }
    report(outcomes[*best].diagnostics);
    for (Operation *op : originals)
      op->erase();
    Block *winner = outcomes[*best].copy.getBody();
    while (!winner->empty())
      winner->front().moveBefore(outcomes.front().copy);
    for (Outcome &outcome : outcomes)
      outcome.copy.erase();
  }

  /// Runs `pipeline`, then the `then` pipeline, on a copy of `originals`
  /// nested at the end of `module`, holding its diagnostics back. Returns
  /// no copy if the alternative's IR is in `seen` (else adds it there).
  Outcome run(ModuleOp module, ArrayRef<Operation *> originals,
              OpPassManager &pipeline, SmallVectorImpl<llvm::hash_code> &seen) {
    Outcome outcome;
    auto builder = OpBuilder::atBlockEnd(module.getBody());
    outcome.copy = builder.create<ModuleOp>(module.getLoc());
    IRMapping mapping;
    for (Operation *op : originals)
      outcome.copy.getBody()->push_back(op->clone(mapping));
    ScopedDiagnosticHandler hold(&getContext(), [&](Diagnostic &diag) {
      HeldDiagnostic held{
          diag.getLocation(), diag.getSeverity(), diag.str(), {}};
      for (Diagnostic &note : diag.getNotes())
        held.notes.emplace_back(note.getLocation(), note.str());
      outcome.diagnostics.push_back(std::move(held));
      return success();
    });
    outcome.succeeded = succeeded(runPipeline(pipeline, outcome.copy));
    if (outcome.succeeded && !thenPipeline.empty()) {
      llvm::hash_code hash = fingerprint(outcome.copy);
      if (llvm::is_contained(seen, hash)) {
        outcome.copy.erase();
        outcome.copy = nullptr;
        return outcome;
      }
      seen.push_back(hash);
      outcome.succeeded =
          succeeded(runPipeline(thenPipeline.front(), outcome.copy));
    }
    if (!outcome.succeeded)
      return outcome;
    auto programs = outcome.copy.getOps<ProgramOp>();
    if (programs.empty()) {
      outcome.diagnostics.push_back(
          {module.getLoc(),
           DiagnosticSeverity::Error,
           "vliw-best-of: a pipeline left no vliw.program",
           {}});
      outcome.succeeded = false;
      return outcome;
    }
    for (ProgramOp program : programs)
      for (BundleOp bundle : program.getBody().front().getOps<BundleOp>()) {
        ++outcome.bundles;
        outcome.slots += bundle.getBody().front().getOperations().size();
      }
    return outcome;
  }
};

} // namespace
