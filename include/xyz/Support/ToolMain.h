//===- ToolMain.h - What every xyz tool's main() shares ----------*- C++ -*-===//
//
// Tools run their work on a thread with a large stack (runToolMain), so that
// legitimately deep recursion in the parser, verifier and passes never hits
// the 8 MB default; the source checks (SourceChecks.h) bound the nesting of
// any input far below what that stack holds. Errors are printed as
// "<tool>: error: <message>" (reportToolError) or, with a location, as
// "<file>:<line>:<col>: error: <message>".
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SUPPORT_TOOLMAIN_H
#define XYZ_SUPPORT_TOOLMAIN_H

#include "xyz/Support/FileIO.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace xyz {

/// Stack of the thread running a tool's work.
constexpr unsigned kToolStackBytes = 512u << 20;

/// Runs `body` on a thread with kToolStackBytes of stack and returns its
/// exit code.
int runToolMain(llvm::function_ref<int()> body);

/// Prints every error in `err` as "<tool>: error: <message>" on stderr.
void reportToolError(llvm::StringRef tool, llvm::Error err);

/// readInputFile, OutputFile::open and OutputFile::commit with any error
/// reported (reportToolError): null or false on failure.
std::unique_ptr<llvm::MemoryBuffer> readToolInput(llvm::StringRef tool,
                                                  llvm::StringRef path);
std::unique_ptr<OutputFile> openToolOutput(llvm::StringRef tool,
                                           llvm::StringRef path);
bool commitToolOutput(llvm::StringRef tool, OutputFile &out);

/// Opens `path`, runs `write` on it and puts the output in place if `write`
/// succeeded (it reports its own errors); otherwise the output is discarded
/// and whatever was at `path` stays. Returns the tool's exit code.
int writeToolOutput(llvm::StringRef tool, llvm::StringRef path,
                    llvm::function_ref<bool(llvm::raw_ostream &)> write);

/// If MLIR source `buffer` has a shape the parser cannot survive
/// (checkMlirSource), prints it located in `bufferName` and returns true.
bool rejectUnsafeMlirSource(llvm::StringRef bufferName, llvm::StringRef buffer);

} // namespace xyz

#endif // XYZ_SUPPORT_TOOLMAIN_H
