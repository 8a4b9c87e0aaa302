//===- xyz_run_fuzzer.cpp - Fuzz the interpreter on arbitrary programs ----===//
//
// Any byte string that the JSON reader accepts is run, possibly illegal, on a
// small memory image with a cycle cap, the way xyz-run runs it. Faults are
// fine; crashes, hangs and sanitizer reports are not. Runs that must agree
// are compared (a silent wrong answer in one of the interpreter's loop
// instantiations shows up as a mismatch):
// - with and without an ExecutionObserver (separately compiled loops);
// - --strict, when it does not fault, against the default mode;
// - the program after a vliw round trip (convertProgramToVLIW then
//   convertVLIWToProgram), when the verifier accepts it.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "xyz/Dialect/VLIW/VLIWDialect.h"
#include "xyz/Dialect/VLIW/VLIWOps.h"
#include "xyz/Sim/Interpreter.h"
#include "xyz/Sim/Program.h"
#include "xyz/Target/JSON/ProgramConversion.h"
#include <cstdio>
#include <cstdlib>

using namespace xyz;

static constexpr uint64_t kMaxCycles = 2000;
static constexpr size_t kMemWords = 64;

namespace {
/// Counts what it sees, so that the observed loop does real work.
struct CountingObserver : sim::ExecutionObserver {
  uint64_t bundles = 0, slots = 0;
  void onBundle(unsigned, uint64_t, uint64_t) override { ++bundles; }
  void onSlot(unsigned, uint64_t, uint64_t, const sim::Slot &, vliw::Engine,
              unsigned) override {
    ++slots;
  }
};

struct Outcome {
  sim::RunResult result;
  std::vector<uint32_t> mem;
};
} // namespace

static Outcome runOnce(const sim::DecodedProgram &decoded, unsigned cores,
                       bool strict, sim::ExecutionObserver *observer) {
  Outcome out;
  out.mem.resize(kMemWords);
  // Small values, so that many loads and stores hit the image.
  for (size_t i = 0; i < kMemWords; ++i)
    out.mem[i] = (i * 7 + 3) % kMemWords;
  sim::RunOptions options;
  options.cores = cores;
  options.strict = strict;
  options.maxCycles = kMaxCycles;
  out.result = decoded.run(out.mem, options, observer);
  return out;
}

static void expectSame(const Outcome &a, const Outcome &b, const char *what) {
  bool same = a.result.cycles == b.result.cycles && a.mem == b.mem &&
              a.result.fault.has_value() == b.result.fault.has_value() &&
              a.result.slotsExecuted == b.result.slotsExecuted &&
              a.result.traces == b.result.traces;
  if (same && a.result.fault)
    same = a.result.fault->kind == b.result.fault->kind &&
           a.result.fault->message == b.result.fault->message;
  if (same && !a.result.fault)
    same = a.result.scratch == b.result.scratch;
  if (!same) {
    std::fprintf(stderr, "xyz_run_fuzzer: runs disagree: %s\n", what);
    std::abort();
  }
}

static mlir::MLIRContext &getContext() {
  static mlir::MLIRContext *context = [] {
    mlir::DialectRegistry registry;
    registry.insert<vliw::VLIWDialect>();
    auto *ctx = new mlir::MLIRContext(registry,
                                      mlir::MLIRContext::Threading::DISABLED);
    ctx->loadAllAvailableDialects();
    ctx->getDiagEngine().registerHandler([](mlir::Diagnostic &) {});
    return ctx;
  }();
  return *context;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  llvm::Expected<sim::Program> program = sim::parseJsonProgram(text, "fuzz");
  if (!program) {
    llvm::consumeError(program.takeError());
    return 0;
  }
  sim::DecodedProgram decoded(*program);
  Outcome plain = runOnce(decoded, 1, false, nullptr);
  CountingObserver observer;
  expectSame(plain, runOnce(decoded, 1, false, &observer), "observed");
  Outcome strict = runOnce(decoded, 1, true, nullptr);
  if (!strict.result.fault)
    expectSame(plain, strict, "strict");
  runOnce(decoded, 3, text.size() % 2, nullptr);

  mlir::OwningOpRef<mlir::ModuleOp> module =
      convertProgramToVLIW(*program, &getContext(), "fuzz");
  if (!module)
    return 0;
  auto programOp = *module->getOps<vliw::ProgramOp>().begin();
  mlir::FailureOr<sim::Program> back = convertVLIWToProgram(programOp);
  if (mlir::failed(back)) {
    std::fprintf(stderr, "xyz_run_fuzzer: verified program does not convert "
                         "back to JSON\n");
    std::abort();
  }
  expectSame(plain, runOnce(sim::DecodedProgram(*back), 1, false, nullptr),
             "after a vliw round trip");
  return 0;
}
