//===- xyz-opt.cpp - The xyz optimizer driver -----------------------------===//
//
// mlir-opt for xyz: registers only the dialects and passes the project uses.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/DialectRegistry.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
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
  mlir::arith::registerArithIntRangeOptsPass();
  // Diagnostics name their location; printing the enclosing op as well
  // would dump whole unrolled kernels. Users can still ask for it.
  std::vector<char *> args(argv, argv + argc);
  std::string quiet = "--mlir-print-op-on-diagnostic=false";
  if (llvm::none_of(args, [](const char *arg) {
        return llvm::StringRef(arg).contains("mlir-print-op-on-diagnostic");
      }))
    args.insert(args.begin() + 1, quiet.data());
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      args.size(), args.data(), "xyz optimizer driver\n", registry));
}
