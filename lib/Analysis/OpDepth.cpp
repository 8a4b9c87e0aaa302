//===- OpDepth.cpp - Longest chain of ops above a value -------------------===//

#include "xyz/Analysis/OpDepth.h"
#include "mlir/IR/Operation.h"

using namespace mlir;
using namespace xyz;

unsigned OpDepth::depth(Value root) {
  // Iterative post-order over defining ops.
  SmallVector<std::pair<Value, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [v, expanded] = stack.pop_back_val();
    if (memo.count(v))
      continue;
    Operation *def = v.getDefiningOp();
    if (!def) {
      memo[v] = 0;
      continue;
    }
    if (!expanded) {
      stack.push_back({v, true});
      for (Value operand : def->getOperands())
        if (!memo.count(operand))
          stack.push_back({operand, false});
      continue;
    }
    unsigned d = 0;
    for (Value operand : def->getOperands())
      d = std::max(d, memo.lookup(operand));
    memo[v] = d + 1;
  }
  return memo.lookup(root);
}
