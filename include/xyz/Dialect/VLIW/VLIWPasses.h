//===- VLIWPasses.h - vliw dialect passes ----------------------*- C++ -*-===//

#ifndef XYZ_DIALECT_VLIW_VLIWPASSES_H
#define XYZ_DIALECT_VLIW_VLIWPASSES_H

#include "mlir/Pass/Pass.h"
#include "xyz/Dialect/VLIW/VLIWOps.h"

namespace xyz::vliw {
#define GEN_PASS_DECL
#include "xyz/Dialect/VLIW/VLIWPasses.h.inc"

#define GEN_PASS_REGISTRATION
#include "xyz/Dialect/VLIW/VLIWPasses.h.inc"
} // namespace xyz::vliw

#endif // XYZ_DIALECT_VLIW_VLIWPASSES_H
