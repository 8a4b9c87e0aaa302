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
#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"
#include "xyz/Dialect/VLIW/VLIWPasses.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Conversion/Passes.h"
#include "xyz/Pipelines/Pipelines.h"
#include "xyz/Support/Version.h"
#include "xyz/Support/FileIO.h"
#include "xyz/Support/Progress.h"
#include "xyz/Support/ToolMain.h"

static constexpr llvm::StringLiteral kTool = "xyz-opt";

namespace {
/// `--progress`: each pass as it starts (xyz/Support/Progress.h), nested
/// passes by their anchor; adaptors, which only run nested pipelines, are
/// not reported.
struct ProgressInstrumentation : public mlir::PassInstrumentation {
  void runBeforePass(mlir::Pass *pass, mlir::Operation *op) override {
    if (pass->getArgument().empty())
      return;
    xyz::progress::report(pass->getArgument() + " on " +
                              op->getName().getStringRef(),
                          /*urgent=*/true);
  }
};
} // namespace

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
  // Both are in --xyz-schedule's pipeline: a dumped pipeline must replay.
  mlir::arith::registerArithUnsignedWhenEquivalentPass();
  // Diagnostics name their location; printing the enclosing op as well
  // would dump whole unrolled kernels. Users can still ask for it.
  std::vector<char *> args(argv, argv + argc);
  std::string quiet = "--mlir-print-op-on-diagnostic=false";
  if (llvm::none_of(args, [](const char *arg) {
        return llvm::StringRef(arg).contains("mlir-print-op-on-diagnostic");
      }))
    args.insert(args.begin() + 1, quiet.data());
  static llvm::cl::opt<llvm::cl::boolOrDefault> progress(
      "progress",
      llvm::cl::desc("Report the passes and the schedule search on stderr as "
                     "they run (default: when stderr is a terminal)"));
  xyz::setVersionPrinter("xyz-opt");
  auto [inputFile, outputFile] = mlir::registerAndParseCLIOptions(
      args.size(), args.data(), "xyz optimizer driver\n", registry);
  mlir::MlirOptMainConfig config = mlir::MlirOptMainConfig::createFromCLOptions();
  bool terminal = llvm::errs().is_displayed();
  if (progress == llvm::cl::BOU_TRUE ||
      (progress == llvm::cl::BOU_UNSET && terminal)) {
    xyz::progress::enable(terminal);
    mlir::MlirOptMainConfig parsed = config;
    config.setPassPipelineSetupFn([parsed](mlir::PassManager &pm) {
      if (mlir::failed(parsed.setupPassPipeline(pm)))
        return mlir::failure();
      pm.addInstrumentation(std::make_unique<ProgressInstrumentation>());
      return mlir::success();
    });
  }
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
  int rc = xyz::writeToolOutput(kTool, outputFile, [&](llvm::raw_ostream &os) {
    bool ok = mlir::succeeded(
        mlir::MlirOptMain(os, std::move(input), registry, config));
    xyz::progress::finish();
    return ok;
  });
  return rc;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  return xyz::runToolMain([&] { return runOpt(argc, argv); });
}
