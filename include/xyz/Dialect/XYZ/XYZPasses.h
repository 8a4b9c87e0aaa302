//===- XYZPasses.h - xyz dialect passes ------------------------*- C++ -*-===//

#ifndef XYZ_DIALECT_XYZ_XYZPASSES_H
#define XYZ_DIALECT_XYZ_XYZPASSES_H

#include "mlir/Pass/Pass.h"
#include "xyz/Dialect/XYZ/CompileBounds.h"
#include "xyz/Dialect/XYZ/Remarks.h"
#include "xyz/Dialect/XYZ/XYZOps.h"

namespace xyz {
#define GEN_PASS_DECL
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"

#define GEN_PASS_REGISTRATION
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

#endif // XYZ_DIALECT_XYZ_XYZPASSES_H
