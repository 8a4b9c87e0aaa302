//===- json_program_fuzzer.cpp - Fuzz the JSON program reader -------------===//
//
// Any byte string goes to parseJsonProgram, which must either fail with a
// located error or return a Program. An accepted program must survive the
// writer: writing it and reading the text back gives the same text again
// (a reader that accepts what its own writer cannot reproduce would be a
// silent wrong answer).
//
//===----------------------------------------------------------------------===//

#include "xyz/Sim/Program.h"
#include <cstdio>
#include <cstdlib>

using namespace xyz;

static void fail(const char *what, llvm::StringRef text) {
  std::fprintf(stderr, "json_program_fuzzer: %s\n%.*s\n", what,
               static_cast<int>(text.size()), text.data());
  std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  llvm::Expected<sim::Program> program = sim::parseJsonProgram(text, "fuzz");
  if (!program) {
    // The message must be complete: render it, then drop it.
    std::string message = llvm::toString(program.takeError());
    if (message.empty())
      fail("empty error message", text);
    return 0;
  }
  std::string written;
  {
    llvm::raw_string_ostream os(written);
    sim::writeJsonProgram(*program, os);
  }
  llvm::Expected<sim::Program> reread = sim::parseJsonProgram(written, "w");
  if (!reread) {
    std::string message = llvm::toString(reread.takeError());
    fail(("writer output rejected: " + message).c_str(), written);
  }
  std::string rewritten;
  {
    llvm::raw_string_ostream os(rewritten);
    sim::writeJsonProgram(*reread, os);
  }
  if (rewritten != written)
    fail("write/read/write is not stable", written);
  return 0;
}
