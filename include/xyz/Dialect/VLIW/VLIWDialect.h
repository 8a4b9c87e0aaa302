//===- VLIWDialect.h - The vliw dialect and its enums -----------*- C++ -*-===//
//
// The `vliw` dialect class (which carries the machine's constant tables, see
// VLIWDialect.td) and the generated enums: Engine, BinaryOpcode, OperandRole,
// SlotKind. Light enough to include from the interpreter.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_VLIW_VLIWDIALECT_H
#define XYZ_DIALECT_VLIW_VLIWDIALECT_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Dialect.h"

#include "xyz/Dialect/VLIW/MachineDesc.h"

#include "xyz/Dialect/VLIW/VLIWOpsDialect.h.inc"

#endif // XYZ_DIALECT_VLIW_VLIWDIALECT_H
