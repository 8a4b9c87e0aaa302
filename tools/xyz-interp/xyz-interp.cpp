//===- xyz-interp.cpp - Run an xyz kernel at the source level --------------===//
//
// xyz-interp KERNEL.mlir [--shape "name=value ..."] [--mem IMAGE.json]
//            [--dump-mem OUT.json] [--cores N] [--max-steps N]
//
// The oracle for every kernel: runs the one xyz.kernel of KERNEL.mlir on a
// memory image with the xyz dialect's semantics (xyz/Interpreter/
// KernelInterpreter.h), no compilation involved. With --shape the kernel is
// specialized first (the options of --xyz-specialize); without it the input
// must be specialized already. Prints `steps: N` on success; an input error
// or a run-time error (an address outside the image, division by zero, ...)
// is one located diagnostic or `xyz-interp: error: ...`, exit 1. --dump-mem
// writes the final memory, also after a run-time error. Files are handled as
// in every xyz tool (xyz/Support/FileIO.h). See docs/xyz-interp.md.
//
//===----------------------------------------------------------------------===//

#include "xyz/Dialect/XYZ/XYZOps.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Interpreter/KernelInterpreter.h"
#include "xyz/Sim/Program.h"
#include "xyz/Sim/ProgramJsonReader.h"
#include "xyz/Support/FileIO.h"
#include "xyz/Support/ToolMain.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"

using namespace xyz;
namespace cl = llvm::cl;

static constexpr llvm::StringLiteral kTool = "xyz-interp";
using machine::kMaxCores;

namespace {
struct Options {
  cl::OptionCategory category{"xyz-interp options"};
  cl::opt<std::string> kernelFile{cl::Positional, cl::Required,
                                  cl::desc("<kernel .mlir>"),
                                  cl::cat(category)};
  cl::opt<std::string> shape{
      "shape",
      cl::desc("Specialize the kernel first: \"name=value ...\", as "
               "--xyz-specialize; without it the kernel must be specialized"),
      cl::value_desc("pairs"), cl::cat(category)};
  cl::opt<std::string> memFile{
      "mem", cl::desc("Initial memory image (JSON array); default empty"),
      cl::value_desc("file"), cl::cat(category)};
  cl::opt<std::string> dumpMemFile{
      "dump-mem",
      cl::desc("Write the final memory (also after a run-time error)"),
      cl::value_desc("file"), cl::cat(category)};
  cl::opt<unsigned> cores{"cores", cl::desc("Cores running the kernel"),
                          cl::init(1), cl::cat(category)};
  cl::opt<uint64_t> maxSteps{
      "max-steps", cl::desc("Fail after this many executed ops"),
      cl::init(InterpreterOptions().maxSteps), cl::cat(category)};
};
} // namespace

/// The one xyz.kernel of `module`, or an error.
static std::optional<KernelOp> findKernel(mlir::ModuleOp module) {
  auto kernels = llvm::to_vector(module.getOps<KernelOp>());
  if (kernels.size() == 1)
    return kernels.front();
  module.emitError("xyz-interp runs a module with exactly one xyz.kernel; "
                   "this one has ")
      << kernels.size();
  return std::nullopt;
}

static int runInterp(int argc, char **argv) {
  Options opts;
  cl::HideUnrelatedOptions(opts.category);
  cl::ParseCommandLineOptions(argc, argv,
                              "Runs an xyz kernel at the source level\n");
  if (opts.cores < 1 || opts.cores > kMaxCores) {
    llvm::errs() << kTool << ": error: --cores must be in [1, " << kMaxCores
                 << "]\n";
    return 1;
  }
  if (llvm::Error err = checkOutputIsNotInput(
          {opts.dumpMemFile, "--dump-mem"},
          {{opts.kernelFile, "the kernel"}, {opts.memFile, "--mem"}})) {
    reportToolError(kTool, std::move(err));
    return 1;
  }

  std::unique_ptr<llvm::MemoryBuffer> input =
      readToolInput(kTool, opts.kernelFile);
  if (!input ||
      rejectUnsafeMlirSource(input->getBufferIdentifier(), input->getBuffer()))
    return 1;
  std::optional<std::vector<uint32_t>> mem =
      sim::readToolMemory(kTool, opts.memFile);
  if (!mem)
    return 1;

  mlir::DialectRegistry registry;
  registry.insert<XYZDialect, mlir::arith::ArithDialect,
                  mlir::func::FuncDialect, mlir::scf::SCFDialect>();
  mlir::MLIRContext context(registry);
  context.printOpOnDiagnostic(false);
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(input), llvm::SMLoc());
  mlir::SourceMgrDiagnosticHandler handler(sourceMgr, &context);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceFile<mlir::ModuleOp>(sourceMgr, &context);
  if (!module)
    return 1;

  if (opts.shape.getNumOccurrences()) {
    mlir::PassManager pm(&context);
    std::unique_ptr<mlir::Pass> specialize = createXYZSpecialize();
    if (mlir::failed(specialize->initializeOptions(
            opts.shape, [](const llvm::Twine &msg) {
              llvm::errs() << kTool << ": error: --shape: " << msg << '\n';
              return mlir::failure();
            })))
      return 1;
    pm.addPass(std::move(specialize));
    if (mlir::failed(pm.run(*module)))
      return 1;
  }
  std::optional<KernelOp> kernel = findKernel(*module);
  if (!kernel)
    return 1;

  std::unique_ptr<OutputFile> memOut;
  if (!opts.dumpMemFile.empty() &&
      !(memOut = openToolOutput(kTool, opts.dumpMemFile)))
    return 1;
  InterpreterOptions options;
  options.cores = opts.cores;
  options.maxSteps = opts.maxSteps;
  mlir::FailureOr<InterpreterResult> result =
      interpretKernel(*kernel, *mem, options);
  bool written = true;
  if (memOut) {
    sim::writeJsonMemory(*mem, memOut->os());
    written = commitToolOutput(kTool, *memOut);
  }
  if (mlir::failed(result))
    return 1;
  llvm::raw_ostream &report =
      opts.dumpMemFile == "-" ? llvm::errs() : llvm::outs();
  report << "steps: " << result->steps << '\n';
  if (llvm::Error err = flushStdout()) {
    reportToolError(kTool, std::move(err));
    return 1;
  }
  return written ? 0 : 1;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  return runToolMain([&] { return runInterp(argc, argv); });
}
