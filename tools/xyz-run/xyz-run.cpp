//===- xyz-run.cpp - Run a machine program, cycle-accurately --------------===//
//
// xyz-run PROGRAM [--mem IMAGE.json] [--dump-mem OUT.json] [--cores N]
//         [--strict] [--max-cycles N] [--max-steps N] [--timeout S]
//         [--stats] [--time]
//         [--kernel NAME [--shape "name=value ..."] [--PARAM VALUE...]
//          [--seed S]]
//         [--trace T.json] [--html V.html] [--locations L.json]
//         [--expect EXPECTED.json] [--dump-initial-mem IN.json]
//
// PROGRAM is the JSON interchange (.json) or a module holding one
// vliw.program (.mlir). Prints `cycles: N` on success. Any error or runtime
// fault is reported on stderr with its location and exits 1; --dump-mem still
// writes the memory as it was at the fault. With --kernel, the memory image
// is the kernel's (xyz/Kernels/Kernels.h), built from its parameters and a
// seed unless --mem is given, and the final memory is checked against the
// kernel's C++ reference: `check: ok` or the first mismatch (exit 1). Its
// parameters are --shape's `name=value` pairs (as --xyz-specialize) or the
// older per-parameter flags (--height, --rounds, --batch, --n); `cores` is
// --cores.
// --expect compares the final memory with an image (e.g. xyz-interp's):
// `expect: ok` or the first differing words (exit 1). --dump-initial-mem
// writes the image the run starts from (the kernel's, with --kernel).
// --trace writes the run as Chrome Trace Event JSON (Perfetto) and --html a
// self-contained page drawing its packing (xyz/Sim/TraceWriter.h,
// HtmlWriter.h); both label slots with kernel source locations, taken from
// the ops of a .mlir program or from --locations (xyz-translate's
// --locations-file) for a .json one. See docs/trace.md.
// The tool only loads inputs and
// reports; the machine is the XYZSim interpreter (xyz/Sim/Interpreter.h).
// Files are handled as in every xyz tool (xyz/Support/FileIO.h): inputs read
// into memory, outputs naming an input refused, outputs written to a
// temporary file and renamed into place only when complete. The work is
// bounded: cycles (--max-cycles), core steps (--max-steps), wall time
// (--timeout), trace size (--trace-limit-mb), cycles drawn by --html.
// See docs/xyz-run.md.
//
//===----------------------------------------------------------------------===//

#include "MlirProgramLoader.h"
#include "xyz/Kernels/Kernels.h"
#include "xyz/Sim/HtmlWriter.h"
#include "xyz/Sim/Interpreter.h"
#include "xyz/Sim/ObserverList.h"
#include "xyz/Sim/ProgramJsonReader.h"
#include "xyz/Sim/ProgramLocations.h"
#include "xyz/Sim/TraceWriter.h"
#include "xyz/Support/FileIO.h"
#include "xyz/Support/ToolMain.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/DynamicLibrary.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include <chrono>

using namespace xyz;
namespace cl = llvm::cl;

/// Core steps a run may take unless asked for more.
static constexpr uint64_t kDefaultMaxSteps = 1000000000;

namespace {
/// The command line. Built in main(), after LLVM's own `-stats` (statistics,
/// unused here) is unregistered so that `--stats` can mean slot use.
struct Options {
  cl::OptionCategory category{"xyz-run options"};
  cl::opt<std::string> programFile{cl::Positional, cl::Required,
                                   cl::desc("<program .json|.mlir>"),
                                   cl::cat(category)};
  cl::opt<std::string> memFile{
      "mem", cl::desc("Initial memory image (JSON array); default empty"),
      cl::value_desc("file"), cl::cat(category)};
  cl::opt<std::string> dumpMemFile{
      "dump-mem", cl::desc("Write the final memory (also after a fault)"),
      cl::value_desc("file"), cl::cat(category)};
  cl::opt<std::string> dumpInitialMemFile{
      "dump-initial-mem",
      cl::desc("Write the initial memory (with --kernel, the image built "
               "from the seed) before the run"),
      cl::value_desc("file"), cl::cat(category)};
  cl::opt<std::string> expectFile{
      "expect",
      cl::desc("Compare the final memory with this image (JSON array): "
               "`expect: ok` or the differing words, exit 1"),
      cl::value_desc("file"), cl::cat(category)};
  cl::opt<unsigned> cores{"cores", cl::desc("Cores running the program"),
                          cl::init(1), cl::cat(category)};
  cl::opt<bool> strict{
      "strict", cl::desc("Fault on two writes to one word in one bundle"),
      cl::cat(category)};
  cl::opt<uint64_t> maxCycles{
      "max-cycles", cl::desc("Fault after this many cycles"),
      cl::init(sim::RunOptions().maxCycles), cl::cat(category)};
  cl::opt<uint64_t> maxSteps{
      "max-steps",
      cl::desc("Fault after this many core steps (cycles x running cores); "
               "default 10^9, or cores x --max-cycles when that is given"),
      cl::init(kDefaultMaxSteps), cl::cat(category)};
  cl::opt<double> timeout{
      "timeout", cl::desc("Fault after this many seconds of wall time"),
      cl::value_desc("seconds"), cl::init(0), cl::cat(category)};
  cl::opt<uint64_t> traceLimitMb{
      "trace-limit-mb",
      cl::desc("Fail if the --trace file would grow past this size"),
      cl::init(512), cl::cat(category)};
  cl::opt<bool> stats{"stats", cl::desc("Print slot use per engine"),
                      cl::cat(category)};
  cl::opt<bool> time{"time", cl::desc("Print the run's wall time and speed"),
                     cl::cat(category)};
  cl::opt<std::string> kernel{
      "kernel", cl::desc("Build the image of, and check against, a kernel's "
                         "reference (tree-hash)"),
      cl::value_desc("name"), cl::cat(category)};
  cl::opt<uint64_t> seed{"seed", cl::desc("Seed of the kernel's inputs"),
                         cl::init(0), cl::cat(category)};
  cl::opt<std::string> shape{
      "shape",
      cl::desc("--kernel: its parameters, \"name=value ...\" (as "
               "--xyz-specialize), e.g. \"height=10 rounds=16 batch=256\""),
      cl::value_desc("pairs"), cl::cat(category)};
  // Kernel parameters (each kernel names the ones it takes); --shape says
  // the same for any kernel.
  cl::opt<int64_t> height{"height", cl::desc("tree-hash: tree height"),
                          cl::cat(category)};
  cl::opt<int64_t> rounds{"rounds", cl::desc("tree-hash: rounds"),
                          cl::cat(category)};
  cl::opt<int64_t> batch{"batch", cl::desc("tree-hash: items"),
                         cl::cat(category)};
  cl::opt<int64_t> n{"n", cl::desc("allreduce: words per row"),
                     cl::cat(category)};
  cl::opt<std::string> traceFile{
      "trace",
      cl::desc("Write the run as Chrome Trace Event JSON (open in Perfetto)"),
      cl::value_desc("file"), cl::cat(category)};
  cl::opt<std::string> htmlFile{
      "html", cl::desc("Write a self-contained HTML view of the packing"),
      cl::value_desc("file"), cl::cat(category)};
  cl::opt<std::string> locationsFile{
      "locations",
      cl::desc("Source locations of a .json program's slots (xyz-translate "
               "--locations-file), for --trace and --html"),
      cl::value_desc("file"), cl::cat(category)};

  /// The option holding kernel parameter `name`, if any.
  cl::opt<int64_t> *getParamOption(llvm::StringRef name) {
    return llvm::StringSwitch<cl::opt<int64_t> *>(name)
        .Case("height", &height)
        .Case("rounds", &rounds)
        .Case("batch", &batch)
        .Case("n", &n)
        .Default(nullptr);
  }
};
} // namespace

using machine::kMaxCores;
static constexpr llvm::StringLiteral kTool = "xyz-run";

/// Prints a reader error as "file:line:col: error: ...".
static void reportError(llvm::Error err) {
  sim::reportJsonError(kTool, std::move(err));
}

/// A module holding one vliw.program, verified, as a Program; its ops'
/// locations go to `locations` if given. MLIR is loaded only here, from the
/// plugin beside the tools (MlirProgramLoader.h).
static std::optional<sim::Program>
loadMlirProgram(std::unique_ptr<llvm::MemoryBuffer> buffer,
                sim::ProgramLocations *locations) {
  if (rejectUnsafeMlirSource(buffer->getBufferIdentifier(),
                             buffer->getBuffer()))
    return std::nullopt;
  // <prefix>/bin/xyz-run loads <prefix>/lib/XYZ_MLIR_LOADER.
  static int anchor;
  llvm::SmallString<256> path(
      llvm::sys::fs::getMainExecutable(kTool.data(), &anchor));
  llvm::sys::path::remove_filename(path);
  llvm::sys::path::append(path, "..", "lib", XYZ_MLIR_LOADER);
  std::string whyNot;
  llvm::sys::DynamicLibrary library =
      llvm::sys::DynamicLibrary::getPermanentLibrary(path.c_str(), &whyNot);
  auto load = library.isValid()
                  ? reinterpret_cast<XyzLoadMlirProgramFn>(
                        library.getAddressOfSymbol(kXyzLoadMlirProgramSymbol))
                  : nullptr;
  if (!load) {
    llvm::errs() << kTool << ": error: cannot read .mlir programs: "
                 << (whyNot.empty() ? "no loader in " + path.str().str()
                                    : whyNot)
                 << " (JSON programs need no plugin)\n";
    return std::nullopt;
  }
  sim::Program program;
  if (!load(buffer.release(), &program, locations))
    return std::nullopt;
  return program;
}

static std::optional<sim::Program>
loadProgram(llvm::StringRef name, sim::ProgramLocations *locations) {
  std::unique_ptr<llvm::MemoryBuffer> buffer = readToolInput(kTool, name);
  if (!buffer)
    return std::nullopt;
  if (name.ends_with(".mlir"))
    return loadMlirProgram(std::move(buffer), locations);
  llvm::Expected<sim::Program> program =
      sim::parseJsonProgram(buffer->getBuffer(), name);
  if (!program) {
    reportError(program.takeError());
    return std::nullopt;
  }
  return std::move(*program);
}

static std::optional<std::vector<uint32_t>> loadMemory(llvm::StringRef name) {
  return sim::readToolMemory(kTool, name);
}

/// `--locations F`: the side file of `program`.
static std::optional<sim::ProgramLocations>
loadLocations(llvm::StringRef name, const sim::Program &program) {
  std::unique_ptr<llvm::MemoryBuffer> buffer = readToolInput(kTool, name);
  if (!buffer)
    return std::nullopt;
  llvm::Expected<sim::ProgramLocations> locations =
      sim::parseJsonLocations(buffer->getBuffer(), name, program);
  if (!locations) {
    reportError(locations.takeError());
    return std::nullopt;
  }
  return std::move(*locations);
}

/// `--time`: wall time of the run and simulated cycles / slots per second.
static void printSpeed(const sim::RunResult &result, double seconds,
                       llvm::raw_ostream &os) {
  uint64_t slots = 0;
  for (uint64_t n : result.slotsExecuted)
    slots += n;
  double s = seconds > 0 ? seconds : 1e-9;
  os << llvm::format("time: %.3f s, %.3g cycles/s, %.3g slots/s\n", seconds,
                     result.cycles / s, slots / s);
}

/// `--expect`: the final memory `got` against `want`. Prints `expect: ok`, or
/// the first differing words and their count; returns whether they agree.
static bool compareMemory(llvm::ArrayRef<uint32_t> got,
                          llvm::ArrayRef<uint32_t> want,
                          llvm::raw_ostream &os) {
  constexpr unsigned kShown = 8;
  if (got.size() != want.size()) {
    os << "expect: FAILED: the memory has " << got.size()
       << " words, the expected image " << want.size() << '\n';
    return false;
  }
  uint64_t differing = 0;
  for (size_t w = 0; w < got.size(); ++w) {
    if (got[w] == want[w])
      continue;
    if (differing++ < kShown)
      os << "mismatch at word " << w << ": got " << got[w] << ", expected "
         << want[w] << '\n';
  }
  if (differing == 0) {
    os << "expect: ok\n";
    return true;
  }
  os << "expect: FAILED: " << differing << " of " << got.size()
     << " words differ\n";
  return false;
}

/// The files xyz-run writes must not be any it reads, nor each other.
static bool checkOutputs(const Options &opts) {
  llvm::SmallVector<NamedPath> files = {
      {opts.programFile, "the program"},
      {opts.memFile, "--mem"},
      {opts.locationsFile, "--locations"},
      {opts.expectFile, "--expect"}};
  for (NamedPath output : {NamedPath{opts.dumpMemFile, "--dump-mem"},
                           NamedPath{opts.dumpInitialMemFile,
                                     "--dump-initial-mem"},
                           NamedPath{opts.traceFile, "--trace"},
                           NamedPath{opts.htmlFile, "--html"}}) {
    if (llvm::Error err = checkOutputIsNotInput(output, files)) {
      reportToolError(kTool, std::move(err));
      return false;
    }
    files.push_back(output);
  }
  return true;
}

/// `--shape "name=value ..."` of `kernel` into `params`. A pair naming no
/// parameter of the kernel, a malformed pair or a name given twice is an
/// error (reported).
static bool parseShape(llvm::StringRef shape,
                       const kernels::KernelReference &kernel,
                       kernels::Params &params) {
  llvm::SmallVector<llvm::StringRef> pairs;
  shape.split(pairs, ' ', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef pair : pairs) {
    auto [name, text] = pair.split('=');
    int64_t value;
    if (name.empty() || !pair.contains('=')) {
      llvm::errs() << "xyz-run: error: --shape: expected name=value, got '"
                   << pair << "'\n";
      return false;
    }
    if (!llvm::is_contained(kernel.getParamNames(), name)) {
      llvm::errs() << "xyz-run: error: --shape: unknown parameter '" << name
                   << "' of kernel " << kernel.getName() << "; it takes ";
      llvm::interleaveComma(kernel.getParamNames(), llvm::errs());
      llvm::errs() << '\n';
      return false;
    }
    if (text.getAsInteger(10, value)) {
      llvm::errs() << "xyz-run: error: --shape: value of '" << name
                   << "' must be an integer, got '" << text << "'\n";
      return false;
    }
    if (!params.try_emplace(name, value).second) {
      llvm::errs() << "xyz-run: error: --shape: '" << name
                   << "' is given twice\n";
      return false;
    }
  }
  return true;
}

static int runMain(int argc, char **argv) {
  llvm::StringMap<cl::Option *> &registered = cl::getRegisteredOptions();
  if (auto it = registered.find("stats"); it != registered.end())
    it->second->removeArgument();
  Options opts;
  cl::HideUnrelatedOptions(opts.category);
  cl::ParseCommandLineOptions(argc, argv,
                              "Runs a program on the VLIW SIMD machine\n");
  if (opts.cores < 1 || opts.cores > kMaxCores) {
    llvm::errs() << "xyz-run: error: --cores must be in [1, " << kMaxCores
                 << "]\n";
    return 1;
  }
  if (!(opts.timeout >= 0)) {
    llvm::errs() << "xyz-run: error: --timeout must be >= 0 seconds\n";
    return 1;
  }
  if (!checkOutputs(opts))
    return 1;
  // With `--dump-mem -` standard output is the memory image alone; the
  // report (cycles, check, stats) goes to standard error.
  llvm::raw_ostream &report =
      opts.dumpMemFile == "-" ? llvm::errs() : llvm::outs();

  // --kernel: the kernel's parameters, and its image unless --mem is given.
  const kernels::KernelReference *kernel = nullptr;
  kernels::Params params;
  unsigned cores = opts.cores;
  if (!opts.kernel.empty()) {
    kernel = kernels::lookupKernel(opts.kernel);
    if (!kernel) {
      llvm::errs() << "xyz-run: error: unknown kernel '" << opts.kernel
                   << "'; known:";
      for (llvm::StringRef name : kernels::getKernelNames())
        llvm::errs() << ' ' << name;
      llvm::errs() << '\n';
      return 1;
    }
    if (!parseShape(opts.shape, *kernel, params))
      return 1;
    for (llvm::StringRef name : kernel->getParamNames()) {
      if (name == "cores") { // the machine's own --cores
        auto given = params.find(name);
        if (given == params.end()) {
          params[name] = opts.cores;
          continue;
        }
        if (given->second < 1 || given->second > kMaxCores ||
            (opts.cores.getNumOccurrences() &&
             given->second != int64_t(opts.cores))) {
          llvm::errs() << "xyz-run: error: --shape: cores=" << given->second
                       << " must be in [1, " << kMaxCores
                       << "] and agree with --cores\n";
          return 1;
        }
        cores = given->second;
        continue;
      }
      cl::opt<int64_t> *opt = opts.getParamOption(name);
      bool flag = opt && opt->getNumOccurrences() != 0;
      if (flag && params.count(name)) {
        llvm::errs() << "xyz-run: error: '" << name
                     << "' is given by both --shape and --" << name << '\n';
        return 1;
      }
      if (flag)
        params[name] = *opt;
      if (!params.count(name)) {
        llvm::errs() << "xyz-run: error: --kernel " << opts.kernel
                     << " needs --" << name << " (or --shape \"" << name
                     << "=N ...\")\n";
        return 1;
      }
    }
  } else if (!opts.shape.empty()) {
    llvm::errs() << "xyz-run: error: --shape gives the parameters of a "
                 << "built-in kernel; it needs --kernel\n";
    return 1;
  }

  // Source locations matter only to the views.
  bool views = !opts.traceFile.empty() || !opts.htmlFile.empty();
  std::optional<sim::ProgramLocations> locations;
  if (views && opts.locationsFile.empty())
    locations.emplace();
  std::optional<sim::Program> program = loadProgram(
      opts.programFile, locations ? &*locations : nullptr);
  if (program && !opts.locationsFile.empty()) {
    locations = loadLocations(opts.locationsFile, *program);
    if (!locations)
      return 1;
  }
  std::optional<std::vector<uint32_t>> mem;
  if (kernel && opts.memFile.empty()) {
    llvm::Expected<std::vector<uint32_t>> image =
        kernel->buildImage(params, opts.seed);
    if (!image) {
      reportError(image.takeError());
      return 1;
    }
    mem = std::move(*image);
  } else {
    mem = loadMemory(opts.memFile);
  }
  std::optional<std::vector<uint32_t>> expected;
  if (!opts.expectFile.empty() && !(expected = loadMemory(opts.expectFile)))
    return 1;
  if (!program || !mem)
    return 1;
  if (!opts.dumpInitialMemFile.empty()) {
    std::unique_ptr<OutputFile> out =
        openToolOutput(kTool, opts.dumpInitialMemFile);
    if (!out)
      return 1;
    sim::writeJsonMemory(*mem, out->os());
    if (!commitToolOutput(kTool, *out))
      return 1;
  }
  std::vector<uint32_t> initial = kernel ? *mem : std::vector<uint32_t>();

  sim::RunOptions options;
  options.cores = cores;
  options.strict = opts.strict;
  options.maxCycles = opts.maxCycles;
  options.timeoutSeconds = opts.timeout;
  // An explicit --max-cycles is the user's own bound on the work (cores x
  // cycles); otherwise, or with --max-steps, the steps are bounded too, so
  // that many cores running the default cycle limit cannot run for hours.
  options.maxSteps = opts.maxSteps;
  if (opts.maxSteps.getNumOccurrences() == 0 &&
      opts.maxCycles.getNumOccurrences() != 0)
    options.maxSteps = UINT64_MAX;
  // --trace streams during the run; --html records and writes after it.
  const sim::ProgramLocations *slotLocations =
      locations && locations->matches(*program) ? &*locations : nullptr;
  sim::ObserverList observers;
  std::unique_ptr<OutputFile> traceOut, htmlOut, memOut;
  std::optional<sim::TraceWriter> trace;
  std::optional<sim::HtmlWriter> html;
  uint64_t traceLimit = opts.traceLimitMb > (UINT64_MAX >> 20)
                            ? UINT64_MAX
                            : opts.traceLimitMb << 20;
  if (!opts.traceFile.empty()) {
    if (!(traceOut = openToolOutput(kTool, opts.traceFile)))
      return 1;
    trace.emplace(*program, slotLocations, cores, traceOut->os());
    trace->setByteLimit(traceLimit);
    observers.add(&*trace);
  }
  if (!opts.htmlFile.empty()) {
    if (!(htmlOut = openToolOutput(kTool, opts.htmlFile)))
      return 1;
    html.emplace(*program, slotLocations, cores);
    observers.add(&*html);
  }
  // Opened before the run so that a bad path fails early.
  if (!opts.dumpMemFile.empty() &&
      !(memOut = openToolOutput(kTool, opts.dumpMemFile)))
    return 1;

  sim::DecodedProgram decoded(*program);
  auto start = std::chrono::steady_clock::now();
  sim::RunResult result = decoded.run(*mem, options, observers.get());
  std::chrono::duration<double> elapsed =
      std::chrono::steady_clock::now() - start;

  // The views are written after a fault too: they show where it happened.
  // A view that hit its size limit is not written at all.
  bool written = true;
  if (trace) {
    if (std::optional<uint64_t> cycle = trace->getTruncatedAt()) {
      llvm::errs() << "xyz-run: error: --trace: the trace reached "
                   << opts.traceLimitMb << " MB at cycle " << *cycle
                   << "; nothing written (raise --trace-limit-mb or trace a "
                      "shorter run)\n";
      written = false;
    } else {
      trace->finish(result);
      written &= commitToolOutput(kTool, *traceOut);
    }
  }
  if (html) {
    if (html->isTruncated()) {
      llvm::errs() << "xyz-run: error: --html: the run is longer than the "
                   << sim::HtmlWriter::kMaxCycles
                   << " cycles the view draws; nothing written\n";
      written = false;
    } else {
      html->write(result, llvm::sys::path::filename(opts.programFile),
                  htmlOut->os());
      written &= commitToolOutput(kTool, *htmlOut);
    }
  }
  if (memOut) {
    sim::writeJsonMemory(*mem, memOut->os());
    written &= commitToolOutput(kTool, *memOut);
  }
  if (result.fault) {
    llvm::errs() << opts.programFile << ": fault: " << result.fault->message
                 << '\n';
    return 1;
  }
  report << "cycles: " << result.cycles << '\n';
  bool checked = true;
  if (kernel) {
    std::optional<std::string> mismatch = kernel->check(params, initial, *mem);
    checked = !mismatch;
    if (mismatch)
      report << "check: FAILED: " << *mismatch << '\n';
    else
      report << "check: ok\n";
  }
  if (expected)
    checked &= compareMemory(*mem, *expected, report);
  if (opts.stats)
    sim::printStats(result, cores, report);
  if (opts.time)
    printSpeed(result, elapsed.count(), report);
  if (llvm::Error err = flushStdout()) {
    reportToolError(kTool, std::move(err));
    return 1;
  }
  return written && checked ? 0 : 1;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  return runToolMain([&] { return runMain(argc, argv); });
}
