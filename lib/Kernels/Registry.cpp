//===- Registry.cpp - The kernels xyz-run can check -----------------------===//

#include "xyz/Kernels/Kernels.h"

namespace xyz::kernels {
const KernelReference &getTreeHashKernel();
const KernelReference &getAllreduceKernel();
} // namespace xyz::kernels

using namespace xyz::kernels;

static const KernelReference *const kKernels[] = {&getTreeHashKernel(),
                                                   &getAllreduceKernel()};

const KernelReference *xyz::kernels::lookupKernel(llvm::StringRef name) {
  for (const KernelReference *kernel : kKernels)
    if (kernel->getName() == name)
      return kernel;
  return nullptr;
}

std::vector<llvm::StringRef> xyz::kernels::getKernelNames() {
  std::vector<llvm::StringRef> names;
  for (const KernelReference *kernel : kKernels)
    names.push_back(kernel->getName());
  return names;
}
