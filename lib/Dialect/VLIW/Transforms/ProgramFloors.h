//===- ProgramFloors.h - Floors of a virtual program ------------*- C++ -*-===//
//
// What the constant passes ask of a `vliw.vprogram` before scheduling: its
// op mix (machine slots per engine), its longest chain of dependent ops,
// and the common step of a set of constant values.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_VLIW_TRANSFORMS_PROGRAMFLOORS_H
#define XYZ_DIALECT_VLIW_TRANSFORMS_PROGRAMFLOORS_H

#include "xyz/Dialect/VLIW/VLIWOps.h"
#include "xyz/Machine/CostModel.h"
#include <utility>

namespace xyz::vliw {

/// Adds the machine slots of `op` to `mix`: 8 for a `lanes` op, an ALU
/// copy per lane for a `vliw.from_words`, none for other ops.
void addSlots(machine::OpMix &mix, mlir::Operation *op);

/// Machine slots per engine of the program's ops (addSlots).
machine::OpMix slotMix(VProgramOp program);

/// The longest chain of dependent ops through values and barriers (each
/// op a cycle; a barrier waits for everything before it).
unsigned criticalPath(VProgramOp program);

/// The most common difference between consecutive distinct values of
/// `values` (mod 2^32), and how often it occurs; {0, 0} for fewer than two.
std::pair<uint32_t, unsigned> mostCommonStep(llvm::ArrayRef<uint32_t> values);

} // namespace xyz::vliw

#endif // XYZ_DIALECT_VLIW_TRANSFORMS_PROGRAMFLOORS_H
