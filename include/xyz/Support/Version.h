//===- Version.h - The tools' --version -------------------------*- C++ -*-===//
//
// Every xyz tool's `--version` names the project's git revision (written at
// build time by cmake/GenerateVersion.cmake), and the LLVM/MLIR it was built
// against, instead of LLVM's own version text alone.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SUPPORT_VERSION_H
#define XYZ_SUPPORT_VERSION_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace xyz {

/// The git revision the tools were built from (`git describe --always
/// --dirty`), or "unknown".
llvm::StringRef getRevision();

/// "<tool> (xyz) <revision> (<date>)" and the LLVM version, one per line.
void printVersion(llvm::StringRef tool, llvm::raw_ostream &os);

/// Makes `--version` print printVersion(tool). Call before parsing the
/// command line.
void setVersionPrinter(llvm::StringRef tool);

} // namespace xyz

#endif // XYZ_SUPPORT_VERSION_H
