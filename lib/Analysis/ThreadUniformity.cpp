//===- ThreadUniformity.cpp - Uniform and per-thread values ---------------===//

#include "xyz/Analysis/ThreadUniformity.h"
#include "xyz/Dialect/XYZ/XYZOps.h"

using namespace mlir;
using namespace xyz;

ThreadUniformity::ThreadUniformity(Operation *root) {
  // Pre-order: a thread body's id is marked before the body's ops, and
  // every operand is defined (and classified) before its users.
  root->walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (auto loop = dyn_cast<ForeachThreadOp>(op))
      perThread.insert(loop.getThreadId());
    bool inBody = op->getParentOfType<ForeachThreadOp>() != nullptr;
    bool depends = (inBody && op->getNumRegions() != 0 &&
                    !isa<ForeachThreadOp>(op)) ||
                   llvm::any_of(op->getOperands(), [&](Value v) {
                     return perThread.contains(v);
                   });
    if (depends)
      perThread.insert(op->getResults().begin(), op->getResults().end());
    // Block arguments of regions nested in a thread body (loop-carried
    // values) may differ per thread too.
    if (inBody && !isa<ForeachThreadOp>(op))
      for (Region &region : op->getRegions())
        for (Block &block : region)
          perThread.insert(block.getArguments().begin(),
                           block.getArguments().end());
  });
}

void ThreadUniformity::recordNewOp(Operation *op) {
  if (llvm::any_of(op->getOperands(),
                   [&](Value v) { return perThread.contains(v); }))
    perThread.insert(op->getResults().begin(), op->getResults().end());
}
