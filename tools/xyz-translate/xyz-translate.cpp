//===- xyz-translate.cpp - The xyz translation driver ---------------------===//
//
// mlir-translate for xyz: only the vliw <-> JSON program translations
// (`--vliw-to-json`, `--json-to-vliw`), with only the vliw dialect.
//
//===----------------------------------------------------------------------===//

#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"
#include "xyz/Target/JSON/TranslateRegistration.h"

int main(int argc, char **argv) {
  xyz::registerVLIWJsonTranslations();
  return mlir::failed(
      mlir::mlirTranslateMain(argc, argv, "xyz translation driver\n"));
}
