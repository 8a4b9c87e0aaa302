//===- xyz-opt.cpp - The xyz optimizer driver -----------------------------===//
//
// mlir-opt for xyz: registers only the dialects and passes the project uses.
// Unlike MlirOptMain's own driver it never loses a file: the input is read
// into memory (not mapped), an output naming the input is refused, the
// input is checked for shapes that crash MLIR's parser (SourceChecks.h), and
// the output is written to a temporary file renamed over `-o` only when the
// whole pipeline succeeded (FileIO.h).
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/DialectRegistry.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/InitLLVM.h"
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
#include "xyz/Support/FileIO.h"
#include "xyz/Support/ToolMain.h"

static constexpr llvm::StringLiteral kTool = "xyz-opt";

static int runOpt(int argc, char **argv) {
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
  auto [inputFile, outputFile] = mlir::registerAndParseCLIOptions(
      args.size(), args.data(), "xyz optimizer driver\n", registry);
  mlir::MlirOptMainConfig config = mlir::MlirOptMainConfig::createFromCLOptions();
  if (config.shouldShowDialects()) {
    llvm::outs() << "Available Dialects: "
                 << llvm::join(registry.getDialectNames(), ", ") << '\n';
    return 0;
  }

  if (llvm::Error err = xyz::checkOutputIsNotInput(
          {outputFile, "the output (-o)"}, {{inputFile, "the input"}})) {
    xyz::reportToolError(kTool, std::move(err));
    return 1;
  }
  std::unique_ptr<llvm::MemoryBuffer> input =
      xyz::readToolInput(kTool, inputFile);
  if (!input || xyz::rejectUnsafeMlirSource(input->getBufferIdentifier(),
                                            input->getBuffer()))
    return 1;
  return xyz::writeToolOutput(kTool, outputFile, [&](llvm::raw_ostream &os) {
    return mlir::succeeded(
        mlir::MlirOptMain(os, std::move(input), registry, config));
  });
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  return xyz::runToolMain([&] { return runOpt(argc, argv); });
}
