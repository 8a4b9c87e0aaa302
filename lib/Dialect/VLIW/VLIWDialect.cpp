//===- VLIWDialect.cpp - The vliw dialect --------------------------------===//

#include "xyz/Dialect/VLIW/VLIWDialect.h"
#include "xyz/Dialect/VLIW/VLIWOps.h"

using namespace mlir;
using namespace xyz::vliw;

#include "xyz/Dialect/VLIW/VLIWOpsDialect.cpp.inc"

void VLIWDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "xyz/Dialect/VLIW/VLIWOps.cpp.inc"
      >();
}
