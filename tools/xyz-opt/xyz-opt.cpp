//===- xyz-opt.cpp - The xyz optimizer driver -----------------------------===//
//
// mlir-opt for xyz: registers only the dialects and passes the project uses.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "xyz/Dialect/VLIW/VLIWPasses.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  registry.insert<xyz::vliw::VLIWDialect>();
  xyz::vliw::registerVLIWPasses();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "xyz optimizer driver\n", registry));
}
