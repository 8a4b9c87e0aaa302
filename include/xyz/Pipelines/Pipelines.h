//===- Pipelines.h - Named pass pipelines ----------------------*- C++ -*-===//
//
// `--xyz-schedule`: everything after specialization, from a kernel to bundles.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_PIPELINES_PIPELINES_H
#define XYZ_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"
#include "xyz/Dialect/XYZ/CompileBounds.h"
#include "xyz/Dialect/XYZ/Remarks.h"

namespace xyz {
struct SchedulePipelineOptions
    : public mlir::PassPipelineOptions<SchedulePipelineOptions> {
  Option<bool> simplify{*this, "simplify",
                        llvm::cl::desc("Run --xyz-simplify"),
                        llvm::cl::init(true)};
  Option<bool> ranges{*this, "ranges",
                      llvm::cl::desc("Run --int-range-optimizations"),
                      llvm::cl::init(true)};
  Option<bool> vectorize{*this, "vectorize",
                         llvm::cl::desc("Run --xyz-vectorize"),
                         llvm::cl::init(true)};
  Option<bool> hoistUniform{*this, "hoist-uniform",
                            llvm::cl::desc("Run --xyz-hoist-uniform"),
                            llvm::cl::init(true)};
  Option<bool> forwardMemory{*this, "forward-memory",
                             llvm::cl::desc("Run --xyz-forward-memory"),
                             llvm::cl::init(true)};
  Option<bool> gatherToSelect{*this, "gather-to-select",
                              llvm::cl::desc("Run --xyz-gather-to-select"),
                              llvm::cl::init(true)};
  Option<bool> gatherToSelectGroups{
      *this, "gather-to-select-groups",
      llvm::cl::desc("Run --xyz-gather-to-select-groups (per-group gather "
                     "replacement after vectorization)"),
      llvm::cl::init(true)};
  Option<bool> fuseMultiplyAdd{*this, "fuse-multiply-add",
                               llvm::cl::desc("Run --xyz-fuse-multiply-add"),
                               llvm::cl::init(true)};
  Option<bool> carryConstants{
      *this, "carry-constants",
      llvm::cl::desc("Run --xyz-carry-xor-constants (a constant xored into "
                     "a value moved into its consumers)"),
      llvm::cl::init(true)};
  Option<bool> carryIntoTables{
      *this, "carry-into-tables",
      llvm::cl::desc("With carry-constants: carry a constant into the "
                     "gathers of read-only tables too, through copies of "
                     "them in the kernel's free memory (off: the vector "
                     "work it saves leaves the loads binding; "
                     "docs/passes.md)"),
      llvm::cl::init(false)};
  Option<bool> rebalance{
      *this, "rebalance",
      llvm::cl::desc("With carry-constants: after the per-group gather "
                     "replacement, carry constants into the selected words "
                     "while gathers with a known address range remain, "
                     "and run the replacement again"),
      llvm::cl::init(true)};
  Option<bool> bestOf{
      *this, "best-of",
      llvm::cl::desc("Small programs: schedule both orders of the "
                     "per-group gather replacement (up to 8,192 slots) and "
                     "the scalar pipeline next to the vectorized one (up to "
                     "4,096), and keep the shortest (--vliw-best-of)"),
      llvm::cl::init(true)};
  Option<double> programOrderBias{
      *this, "program-order-bias",
      llvm::cl::desc("The list scheduler's program-order bias"),
      llvm::cl::init(1.0)};
  Option<unsigned> optLevel{
      *this, "opt-level",
      llvm::cl::desc("How hard the scheduler searches: 0 one list schedule; "
                     "1 (default) a few issue windows and justification; 2 "
                     "also priority weights and more justification rounds"),
      llvm::cl::init(1)};
  Option<uint64_t> maxOps{
      *this, "max-ops",
      llvm::cl::desc("Compile-time bound: the most ops the expansion of "
                     "threads may create (xyz-expand-threads)"),
      llvm::cl::init(kDefaultMaxOps)};
  Option<RemarkLevel> remarks{
      *this, "remarks",
      llvm::cl::desc("Optimization remarks of the vectorizer and the gather "
                     "replacement passes: none, missed, applied or all"),
      llvm::cl::init(RemarkLevel::None), XYZ_REMARK_LEVEL_VALUES};
  Option<bool> stats{*this, "stats",
                     llvm::cl::desc("Report the schedule's statistics"),
                     llvm::cl::init(false)};
};

/// Appends the full pipeline from a (possibly unspecialized, defaulted)
/// kernel to a vliw.program.
void buildSchedulePipeline(mlir::OpPassManager &pm,
                           const SchedulePipelineOptions &options);
/// Rejects option values the pipeline cannot honour.
mlir::LogicalResult validateSchedulePipelineOptions(
    const SchedulePipelineOptions &options,
    llvm::function_ref<mlir::LogicalResult(const llvm::Twine &)> errorHandler);
void registerXYZPipelines();
} // namespace xyz

#endif // XYZ_PIPELINES_PIPELINES_H
