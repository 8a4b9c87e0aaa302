//===- Schedule.cpp - Bundle virtual slots and allocate scratch -----------===//
//
// The vliw-schedule pass: the vliw.vprogram of a module becomes a
// vliw.program in three steps, each in its own file:
//  - BuildProblem.cpp: the virtual slots as a sched::Problem;
//  - lib/Scheduling/Search.cpp: the search for a short schedule;
//  - EmitProgram.cpp: the solution as bundles (and BarrierProtocol.cpp:
//    each barrier as its flag protocol).
//
//===----------------------------------------------------------------------===//

#include "VirtualProblem.h"
#include "xyz/Dialect/VLIW/VLIWPasses.h"
#include "xyz/Machine/CostModel.h"
#include "xyz/Scheduling/Search.h"
#include "llvm/Support/Format.h"
#include <cmath>

namespace xyz::vliw {
#define GEN_PASS_DEF_VLIWSCHEDULE
#include "xyz/Dialect/VLIW/VLIWPasses.h.inc"
} // namespace xyz::vliw

using namespace mlir;
using namespace xyz;
using namespace xyz::vliw;

namespace {

struct SchedulePass : public vliw::impl::VLIWScheduleBase<SchedulePass> {
  using VLIWScheduleBase::VLIWScheduleBase;

  /// A span of program order this many times the operations in flight
  /// (sched::inFlight) holds enough staggered work items for the search;
  /// programs up to it are searched whole.
  static constexpr uint64_t kSpanInFlight = 6;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    // The unscheduled program: one vliw.vprogram per module.
    auto programs = module.getOps<VProgramOp>();
    if (programs.empty()) {
      if (module.getOps<ProgramOp>().empty()) {
        module.emitError("vliw-schedule: nothing to schedule (no "
                         "vliw.vprogram); lower the kernel first");
        return signalPassFailure();
      }
      return; // already scheduled
    }
    if (!llvm::hasSingleElement(programs)) {
      (*std::next(programs.begin()))
          .emitError("vliw-schedule handles one vliw.vprogram (one kernel) "
                     "per module");
      return signalPassFailure();
    }
    if (failed(schedule(*programs.begin())))
      return signalPassFailure();
  }

  LogicalResult schedule(VProgramOp container) {
    // A lowered kernel left with no work (nothing stored, everything
    // folded) is an empty program: no bundles, zero cycles.
    if (container.getBody().front().empty())
      return replace(container, VirtualProblem(), sched::Solution());
    // Attempts, while none has succeeded or the best is far above its
    // floor (it may be starved of scratch; a schedule near its dependence
    // chain is not, and copies do not shorten the chain: constructs/
    // histogram n=500, 1,503 cycles on a chain of 1,503, compiled in
    // 0.85 s with every attempt, 0.30 s with the first): every constant
    // computation live from its first to its last reader; the ones whose
    // readers are far apart recomputed instead; the broadcasts of words
    // too. The shortest schedule is kept. An attempt after the first builds
    // on a copy of the program (buildProblem changes the program it builds
    // from).
    struct Attempt {
      size_t distance;
      bool broadcasts;
    };
    static constexpr Attempt kAttempts[] = {
        {SIZE_MAX, false}, {256, false}, {256, true}};
    std::optional<VirtualProblem> best;
    sched::Solution bestSolution;
    VProgramOp bestWork;
    std::string lastError;
    for (const Attempt &attempt : kAttempts) {
      VProgramOp work = container;
      if (&attempt != &kAttempts[0])
        work = cast<VProgramOp>(OpBuilder(container).clone(*container));
      auto drop = [&](VProgramOp program) {
        if (program != container)
          program->erase();
      };
      ProblemOptions problemOptions;
      problemOptions.aluShare = aluShare;
      problemOptions.spreadAlternatives = spreadAlternatives;
      problemOptions.rematerializeDistance = attempt.distance;
      problemOptions.rematerializeBroadcasts = attempt.broadcasts;
      VirtualProblem vp = buildProblem(work, problemOptions);
      // Each slot (each lane of a `lanes` op) is one problem operation:
      // two would both write its value, and the verifier below checks
      // values, not slots.
      llvm::DenseSet<std::pair<Operation *, unsigned>> slots;
      for (const SlotRef &ref : vp.ops)
        if (!slots.insert({ref.op, ref.lane}).second)
          return ref.op->emitError("internal error: a slot stands for two "
                                   "operations of the scheduling problem");
      llvm::Expected<sched::Solution> solution = search(vp.problem);
      if (!solution) {
        lastError = llvm::toString(solution.takeError());
        drop(work);
        continue;
      }
      if (llvm::Error err = sched::verify(vp.problem, *solution))
        return container->emitError("internal error: invalid schedule: ")
               << llvm::toString(std::move(err));
      if (best && bestSolution.numCycles <= solution->numCycles) {
        drop(work);
      } else {
        if (best)
          drop(bestWork);
        best.emplace(std::move(vp));
        bestSolution = std::move(*solution);
        bestWork = work;
      }
      if (bestSolution.numCycles <= kRetryAbove * floorOf(best->problem))
        break;
    }
    if (!best)
      return container->emitError("scheduling failed: ") << lastError;
    return replace(bestWork, *best, bestSolution);
  }

  /// The list-schedule search over `problem` with the pass's options.
  llvm::Expected<sched::Solution> search(const sched::Problem &problem) {
    sched::SearchOptions options;
    options.programOrderBias = programOrderBias;
    options.feedResource = bottleneck(problem);
    options.searchLevel = searchLevel;
    options.windows = windows;
    options.justifyRounds = justifyRounds;
    options.spanInFlight = kSpanInFlight;
    // --mlir-disable-threading: the search on this thread alone.
    options.threads = getContext().isMultithreadingEnabled() ? 0 : 1;
    llvm::Expected<sched::Solution> solution =
        sched::searchSchedule(problem, options);
    // A small program also gets the wider search (it costs little there),
    // and keeps the shorter schedule: the wider search tries other
    // priorities, not the same ones and more, and is not always shorter
    // (zoo/stencil 1024/2: 176 cycles against 173).
    if (solution && problem.operations.size() <= smallProgram &&
        (options.searchLevel < 1 || options.justifyRounds < 6)) {
      options.searchLevel = std::max(options.searchLevel, 1u);
      options.justifyRounds = std::max(options.justifyRounds, 6u);
      llvm::Expected<sched::Solution> wider =
          sched::searchSchedule(problem, options);
      if (!wider)
        llvm::consumeError(wider.takeError());
      else if (wider->numCycles < solution->numCycles)
        solution = std::move(wider);
    }
    return solution;
  }

  /// Replaces `container` by the program of `solution`; helpers and other
  /// leftovers of the module have no meaning in a machine program.
  LogicalResult replace(VProgramOp container, const VirtualProblem &vp,
                        const sched::Solution &solution) {
    EngineCounts counts;
    ProgramOp program = emitProgram(container, vp, solution, counts);
    if (stats)
      reportStats(program, vp.problem, counts, solution.numCycles);
    container->erase();
    ModuleOp module = getOperation();
    for (Operation &op :
         llvm::make_early_inc_range(module.getBody()->getOperations()))
      if (&op != program.getOperation())
        op.erase();
    return success();
  }

  /// Above this many times its floor a schedule is tried again with copies
  /// (see schedule()).
  static constexpr double kRetryAbove = 1.5;

  static machine::OpMix mixOf(const sched::Problem &problem) {
    machine::OpMix mix;
    for (const sched::Operation &op : problem.operations)
      if (op.resource < kNumEngines)
        mix[static_cast<Engine>(op.resource)] += 1;
    return mix;
  }

  /// The floor of the problem: its op mix's (the machine cost model), or
  /// its dependence chain's, whichever is longer.
  static double floorOf(const sched::Problem &problem) {
    return std::max<double>(machine::resourceFloor(mixOf(problem)),
                            sched::criticalPath(problem));
  }

  /// The engine whose floor binds: the load engine if loads / 2 exceed the
  /// vector work (8 x VALU + ALU slots) over the 6 x 8 + 12 slots that can
  /// do it, else none (the vector engines balance themselves).
  static unsigned bottleneck(const sched::Problem &problem) {
    machine::OpMix mix = mixOf(problem);
    return machine::engineFloor(mix, Engine::Load) >=
                   machine::vectorWorkFloor(mix)
               ? static_cast<unsigned>(Engine::Load)
               : ~0u;
  }

  static void reportStats(ProgramOp program, const sched::Problem &problem,
                          ArrayRef<unsigned> counts, unsigned cycles) {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << "schedule: " << cycles << " cycles";
    machine::OpMix mix;
    for (unsigned e = 0; e < kNumEngines; ++e)
      mix.slots[e] = counts[e];
    for (unsigned e = 0; e < kNumEngines; ++e) {
      auto engine = static_cast<Engine>(e);
      if (engine == Engine::Debug)
        continue;
      unsigned limit = getSlotLimit(engine);
      os << "; " << stringifyEngine(engine) << " " << counts[e] << " ops ("
         << llvm::format("%.1f", cycles ? 100.0 * counts[e] / (cycles * limit)
                                        : 0.0)
         << "%, floor "
         << llvm::format("%.0f", std::ceil(machine::engineFloor(mix, engine)))
         << ")";
    }
    os << "; vector work floor "
       << llvm::format("%.0f", std::ceil(machine::vectorWorkFloor(mix)));
    double bound = std::ceil(machine::resourceFloor(mix));
    // Engines whose work cannot start at once or end with the program (the
    // first gather waits for a chain of hashes): their floors counting the
    // ramp and the drain (sched::spanFloor), where they come near the
    // bound.
    for (Engine engine : {Engine::Load, Engine::Flow, Engine::Store}) {
      sched::SpanFloor span =
          sched::spanFloor(problem, static_cast<unsigned>(engine));
      if (span.floor <= std::ceil(machine::engineFloor(mix, engine)) ||
          span.floor < 0.9 * bound)
        continue;
      os << "; " << stringifyEngine(engine) << " floor with its ramp "
         << span.floor << " (from cycle " << span.ramp << ", " << span.drain
         << " after the last)";
      bound = std::max<double>(bound, span.floor);
    }
    bound = std::max<double>(bound, sched::criticalPath(problem));
    os << "; lower bound " << llvm::format("%.0f", bound)
       << " cycles, schedule "
       << llvm::format("%.1f", bound ? 100.0 * (cycles - bound) / bound : 0.0)
       << "% above it";
    mlir::emitRemark(program.getLoc(), os.str());
  }
};
} // namespace
