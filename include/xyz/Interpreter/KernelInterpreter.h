//===- KernelInterpreter.h - Run an xyz kernel at the source level -*- C++ -*-===//
//
// The oracle for every kernel: executes a specialized `xyz.kernel` (after
// --xyz-specialize and before any other pass: no shape parameters left,
// helpers inlined or still called) directly on a flat memory image, with the
// semantics of the xyz dialect (docs/xyz-dialect.md, docs/xyz-interp.md):
//   - `xyz.foreach_thread` runs its body once per thread id, one thread after
//     the other (threads share no values and must not conflict in memory, so
//     any order is the SIMT meaning); with `lanes` = L once per group of L;
//   - `arith` integer ops with MLIR's semantics: wrapping, and an error
//     wherever MLIR's result is undefined or poison (division by zero, signed
//     division overflow, shifts by the bit width or more, a wrap under
//     nsw/nuw);
//   - `scf.for`, `scf.if`, `scf.yield`, `func.call` of a `func.func`;
//   - `xyz.region` declarations: the region must lie inside the image;
//   - several cores: the kernel body runs once per core (`xyz.core_id` is that
//     core). `xyz.barrier`s must be at the top level of the kernel body: every
//     core runs up to the next barrier, core 0 first, then every core up to
//     the following one. A barrier writes its generation (1, 2, ... in program
//     order) to mem[flags + core], as the machine's flag protocol does (on
//     one core a barrier writes nothing, as on the machine).
// Every failure (an address outside the image, division by zero, a failed
// `xyz.require`, an unsupported op or type, the step limit) is an error
// diagnostic emitted at the op (mlir::emitError), and the run stops; memory
// keeps the writes made before it. The library does not depend on the vliw
// dialect or on any pass.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_INTERPRETER_KERNELINTERPRETER_H
#define XYZ_INTERPRETER_KERNELINTERPRETER_H

#include "mlir/Support/LogicalResult.h"
#include <cstdint>
#include <vector>

namespace xyz {
class KernelOp;

struct InterpreterOptions {
  /// Cores running the kernel body, each with its own core id.
  unsigned cores = 1;
  /// The most ops the run may execute, over all cores and threads.
  uint64_t maxSteps = 1000000000;
};

struct InterpreterResult {
  /// Ops executed, over all cores and threads (terminators included).
  uint64_t steps = 0;
  /// Per word of the image, whether its final value is observable: words of
  /// the regions `xyz.outputs` lists (declared by `xyz.region`, or stored
  /// with `in "name"`) and every word the kernel never stores. A word stored
  /// only by stores naming regions that are not outputs is not observable
  /// (the compiler may drop such stores). Without `xyz.outputs` every word
  /// is observable. Barrier flags are not stores of the kernel.
  std::vector<bool> observable;
};

/// Runs `kernel` on `mem`, updated in place. On failure an error has been
/// emitted at the offending op (or at the kernel) and `mem` holds the writes
/// made before it.
mlir::FailureOr<InterpreterResult>
interpretKernel(KernelOp kernel, std::vector<uint32_t> &mem,
                const InterpreterOptions &options = {});

} // namespace xyz

#endif // XYZ_INTERPRETER_KERNELINTERPRETER_H
