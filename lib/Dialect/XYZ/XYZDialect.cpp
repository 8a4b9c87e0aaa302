//===- XYZDialect.cpp - The xyz kernel dialect ----------------------------===//

#include "xyz/Dialect/XYZ/XYZDialect.h"
#include "mlir/Transforms/InliningUtils.h"
#include "xyz/Dialect/XYZ/XYZOps.h"

using namespace mlir;
using namespace xyz;

#include "xyz/Dialect/XYZ/XYZOpsDialect.cpp.inc"

namespace {
/// xyz ops may be inlined anywhere: they carry no call-site state; and
/// helpers may be inlined into kernels and thread bodies.
struct XYZInlinerInterface : public DialectInlinerInterface {
  using DialectInlinerInterface::DialectInlinerInterface;
  bool isLegalToInline(Operation *, Region *, bool, IRMapping &) const final {
    return true;
  }
  bool isLegalToInline(Region *, Region *, bool, IRMapping &) const final {
    return true;
  }
};
} // namespace

void XYZDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "xyz/Dialect/XYZ/XYZOps.cpp.inc"
      >();
  addInterfaces<XYZInlinerInterface>();
}

Operation *XYZDialect::materializeConstant(OpBuilder &builder, Attribute value,
                                           Type type, Location loc) {
  return arith::ConstantOp::materialize(builder, value, type, loc);
}
