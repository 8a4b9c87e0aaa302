//===- StrictCheck.cpp - Reject write-write conflicts in a bundle ---------===//
//
// Two slots of one bundle writing the same scratch word are legal on the
// machine (the later one wins), but the compiler must never emit them: code
// that relies on it is fragile under rescheduling. This pass reports every
// such pair with the bundle index, both slots and the word, and fails.
//
//===----------------------------------------------------------------------===//

#include "xyz/Dialect/VLIW/VLIWPasses.h"
#include "llvm/ADT/DenseMap.h"

namespace xyz::vliw {
#define GEN_PASS_DEF_VLIWSTRICTCHECK
#include "xyz/Dialect/VLIW/VLIWPasses.h.inc"
} // namespace xyz::vliw

using namespace mlir;
using namespace xyz::vliw;

namespace {
struct StrictCheckPass
    : public xyz::vliw::impl::VLIWStrictCheckBase<StrictCheckPass> {
  void runOnOperation() override {
    bool failed = false;
    unsigned bundleIndex = 0;
    for (auto bundle : getOperation().getBody().front().getOps<BundleOp>()) {
      // Word -> (slot index, op) of its first writer in this bundle.
      llvm::DenseMap<int64_t, std::pair<unsigned, Operation *>> writers;
      unsigned slotIndex = 0;
      for (Operation &op : bundle.getBody().front()) {
        auto slot = cast<SlotOpInterface>(op);
        SmallVector<ScratchAccess, 4> accesses;
        getScratchAccesses(slot.getSlotKind(), slot.getSlotOperands(),
                           accesses);
        for (const ScratchAccess &access : accesses) {
          if (!access.isWrite)
            continue;
          for (int64_t word = access.addr; word <= access.last(); ++word) {
            auto [it, inserted] =
                writers.try_emplace(word, slotIndex, &op);
            if (inserted)
              continue;
            op.emitError("bundle ")
                    .append(bundleIndex, ": slot ", slotIndex,
                            " writes scratch word ", word,
                            " already written by slot ", it->second.first,
                            " of the same bundle")
                    .attachNote(it->second.second->getLoc())
                << "first write here";
            failed = true;
            break;
          }
        }
        ++slotIndex;
      }
      ++bundleIndex;
    }
    if (failed)
      signalPassFailure();
  }
};
} // namespace
