//===- KernelCost.h - Machine ops of an xyz-level op ------------*- C++ -*-===//
//
// The xyz-level cost model: the machine op mix (slots per engine, see
// xyz/Machine/CostModel.h) that one xyz-level op costs once
// convert-xyz-to-vliw lowers it, either as scalar code or vectorized, i.e.
// once for a group of vector-length threads:
//
//   op                     scalar            vectorized (per group)
//   arith (i32)            1 ALU             1 VALU
//   multiply_add           2 ALU (no fused   1 VALU
//                          scalar op)
//   select                 3 ALU             1 flow (vselect)
//   load                   1 load            gather: 1 load per lane;
//                                            contiguous (vload): 1 load
//   gather                 -                 1 load per lane
//   vload, load            1 load            1 load
//   store, vstore          1 store           1 store
//   broadcast              -                 1 VALU
//   constants, trunci to   free              free
//   a bit, extui, casts
//
// Ops already on vectors cost their vectorized mix (a gather one load per
// lane of its type). Vectorization, fusion of multiply-adds and gather
// replacement (before and after vectorization) all read their estimates
// here.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_ANALYSIS_KERNELCOST_H
#define XYZ_ANALYSIS_KERNELCOST_H

#include "xyz/Machine/CostModel.h"

namespace mlir {
class Operation;
class TypeID;
} // namespace mlir

namespace xyz::cost {

/// How an op runs: once as scalar code, or once per group of lanes.
enum class Mapping { Scalar, Vector };

/// How a vectorized load or store at a per-thread address accesses memory.
enum class Access { Gather, Contiguous };

/// The machine op mix of one op of kind `kind` (its TypeID), run as
/// `mapping` on `lanes` lanes (vectorized ops only).
machine::OpMix opMix(mlir::TypeID kind, Mapping mapping,
                     unsigned lanes = machine::kVectorLength,
                     Access access = Access::Gather);

/// The machine op mix of `op`, run as `mapping`: its vectorized form when
/// Vector (the lanes from its vector type, else the vector length).
machine::OpMix opMix(mlir::Operation *op, Mapping mapping,
                     Access access = Access::Gather);

/// `op` as it stands: Vector if it produces a vector, else Scalar.
machine::OpMix opMix(mlir::Operation *op);

/// Slots of every engine together.
double totalSlots(const machine::OpMix &mix);

/// `mix` scaled by `times`.
machine::OpMix scaled(machine::OpMix mix, double times);

} // namespace xyz::cost

#endif // XYZ_ANALYSIS_KERNELCOST_H
