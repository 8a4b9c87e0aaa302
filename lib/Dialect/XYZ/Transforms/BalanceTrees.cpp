//===- BalanceTrees.cpp - Tree-height reduction of associative chains -----===//
//
// An unrolled reduction (`acc = acc + load(...)` over a loop's iterations)
// is a chain: n leaves, n - 1 ops, each op waiting for the one before, so
// when the leaves arrive together the result is ready n - 1 ops after
// them. The same n - 1 ops as a tree need only about log2(n).
//
// A tree here is a maximal set of ops of one associative and commutative
// kind (addi, muli, andi, ori, xori, minui, maxui) on the same block whose
// inner ops have one use, the next op of the tree. Its leaves are
// estimated to be ready at their depth (OpDepth), a leaf loaded in the
// tree's block no earlier than the loads before it in the tree allow: the
// machine issues `getSlotLimit(Load)` loads a cycle, so the k-th such load
// in program order (from 0) arrives floor(k / slots) cycles after the
// first. The tree is rebuilt by combining the two earliest-ready operands,
// repeatedly (the result ready a cycle after the later of them): with
// unit-latency ops this gives the earliest ready root of any tree over
// those leaves. Uniform leaves (the same on every thread) are combined
// first, once, among themselves, and join as one leaf. It is rebuilt only
// when that makes the root ready earlier than the tree as written, and
// only with at least four leaves that are not constants.
//
// Only where the chain, not the loads, is what the block waits for: the
// tree as written, followed by the stores that wait for its result (the
// store engine's time for the block's stores of it or of values made from
// it), must take longer than the load engine needs for every load of the
// block's threads (loadStream). Where the loads take longer, the chain's
// adds run as the loads arrive, each a cycle after its leaf, while a
// tree's last levels follow the last load: zoo/column_sum at rows=100
// cols=24 (3 groups, 150 cycles of loads, chains of 99 adds, one store a
// thread) took a cycle more as trees. Where the stores of the result are
// as many as the loads (allreduce's column sums, stored to every core's
// row), no store can start before the first tree is done: that start is
// the chain's length, 7 adds for 8 rows, and a tree's 5.
//
// An add tree with a leaf that is a multiply (or a shift by a constant)
// used only there is left alone: --xyz-fuse-multiply-add makes the chain
// `a*b + (c*d + e)` one multiply-add per product, and a tree would pair
// products into a multiply and a multiply-add.
//
//===----------------------------------------------------------------------===//

#include "BalanceTrees.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"
#include "xyz/Analysis/OpDepth.h"
#include "xyz/Analysis/ThreadUniformity.h"
#include "xyz/Dialect/XYZ/XYZOps.h"
#include "xyz/Machine/Machine.h"
#include <limits>
#include <optional>
#include <queue>

using namespace mlir;
using namespace xyz;

namespace {

bool isAssociative(Operation *op) {
  return isa<arith::AddIOp, arith::MulIOp, arith::AndIOp, arith::OrIOp,
             arith::XOrIOp, arith::MinUIOp, arith::MaxUIOp>(op);
}

bool isLoad(Operation *op) { return isa<LoadOp, GatherOp, VLoadOp>(op); }

bool isConstant(Value v) { return matchPattern(v, m_Constant()); }

class TreeBalancer {
public:
  TreeBalancer(Block &block, ThreadUniformity &uniformity, OpDepth &depths)
      : block(block), uniformity(uniformity), depths(depths) {}

  void run() {
    SmallVector<Operation *> roots;
    for (Operation &op : block) {
      if (isAssociative(&op) && !isInner(&op))
        roots.push_back(&op);
    }
    for (Operation *root : roots)
      rebuild(root);
  }

private:
  Block &block;
  ThreadUniformity &uniformity;
  OpDepth &depths;

  /// An op of the tree below the root: one use, by an op of the same kind
  /// in the same block.
  static bool isInner(Operation *op) {
    if (!op->hasOneUse())
      return false;
    Operation *user = *op->getUsers().begin();
    return user->getName() == op->getName() &&
           user->getBlock() == op->getBlock();
  }

  /// The leaves and inner ops below `root`, parents before children
  /// (iterative: an unrolled reduction can be thousands of ops long).
  void collect(Operation *root, SmallVectorImpl<Value> &leaves,
               SmallVectorImpl<Operation *> &inner) {
    SmallVector<Value> stack = {root->getOperand(1), root->getOperand(0)};
    while (!stack.empty()) {
      Value v = stack.pop_back_val();
      Operation *def = v.getDefiningOp();
      if (def && def->getName() == root->getName() && isInner(def)) {
        inner.push_back(def);
        stack.push_back(def->getOperand(1));
        stack.push_back(def->getOperand(0));
        continue;
      }
      leaves.push_back(v);
    }
  }

  /// A multiply or constant shift that --xyz-fuse-multiply-add would fold
  /// into the add that is its only user.
  static bool isFusableTerm(Value v) {
    Operation *def = v.getDefiningOp();
    if (!def || !v.hasOneUse())
      return false;
    if (isa<arith::MulIOp>(def))
      return true;
    auto shl = dyn_cast<arith::ShLIOp>(def);
    return shl && isConstant(shl.getRhs());
  }

  /// When each leaf is estimated ready (see the file comment).
  DenseMap<Value, double> leafTimes(ArrayRef<Value> leaves) {
    SmallVector<Value> loads;
    for (Value leaf : leaves)
      if (Operation *def = leaf.getDefiningOp();
          def && isLoad(def) && def->getBlock() == &block)
        loads.push_back(leaf);
    llvm::stable_sort(loads, [&](Value a, Value b) {
      return a.getDefiningOp()->isBeforeInBlock(b.getDefiningOp());
    });
    DenseMap<Value, double> ready;
    for (Value leaf : leaves)
      ready[leaf] = depths.depth(leaf);
    unsigned slots = machine::getSlotLimit(machine::Engine::Load);
    double first = loads.empty() ? 0 : ready[loads.front()];
    for (unsigned k = 0; k < loads.size(); ++k)
      ready[loads[k]] = std::max(ready[loads[k]], first + k / slots);
    return ready;
  }

  /// Cycles the load engine needs for every load of the block's threads,
  /// at best (vector loads, 8 lanes each): threads x loads per thread /
  /// (8 x load slots); for a block outside threads, its loads / slots.
  /// Infinite when the thread count is not a constant.
  double loadStream() {
    if (streamCycles)
      return *streamCycles;
    std::optional<double> groups = groupsOfBlock();
    if (!groups)
      return *(streamCycles = std::numeric_limits<double>::infinity());
    double loads = 0;
    block.walk([&](Operation *op) {
      if (isLoad(op))
        ++loads;
    });
    return *(streamCycles = *groups * loads /
                            machine::getSlotLimit(machine::Engine::Load));
  }

  /// How many times the block runs as vector groups: its threads over 8
  /// lanes (a thread loop's body), or 1 (a block outside threads); none
  /// when the thread count is not a constant.
  std::optional<double> groupsOfBlock() const {
    auto loop = dyn_cast_or_null<ForeachThreadOp>(block.getParentOp());
    if (!loop)
      return 1.0;
    APInt count;
    if (!matchPattern(loop.getCount(), m_ConstantInt(&count)))
      return std::nullopt;
    return (double(count.getZExtValue()) - double(loop.getFirstThread())) /
           machine::kVectorLength;
  }
  std::optional<double> streamCycles;

  /// Cycles the store engine needs, at best, for the stores of the block's
  /// threads that store the tree's result or a value made from it in the
  /// block: they cannot start before the first thread's tree is done.
  double storeStreamAfter(Operation *root) {
    std::optional<double> groups = groupsOfBlock();
    if (!groups)
      return 0;
    SmallVector<Operation *> work = {root};
    DenseSet<Operation *> seen = {root};
    double stores = 0;
    while (!work.empty() && seen.size() < kMaxSlice) {
      Operation *op = work.pop_back_val();
      for (Operation *user : op->getUsers()) {
        if (user->getBlock() != &block || !seen.insert(user).second)
          continue;
        if (isa<StoreOp, VStoreOp>(user))
          ++stores;
        else
          work.push_back(user);
      }
    }
    return *groups * stores / machine::getSlotLimit(machine::Engine::Store);
  }
  /// The most ops the walk from a tree's root to its stores visits.
  static constexpr unsigned kMaxSlice = 256;

  /// The ready time of the root of the tree as written, its inner ops
  /// visited children first (the reverse of `inner`).
  double treeTime(Operation *root, ArrayRef<Operation *> inner,
                  const DenseMap<Value, double> &leafReady) {
    DenseMap<Value, double> ready(leafReady);
    auto timeOf = [&](Operation *op) {
      return std::max(ready.lookup(op->getOperand(0)),
                      ready.lookup(op->getOperand(1))) +
             1;
    };
    for (Operation *op : llvm::reverse(inner))
      ready[op->getResult(0)] = timeOf(op);
    return timeOf(root);
  }

  void rebuild(Operation *root) {
    OperationName kind = root->getName();
    SmallVector<Value> leaves;
    SmallVector<Operation *> inner;
    collect(root, leaves, inner);
    unsigned variable =
        llvm::count_if(leaves, [](Value leaf) { return !isConstant(leaf); });
    if (variable < 4)
      return;
    if (isa<arith::AddIOp>(root) && llvm::any_of(leaves, isFusableTerm))
      return;
    DenseMap<Value, double> ready = leafTimes(leaves);
    double current = treeTime(root, inner, ready);
    if (current + storeStreamAfter(root) <= loadStream())
      return; // hidden behind the loads: see the file comment

    // The operands: the uniform leaves and constants as one (combined
    // first, in program order: a chain among them), then the per-thread
    // leaves. Pairing the two earliest-ready, ties in program order, plans
    // the tree; it is built only for an earlier root.
    SmallVector<Value> uniform, perThread;
    for (Value leaf : leaves)
      (uniformity.isUniform(leaf) || isConstant(leaf) ? uniform : perThread)
          .push_back(leaf);
    SmallVector<double> readyAt; // per node: the leaves, then the pairs
    SmallVector<Value> nodeValue;
    if (!uniform.empty()) {
      double t = 0;
      for (Value leaf : uniform)
        t = std::max(t, ready[leaf]);
      readyAt.push_back(t + (uniform.size() - 1));
      nodeValue.push_back(Value()); // built below
    }
    for (Value leaf : perThread) {
      readyAt.push_back(ready[leaf]);
      nodeValue.push_back(leaf);
    }
    auto later = [&](unsigned a, unsigned b) {
      return std::make_pair(readyAt[a], a) > std::make_pair(readyAt[b], b);
    };
    std::priority_queue<unsigned, std::vector<unsigned>, decltype(later)> queue(
        later);
    for (unsigned node = 0; node < readyAt.size(); ++node)
      queue.push(node);
    SmallVector<std::pair<unsigned, unsigned>> pairs;
    while (queue.size() > 1) {
      unsigned a = queue.top();
      queue.pop();
      unsigned b = queue.top();
      queue.pop();
      pairs.push_back({a, b});
      readyAt.push_back(std::max(readyAt[a], readyAt[b]) + 1);
      queue.push(readyAt.size() - 1);
    }
    if (readyAt[queue.top()] >= current)
      return;

    OpBuilder builder(root);
    Location loc = root->getLoc();
    // Each new op right after the later of its operands: a partial result
    // is formed as soon as its operands exist, not at the root, where every
    // leaf of a long reduction would still be live (3,000 words of scratch
    // for a sum over 3,000 loads).
    auto combine = [&](Value a, Value b) {
      Operation *after = nullptr;
      for (Value v : {a, b}) {
        Operation *def = v.getDefiningOp();
        if (def && def->getBlock() == &block &&
            (!after || after->isBeforeInBlock(def)))
          after = def;
      }
      if (after)
        builder.setInsertionPointAfter(after);
      else
        builder.setInsertionPointToStart(&block);
      Operation *op = builder.create(loc, kind.getIdentifier(), {a, b},
                                     {root->getResult(0).getType()});
      uniformity.recordNewOp(op);
      return op->getResult(0);
    };
    if (!uniform.empty()) {
      nodeValue[0] = uniform[0];
      for (Value leaf : ArrayRef(uniform).drop_front())
        nodeValue[0] = combine(nodeValue[0], leaf);
    }
    for (auto [a, b] : pairs)
      nodeValue.push_back(combine(nodeValue[a], nodeValue[b]));
    root->getResult(0).replaceAllUsesWith(nodeValue[queue.top()]);
    root->erase();
    // Parents before children: each inner op's only user is gone first.
    for (Operation *op : inner)
      op->erase();
  }
};

} // namespace

void xyz::balanceTrees(Block &block, ThreadUniformity &uniformity,
                       OpDepth &depths) {
  TreeBalancer(block, uniformity, depths).run();
}
