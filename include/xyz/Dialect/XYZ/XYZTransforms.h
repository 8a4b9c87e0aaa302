//===- XYZTransforms.h - Entry points of the xyz transforms -----*- C++ -*-===//
//
// The pattern sets and steps of the xyz passes, for pipelines and passes
// that want them without the pass: add a pass's patterns to a set, or run
// one step on a kernel.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_XYZ_XYZTRANSFORMS_H
#define XYZ_DIALECT_XYZ_XYZTRANSFORMS_H

#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/DenseSet.h"

namespace mlir {
class Operation;
class RewritePatternSet;
namespace scf {
class ForOp;
} // namespace scf
} // namespace mlir

namespace xyz {
class KernelOp;

/// --xyz-simplify's algebraic rewrites (xor and add/sub chains, parity,
/// selects on 0/1 conditions), without the xor-tree reassociation, which
/// runs on whole blocks, and without the canonicalization patterns the
/// pass adds. `latencyBound` (thread loops, or the kernel for code
/// outside threads, whose chain of ops binds) keeps conditional updates on
/// a condition computed late as selects there.
void populateSimplifyPatterns(
    mlir::RewritePatternSet &patterns,
    const llvm::DenseSet<mlir::Operation *> *latencyBound = nullptr);

/// Selects that are a min or max of the compared values, and selects of a
/// combine and its operand (`c ? acc + x : acc` as `acc + (c ? x : 0)`),
/// rewritten so that a carried value updated through one is a reduction
/// (ReductionForms.cpp; --xyz-specialize applies them).
void populateReductionFormPatterns(mlir::RewritePatternSet &patterns);

/// --xyz-fuse-multiply-add's rewrites forming and composing multiply-adds
/// (see FuseMultiplyAdd.cpp), with xyz.multiply_add's and arith.addi's
/// canonicalization patterns.
void populateFuseMultiplyAddPatterns(mlir::RewritePatternSet &patterns);

/// Erases the stores of `kernel` to named regions its `xyz.outputs` list
/// does not contain and that nothing in the kernel reads
/// (--xyz-eliminate-dead-stores). Fails on a malformed list.
mlir::LogicalResult eraseUnobservableStores(KernelOp kernel);

/// Fails, at the kernel, on an `xyz.outputs` entry that names no region the
/// kernel stores, in its body or in a helper it calls; the message lists
/// the regions it does store.
mlir::LogicalResult checkOutputsAreStored(KernelOp kernel);

/// Fails, at the access, on a load or store (in the kernel or a helper it
/// calls) naming a region the kernel does not declare where it declares
/// any (`xyz.region`), then as checkOutputsAreStored.
mlir::LogicalResult checkRegionNames(KernelOp kernel);

/// Rewrites the reduction loops under `root` (scf.for outside thread loops,
/// constant bounds, a read-only body, every carried value updated by one
/// associative and commutative op) as xyz.foreach_thread reductions
/// (--xyz-parallelize-reductions). Returns how many it rewrote.
unsigned parallelizeReductionLoops(mlir::Operation *root);

/// Rewrites the loops of `kernel` whose iterations write disjoint words and
/// read nothing another iteration writes (constant bounds, at least 8
/// trips, a loop inside; with `singleWords` one word per iteration and
/// region, else rows of words too) as xyz.foreach_thread loops, the
/// innermost of a nest (--xyz-parallelize-loops). Returns how many it
/// rewrote.
unsigned parallelizeIndependentLoops(KernelOp kernel, bool singleWords = true);

/// Replaces each thread loop of a few threads (a constant count, no
/// reductions; fewer than 8, or up to 32 where each thread's loop is long)
/// whose body holds a loop that reduces or scans what it loads by one copy
/// of its body per thread, the thread id a constant in each
/// (--xyz-inline-small-thread-loops). Returns how many loops it replaced.
unsigned inlineSmallThreadLoops(KernelOp kernel);

/// Rewrites the scf.ifs of `loop`'s body that update words the body loads
/// as selects and stores of the old word where the condition is false
/// (LoopConditionalStores.cpp), so that the body is straight-line; false,
/// unchanged, unless every if of the body is such an update.
bool flattenConditionalStores(mlir::scf::ForOp loop);

/// Runs loops whose accesses are contiguous in the induction variable 8
/// iterations at a time, on vectors (see --xyz-vectorize-inner-loops).
/// Returns how many loops it rewrote.
unsigned vectorizeInnerLoops(mlir::Operation *root);

/// Reports the first op under `root` that the lowering to vliw has no
/// form of, at the op, with the reason and what to write instead
/// (--xyz-check-machine-form). Succeeds if there is none. With
/// `threadsExpanded`, a remaining xyz.foreach_thread is reported too.
mlir::LogicalResult checkMachineForm(mlir::Operation *root,
                                     bool threadsExpanded = false);

} // namespace xyz

#endif // XYZ_DIALECT_XYZ_XYZTRANSFORMS_H
