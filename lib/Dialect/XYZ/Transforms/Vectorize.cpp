//===- Vectorize.cpp - (being written) -------------------------------------===//

#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZVECTORIZE
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

namespace {
struct VectorizePass : public xyz::impl::XYZVectorizeBase<VectorizePass> {
  void runOnOperation() override {}
};
} // namespace
