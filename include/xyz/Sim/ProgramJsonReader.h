//===- ProgramJsonReader.h - JSON reader extras beyond Program.h -*- C++ -*-===//
//
// What the JSON interchange reader offers besides parseJsonProgram's plain
// form: a source map giving the line and column of every bundle and slot (so
// that the vliw translation can give each op a FileLineColLoc), a structured
// error (JsonParseError) carrying the position apart from the message (so a
// tool can emit it as a located diagnostic), and a check of one debug slot's
// text (so a writer never emits a debug slot that is not valid JSON).
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SIM_PROGRAMJSONREADER_H
#define XYZ_SIM_PROGRAMJSONREADER_H

#include "xyz/Sim/Program.h"
#include <optional>
#include <string>
#include <vector>

namespace xyz::sim {

/// A 1-based line and column (counted in bytes) in a JSON text.
struct JsonSourcePos {
  unsigned line = 0;
  unsigned col = 0;
};

/// Where each bundle and each slot of a parsed program begins.
struct ProgramSourceMap {
  /// One entry per bundle: its '{'.
  std::vector<JsonSourcePos> bundles;
  /// One entry per slot, its '[', in program order: bundle by bundle, engine
  /// by engine (JSON key order), slot by slot.
  std::vector<JsonSourcePos> slots;
};

/// The error of the JSON readers. log() prints
/// "<buffer>:<line>:<col>: <context>: <what>" (the context, e.g.
/// "bundle 3, engine 'alu', slot 1", as far as it is known).
class JsonParseError : public llvm::ErrorInfo<JsonParseError> {
public:
  static char ID;
  JsonParseError(std::string bufferName, JsonSourcePos pos,
                 std::string context, std::string what)
      : bufferName(std::move(bufferName)), pos(pos),
        context(std::move(context)), what(std::move(what)) {}

  /// "<context>: <what>", or just "<what>" without a context.
  std::string getDescription() const;
  void log(llvm::raw_ostream &os) const override;
  std::error_code convertToErrorCode() const override;

  std::string bufferName;
  JsonSourcePos pos;
  std::string context;
  std::string what;
};

/// parseJsonProgram that also fills `sourceMap` (if not null). Errors are
/// JsonParseError.
llvm::Expected<Program> parseJsonProgram(llvm::StringRef text,
                                         llvm::StringRef bufferName,
                                         ProgramSourceMap *sourceMap);

/// True if `json` is exactly one debug slot: a JSON array whose first element
/// is a string, with any JSON values after it. Otherwise sets `whyNot`.
bool isDebugSlotJson(llvm::StringRef json, std::string &whyNot);

/// Prints every error in `err` on stderr: a JsonParseError located, as
/// "<file>:<line>:<col>: error: ...", any other as "<tool>: error: ...".
void reportJsonError(llvm::StringRef tool, llvm::Error err);

/// A tool's memory image input: the JSON array in file `path` (empty: no
/// file, an empty image), read as xyz tools read inputs (xyz/Support/
/// FileIO.h). Errors are reported (reportJsonError); std::nullopt then.
std::optional<std::vector<uint32_t>> readToolMemory(llvm::StringRef tool,
                                                    llvm::StringRef path);

} // namespace xyz::sim

#endif // XYZ_SIM_PROGRAMJSONREADER_H
