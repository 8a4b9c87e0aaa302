//===- Passes.h - Conversions between xyz dialects -------------*- C++ -*-===//

#ifndef XYZ_CONVERSION_PASSES_H
#define XYZ_CONVERSION_PASSES_H

#include "mlir/Pass/Pass.h"
#include "xyz/Dialect/VLIW/VLIWOps.h"

namespace xyz {
#define GEN_PASS_DECL
#include "xyz/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "xyz/Conversion/Passes.h.inc"
} // namespace xyz

#endif // XYZ_CONVERSION_PASSES_H
