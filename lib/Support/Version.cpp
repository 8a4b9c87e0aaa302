//===- Version.cpp - The tools' --version ---------------------------------===//

#include "xyz/Support/Version.h"
#include "xyz/Support/VersionInfo.inc"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include <string>

llvm::StringRef xyz::getRevision() { return XYZ_REVISION; }

void xyz::printVersion(llvm::StringRef tool, llvm::raw_ostream &os) {
  os << tool << " (xyz) " << XYZ_REVISION;
  if (llvm::StringRef(XYZ_REVISION_DATE).size())
    os << " (" << XYZ_REVISION_DATE << ")";
  os << "\n  built with LLVM/MLIR " << LLVM_VERSION_STRING
#ifdef NDEBUG
     << ", optimized"
#else
     << ", with assertions"
#endif
     << "\n";
}

void xyz::setVersionPrinter(llvm::StringRef tool) {
  std::string name = tool.str();
  llvm::cl::SetVersionPrinter(
      [name](llvm::raw_ostream &os) { printVersion(name, os); });
}
