//===- FuseMultiplyAdd.cpp - (being written) -------------------------------------===//

#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZFUSEMULTIPLYADD
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

namespace {
struct FuseMultiplyAddPass : public xyz::impl::XYZFuseMultiplyAddBase<FuseMultiplyAddPass> {
  void runOnOperation() override {}
};
} // namespace
