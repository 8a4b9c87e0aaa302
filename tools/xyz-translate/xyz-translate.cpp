//===- xyz-translate.cpp - The xyz translation driver ---------------------===//
//
// mlir-translate for xyz: only the vliw <-> JSON program translations
// (`--vliw-to-json`, `--json-to-vliw`), with only the vliw dialect. The
// driver is its own (not mlirTranslateMain) so that no file is ever lost:
// the input is read into memory, an output (-o, --locations-file) naming an
// input is refused, exactly one translation must be asked for, and the
// output is written to a temporary file renamed over -o only on success.
// Supports mlir-translate's --split-input-file and --verify-diagnostics.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Support/ToolUtilities.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "xyz/Support/Version.h"
#include "xyz/Support/FileIO.h"
#include "xyz/Support/ToolMain.h"
#include "xyz/Target/JSON/TranslateRegistration.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"

namespace cl = llvm::cl;
static constexpr llvm::StringLiteral kTool = "xyz-translate";

static int runTranslate(int argc, char **argv) {
  xyz::registerVLIWJsonTranslations();
  mlir::registerAsmPrinterCLOptions();
  mlir::registerMLIRContextCLOptions();
  mlir::registerTranslationCLOptions();

  cl::opt<std::string> inputFile(cl::Positional, cl::desc("<input file>"),
                                 cl::init("-"));
  cl::opt<std::string> outputFile("o", cl::desc("Output filename"),
                                  cl::value_desc("filename"), cl::init("-"));
  cl::opt<std::string> splitMarker(
      "split-input-file", cl::ValueOptional,
      cl::callback([&](const std::string &value) {
        if (value.empty())
          splitMarker.setValue(mlir::kDefaultSplitMarker);
      }),
      cl::desc("Split the input into chunks at this marker (default "
               "'// -----') and translate each one"),
      cl::init(""));
  cl::opt<bool> verifyDiagnostics(
      "verify-diagnostics",
      cl::desc("Check that the diagnostics match the expected-* comments"),
      cl::init(false));
  cl::list<const mlir::Translation *, bool, mlir::TranslationParser>
      translations("", cl::desc("Translation to perform"));
  xyz::setVersionPrinter("xyz-translate");
  cl::ParseCommandLineOptions(argc, argv, "xyz translation driver\n");

  if (translations.size() != 1) {
    llvm::errs() << kTool
                 << ": error: give exactly one translation, --vliw-to-json "
                    "or --json-to-vliw (got "
                 << translations.size() << ")\n";
    return 1;
  }
  const mlir::Translation &translation = *translations.front();
  llvm::StringRef translationName;
  auto &parser = translations.getParser();
  for (unsigned i = 0, e = parser.getNumOptions(); i < e; ++i)
    if (static_cast<const cl::OptionValue<const mlir::Translation *> &>(
            parser.getOptionValue(i))
            .getValue() == &translation)
      translationName = parser.getOption(i);

  llvm::StringRef locationsFile = xyz::getLocationsFilePath();
  llvm::Error clash = xyz::checkOneStandardOutput(
      {{outputFile, "the output (-o)"}, {locationsFile, "--locations-file"}});
  if (!clash)
    clash = xyz::checkOutputIsNotInput({outputFile, "the output (-o)"},
                                       {{inputFile, "the input"}});
  if (!clash)
    clash = xyz::checkOutputIsNotInput(
        {locationsFile, "--locations-file"},
        {{inputFile, "the input"}, {outputFile, "the output (-o)"}});
  if (clash) {
    xyz::reportToolError(kTool, std::move(clash));
    return 1;
  }
  std::unique_ptr<llvm::MemoryBuffer> input =
      xyz::readToolInput(kTool, inputFile);
  if (!input)
    return 1;
  if (translationName == "vliw-to-json" &&
      xyz::rejectUnsafeMlirSource(input->getBufferIdentifier(),
                                  input->getBuffer()))
    return 1;
  auto translateChunk = [&](std::unique_ptr<llvm::MemoryBuffer> chunk,
                            llvm::raw_ostream &os) {
    mlir::MLIRContext context;
    context.allowUnregisteredDialects(false);
    context.printOpOnDiagnostic(!verifyDiagnostics);
    auto sourceMgr = std::make_shared<llvm::SourceMgr>();
    sourceMgr->AddNewSourceBuffer(std::move(chunk), llvm::SMLoc());
    if (verifyDiagnostics) {
      mlir::SourceMgrDiagnosticVerifierHandler handler(*sourceMgr, &context);
      (void)translation(sourceMgr, os, &context);
      return handler.verify();
    }
    mlir::SourceMgrDiagnosticHandler handler(*sourceMgr, &context);
    return translation(sourceMgr, os, &context);
  };
  return xyz::writeToolOutput(kTool, outputFile, [&](llvm::raw_ostream &os) {
    return mlir::succeeded(mlir::splitAndProcessBuffer(
        std::move(input), translateChunk, os, splitMarker,
        /*outputSplitMarker=*/""));
  });
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  return xyz::runToolMain([&] { return runTranslate(argc, argv); });
}
