//===- Pipelines.cpp - Named pass pipelines -------------------------------===//
//
// The compiler's stages in order. Specialization binds any parameters that
// still have only defaults; ifs become selects and signed ops unsigned ones;
// the kernel is simplified, checked for ops without a machine form,
// vectorized and fused at the xyz level, the remaining thread dimension
// expanded, lowered to
// virtual slots, and scheduled into bundles with scratch allocation. The
// options switch stages off to measure what each one buys.
//
//===----------------------------------------------------------------------===//

#include "xyz/Pipelines/Pipelines.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Pass/PassOptions.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"
#include "xyz/Conversion/Passes.h"
#include "xyz/Dialect/VLIW/VLIWPasses.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"

using namespace mlir;

namespace xyz {
/// The scalar pipeline is tried next to the vectorized one while the
/// vectorized program has at most this many slots (a fraction of a second
/// of compile time for both).
static constexpr uint64_t kScalarAlternativeSlots = 4096;
/// The other choice for leftover threads is tried while the first program
/// has at most this many slots.
static constexpr uint64_t kLastGroupAlternativeSlots = 16384;
/// The plain per-group gather replacement (and the one in waves) are
/// scheduled next to the rebalanced one (`buildGatherToSelectGroups`)
/// while that has at most this many slots; at -O2 up to the larger limit
/// (the tree-hash headline has about 20,000).
static constexpr uint64_t kPlainAlternativeSlots = 8192;
static constexpr uint64_t kPlainAlternativeSlotsO2 = 49152;
/// The flow engine's headroom in the second replacement.
static constexpr double kRebalanceFlowHeadroom = 1.1;

/// The per-group gather replacement, its order as `waves` says. With
/// `rebalance`, constants are then carried into the selected words without
/// the vector-bound gate while gathers with a known address range remain,
/// and the replacement runs again on the engines' shares as they have
/// become.
static void buildGatherToSelectGroups(OpPassManager &pm,
                                      const SchedulePipelineOptions &options,
                                      bool waves, bool rebalance = false) {
  XYZGatherToSelectGroupsOptions groupsOptions;
  groupsOptions.remarkLevel = options.remarks;
  groupsOptions.waves = waves;
  pm.nest<KernelOp>().addPass(createXYZGatherToSelectGroups(groupsOptions));
  pm.addPass(createCSEPass());
  if (!rebalance)
    return;
  // A constant carried into the selected words takes vector work off every
  // round whose next value is selected, which can leave the gathers
  // binding; the replacement then runs again (its range proof reads the
  // flipped bits), and the back end carries the constants of its
  // selections too. The flow engine counts a tenth more here, against
  // 0.15 in the first replacement: it is the engine the loads move to.
  // (Where no such gather is left, the gate holds: cutting the vector
  // work of a program the loads bind made tree-hash 10/128/256 9,063 ->
  // 9,517 cycles.)
  XYZCarryXorConstantsOptions carryOptions;
  carryOptions.whileRanged = true;
  pm.nest<KernelOp>().addPass(createXYZCarryXorConstants(carryOptions));
  pm.addPass(createCSEPass());
  pm.addPass(createCanonicalizerPass());
  groupsOptions.flowHeadroom = kRebalanceFlowHeadroom;
  groupsOptions.waves = true;
  pm.nest<KernelOp>().addPass(createXYZGatherToSelectGroups(groupsOptions));
  pm.addPass(createCSEPass());
}

/// After the per-group gather replacement: to the scheduled program.
static void buildScheduleBackEnd(OpPassManager &pm,
                                 const SchedulePipelineOptions &options,
                                 bool rebalanced = false) {
  // A constant xored into a value, carried into the selected words and
  // the bit tests that consume it (after the per-group gather replacement).
  // After the rebalancing replacement (buildGatherToSelectGroups) the
  // constants of its selections are carried without the vector-bound gate
  // too, while gathers with a known address range remain.
  if (options.carryConstants) {
    XYZCarryXorConstantsOptions carryOptions;
    carryOptions.whileRanged = rebalanced;
    carryOptions.intoTables = options.carryIntoTables;
    pm.nest<KernelOp>().addPass(xyz::createXYZCarryXorConstants(carryOptions));
  }
  // Words read once for all threads, 8 at a time (after the per-group
  // gather replacement, which finds a table's words as word loads).
  // Word stores filling 8 consecutive words (a scatter, scalar code's
  // stores) as one vector store (after the loads are coalesced: its cost
  // model counts them as they will be).
  if (options.forwardMemory) {
    pm.nest<KernelOp>().addPass(xyz::createXYZCoalesceLoads());
    pm.nest<KernelOp>().addPass(xyz::createXYZJoinStores());
  }
  // An address recurrence carried as the address (after the constants are
  // carried: they fix the offsets and the multipliers' signs).
  pm.nest<KernelOp>().addPass(xyz::createXYZAddressRecurrences());
  pm.addPass(createCSEPass());
  pm.addPass(xyz::createConvertXYZToVLIW());
  pm.addPass(createCSEPass());
  pm.addNestedPass<vliw::VProgramOp>(vliw::createVLIWSynthesizeConstants());
  pm.addNestedPass<vliw::VProgramOp>(vliw::createVLIWSynthesizeLaneVectors());
  vliw::VLIWScheduleOptions scheduleOptions;
  scheduleOptions.stats = options.stats;
  scheduleOptions.programOrderBias = options.programOrderBias;
  // -O levels: the search on top of the list scheduler.
  switch (options.optLevel.getValue()) {
  case 0:
    scheduleOptions.searchLevel = 0;
    scheduleOptions.justifyRounds = 0;
    scheduleOptions.windows = false;
    break;
  case 1:
    scheduleOptions.searchLevel = 0;
    scheduleOptions.justifyRounds = 4;
    // Level 2's search too where it costs little (about 0.1 s), the
    // shorter schedule kept.
    scheduleOptions.smallProgram = 4096;
    break;
  default:
    scheduleOptions.searchLevel = 1;
    scheduleOptions.justifyRounds = 6;
    break;
  }
  pm.addPass(vliw::createVLIWSchedule(scheduleOptions));
}

/// The stages up to the vectorizer; `otherLastGroup` as its option.
static void buildMiddleEnd(OpPassManager &pm,
                           const SchedulePipelineOptions &options,
                           bool vectorize, bool otherLastGroup) {
  OpPassManager &kernel = pm.nest<KernelOp>();
  if (options.gatherToSelect) {
    XYZGatherToSelectOptions gatherOptions;
    gatherOptions.remarkLevel = options.remarks;
    gatherOptions.leaveMaskedToGroups =
        options.gatherToSelectGroups && vectorize;
    kernel.addPass(xyz::createXYZGatherToSelect(gatherOptions));
  }
  // What every thread computes alike runs once, before the loop.
  if (options.hoistUniform)
    kernel.addPass(xyz::createXYZHoistUniform());
  // Stores at a word of their own per thread: the scheduler may issue
  // their copies for different threads together.
  kernel.addPass(xyz::createXYZDistinctStores());
  if (vectorize)
    kernel.addPass(xyz::createXYZVectorize({options.remarks, otherLastGroup}));
}

/// The stages after the vectorizer, to the scheduled program.
static void buildAfterVectorize(OpPassManager &pm,
                                const SchedulePipelineOptions &options,
                                bool vectorize) {
  OpPassManager &kernel = pm.nest<KernelOp>();
  if (options.fuseMultiplyAdd)
    kernel.addPass(xyz::createXYZFuseMultiplyAdd());
  kernel.addPass(xyz::createXYZExpandThreads({options.maxOps}));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  // With every address a constant: loads of words already in scratch
  // (stored, or read by an overlapping load) read them there.
  // (The clean-ups around a switched stage run either way, so that a
  // switch compares the stage alone.)
  // Stores to a region that is not an output and that no load reads any
  // more (every load of it forwarded) are dead now.
  // Gathers whose lane addresses are constants now read vector loads
  // first, which forwarding then serves from scratch too.
  if (options.forwardMemory) {
    OpPassManager &kernel = pm.nest<KernelOp>();
    kernel.addPass(xyz::createXYZConstantGathers());
    kernel.addPass(xyz::createXYZForwardMemory());
    kernel.addPass(xyz::createXYZEliminateDeadStores());
  }
  pm.addPass(createCSEPass());
  // The per-group gather replacement orders its replacements either way
  // (see --xyz-gather-to-select-groups); on a small program both are
  // scheduled and the shorter kept.
  bool groups = options.gatherToSelectGroups && vectorize;
  bool rebalance = groups && options.carryConstants && options.rebalance;
  if (!(options.bestOf && groups)) {
    if (groups)
      buildGatherToSelectGroups(pm, options, /*waves=*/false, rebalance);
    return buildScheduleBackEnd(pm, options, rebalance);
  }
  StringRef anchor = ModuleOp::getOperationName();
  OpPassManager alternatives[] = {OpPassManager(anchor), OpPassManager(anchor)};
  OpPassManager backEnd(anchor);
  buildGatherToSelectGroups(alternatives[0], options, /*waves=*/false);
  buildGatherToSelectGroups(alternatives[1], options, /*waves=*/true);
  buildScheduleBackEnd(backEnd, options);
  vliw::VLIWBestOfOptions bestOfOptions;
  bestOfOptions.pipelines = alternatives;
  bestOfOptions.thenPipeline = backEnd;
  if (!rebalance) {
    pm.addPass(vliw::createVLIWBestOf(bestOfOptions));
    return;
  }
  // The rebalanced replacement first; then, on programs of up to
  // kPlainAlternativeSlots, the plain one and the one in waves; the
  // shortest schedule is kept.
  OpPassManager outer[] = {OpPassManager(anchor), OpPassManager(anchor)};
  buildGatherToSelectGroups(outer[0], options, /*waves=*/false,
                            /*rebalance=*/true);
  buildScheduleBackEnd(outer[0], options, /*rebalanced=*/true);
  outer[1].addPass(vliw::createVLIWBestOf(bestOfOptions));
  vliw::VLIWBestOfOptions outerOptions;
  outerOptions.pipelines = outer;
  outerOptions.maxSlots =
      options.optLevel >= 2 ? kPlainAlternativeSlotsO2 : kPlainAlternativeSlots;
  pm.addPass(vliw::createVLIWBestOf(outerOptions));
}

/// The stages from the gather replacement on: with `vectorize`, the
/// vectorizer decides per loop; without, every loop stays scalar.
/// Leftover threads (a thread count not a multiple of 8): the vectorizer's
/// choice for them (scalar code, or one more group) counts engine slots,
/// not their dependence chains (a scalar thread's chain of selections may
/// end up alone after all the groups); both are scheduled and the shorter
/// kept. Without leftovers both alternatives are the same IR, scheduled
/// once.
static void buildMiddleAndBackEnd(OpPassManager &pm,
                                  const SchedulePipelineOptions &options,
                                  bool vectorize) {
  if (!(options.bestOf && vectorize)) {
    buildMiddleEnd(pm, options, vectorize, /*otherLastGroup=*/false);
    return buildAfterVectorize(pm, options, vectorize);
  }
  StringRef anchor = ModuleOp::getOperationName();
  OpPassManager alternatives[] = {OpPassManager(anchor), OpPassManager(anchor)};
  OpPassManager after(anchor);
  buildMiddleEnd(alternatives[0], options, vectorize, false);
  buildMiddleEnd(alternatives[1], options, vectorize, true);
  buildAfterVectorize(after, options, vectorize);
  vliw::VLIWBestOfOptions bestOfOptions;
  bestOfOptions.pipelines = alternatives;
  bestOfOptions.thenPipeline = after;
  bestOfOptions.maxSlots = kLastGroupAlternativeSlots;
  pm.addPass(vliw::createVLIWBestOf(bestOfOptions));
}
} // namespace xyz

void xyz::buildSchedulePipeline(OpPassManager &pm,
                                const SchedulePipelineOptions &options) {
  // Specialization binds the shape of every kernel of the module and
  // inlines the module's helpers; the xyz passes then run per kernel.
  pm.addPass(xyz::createXYZSpecialize());
  // The memory-image declarations are for the tools, not the machine.
  // `index` is a machine word: its arithmetic is i32 arithmetic.
  OpPassManager &front = pm.nest<KernelOp>();
  front.addPass(xyz::createXYZDropRegions());
  front.addPass(xyz::createXYZIndexToWord());
  // The machine has no branches and no signed ops: loops with a declared
  // maximum trip count become guarded copies, ifs selects and masked
  // stores, signed ops unsigned ones (those that value ranges prove equal
  // to their unsigned forms first, cheaper).
  if (options.ranges) {
    xyz::XYZBoundedRangesOptions unsignedOptions;
    unsignedOptions.unsignedWhenEquivalent = true;
    pm.addPass(xyz::createXYZBoundedRanges(unsignedOptions));
  }
  {
    OpPassManager &kernel = pm.nest<KernelOp>();
    kernel.addPass(xyz::createXYZBoundLoops());
    kernel.addPass(xyz::createXYZIfConvert());
    kernel.addPass(xyz::createXYZExpandSignedArith());
  }
  auto simplify = [&] {
    OpPassManager &kernel = pm.nest<KernelOp>();
    kernel.addPass(xyz::createXYZEliminateDeadStores());
    kernel.addPass(xyz::createXYZSimplify());
  };
  if (options.simplify)
    simplify();
  // Value ranges decide comparisons the shape made static (e.g. bounds
  // checks that can never, or must always, fire at a given unrolled step).
  if (options.ranges) {
    // Thread loops split where their clamps stop mattering, by ranges.
    pm.nest<KernelOp>().addPass(xyz::createXYZSplitThreadRanges());
    pm.addPass(xyz::createXYZBoundedRanges());
    pm.addPass(createCanonicalizerPass());
    if (options.simplify)
      simplify();
  }
  OpPassManager &kernel = pm.nest<KernelOp>();
  // What remains must have a machine form: say what to write otherwise.
  kernel.addPass(xyz::createXYZCheckMachineForm());
  // Fusing first makes the gather replacement's cost model see the vector
  // work that will remain.
  if (options.fuseMultiplyAdd)
    kernel.addPass(xyz::createXYZFuseMultiplyAdd());
  if (!(options.bestOf && options.vectorize))
    return buildMiddleAndBackEnd(pm, options, options.vectorize);
  // Vectorized or scalar: the vectorizer's cost model decides per loop
  // from op mixes; on a small program both are scheduled and the shorter
  // kept (a group of 13 threads, 8 + 5 lanes, was 12 cycles vectorized and
  // 9 scalar).
  StringRef anchor = ModuleOp::getOperationName();
  OpPassManager alternatives[] = {OpPassManager(anchor), OpPassManager(anchor)};
  buildMiddleAndBackEnd(alternatives[0], options, /*vectorize=*/true);
  buildMiddleAndBackEnd(alternatives[1], options, /*vectorize=*/false);
  vliw::VLIWBestOfOptions bestOfOptions;
  bestOfOptions.pipelines = alternatives;
  bestOfOptions.maxSlots = kScalarAlternativeSlots;
  pm.addPass(vliw::createVLIWBestOf(bestOfOptions));
}

LogicalResult xyz::validateSchedulePipelineOptions(
    const SchedulePipelineOptions &options,
    function_ref<LogicalResult(const Twine &)> errorHandler) {
  if (options.optLevel > 2)
    return errorHandler("xyz-schedule: opt-level must be 0, 1 or 2, got " +
                        Twine(options.optLevel.getValue()));
  if (!(options.programOrderBias >= 0))
    return errorHandler("xyz-schedule: program-order-bias must be >= 0");
  if (options.maxOps == 0)
    return errorHandler("xyz-schedule: max-ops must be >= 1");
  return success();
}

void xyz::registerXYZPipelines() {
  // PassPipelineRegistration, but with the options checked: a value the
  // pipeline cannot honour is an error, not silently another value.
  registerPassPipeline(
      "xyz-schedule",
      "Compile a kernel to bundles: specialize (defaults), simplify, "
      "vectorize, fuse multiply-adds, expand threads, lower to vliw, "
      "schedule and allocate scratch",
      [](OpPassManager &pm, StringRef text,
         function_ref<LogicalResult(const Twine &)> errorHandler) {
        SchedulePipelineOptions options;
        if (failed(options.parseFromString(text)) ||
            failed(validateSchedulePipelineOptions(options, errorHandler)))
          return failure();
        buildSchedulePipeline(pm, options);
        return success();
      },
      [](function_ref<void(const mlir::detail::PassOptions &)> optHandler) {
        optHandler(SchedulePipelineOptions());
      });
}
