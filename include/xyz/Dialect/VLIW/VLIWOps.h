//===- VLIWOps.h - vliw dialect ops ----------------------------*- C++ -*-===//
//
// The slot ops, `vliw.bundle` and `vliw.program`, and SlotOpInterface.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_VLIW_VLIWOPS_H
#define XYZ_DIALECT_VLIW_VLIWOPS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "xyz/Dialect/VLIW/MachineDesc.h"
#include "xyz/Dialect/VLIW/VLIWDialect.h"
#include <array>

namespace xyz::vliw {
/// Verifies one slot against the machine description: scratch addresses
/// (all lanes of vectors) in range, jump targets non-negative.
mlir::LogicalResult verifySlot(mlir::Operation *op);
} // namespace xyz::vliw

#include "xyz/Dialect/VLIW/VLIWInterfaces.h.inc"

#define GET_OP_CLASSES
#include "xyz/Dialect/VLIW/VLIWOps.h.inc"

namespace xyz::vliw {
/// Builds the physical slot op of `kind` with its JSON operands, reading the
/// op name and attribute names from the machine description. `binop` is used
/// for the Alu/Valu kinds only. Not for debug slots.
mlir::Operation *buildSlotOp(mlir::OpBuilder &builder, mlir::Location loc,
                             SlotKind kind, BinaryOpcode binop,
                             llvm::ArrayRef<int64_t> operands);
} // namespace xyz::vliw

#endif // XYZ_DIALECT_VLIW_VLIWOPS_H
