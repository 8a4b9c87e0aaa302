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

#include "xyz/Dialect/XYZ/XYZEnums.h.inc"

namespace xyz {
class YieldOp;
} // namespace xyz

#define GET_OP_CLASSES
#include "xyz/Dialect/XYZ/XYZOps.h.inc"

namespace xyz {
/// The constant 32-bit word `value` holds on every lane: a scalar constant, a
/// splat vector constant, or an xyz.broadcast of a scalar constant.
std::optional<llvm::APInt> matchConstantWord(mlir::Value value);
/// i32 or a 1-D vector of i32: the types whose arithmetic the machine does
/// (modulo 2^32).
bool isWordType(mlir::Type type);
/// The identity of `kind` (the result of a reduction over no threads).
llvm::APInt getReduceIdentity(ReduceKind kind);
/// `kind` applied to two words (the interpreter's combine).
llvm::APInt combineWords(ReduceKind kind, const llvm::APInt &a,
                         const llvm::APInt &b);
/// The kind of `op` if it is the arith op buildCombine makes for one, on i32.
std::optional<ReduceKind> getReduceKind(mlir::Operation *op);
/// The reduction a loop-carried i32 updated by `op` is: getReduceKind, or for
/// a signed minimum or maximum (`minsi`, `maxsi`) the unsigned one with
/// `true`: it reduces as that over words with the sign bit flipped (`v ^
/// 0x80000000` maps signed order onto unsigned order).
std::optional<std::pair<ReduceKind, bool>>
getCarriedReduceKind(mlir::Operation *op);
/// The same on any integer type (scalars or vectors): which associative and
/// commutative combine `op` is.
std::optional<ReduceKind> getCombineKind(mlir::Operation *op);
/// The arith op of `kind` on `a` and `b` (i32 or vectors of i32).
mlir::Value buildCombine(mlir::OpBuilder &builder, mlir::Location loc,
                         ReduceKind kind, mlir::Value a, mlir::Value b);
} // namespace xyz

#endif // XYZ_DIALECT_XYZ_XYZOPS_H
