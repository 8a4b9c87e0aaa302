//===- DistinctStores.cpp - Stores that write a word of their own ---------===//
//
// A store of a thread body at `c * tid + u + r` (c a constant, u uniform,
// r per-thread terms whose values span less than |c|) writes a different
// word in every thread: for threads t1 != t2 the addresses differ by
// c * (t1 - t2) + (r1 - r2), at least |c| - span > 0 and, with |c| times
// the thread count below 2^32, less than 2^32. Stores with the same c and
// u count as one if their r ranges together span less than |c|. Such
// stores are numbered (`xyz.distinct_words`) so that the scheduler can put
// copies of them for disjoint threads in one bundle.
//
//===----------------------------------------------------------------------===//

#include "IntegerRanges.h"
#include "ThreadAddress.h"
#include "mlir/IR/Matchers.h"
#include "xyz/Analysis/ThreadUniformity.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

namespace xyz {
#define GEN_PASS_DEF_XYZDISTINCTSTORES
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// Stores whose addresses share the coefficient and the uniform part.
struct StoreGroup {
  LinearAddress form; // lo, hi: the union of the members'
  SmallVector<std::pair<StoreOp, LinearAddress>> members;
};

struct DistinctStoresPass
    : public xyz::impl::XYZDistinctStoresBase<DistinctStoresPass> {
  void runOnOperation() override {
    KernelOp kernel = getOperation();
    DataFlowSolver solver;
    if (failed(solveIntegerRanges(solver, kernel)))
      return signalPassFailure();
    auto &uniformity = getAnalysis<ThreadUniformity>();
    int64_t next = 0;
    auto mark = [&](StoreOp store, int64_t id) {
      store->setAttr(XYZDialect::kDistinctWordsAttr,
                     Builder(store).getI64IntegerAttr(id));
    };
    kernel.walk([&](ForeachThreadOp loop) {
      std::optional<int64_t> threads = loop.getConstantThreadCount();
      if (!threads || *threads <= 1 || *threads >= kWordSpace)
        return;
      auto isUniform = [&](Value v) { return uniformity.isUniform(v); };
      AddressForm forms(loop.getThreadId(), isUniform, solver);
      SmallVector<StoreGroup> groups;
      for (StoreOp store : loop.getBody().front().getOps<StoreOp>()) {
        LinearAddress form;
        if (!forms.add(store.getAddr(), 1, form))
          continue;
        form.normalize();
        auto group = llvm::find_if(
            groups, [&](StoreGroup &g) { return g.form.absorb(form); });
        if (group == groups.end()) {
          groups.push_back({form, {}});
          group = std::prev(groups.end());
        }
        group->members.push_back({store, form});
      }
      // A group's stores together write a word of their own per thread
      // (one number for them all), or else each one alone may.
      for (StoreGroup &group : groups) {
        if (distinctPerThread(group.form.coefficient, group.form.lo,
                              group.form.hi, *threads)) {
          for (auto &member : group.members)
            mark(member.first, next);
          ++next;
          continue;
        }
        for (auto &[store, form] : group.members)
          if (distinctPerThread(form.coefficient, form.lo, form.hi, *threads))
            mark(store, next++);
      }
    });
    markAllAnalysesPreserved();
  }
};

} // namespace
