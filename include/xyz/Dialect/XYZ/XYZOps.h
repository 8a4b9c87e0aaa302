//===- XYZOps.h - xyz dialect ops ------------------------------*- C++ -*-===//

#ifndef XYZ_DIALECT_XYZ_XYZOPS_H
#define XYZ_DIALECT_XYZ_XYZOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/InferIntRangeInterface.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "xyz/Dialect/XYZ/XYZDialect.h"

#define GET_OP_CLASSES
#include "xyz/Dialect/XYZ/XYZOps.h.inc"

namespace xyz {
/// The constant 32-bit word `value` holds on every lane: a scalar constant, a
/// splat vector constant, or an xyz.broadcast of a scalar constant.
std::optional<llvm::APInt> matchConstantWord(mlir::Value value);
/// i32 or a 1-D vector of i32: the types whose arithmetic the machine does
/// (modulo 2^32).
bool isWordType(mlir::Type type);
} // namespace xyz

#endif // XYZ_DIALECT_XYZ_XYZOPS_H
