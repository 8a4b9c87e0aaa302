//===- BarrierProtocol.h - A barrier's flag protocol in slots --*- C++ -*-===//
//
// The lowering of a scheduled `vliw.barrier` to machine slots, a step of its
// own after scheduling: the scheduler places a barrier as one operation,
// alone in its cycle, that holds the protocol's temporaries (their widths
// are getBarrierTempWidths()); expandBarrier then writes the protocol in its
// place as bundles of its own:
//
//   own = flags + core; gen = const generation
//   genVec = vbroadcast gen; store own, gen          (arrive)
//   poll: flagVec = vload flags
//   pending = valu lt flagVec, genVec               (cores not yet there)
//   or-reduce the first `cores` lanes of pending on the ALU, in a tree
//   cond_jump poll while any is set
//
// With one core there is nothing to wait for, and no slots.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_DIALECT_VLIW_TRANSFORMS_BARRIERPROTOCOL_H
#define XYZ_LIB_DIALECT_VLIW_TRANSFORMS_BARRIERPROTOCOL_H

#include "xyz/Dialect/VLIW/VLIWOps.h"

namespace xyz::vliw {

/// Scratch words of each temporary of the protocol, in the order
/// expandBarrier takes their addresses: own flag's address, generation as a
/// word and as a vector, the flags, the comparison, the or-reduction's
/// words.
llvm::ArrayRef<unsigned> getBarrierTempWidths();

/// Appends the protocol of `barrier` to `programBody` as bundles: `flags`
/// and `core` are the scratch addresses of its operands, `temps` those of
/// its temporaries.
void expandBarrier(mlir::OpBuilder &builder, mlir::Block *programBody,
                   BarrierOp barrier, int64_t flags, int64_t core,
                   llvm::ArrayRef<int64_t> temps);

} // namespace xyz::vliw

#endif // XYZ_LIB_DIALECT_VLIW_TRANSFORMS_BARRIERPROTOCOL_H
