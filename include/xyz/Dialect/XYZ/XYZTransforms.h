//===- XYZTransforms.h - Entry points of the xyz transforms -----*- C++ -*-===//
//
// The pattern sets of the xyz passes, for pipelines and passes that want
// them without the pass.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_XYZ_XYZTRANSFORMS_H
#define XYZ_DIALECT_XYZ_XYZTRANSFORMS_H

namespace mlir {
class RewritePatternSet;
} // namespace mlir

namespace xyz {

/// --xyz-simplify's algebraic rewrites (xor and add/sub chains, parity,
/// selects on 0/1 conditions), without the xor-tree reassociation, which
/// runs on whole blocks, and without the canonicalization patterns the
/// pass adds.
void populateSimplifyPatterns(mlir::RewritePatternSet &patterns);

/// --xyz-fuse-multiply-add's rewrites forming and composing multiply-adds
/// (see FuseMultiplyAdd.cpp), with xyz.multiply_add's and arith.addi's
/// canonicalization patterns.
void populateFuseMultiplyAddPatterns(mlir::RewritePatternSet &patterns);

} // namespace xyz

#endif // XYZ_DIALECT_XYZ_XYZTRANSFORMS_H
