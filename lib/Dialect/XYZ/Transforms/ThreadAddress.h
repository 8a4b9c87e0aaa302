//===- ThreadAddress.h - Addresses as linear forms of the thread id -*- C++
//-*-===//
//
// A thread body's address as `coefficient * tid + uniform terms + x`, x in
// a proven range, and when such addresses are a different word in every
// thread: what --xyz-distinct-stores marks and --xyz-if-convert masks.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_DIALECT_XYZ_TRANSFORMS_THREADADDRESS_H
#define XYZ_LIB_DIALECT_XYZ_TRANSFORMS_THREADADDRESS_H

#include "mlir/Analysis/DataFlowFramework.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <utility>

namespace mlir::scf {
class ForOp;
} // namespace mlir::scf

namespace xyz {

inline constexpr int64_t kWordSpace = int64_t(1) << 32;

/// An address as `coefficient * tid + sum(scale * uniform value) + x`
/// modulo 2^32, with `x` an integer known to lie in [lo, hi] (constants and
/// the per-thread terms' proven ranges).
struct LinearAddress {
  int64_t coefficient = 0;
  int64_t lo = 0, hi = 0;
  llvm::SmallVector<std::pair<mlir::Value, int64_t>> uniform;

  /// The uniform terms sorted, equal values merged: equal for two
  /// addresses whose uniform parts are the same.
  void normalize();

  /// Widens [lo, hi] to cover `other`'s if both have the same coefficient
  /// and (normalized) uniform part: the words a set of stores with one
  /// stride and base may write. False, unchanged, otherwise.
  bool absorb(const LinearAddress &other);
};

/// Builds linear forms of a thread body's values: sums, differences and
/// products by constants (`muli`, `shli`, `multiply_add`) of the thread id,
/// uniform values (`isUniform`) and other per-thread values, each of which
/// counts as the range `solver` proves for it. `isUniform` must outlive
/// the form (it is held by reference).
class AddressForm {
public:
  AddressForm(mlir::Value threadId,
              llvm::function_ref<bool(mlir::Value)> isUniform,
              mlir::DataFlowSolver &solver)
      : threadId(threadId), isUniform(isUniform), solver(solver) {}

  /// Adds `scale * value` to `form`; false if `value` has no such form.
  bool add(mlir::Value value, int64_t scale, LinearAddress &form,
           unsigned depth = 0);

private:
  mlir::Value threadId;
  llvm::function_ref<bool(mlir::Value)> isUniform;
  mlir::DataFlowSolver &solver;
};

/// True if `coefficient * t + x`, x in [lo, hi], takes a different value
/// mod 2^32 for each of `threads` threads: the stride exceeds the span,
/// and the farthest two addresses differ by at most
/// stride * (threads - 1) + span < 2^32.
bool distinctPerThread(int64_t coefficient, int64_t lo, int64_t hi,
                       int64_t threads);

/// The word value of `loop`'s induction variable that the body computes
/// addresses from: the variable itself if it is an i32, else its one cast
/// to i32 (other casts to i32 are replaced by it, the one kept moved first
/// in the body). Null if the variable is used otherwise.
mlir::Value wordInductionVar(mlir::scf::ForOp loop);

/// Whether the loads in `loop`'s body run along it: each steps by one word
/// a trip or not at all (a vector load for 8 trips), and one of them at
/// least steps by more than a word in `across` (a thread id or an outer
/// loop's induction variable, `acrossUniform` its uniform values): as
/// lanes of `across` those loads would be a stride apart. False where a
/// load has no linear form, or the body holds another loop or a store
/// (with `storesToo`, a store stepping by one word a trip is fine: a
/// scan's).
bool loadsRunAlong(mlir::scf::ForOp loop, mlir::Value across,
                   llvm::function_ref<bool(mlir::Value)> acrossUniform,
                   mlir::DataFlowSolver &solver, bool storesToo = false);

} // namespace xyz

#endif // XYZ_LIB_DIALECT_XYZ_TRANSFORMS_THREADADDRESS_H
