//===- ProgramConversion.h - vliw IR <-> interchange Program ----*- C++ -*-===//
//
// Converts between a `vliw.program` and the interchange form of a program
// (xyz::sim::Program, Program.h), in both directions, generically: slot ops
// are read through SlotOpInterface and built from the machine description's
// op names and operand names, so no opcode table is repeated here. Together
// with the JSON reader/writer this is the xyz-translate `--vliw-to-json` /
// `--json-to-vliw` pair, which round-trips a JSON program exactly (engine key
// order, empty engine lists, debug slots).
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_TARGET_JSON_PROGRAMCONVERSION_H
#define XYZ_TARGET_JSON_PROGRAMCONVERSION_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/Support/LogicalResult.h"
#include "xyz/Dialect/VLIW/VLIWOps.h"
#include "xyz/Sim/Program.h"

namespace xyz::sim {
struct ProgramSourceMap;
class ProgramLocations;
} // namespace xyz::sim

namespace xyz {

/// The interchange form of `program`. Emits an error on the offending op and
/// fails if the program is not a valid machine program (run the verifier
/// first for complete checks).
mlir::FailureOr<sim::Program> convertVLIWToProgram(vliw::ProgramOp program);

/// convertVLIWToProgram that also fills `locations` with each slot op's
/// source location as "file:line:col" (the first file location inside the
/// op's location: the callee's line for an inlined op, the first of a fused
/// location), or "" when the op has none.
mlir::FailureOr<sim::Program>
convertVLIWToProgram(vliw::ProgramOp program, sim::ProgramLocations &locations);

/// A module holding one `vliw.program` built from `program`. Each bundle and
/// slot op is located at its JSON position from `sourceMap` if given (as a
/// FileLineColLoc in `bufferName`), else at a NameLoc "bundle B, engine slot
/// S". The module is verified; on failure the errors have been emitted and
/// the result is null.
mlir::OwningOpRef<mlir::ModuleOp>
convertProgramToVLIW(const sim::Program &program, mlir::MLIRContext *context,
                     llvm::StringRef bufferName,
                     const sim::ProgramSourceMap *sourceMap = nullptr);

} // namespace xyz

#endif // XYZ_TARGET_JSON_PROGRAMCONVERSION_H
