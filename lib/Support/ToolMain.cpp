//===- ToolMain.cpp - What every xyz tool's main() shares -----------------===//

#include "xyz/Support/ToolMain.h"
#include "xyz/Support/SourceChecks.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/thread.h"

using namespace xyz;

int xyz::runToolMain(llvm::function_ref<int()> body) {
  int code = 1;
  llvm::thread worker(std::optional<unsigned>(kToolStackBytes),
                      [&] { code = body(); });
  worker.join();
  return code;
}

void xyz::reportToolError(llvm::StringRef tool, llvm::Error err) {
  llvm::handleAllErrors(std::move(err), [&](const llvm::ErrorInfoBase &e) {
    llvm::errs() << tool << ": error: " << e.message() << '\n';
  });
}

std::unique_ptr<llvm::MemoryBuffer> xyz::readToolInput(llvm::StringRef tool,
                                                       llvm::StringRef path) {
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> buffer =
      readInputFile(path);
  if (!buffer) {
    reportToolError(tool, buffer.takeError());
    return nullptr;
  }
  return std::move(*buffer);
}

std::unique_ptr<OutputFile> xyz::openToolOutput(llvm::StringRef tool,
                                                llvm::StringRef path) {
  llvm::Expected<std::unique_ptr<OutputFile>> out = OutputFile::open(path);
  if (!out) {
    reportToolError(tool, out.takeError());
    return nullptr;
  }
  return std::move(*out);
}

bool xyz::commitToolOutput(llvm::StringRef tool, OutputFile &out) {
  if (llvm::Error err = out.commit()) {
    reportToolError(tool, std::move(err));
    return false;
  }
  return true;
}

int xyz::writeToolOutput(
    llvm::StringRef tool, llvm::StringRef path,
    llvm::function_ref<bool(llvm::raw_ostream &)> write) {
  std::unique_ptr<OutputFile> out = openToolOutput(tool, path);
  if (!out || !write(out->os()) || !commitToolOutput(tool, *out))
    return 1;
  return 0;
}

bool xyz::rejectUnsafeMlirSource(llvm::StringRef bufferName,
                                 llvm::StringRef buffer) {
  std::optional<SourceProblem> problem = checkMlirSource(buffer);
  if (!problem)
    return false;
  llvm::errs() << bufferName << ':' << problem->line << ':' << problem->col
               << ": error: " << problem->message << '\n';
  return true;
}
