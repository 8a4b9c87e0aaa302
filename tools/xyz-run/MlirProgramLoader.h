//===- MlirProgramLoader.h - xyz-run's .mlir plugin interface ---*- C++ -*-===//
//
// xyz-run reads JSON programs without MLIR. A .mlir program (a module holding
// one vliw.program) is read by a plugin, XYZRunMlirLoader.so, loaded only
// when one is given: it parses and verifies the module with the vliw dialect
// and hands back the program (and its ops' source locations).
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_TOOLS_XYZ_RUN_MLIRPROGRAMLOADER_H
#define XYZ_TOOLS_XYZ_RUN_MLIRPROGRAMLOADER_H

#include "xyz/Sim/ProgramLocations.h"
#include "llvm/Support/MemoryBuffer.h"

/// The plugin's entry point: takes `buffer` (a .mlir module), fills
/// `program` (and `locations` if not null) and returns true, or reports
/// located errors on stderr and returns false.
using XyzLoadMlirProgramFn = bool (*)(llvm::MemoryBuffer *buffer,
                                      xyz::sim::Program *program,
                                      xyz::sim::ProgramLocations *locations);

/// Its symbol name. The library's file name is XYZ_MLIR_LOADER (set by the
/// build), in the lib/ beside the tools' bin/.
inline constexpr const char *kXyzLoadMlirProgramSymbol =
    "xyzLoadMlirProgram";

#endif // XYZ_TOOLS_XYZ_RUN_MLIRPROGRAMLOADER_H
