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
#include "xyz/Sim/SourceProfile.h"
#include "xyz/Sim/TraceWriter.h"
#include "xyz/Support/Version.h"
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
  cl::opt<bool> time{
      "time",
      cl::desc("Print the run's wall time and speed, and the process's time "
               "per phase"),
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
  cl::opt<bool> profile{
      "profile",
      cl::desc("Print the cost per kernel source line: slots per engine, "
               "share of the binding engine, first and last cycle"),
      cl::cat(category)};
  cl::opt<unsigned> profileLines{
      "profile-lines",
      cl::desc("--profile / --baseline: rows printed at most (0: all)"),
      cl::init(0), cl::cat(category)};
  cl::opt<std::string> remarksFile{
      "remarks",
      cl::desc("Optimization remarks to attach to their lines in --profile "
               "and --html (xyz-opt's stderr with --xyz-schedule="
               "\"remarks=all\")"),
      cl::value_desc("file"), cl::cat(category)};
  cl::opt<std::string> baselineFile{
      "baseline",
      cl::desc("Also run this program (.json|.mlir) on the same memory and "
               "print the difference, per engine and per source line "
               "(and show it in --html)"),
      cl::value_desc("program"), cl::cat(category)};
  cl::opt<std::string> baselineLocationsFile{
      "baseline-locations",
      cl::desc("Source locations of a .json --baseline"),
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

/// A program and, if `needLocations`, its source locations: from the ops of
/// a .mlir program, or from `locationsFile` (may be empty: none) for a .json
/// one. Errors are reported.
static std::optional<sim::Program>
loadProgramAndLocations(llvm::StringRef programFile,
                        llvm::StringRef locationsFile, bool needLocations,
                        std::optional<sim::ProgramLocations> &locations) {
  if (needLocations && locationsFile.empty())
    locations.emplace();
  std::optional<sim::Program> program =
      loadProgram(programFile, locations ? &*locations : nullptr);
  if (program && !locationsFile.empty() &&
      !(locations = loadLocations(locationsFile, *program)))
    return std::nullopt;
  return program;
}

/// The HTML view's title: the kernel and its shape when known, the kernel
/// source file the locations name, and the program file.
static std::string getViewTitle(Options &opts,
                                const sim::Profile &profile) {
  std::string title;
  if (!opts.kernel.empty()) {
    title = opts.kernel;
    if (!opts.shape.empty())
      title += " " + opts.shape;
    for (const char *name : {"height", "rounds", "batch", "n"})
      if (cl::opt<int64_t> *opt =
              opts.getParamOption(name);
          opt && opt->getNumOccurrences())
        title += " " + std::string(name) + "=" + std::to_string(*opt);
    title += " - ";
  }
  // The source file most slots came from.
  llvm::StringMap<uint64_t> slotsPerFile;
  std::pair<uint64_t, std::string> most{0, ""};
  for (const sim::LineCost &line : profile.lines) {
    if (line.location.empty())
      continue;
    llvm::StringRef file = llvm::StringRef(line.location).rsplit(':').first;
    uint64_t &n = slotsPerFile[file];
    for (uint64_t s : line.slots)
      n += s;
    if (n > most.first)
      most = {n, file.str()};
  }
  if (!most.second.empty())
    title += most.second + " - ";
  return title + llvm::sys::path::filename(opts.programFile).str();
}

namespace {
/// `--time`: where the process's wall time went, phase by phase, from the
/// process's start (static initialization) on.
class PhaseClock {
public:
  using Clock = std::chrono::steady_clock;
  static Clock::time_point processStart;

  /// Ends the phase `name` now.
  void mark(const char *name) {
    Clock::time_point now = Clock::now();
    phases.push_back({name, seconds(last, now)});
    last = now;
  }
  double get(llvm::StringRef name) const {
    for (const auto &[n, t] : phases)
      if (name == n)
        return t;
    return 0;
  }
  /// "time: <run> s, <cycles/s>, <slots/s>" (the run alone, microseconds),
  /// then every phase and the total, in milliseconds.
  void print(const sim::RunResult &result, llvm::raw_ostream &os) const {
    uint64_t slots = 0;
    for (uint64_t n : result.slotsExecuted)
      slots += n;
    double run = get("run"), s = run > 0 ? run : 1e-9;
    os << llvm::format("time: %.6f s, %.3g cycles/s, %.3g slots/s\n", run,
                       result.cycles / s, slots / s);
    os << llvm::format("time: process %.3f ms:",
                       1e3 * seconds(processStart, Clock::now()));
    os << llvm::format(" start %.3f ms", 1e3 * seconds(processStart, first));
    for (const auto &[name, t] : phases)
      os << llvm::format(", %s %.3f ms", name, 1e3 * t);
    os << '\n';
  }

private:
  static double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
  }
  Clock::time_point first = Clock::now(), last = first;
  llvm::SmallVector<std::pair<const char *, double>> phases;
};
PhaseClock::Clock::time_point PhaseClock::processStart =
    PhaseClock::Clock::now();
} // namespace

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

/// The files xyz-run writes, with their options.
static std::array<NamedPath, 4> outputsOf(const Options &opts) {
  return {NamedPath{opts.dumpMemFile, "--dump-mem"},
          NamedPath{opts.dumpInitialMemFile, "--dump-initial-mem"},
          NamedPath{opts.traceFile, "--trace"},
          NamedPath{opts.htmlFile, "--html"}};
}

/// The files xyz-run writes must not be any it reads, nor each other.
static bool checkOutputs(const Options &opts) {
  llvm::SmallVector<NamedPath> files = {
      {opts.programFile, "the program"},
      {opts.memFile, "--mem"},
      {opts.locationsFile, "--locations"},
      {opts.expectFile, "--expect"},
      {opts.remarksFile, "--remarks"},
      {opts.baselineFile, "--baseline"},
      {opts.baselineLocationsFile, "--baseline-locations"}};
  if (llvm::Error err = checkOneStandardInput(files)) {
    reportToolError(kTool, std::move(err));
    return false;
  }
  std::array<NamedPath, 4> outputs = outputsOf(opts);
  // Two outputs on one stream would be one unreadable file.
  if (llvm::Error err = checkOneStandardOutput(outputs)) {
    reportToolError(kTool, std::move(err));
    return false;
  }
  for (NamedPath output : outputs) {
    if (llvm::Error err = checkOutputIsNotInput(output, files)) {
      reportToolError(kTool, std::move(err));
      return false;
    }
    files.push_back(output);
  }
  return true;
}

/// True if an output goes to standard output: the report goes to standard
/// error then.
static bool writesStdout(const Options &opts) {
  return llvm::any_of(outputsOf(opts), [](const NamedPath &output) {
    return isStandardOutput(output.path);
  });
}

/// The kernel source files the views read lines from (--profile, --html):
/// outputs must not be any of them either.
static bool checkOutputsAgainstSources(const Options &opts,
                                       const sim::ProgramLocations &locations) {
  std::vector<std::string> sources = sim::sourceFiles(locations.getNames());
  llvm::SmallVector<NamedPath> files;
  for (const std::string &source : sources)
    files.push_back({source, "a kernel source the locations name"});
  for (NamedPath output : outputsOf(opts))
    if (llvm::Error err = checkOutputIsNotInput(output, files)) {
      reportToolError(kTool, std::move(err));
      return false;
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
  PhaseClock clock;
  llvm::StringMap<cl::Option *> &registered = cl::getRegisteredOptions();
  if (auto it = registered.find("stats"); it != registered.end())
    it->second->removeArgument();
  Options opts;
  cl::HideUnrelatedOptions(opts.category);
  xyz::setVersionPrinter("xyz-run");
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
  // With an output on standard output (`--dump-mem -`, `--trace -`), that
  // output is standard output alone; the report (cycles, check, stats) goes
  // to standard error.
  llvm::raw_ostream &report = writesStdout(opts) ? llvm::errs() : llvm::outs();

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
  } else {
    // A kernel's parameter or seed without the kernel would be ignored.
    const cl::Option *kernelOptions[] = {&opts.height, &opts.rounds,
                                         &opts.batch, &opts.n, &opts.seed};
    for (const cl::Option *option : kernelOptions)
      if (option->getNumOccurrences()) {
        llvm::errs() << "xyz-run: error: --" << option->ArgStr
                     << " is a parameter of a built-in kernel; it needs "
                        "--kernel\n";
        return 1;
      }
  }

  // Source locations matter only to the views and the profile.
  bool baseline = !opts.baselineFile.empty();
  bool profiled = opts.profile || baseline || !opts.htmlFile.empty();
  bool needLocations = profiled || !opts.traceFile.empty();
  if (!baseline && !opts.baselineLocationsFile.empty()) {
    llvm::errs() << "xyz-run: error: --baseline-locations needs --baseline\n";
    return 1;
  }
  std::optional<sim::ProgramLocations> locations;
  std::optional<sim::Program> program = loadProgramAndLocations(
      opts.programFile, opts.locationsFile, needLocations, locations);
  if (!program)
    return 1;
  std::optional<sim::ProgramLocations> baselineLocations;
  std::optional<sim::Program> baselineProgram;
  if (baseline && !(baselineProgram = loadProgramAndLocations(
                        opts.baselineFile, opts.baselineLocationsFile,
                        /*needLocations=*/true, baselineLocations)))
    return 1;
  if (profiled &&
      ((locations && !checkOutputsAgainstSources(opts, *locations)) ||
       (baselineLocations &&
        !checkOutputsAgainstSources(opts, *baselineLocations))))
    return 1;
  llvm::StringMap<std::vector<std::string>> remarks;
  if (!opts.remarksFile.empty()) {
    std::unique_ptr<llvm::MemoryBuffer> buffer =
        readToolInput(kTool, opts.remarksFile);
    if (!buffer)
      return 1;
    remarks = sim::parseRemarks(buffer->getBuffer());
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
  if (!mem)
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
  std::vector<uint32_t> initial =
      kernel || baseline ? *mem : std::vector<uint32_t>();

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
  std::optional<sim::SourceProfiler> profiler;
  if (profiled) {
    profiler.emplace(*program, slotLocations, cores);
    observers.add(&*profiler);
  }
  // Opened before the run so that a bad path fails early.
  if (!opts.dumpMemFile.empty() &&
      !(memOut = openToolOutput(kTool, opts.dumpMemFile)))
    return 1;

  clock.mark("load");
  sim::DecodedProgram decoded(*program);
  clock.mark("decode");
  sim::RunResult result = decoded.run(*mem, options, observers.get());
  clock.mark("run");

  // --baseline: the same memory, options and profile, another program.
  std::optional<sim::Profile> profile, baselineProfile;
  if (profiler) {
    profile = profiler->finish(result);
    sim::attachRemarks(*profile, remarks);
  }
  if (baseline) {
    std::vector<uint32_t> baselineMem = initial;
    sim::SourceProfiler baselineProfiler(
        *baselineProgram,
        baselineLocations->matches(*baselineProgram) ? &*baselineLocations
                                                     : nullptr,
        cores);
    sim::RunResult baselineResult = sim::DecodedProgram(*baselineProgram)
                                        .run(baselineMem, options,
                                             &baselineProfiler);
    if (baselineResult.fault) {
      llvm::errs() << opts.baselineFile
                   << ": fault: " << baselineResult.fault->message << '\n';
      return 1;
    }
    baselineProfile = baselineProfiler.finish(baselineResult);
    sim::attachRemarks(*baselineProfile, {});
  }
  if (profiler)
    clock.mark(baseline ? "profile and baseline" : "profile");

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
      html->write(result, getViewTitle(opts, *profile), htmlOut->os(),
                  &*profile, baselineProfile ? &*baselineProfile : nullptr);
      written &= commitToolOutput(kTool, *htmlOut);
    }
  }
  if (memOut) {
    sim::writeJsonMemory(*mem, memOut->os());
    written &= commitToolOutput(kTool, *memOut);
  }
  if (trace || html || memOut)
    clock.mark("write");
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
  if (kernel || expected)
    clock.mark("check");
  if (opts.stats)
    sim::printStats(result, cores, report);
  if (opts.profile)
    sim::printProfile(*profile, report, opts.profileLines);
  if (baselineProfile)
    sim::printProfileDiff(*baselineProfile, *profile, report,
                          opts.profileLines);
  if (opts.time)
    clock.print(result, report);
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
