//===- xyz-opt.cpp - The xyz optimizer driver -----------------------------===//
//
// mlir-opt for xyz: registers only the dialects and passes the project uses.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Transforms/Passes.h"
#include "xyz/Dialect/VLIW/VLIWPasses.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Conversion/Passes.h"
#include "xyz/Pipelines/Pipelines.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  registry.insert<xyz::vliw::VLIWDialect, xyz::XYZDialect,
                  mlir::arith::ArithDialect, mlir::func::FuncDialect,
                  mlir::scf::SCFDialect>();
  xyz::vliw::registerVLIWPasses();
  xyz::registerXYZPasses();
  xyz::registerXYZConversionPasses();
  xyz::registerXYZPipelines();
  mlir::registerCanonicalizerPass();
  mlir::registerCSEPass();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "xyz optimizer driver\n", registry));
}
