//===- memory_image_fuzzer.cpp - Fuzz the memory-image reader -------------===//
//
// parseJsonMemory must fail with a located error or return the words; an
// accepted image written back and reread must give the same words.
//
//===----------------------------------------------------------------------===//

#include "xyz/Sim/Program.h"
#include <cstdio>
#include <cstdlib>

using namespace xyz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  llvm::Expected<std::vector<uint32_t>> mem = sim::parseJsonMemory(text, "fuzz");
  if (!mem) {
    if (llvm::toString(mem.takeError()).empty())
      std::abort();
    return 0;
  }
  std::string written;
  {
    llvm::raw_string_ostream os(written);
    sim::writeJsonMemory(*mem, os);
  }
  llvm::Expected<std::vector<uint32_t>> reread =
      sim::parseJsonMemory(written, "w");
  if (!reread) {
    std::fprintf(stderr, "memory_image_fuzzer: writer output rejected: %s\n",
                 llvm::toString(reread.takeError()).c_str());
    std::abort();
  }
  if (*reread != *mem) {
    std::fprintf(stderr, "memory_image_fuzzer: round trip changed the image\n");
    std::abort();
  }
  return 0;
}
