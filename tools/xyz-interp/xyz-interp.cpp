//===- xyz-interp.cpp - Run an xyz kernel at the source level --------------===//
//
// xyz-interp KERNEL.mlir [--shape "name=value ..."]
//            [--mem IMAGE.json | --random-image SEED]
//            [--dump-initial-mem IN.json] [--dump-mem OUT.json]
//            [--cores N] [--max-steps N]
//            [--check PROGRAM.json [--seeds K]] [--list-params]
//
// The oracle for every kernel: runs the one xyz.kernel of KERNEL.mlir on a
// memory image with the xyz dialect's semantics (xyz/Interpreter/
// KernelInterpreter.h), no compilation involved. With --shape the kernel is
// specialized first (the options of --xyz-specialize); without it the input
// must be specialized already. Prints `steps: N` on success; an input error
// or a run-time error (an address outside the image, division by zero, ...)
// is one located diagnostic or `xyz-interp: error: ...`, exit 1. --dump-mem
// writes the final memory, also after a run-time error. --random-image makes
// the initial image from the kernel's `xyz.region` declarations
// (xyz/Interpreter/MemoryImage.h). --check runs a compiled program on the
// machine (XYZSim) from the same images (K seeds from SEED) and compares the
// observable words with the kernel's: `expect: ok`, or the first differing
// words, exit 1. --list-params prints the kernel's shape parameters. Files
// are handled as in every xyz tool (xyz/Support/FileIO.h). See
// docs/xyz-interp.md.
//
//===----------------------------------------------------------------------===//

#include "xyz/Dialect/XYZ/XYZOps.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Interpreter/KernelInterpreter.h"
#include "xyz/Interpreter/MemoryImage.h"
#include "xyz/Sim/Interpreter.h"
#include "xyz/Sim/Program.h"
#include "xyz/Sim/ProgramJsonReader.h"
#include "xyz/Support/Version.h"
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
  cl::opt<uint64_t> randomImage{
      "random-image",
      cl::desc("Start from the image the kernel's xyz.region declarations "
               "make, random contents drawn from this seed"),
      cl::value_desc("seed"), cl::cat(category)};
  cl::opt<std::string> dumpInitialMemFile{
      "dump-initial-mem", cl::desc("Write the initial memory"),
      cl::value_desc("file"), cl::cat(category)};
  cl::opt<std::string> dumpMemFile{
      "dump-mem",
      cl::desc("Write the final memory (also after a run-time error)"),
      cl::value_desc("file"), cl::cat(category)};
  cl::opt<std::string> checkFile{
      "check",
      cl::desc("Run this compiled program (JSON) on the machine from the same "
               "image and compare its observable words with the kernel's"),
      cl::value_desc("program"), cl::cat(category)};
  cl::opt<unsigned> seeds{
      "seeds",
      cl::desc("With --check and --random-image: check this many images, "
               "seeds SEED, SEED+1, ..."),
      cl::init(1), cl::cat(category)};
  cl::opt<bool> listParams{
      "list-params",
      cl::desc("Print the kernel's shape parameters (name, default, test "
               "range) and exit"),
      cl::cat(category)};
  cl::opt<unsigned> cores{"cores",
                          cl::desc("Cores running the kernel (default 1, "
                                   "or the shape's `cores`)"),
                          cl::init(1), cl::cat(category)};
  cl::opt<uint64_t> maxSteps{
      "max-steps", cl::desc("Fail after this many executed ops"),
      cl::init(InterpreterOptions().maxSteps), cl::cat(category)};
  cl::opt<uint64_t> maxCycles{
      "max-cycles",
      cl::desc("--check: fail the compiled program after this many machine "
               "cycles (as xyz-run's option)"),
      cl::init(sim::RunOptions().maxCycles), cl::cat(category)};
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

/// `--list-params`: one line per shape parameter, e.g.
/// `height: default 10, test range [0, 6]`.
static void listParams(KernelOp kernel, llvm::raw_ostream &os) {
  for (unsigned i = 0, e = kernel.getNumArguments(); i < e; ++i) {
    os << kernel.getParamName(i) << ": default ";
    if (std::optional<int64_t> value = kernel.getParamDefault(i))
      os << *value;
    else
      os << "none";
    if (auto range = kernel.getArgAttrOfType<mlir::ArrayAttr>(
            i, XYZDialect::kParamTestRangeAttr))
      os << ", test range ["
         << llvm::cast<mlir::IntegerAttr>(range[0]).getInt() << ", "
         << llvm::cast<mlir::IntegerAttr>(range[1]).getInt() << "]";
    os << '\n';
  }
}

/// The cores a kernel runs on unless --cores says: the value of its shape
/// parameter `cores`, if it had one.
static unsigned getShapeCores(KernelOp kernel) {
  auto shape = kernel->getAttrOfType<mlir::DictionaryAttr>(
      XYZDialect::kShapeAttr);
  if (auto cores = shape ? shape.getAs<mlir::IntegerAttr>("cores") : nullptr)
    if (cores.getInt() >= 1 && cores.getInt() <= kMaxCores)
      return cores.getInt();
  return 1;
}

/// Writes `mem` to `path` (nothing if empty).
static bool writeMemory(llvm::StringRef path, llvm::ArrayRef<uint32_t> mem) {
  if (path.empty())
    return true;
  std::unique_ptr<OutputFile> out = openToolOutput(kTool, path);
  if (!out)
    return false;
  sim::writeJsonMemory(mem, out->os());
  return commitToolOutput(kTool, *out);
}

/// Compares the observable words of the machine's final memory `got` with
/// the kernel's `want`. Prints the first differing words; returns how many
/// differ and counts the compared ones in `compared`.
static uint64_t compareObservable(llvm::ArrayRef<uint32_t> got,
                                  llvm::ArrayRef<uint32_t> want,
                                  const std::vector<bool> &observable,
                                  llvm::ArrayRef<ImageRegion> layout,
                                  uint64_t &compared, llvm::raw_ostream &os) {
  constexpr unsigned kShown = 8;
  uint64_t differing = 0;
  compared = 0;
  for (size_t w = 0; w < want.size(); ++w) {
    if (!observable[w])
      continue;
    ++compared;
    if (got[w] == want[w])
      continue;
    if (differing++ < kShown)
      os << "mismatch at word " << w << " (" << describeAddress(layout, w)
         << "): got " << got[w] << ", expected " << want[w] << '\n';
  }
  return differing;
}

struct CheckConfig {
  const sim::DecodedProgram &program;
  llvm::StringRef programFile;
  InterpreterOptions options;
  std::vector<ImageRegion> layout;
  uint64_t maxCycles;
};

/// `--check` on one image: the kernel on the source interpreter, the program
/// on the machine. Returns 0 if their observable words agree, 1 otherwise
/// (reported); sets `cycles`.
static int checkImage(KernelOp kernel, const std::vector<uint32_t> &image,
                      const CheckConfig &config, llvm::StringRef what,
                      uint64_t &cycles, llvm::raw_ostream &report) {
  std::vector<uint32_t> want = image;
  mlir::FailureOr<InterpreterResult> expected =
      interpretKernel(kernel, want, config.options);
  if (mlir::failed(expected))
    return 1;
  std::vector<uint32_t> got = image;
  sim::RunOptions run;
  run.cores = config.options.cores;
  run.strict = true;
  run.maxSteps = 1000000000;
  run.maxCycles = config.maxCycles;
  sim::RunResult result = config.program.run(got, run);
  if (result.fault) {
    llvm::errs() << config.programFile << ": fault: " << result.fault->message
                 << what << '\n';
    return 1;
  }
  cycles = result.cycles;
  uint64_t compared = 0;
  uint64_t differing = compareObservable(got, want, expected->observable,
                                         config.layout, compared, report);
  if (differing == 0)
    return 0;
  report << "expect: FAILED" << what << ": " << differing << " of " << compared
         << " compared words differ\n";
  return 1;
}

/// `--check`: the program against the kernel on `first` and, with
/// --random-image, the images of the following seeds.
static int runCheck(const Options &opts, KernelOp kernel,
                    const std::vector<uint32_t> &first,
                    const InterpreterOptions &options) {
  std::unique_ptr<llvm::MemoryBuffer> buffer =
      readToolInput(kTool, opts.checkFile);
  if (!buffer)
    return 1;
  llvm::Expected<sim::Program> program =
      sim::parseJsonProgram(buffer->getBuffer(), opts.checkFile);
  if (!program) {
    sim::reportJsonError(kTool, program.takeError());
    return 1;
  }
  mlir::FailureOr<std::vector<ImageRegion>> layout = getImageLayout(kernel);
  if (mlir::failed(layout))
    return 1;
  sim::DecodedProgram decoded(*program);
  CheckConfig config{decoded, opts.checkFile, options, std::move(*layout),
                     opts.maxCycles};
  bool random = opts.randomImage.getNumOccurrences() != 0;
  uint64_t firstCycles = 0;
  for (unsigned k = 0; k < opts.seeds; ++k) {
    uint64_t seed = opts.randomImage + k;
    std::vector<uint32_t> image;
    if (k == 0) {
      image = first;
    } else {
      mlir::FailureOr<std::vector<uint32_t>> next =
          buildRandomImage(kernel, seed);
      if (mlir::failed(next))
        return 1;
      image = std::move(*next);
    }
    std::string what =
        random ? (llvm::Twine(" (seed ") + llvm::Twine(seed) + ")").str() : "";
    uint64_t cycles = 0;
    if (checkImage(kernel, image, config, what, cycles, llvm::outs()))
      return 1;
    if (k == 0)
      firstCycles = cycles;
  }
  llvm::outs() << "cycles: " << firstCycles << "\nexpect: ok\n";
  if (llvm::Error err = flushStdout()) {
    reportToolError(kTool, std::move(err));
    return 1;
  }
  return 0;
}

static int runInterp(int argc, char **argv) {
  Options opts;
  cl::HideUnrelatedOptions(opts.category);
  xyz::setVersionPrinter("xyz-interp");
  cl::ParseCommandLineOptions(argc, argv,
                              "Runs an xyz kernel at the source level\n");
  if (opts.cores < 1 || opts.cores > kMaxCores) {
    llvm::errs() << kTool << ": error: --cores must be in [1, " << kMaxCores
                 << "]\n";
    return 1;
  }
  bool random = opts.randomImage.getNumOccurrences() != 0;
  if (random && !opts.memFile.empty()) {
    llvm::errs() << kTool << ": error: --mem and --random-image both give "
                 << "the initial image; use one\n";
    return 1;
  }
  if (!opts.checkFile.empty() && !opts.dumpMemFile.empty()) {
    llvm::errs() << kTool << ": error: --dump-mem is not written with "
                 << "--check (run without --check for the kernel's final "
                 << "memory, xyz-run --dump-mem for the program's)\n";
    return 1;
  }
  if (opts.seeds < 1 ||
      (opts.seeds > 1 && (!random || opts.checkFile.empty()))) {
    llvm::errs() << kTool << ": error: --seeds must be >= 1, and above 1 "
                 << "only with --check and --random-image\n";
    return 1;
  }
  llvm::SmallVector<NamedPath> files = {{opts.kernelFile, "the kernel"},
                                        {opts.memFile, "--mem"},
                                        {opts.checkFile, "--check"}};
  NamedPath outputs[] = {{opts.dumpInitialMemFile, "--dump-initial-mem"},
                         {opts.dumpMemFile, "--dump-mem"}};
  if (llvm::Error err = checkOneStandardInput(files)) {
    reportToolError(kTool, std::move(err));
    return 1;
  }
  if (llvm::Error err = checkOneStandardOutput(outputs)) {
    reportToolError(kTool, std::move(err));
    return 1;
  }
  for (NamedPath output : outputs) {
    if (llvm::Error err = checkOutputIsNotInput(output, files)) {
      reportToolError(kTool, std::move(err));
      return 1;
    }
    files.push_back(output);
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
  if (opts.listParams) {
    std::optional<KernelOp> kernel = findKernel(*module);
    if (!kernel)
      return 1;
    listParams(*kernel, llvm::outs());
    if (llvm::Error err = flushStdout()) {
      reportToolError(kTool, std::move(err));
      return 1;
    }
    return 0;
  }

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

  InterpreterOptions options;
  options.cores =
      opts.cores.getNumOccurrences() ? opts.cores : getShapeCores(*kernel);
  options.maxSteps = opts.maxSteps;
  if (random) {
    mlir::FailureOr<std::vector<uint32_t>> image =
        buildRandomImage(*kernel, opts.randomImage);
    if (mlir::failed(image))
      return 1;
    mem = std::move(*image);
  }
  if (!writeMemory(opts.dumpInitialMemFile, *mem))
    return 1;
  if (!opts.checkFile.empty())
    return runCheck(opts, *kernel, *mem, options);

  std::unique_ptr<OutputFile> memOut;
  if (!opts.dumpMemFile.empty() &&
      !(memOut = openToolOutput(kTool, opts.dumpMemFile)))
    return 1;
  mlir::FailureOr<InterpreterResult> result =
      interpretKernel(*kernel, *mem, options);
  bool written = true;
  if (memOut) {
    sim::writeJsonMemory(*mem, memOut->os());
    written = commitToolOutput(kTool, *memOut);
  }
  if (mlir::failed(result))
    return 1;
  llvm::raw_ostream &report = isStandardOutput(opts.dumpMemFile) ||
                                      isStandardOutput(opts.dumpInitialMemFile)
                                  ? llvm::errs()
                                  : llvm::outs();
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
