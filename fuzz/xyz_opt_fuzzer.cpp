//===- xyz_opt_fuzzer.cpp - Fuzz the compiler on mutated xyz kernels ------===//
//
// Any byte string that parses and verifies as a module of the xyz, arith,
// func and scf dialects goes through `--xyz-schedule` with its default
// options, as `xyz-opt --xyz-schedule` runs it. Pass failures with a
// diagnostic are fine. A pipeline that succeeds must leave a verified module
// whose one vliw.program converts to the interchange form; an emitted
// program the machine cannot run would be a silent wrong answer.
//
// Kernels whose parameter defaults ask for huge shapes would only measure
// compile time, so inputs with an integer literal above kMaxLiteral are
// skipped.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "xyz/Dialect/VLIW/VLIWDialect.h"
#include "xyz/Support/SourceChecks.h"
#include "xyz/Dialect/VLIW/VLIWOps.h"
#include "xyz/Dialect/XYZ/XYZDialect.h"
#include "xyz/Pipelines/Pipelines.h"
#include "xyz/Target/JSON/ProgramConversion.h"
#include "llvm/ADT/StringExtras.h"
#include <cstdio>
#include <cstdlib>

using namespace xyz;

static constexpr uint64_t kMaxLiteral = 4096;

static mlir::MLIRContext &getContext() {
  static mlir::MLIRContext *context = [] {
    mlir::DialectRegistry registry;
    registry.insert<vliw::VLIWDialect, XYZDialect, mlir::arith::ArithDialect,
                    mlir::func::FuncDialect, mlir::scf::SCFDialect>();
    auto *ctx = new mlir::MLIRContext(registry,
                                      mlir::MLIRContext::Threading::DISABLED);
    ctx->loadAllAvailableDialects();
    ctx->getDiagEngine().registerHandler([](mlir::Diagnostic &) {});
    return ctx;
  }();
  return *context;
}

/// True if some decimal literal in `text` exceeds kMaxLiteral (hex literals
/// are hash constants, not shapes, and are allowed).
static bool hasHugeLiteral(llvm::StringRef text) {
  for (size_t i = 0; i < text.size();) {
    if (!llvm::isDigit(text[i]) ||
        (i > 0 && (llvm::isAlnum(text[i - 1]) || text[i - 1] == '_'))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && llvm::isAlnum(text[j]))
      ++j;
    uint64_t value;
    llvm::StringRef literal = text.slice(i, j);
    if (!literal.starts_with("0x") &&
        (literal.getAsInteger(10, value) || value > kMaxLiteral))
      return true;
    i = j;
  }
  return false;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  if (hasHugeLiteral(text))
    return 0;
  // As the tools do: input the MLIR parser cannot survive (deep nesting,
  // the upstream use-after-free) is rejected before parsing.
  if (checkMlirSource(text))
    return 0;
  // MLIR's lexer relies on the NUL after the buffer that a file's
  // MemoryBuffer always has; libFuzzer's data has none.
  std::string source = text.str();
  mlir::MLIRContext &context = getContext();
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>(source, &context);
  if (!module)
    return 0;
  mlir::PassManager pm(&context);
  buildSchedulePipeline(pm, SchedulePipelineOptions());
  if (mlir::failed(pm.run(*module)))
    return 0;
  if (mlir::failed(mlir::verify(*module))) {
    std::fprintf(stderr, "xyz_opt_fuzzer: pipeline left an invalid module\n");
    std::abort();
  }
  auto programs = module->getOps<vliw::ProgramOp>();
  if (std::distance(programs.begin(), programs.end()) != 1) {
    std::fprintf(stderr, "xyz_opt_fuzzer: pipeline succeeded without "
                         "exactly one vliw.program\n");
    std::abort();
  }
  if (mlir::failed(convertVLIWToProgram(*programs.begin()))) {
    std::fprintf(stderr, "xyz_opt_fuzzer: emitted program does not convert "
                         "to JSON\n");
    std::abort();
  }
  return 0;
}
