//===- TranslateRegistration.cpp - vliw <-> JSON translations -------------===//
//
// `--vliw-to-json`: a module holding exactly one vliw.program is written in
// the machine's JSON interchange. `--json-to-vliw`: a JSON program is read
// (with the position of every slot) and built as a vliw.program, whose ops
// carry their JSON positions, so verifier errors point into the JSON file.
// JSON errors are emitted as diagnostics at their position.
// `--vliw-to-json --locations-file=F` also writes each slot op's source
// location to F, a side file parallel to the program (ProgramLocations.h);
// the JSON program itself is the same with or without it.
//
//===----------------------------------------------------------------------===//

#include "xyz/Target/JSON/TranslateRegistration.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "xyz/Sim/ProgramJsonReader.h"
#include "xyz/Sim/ProgramLocations.h"
#include "xyz/Target/JSON/ProgramConversion.h"
#include "xyz/Support/FileIO.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;
using namespace xyz;

/// `--locations-file`, registered with the translations (so that only the
/// tools offering them have it).
static llvm::cl::opt<std::string> *locationsFile = nullptr;

/// Writes the locations side file of `program` to `--locations-file`.
static LogicalResult writeLocationsFile(vliw::ProgramOp programOp,
                                        const sim::Program &program,
                                        const sim::ProgramLocations &locations) {
  llvm::Error err = writeFileAtomically(
      *locationsFile, [&](llvm::raw_ostream &os) {
        sim::writeJsonLocations(program, locations, os);
        return llvm::Error::success();
      });
  if (err)
    // At the program's location, without the program itself as a note (a
    // headline program printed 1.9 MB after the error).
    return emitError(programOp.getLoc(), "cannot write the locations file: ")
           << llvm::toString(std::move(err));
  return success();
}

static LogicalResult translateVLIWToJson(Operation *op,
                                         llvm::raw_ostream &output) {
  vliw::ProgramOp program = dyn_cast<vliw::ProgramOp>(op);
  if (!program) {
    // The usual case: the parser's top-level module around the program.
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (auto candidate : block.getOps<vliw::ProgramOp>()) {
          if (program) {
            InFlightDiagnostic diag = candidate.emitError(
                "more than one vliw.program; expected exactly one");
            diag.attachNote(program.getLoc()) << "first vliw.program here";
            return failure();
          }
          program = candidate;
        }
  }
  if (!program) {
    // At the input's location, without the input printed as a note (an
    // empty module, when the command before this one in a pipe failed).
    bool empty = llvm::all_of(op->getRegions(), [](Region &region) {
      return llvm::all_of(region, [](Block &block) { return block.empty(); });
    });
    return emitError(op->getLoc(), "no vliw.program to translate; expected "
                                   "exactly one at the top level")
           << (empty ? " (the input is empty: did the command before "
                       "xyz-translate fail?)"
                     : "");
  }
  bool withLocations = locationsFile && !locationsFile->empty();
  sim::ProgramLocations locations;
  FailureOr<sim::Program> converted =
      withLocations ? convertVLIWToProgram(program, locations)
                    : convertVLIWToProgram(program);
  if (failed(converted))
    return failure();
  sim::writeJsonProgram(*converted, output);
  if (withLocations)
    return writeLocationsFile(program, *converted, locations);
  return success();
}

static OwningOpRef<Operation *>
translateJsonToVLIW(const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
                    MLIRContext *context) {
  const llvm::MemoryBuffer *buffer =
      sourceMgr->getMemoryBuffer(sourceMgr->getMainFileID());
  StringRef bufferName = buffer->getBufferIdentifier();
  sim::ProgramSourceMap sourceMap;
  llvm::Expected<sim::Program> program =
      sim::parseJsonProgram(buffer->getBuffer(), bufferName, &sourceMap);
  if (!program) {
    llvm::handleAllErrors(
        program.takeError(),
        [&](const sim::JsonParseError &error) {
          emitError(FileLineColLoc::get(context, error.bufferName,
                                        error.pos.line, error.pos.col))
              << error.getDescription();
        },
        [&](const llvm::ErrorInfoBase &error) {
          emitError(FileLineColLoc::get(context, bufferName, 1, 1))
              << error.message();
        });
    return nullptr;
  }
  // The JSON position says where a verifier error is; a dump of the op in
  // generic form would only repeat the slot.
  context->printOpOnDiagnostic(false);
  return convertProgramToVLIW(*program, context, bufferName, &sourceMap);
}

llvm::StringRef xyz::getLocationsFilePath() {
  return locationsFile ? llvm::StringRef(*locationsFile) : llvm::StringRef();
}

void xyz::registerVLIWJsonTranslations() {
  static bool registered = false;
  if (registered)
    return;
  registered = true;
  static llvm::cl::opt<std::string> locationsFileOption(
      "locations-file",
      llvm::cl::desc("--vliw-to-json: also write each slot's source location "
                     "(\"file:line:col\" or null) to this file, a JSON array "
                     "parallel to the program"),
      llvm::cl::value_desc("file"));
  locationsFile = &locationsFileOption;
  auto registerDialects = [](DialectRegistry &registry) {
    registry.insert<vliw::VLIWDialect>();
  };
  TranslateFromMLIRRegistration toJson(
      "vliw-to-json", "Translate a vliw.program to the machine's JSON program",
      translateVLIWToJson, registerDialects);
  TranslateToMLIRRegistration fromJson(
      "json-to-vliw",
      "Translate a JSON machine program to a vliw.program",
      TranslateSourceMgrToMLIRFunction(translateJsonToVLIW), registerDialects);
}
