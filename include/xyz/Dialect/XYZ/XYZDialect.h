//===- XYZDialect.h - The xyz kernel dialect -------------------*- C++ -*-===//

#ifndef XYZ_DIALECT_XYZ_XYZDIALECT_H
#define XYZ_DIALECT_XYZ_XYZDIALECT_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Dialect.h"

#include "xyz/Dialect/XYZ/XYZOpsDialect.h.inc"

#endif // XYZ_DIALECT_XYZ_XYZDIALECT_H
