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

/// A constant (a word, or `lanes const`), or an ALU or VALU op computing
/// only from constants (a vector constant such as a group's thread ids),
/// or a broadcast of a constant for one reader: the scheduler places it
/// just before its first reader (and copies it for a far one).
bool isConstantComputation(VirtualOp slot);

/// Whether word `lane` of `fromWords` is written into its lane by the slot
/// that makes it, with no copy: a word (not a vector's lane) that one
/// non-constant slot makes (a load, an ALU op) and that no other lane of
/// any `vliw.from_words` holds. A chunk's running sums on the ALU, each
/// also the next sum's operand, are written straight into the vector they
/// form.
bool isWordInPlace(FromWordsOp fromWords, unsigned lane);

/// Adds the machine slots of `op` to `mix`: 8 for a `lanes` op, an ALU
/// copy per lane not written in place for a `vliw.from_words`, none for
/// other ops.
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
