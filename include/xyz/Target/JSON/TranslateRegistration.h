//===- TranslateRegistration.h - vliw <-> JSON translations -----*- C++ -*-===//
//
// Registers the mlir-translate style translations between the vliw dialect
// and the machine's JSON program interchange, for xyz-translate:
// `--vliw-to-json` (a module holding one vliw.program -> JSON) and
// `--json-to-vliw` (JSON -> a module holding one vliw.program). Bad input is
// reported as a located error and the translation fails.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_TARGET_JSON_TRANSLATEREGISTRATION_H
#define XYZ_TARGET_JSON_TRANSLATEREGISTRATION_H

#include "llvm/ADT/StringRef.h"

namespace xyz {

/// Registers `--vliw-to-json` and `--json-to-vliw` (and `--locations-file`).
void registerVLIWJsonTranslations();

/// The `--locations-file` path given on the command line ("" if none), so
/// that the tool can check it against its other files.
llvm::StringRef getLocationsFilePath();

} // namespace xyz

#endif // XYZ_TARGET_JSON_TRANSLATEREGISTRATION_H
