//===- BalanceTrees.h - Tree-height reduction of chains ---------*- C++ -*-===//
//
// A step of --xyz-simplify (BalanceTrees.cpp): chains of one associative
// and commutative op rebuilt as trees of least depth.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_LIB_DIALECT_XYZ_TRANSFORMS_BALANCETREES_H
#define XYZ_LIB_DIALECT_XYZ_TRANSFORMS_BALANCETREES_H

namespace mlir {
class Block;
} // namespace mlir

namespace xyz {
class OpDepth;
class ThreadUniformity;

/// Rebuilds the trees of `block` whose root an earliest-ready-first tree
/// makes ready earlier (see BalanceTrees.cpp). `uniformity` learns the new
/// ops; `depths` is read for the leaves only.
void balanceTrees(mlir::Block &block, ThreadUniformity &uniformity,
                  OpDepth &depths);

} // namespace xyz

#endif // XYZ_LIB_DIALECT_XYZ_TRANSFORMS_BALANCETREES_H
