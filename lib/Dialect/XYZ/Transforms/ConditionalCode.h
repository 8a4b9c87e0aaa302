//===- ConditionalCode.h - What running an arm unconditionally risks -*- C++ -*-===//
//
// Shared by --xyz-if-convert and the loop bodies --xyz-vectorize-inner-loops
// flattens (LoopConditionalStores.cpp): both run code written under a
// condition whatever the condition.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_DIALECT_XYZ_TRANSFORMS_CONDITIONALCODE_H
#define XYZ_LIB_DIALECT_XYZ_TRANSFORMS_CONDITIONALCODE_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "xyz/Dialect/XYZ/XYZOps.h"

namespace xyz {

/// A division or remainder: the machine faults on a zero divisor.
inline bool isDivisionOrRemainder(mlir::Operation *op) {
  namespace arith = mlir::arith;
  return mlir::isa<arith::DivUIOp, arith::DivSIOp, arith::RemUIOp,
                   arith::RemSIOp, arith::CeilDivUIOp, arith::CeilDivSIOp,
                   arith::FloorDivSIOp>(op);
}

/// True if `kernel` runs on several cores (it uses xyz.core_id or
/// xyz.barrier): another core may write a word between a load and a store.
inline bool isMultiCore(KernelOp kernel) {
  return kernel
      .walk([](mlir::Operation *op) {
        return mlir::isa<CoreIdOp, BarrierOp>(op) ? mlir::WalkResult::interrupt()
                                                  : mlir::WalkResult::advance();
      })
      .wasInterrupted();
}

} // namespace xyz

#endif // XYZ_LIB_DIALECT_XYZ_TRANSFORMS_CONDITIONALCODE_H
