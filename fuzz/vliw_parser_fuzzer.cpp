//===- vliw_parser_fuzzer.cpp - Fuzz the vliw parser and verifier ---------===//
//
// Any byte string is parsed as a module of the vliw dialect (parsing runs the
// verifier). A module that verifies must print and parse back, and every
// vliw.program in it that converts to the interchange form must give JSON
// that the JSON reader accepts and converts back into a verified module.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "xyz/Dialect/VLIW/VLIWDialect.h"
#include "xyz/Support/SourceChecks.h"
#include "xyz/Dialect/VLIW/VLIWOps.h"
#include "xyz/Sim/Program.h"
#include "xyz/Target/JSON/ProgramConversion.h"
#include "llvm/Support/SourceMgr.h"
#include <cstdio>
#include <cstdlib>

using namespace xyz;

static void fail(const char *what, llvm::StringRef text) {
  std::fprintf(stderr, "vliw_parser_fuzzer: %s\n%.*s\n", what,
               static_cast<int>(text.size()), text.data());
  std::abort();
}

static mlir::MLIRContext &getContext() {
  static mlir::MLIRContext *context = [] {
    mlir::DialectRegistry registry;
    registry.insert<vliw::VLIWDialect>();
    auto *ctx = new mlir::MLIRContext(registry,
                                      mlir::MLIRContext::Threading::DISABLED);
    ctx->loadAllAvailableDialects();
    // Diagnostics are expected; the fuzzer only looks for crashes.
    ctx->getDiagEngine().registerHandler([](mlir::Diagnostic &) {});
    return ctx;
  }();
  return *context;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
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
  std::string printed;
  {
    llvm::raw_string_ostream os(printed);
    module->print(os);
  }
  if (!mlir::parseSourceString<mlir::ModuleOp>(printed, &context))
    fail("printed module does not parse back", printed);
  for (vliw::ProgramOp programOp : module->getOps<vliw::ProgramOp>()) {
    mlir::FailureOr<sim::Program> program = convertVLIWToProgram(programOp);
    if (mlir::failed(program))
      continue;
    std::string json;
    {
      llvm::raw_string_ostream os(json);
      sim::writeJsonProgram(*program, os);
    }
    llvm::Expected<sim::Program> reread = sim::parseJsonProgram(json, "w");
    if (!reread) {
      llvm::consumeError(reread.takeError());
      fail("JSON of a verified program is rejected", json);
    }
    if (!convertProgramToVLIW(*reread, &context, "w"))
      fail("JSON of a verified program does not convert back", json);
  }
  return 0;
}
