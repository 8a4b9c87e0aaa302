//===- Simplify.cpp - (being written) -------------------------------------===//

#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZSIMPLIFY
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

namespace {
struct SimplifyPass : public xyz::impl::XYZSimplifyBase<SimplifyPass> {
  void runOnOperation() override {}
};
} // namespace
