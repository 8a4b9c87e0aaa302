//===- Schedule.cpp - Bundle virtual slots and allocate scratch -----------===//
//
// Builds a sched::Problem from the virtual slots of a lowered kernel, solves
// it with the list scheduler and rewrites the result as a vliw.program:
//  - data dependences: SSA def-use (the reader issues in a later bundle);
//  - memory dependences from MemoryDependences.h (regions, base + offset).
//
//===----------------------------------------------------------------------===//

#include "MemoryDependences.h"
#include "xyz/Dialect/VLIW/VLIWPasses.h"
#include "xyz/Machine/CostModel.h"
#include "xyz/Scheduling/Justify.h"
#include "xyz/Scheduling/ListScheduler.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"
#include <cmath>
#include <map>

namespace xyz::vliw {
#define GEN_PASS_DEF_VLIWSCHEDULE
#include "xyz/Dialect/VLIW/VLIWPasses.h.inc"
} // namespace xyz::vliw

using namespace mlir;
using namespace xyz;
using namespace xyz::vliw;

namespace {

/// One machine slot of a virtual op (lane 0 unless the op has `lanes`).
struct SlotRef {
  Operation *op; // a VirtualOp or a BarrierOp
  unsigned lane;
  bool aluLane = false; // one lane of a VALU op, issued as an ALU op
};

struct SchedulePass : public vliw::impl::VLIWScheduleBase<SchedulePass> {
  using VLIWScheduleBase::VLIWScheduleBase;

  /// The word holding zero that flow-engine constants add to (if any).
  Value zero;
  /// The problem values of each barrier's temporaries.
  DenseMap<Operation *, SmallVector<unsigned, 8>> barrierTemps;

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
    VProgramOp container = *programs.begin();
    Block *body = &container.getBody().front();
    if (body->empty()) {
      // A lowered kernel left with no work (nothing stored, everything
      // folded) is an empty program: no bundles, zero cycles.
      emitProgram(container, {}, DenseMap<Value, unsigned>(), sched::Problem(),
                  sched::Solution());
      return;
    }

    // First keep every constant computation live from its first to its last
    // reader; if the schedule then runs out of scratch, recompute the ones
    // whose readers are far apart instead.
    for (unsigned attempt = 0; attempt < 2; ++attempt) {
    rematerializeDistance = attempt == 0 ? SIZE_MAX : 256;
    aluForms = 0; // the split choice depends only on this kernel
    barrierTemps.clear();
    sched::Problem problem;
    problem.scratchSize = kScratchSize;
    problem.vectorAlign = kVectorLength;
    for (unsigned e = 0; e < kNumEngines; ++e)
      problem.resourceLimits.push_back(getSlotLimit(static_cast<Engine>(e)));
    // A barrier has a resource of its own, and runs alone in its cycle.
    const unsigned barrierResource = kNumEngines;
    problem.resourceLimits.push_back(1);

    // Program order for the scheduler: constants sink to just before their
    // first reader, so that program-order scratch pressure (which bounds
    // out-of-order issue) does not count every hoisted constant as live from
    // the start.
    SmallVector<Operation *> order;
    DenseMap<Operation *, size_t> placed;
    for (Operation &op : body->getOperations()) {
      if (op.hasTrait<OpTrait::IsTerminator>())
        continue;
      if (isa<BarrierOp>(op)) {
        placeConstantInputs(&op, order, placed);
        order.push_back(&op);
        continue;
      }
      auto slot = dyn_cast<VirtualOp>(op);
      if (!slot) {
        op.emitError("cannot schedule this op: the kernel must be fully "
                     "lowered to vliw.vop slots");
        return signalPassFailure();
      }
      if (isConstantComputation(slot) && !slot->use_empty())
        continue;
      placeConstantInputs(slot, order, placed);
      order.push_back(slot);
    }

    // Problem operations: one per machine slot, so 8 for a `lanes` op.
    SmallVector<SlotRef> ops;
    DenseMap<Value, unsigned> valueIds;
    MemoryDependences memory;
    // Constants may also come from the flow engine, as `add_imm` to a word
    // holding zero, when the load engine is full: every constant then reads
    // the zero word (made first).
    zero = Value();
    auto isConstantOp = [](Operation *op) {
      auto slot = dyn_cast<VirtualOp>(op);
      return slot && isConstant(slot);
    };
    if (llvm::count_if(order, isConstantOp) > 1) {
      auto zeroIt = llvm::find_if(order, [&](Operation *op) {
        return isConstantOp(op) &&
               cast<VirtualOp>(op).getImmediateValues()[0] == 0;
      });
      if (zeroIt == order.end()) {
        OpBuilder builder(body, body->begin());
        order.insert(order.begin(),
                     builder.create<VirtualOp>(container->getLoc(),
                                               SlotKind::Const,
                                               builder.getI32Type(),
                                               ValueRange{}, ArrayRef<int64_t>{0}));
      } else {
        std::rotate(order.begin(), zeroIt, zeroIt + 1);
      }
      zero = order.front()->getResult(0);
    }

    unsigned lastBarrier = ~0u, firstSinceBarrier = 0;
    for (Operation *op : order) {
      if (auto barrier = dyn_cast<BarrierOp>(op)) {
        // Temporaries of the flag protocol: its own flag's address, the
        // generation as a word and as a vector, the flags, the comparison,
        // and the or-reduction's words.
        SmallVector<unsigned, 8> temps;
        for (unsigned width : {1u, 1u, kVectorLength, kVectorLength,
                               kVectorLength, kVectorLength})
          temps.push_back(problem.addValue(width));
        unsigned id = problem.addOperation(
            barrierResource,
            {valueIds.lookup(barrier.getFlags()),
             valueIds.lookup(barrier.getCore())},
            temps);
        // Everything before it, before; everything after it, after.
        for (unsigned prev = firstSinceBarrier; prev < id; ++prev)
          problem.addDependence(prev, id, 1);
        if (lastBarrier != ~0u && firstSinceBarrier == id)
          problem.addDependence(lastBarrier, id, 1);
        barrierTemps[barrier] = temps;
        lastBarrier = id;
        firstSinceBarrier = id + 1;
        ops.push_back({barrier, 0});
        continue;
      }
      VirtualOp slot = cast<VirtualOp>(op);
      SmallVector<unsigned, 4> operands, results;
      for (Value input : slot.getInputs())
        operands.push_back(valueIds.lookup(input));
      bool flowConstant = zero && isConstant(slot) && slot.getResult(0) != zero;
      if (flowConstant)
        operands.push_back(valueIds.lookup(zero));
      for (Value result : slot.getResults()) {
        unsigned width = isa<VectorType>(result.getType()) ? kVectorLength : 1;
        unsigned id = problem.addValue(width);
        valueIds[result] = id;
        results.push_back(id);
      }
      // Engine balancing, static part: a share of the lane-wise VALU ops
      // becomes 8 independent ALU ops (one per lane), which the scheduler
      // packs into whatever ALU slots are free. The share fills the ALU as
      // much as the VALU: 12 ALU slots take 1.5 vector ops a cycle next to
      // the VALU's 6, so 1 in 5 of them.
      bool split = hasAluForm(slot) && aluShare > 0 &&
                   (++aluForms % aluShare) == 0;
      if (split) {
        for (unsigned lane = 0; lane < kVectorLength; ++lane) {
          unsigned id = problem.addOperation(
              static_cast<unsigned>(Engine::Alu), operands, results);
          ops.push_back({slot, lane, /*aluLane=*/true});
          if (lastBarrier != ~0u)
            problem.addDependence(lastBarrier, id, 1);
        }
        continue;
      }
      for (unsigned lane = 0; lane < slot.getNumSlots(); ++lane) {
        unsigned id = problem.addOperation(
            static_cast<unsigned>(slot.getEngine()), operands, results);
        // Engine balancing: a lane-wise VALU op can also run as one ALU op
        // per lane when the VALU is full and the ALU has room.
        if (hasAluForm(slot)) {
          problem.operations[id].altResource =
              static_cast<unsigned>(Engine::Alu);
          problem.operations[id].altSlots = kVectorLength;
        }
        if (flowConstant) {
          problem.operations[id].altResource =
              static_cast<unsigned>(Engine::Flow);
          problem.operations[id].altSlots = 1;
        }
        ops.push_back({slot, lane});
        memory.add(problem, slot, id);
        if (lastBarrier != ~0u)
          problem.addDependence(lastBarrier, id, 1);
      }
    }

    sched::ListSchedulerOptions options;
    options.programOrderBias = programOrderBias;
    options.feedResource = bottleneck(problem);
    // A long program (many more work items than are in flight at once)
    // is searched over a span of program order, not the whole of it: the
    // issue windows and the program-order bias keep the sizes they have in
    // a program of that span, so the list schedule's steady state does not
    // depend on the program's length (a window over a fraction of all of
    // it would start ever more items at once, and a bias spread over all
    // of it would stagger neighbours ever less), and each list schedule
    // costs time linear in the program.
    unsigned span = problem.operations.size();
    if (uint64_t inFlight = sched::inFlight(problem);
        kSpanInFlight * inFlight < span) {
      span = kSpanInFlight * inFlight;
      options.biasSpan = span;
      // The first schedule runs without a reference to be cut short by:
      // half the span is the safer start (the whole span may starve).
      options.window = span / 2;
    }
    // A small search: the issue window that bounds how much work is in
    // flight trades parallelism against scratch, and the priority's weights
    // trade staggering against feeding the bottleneck; keep the best of a
    // few deterministic settings (`search-level` widens the search).
    // Every candidate below schedules this problem: its graph is built once.
    std::shared_ptr<const sched::ListScheduleGraph> graph;
    if (auto built = sched::buildListScheduleGraph(problem))
      graph = std::move(*built);
    else
      llvm::consumeError(built.takeError()); // scheduleList reports it
    options.graph = graph.get();
    llvm::Expected<sched::Solution> solution =
        sched::scheduleList(problem, options);
    // Justification starts from the best list schedule of each program-
    // order bias (search level 1 and up: from every candidate): from
    // different starting points it ends in different schedules, and the
    // best list schedule is not always the best start.
    std::vector<std::vector<unsigned>> starts;
    std::map<double, std::pair<unsigned, std::vector<unsigned>>> bestOfBias;
    unsigned bestWindow = options.window; // the best list schedule's
    auto keepBestOfBias = [&](double bias, const sched::Solution &s) {
      auto it = bestOfBias.find(bias);
      if (it == bestOfBias.end() || s.numCycles < it->second.first)
        bestOfBias[bias] = {s.numCycles, s.cycle};
    };
    if (solution)
      keepBestOfBias(programOrderBias, *solution);
    // Candidates far longer than the best so far are cut short. Plain list
    // schedules may still start justification as their bias's best (see
    // above), so they get some slack; justified ones are kept only if
    // shorter. The best schedule's pace (ops issued by each cycle) also
    // cuts short a candidate that falls a quarter behind it on the way (one
    // starved of scratch would otherwise run its whole length first).
    std::vector<unsigned> pace;
    unsigned paceOf = ~0u; // numCycles of the schedule `pace` is from
    auto limited = [&](sched::ListSchedulerOptions candidateOptions) {
      if (!solution)
        return candidateOptions;
      candidateOptions.cycleLimit =
          candidateOptions.priority
              ? solution->numCycles - 1
              : solution->numCycles + solution->numCycles / 4;
      if (paceOf != solution->numCycles) {
        pace.assign(solution->numCycles, 0);
        for (unsigned c : solution->cycle)
          ++pace[c];
        for (unsigned c = 1; c < pace.size(); ++c)
          pace[c] += pace[c - 1];
        paceOf = solution->numCycles;
      }
      candidateOptions.pace = &pace;
      return candidateOptions;
    };
    auto consider = [&](const sched::ListSchedulerOptions &candidateOptions) {
      if (!solution)
        return;
      llvm::Expected<sched::Solution> candidate =
          sched::scheduleList(problem, limited(candidateOptions));
      if (!candidate) {
        llvm::consumeError(candidate.takeError());
        return;
      }
      if (!candidateOptions.priority) {
        if (searchLevel >= 1)
          starts.push_back(candidate->cycle);
        keepBestOfBias(candidateOptions.programOrderBias, *candidate);
      }
      if (candidate->numCycles < solution->numCycles) {
        if (!candidateOptions.priority)
          bestWindow = candidateOptions.window;
        solution = std::move(candidate);
      }
    };
    bool longProgram = span < problem.operations.size();
    SmallVector<unsigned> issueWindows = {options.window};
    if (this->windows) {
      if (longProgram)
        issueWindows.push_back(span);
      for (unsigned divisor : {2u, 4u, 8u, 16u})
        if (unsigned window = std::max<unsigned>(span / divisor, 64);
            window != options.window)
          issueWindows.push_back(window);
    }
    // Staggering: how far earlier work items run ahead. More of it pays
    // when more engines are near their floors (each item's phases then
    // overlap other items' phases on other engines).
    SmallVector<double> biases = {programOrderBias};
    if (this->windows) {
      biases.push_back(programOrderBias * 2);
      biases.push_back(programOrderBias * 3);
    }
    SmallVector<double> feeds = {options.feedWeight};
    if (searchLevel >= 1) {
      biases.append({programOrderBias * 0.5, programOrderBias * 1.5,
                     programOrderBias * 4});
      feeds.append({0.0, options.feedWeight * 2});
    }
    for (double bias : biases)
      for (double feed : feeds)
        for (unsigned window : issueWindows) {
          if (bias == programOrderBias && feed == options.feedWeight &&
              window == options.window)
            continue; // the first run
          sched::ListSchedulerOptions candidateOptions = options;
          candidateOptions.programOrderBias = bias;
          candidateOptions.feedWeight = feed;
          candidateOptions.window = window;
          consider(candidateOptions);
        }
    // Then justification (forward-backward passes on the resources) from
    // each start, rebuilt with scratch twice: with the justified priority,
    // and with the justified order as the program order (sched::permute:
    // the scratch budget then follows it), mapped back to the problem's
    // numbering.
    auto considerInOrder = [&](const sched::JustifiedOrder &justified) {
      if (!solution)
        return;
      const std::vector<unsigned> &order = justified.order;
      sched::Problem permuted = sched::permute(problem, order);
      std::vector<uint64_t> priority(order.size());
      for (unsigned k = 0; k < order.size(); ++k)
        priority[k] = justified.priority[order[k]];
      sched::ListSchedulerOptions candidateOptions = options;
      candidateOptions.priority = &priority;
      candidateOptions.cycleLimit = solution->numCycles - 1;
      candidateOptions.graph = nullptr; // another problem
      llvm::Expected<sched::Solution> candidate =
          sched::scheduleList(permuted, candidateOptions);
      if (!candidate) {
        llvm::consumeError(candidate.takeError());
        return;
      }
      if (candidate->numCycles >= solution->numCycles)
        return;
      sched::Solution back = *candidate;
      for (unsigned k = 0; k < order.size(); ++k) {
        back.cycle[order[k]] = candidate->cycle[k];
        back.alternative[order[k]] = candidate->alternative[k];
      }
      *solution = std::move(back);
    };
    // Justification sees resources, not scratch: over a program longer
    // than the span its order keeps more work items in flight than scratch
    // holds, and no rebuild of it comes out shorter (at batch 1024 and up
    // every rebuild starves). There it runs in the issue window of the best
    // list schedule, from that schedule only, and is rebuilt in the same
    // window (batch 1024: 4,346 -> 4,248 cycles).
    if (solution && justifyRounds > 0 && longProgram) {
      sched::JustifiedOrder justified =
          sched::justify(problem, solution->cycle, justifyRounds, bestWindow);
      if (justified.numCycles < solution->numCycles) {
        sched::ListSchedulerOptions candidateOptions = options;
        candidateOptions.priority = &justified.priority;
        candidateOptions.window = bestWindow;
        consider(candidateOptions);
      }
    }
    if (solution && justifyRounds > 0 && !longProgram) {
      if (searchLevel == 0)
        for (auto &[bias, best] : bestOfBias)
          starts.push_back(best.second);
      for (const std::vector<unsigned> &start : starts) {
        sched::JustifiedOrder justified =
            sched::justify(problem, start, justifyRounds);
        if (justified.numCycles < solution->numCycles) {
          sched::ListSchedulerOptions candidateOptions = options;
          candidateOptions.priority = &justified.priority;
          consider(candidateOptions);
          considerInOrder(justified);
        }
      }
    }
    if (!solution && attempt == 0) {
      llvm::consumeError(solution.takeError());
      continue;
    }
    if (!solution) {
      container->emitError("scheduling failed: ")
          << llvm::toString(solution.takeError());
      return signalPassFailure();
    }
    if (llvm::Error err = sched::verify(problem, *solution)) {
      container->emitError("internal error: invalid schedule: ")
          << llvm::toString(std::move(err));
      return signalPassFailure();
    }
    emitProgram(container, ops, valueIds, problem, *solution);
    return;
    }
  }

  /// A span of program order this many times the operations in flight
  /// (sched::inFlight) holds enough staggered work items for the search;
  /// programs up to it are searched whole.
  static constexpr uint64_t kSpanInFlight = 6;

  /// Every aluShare-th lane-wise VALU op is split into ALU lanes (0: none).
  unsigned aluForms = 0;

  /// The engine whose floor binds: the load engine if loads / 2 exceed the
  /// vector work (8 x VALU + ALU slots) over the 6 x 8 + 12 slots that can
  /// do it, else none (the vector engines balance themselves).
  static unsigned bottleneck(const sched::Problem &problem) {
    machine::OpMix mix;
    for (const sched::Operation &op : problem.operations)
      if (op.resource < kNumEngines)
        mix[static_cast<Engine>(op.resource)] += 1;
    return machine::engineFloor(mix, Engine::Load) >=
                   machine::vectorWorkFloor(mix)
               ? static_cast<unsigned>(Engine::Load)
               : ~0u;
  }

  /// Readers further apart than this (in program order) get their own copy
  /// of a constant computation.
  size_t rematerializeDistance = SIZE_MAX;

  /// A constant, or an ALU op computing only from constants: placed just
  /// before its first reader in program order.
  static bool isConstantComputation(VirtualOp slot) {
    if (isConstant(slot))
      return true;
    return slot.getKind() == SlotKind::Alu && !slot.getLanes() &&
           llvm::all_of(slot.getInputs(), [](Value v) {
             auto def = v.getDefiningOp<VirtualOp>();
             return def && isConstantComputation(def);
           });
  }

  /// Places the constant computations `op` reads just before it. One placed
  /// long ago is recomputed instead (a fresh copy for this reader): keeping
  /// it live would hold scratch for its whole range, and scratch is what
  /// bounds how much work can be in flight.
  void placeConstantInputs(Operation *op,
                                  SmallVectorImpl<Operation *> &order,
                                  DenseMap<Operation *, size_t> &placedAt) {
    for (OpOperand &use : op->getOpOperands()) {
      auto def = use.get().getDefiningOp<VirtualOp>();
      if (!def || !isConstantComputation(def))
        continue;
      auto it = placedAt.find(def);
      if (it != placedAt.end()) {
        if (order.size() - it->second <= rematerializeDistance)
          continue;
        OpBuilder builder(op);
        auto copy = cast<VirtualOp>(builder.clone(*def));
        use.set(copy.getResult(0));
        def = copy;
      }
      placeConstantInputs(def, order, placedAt);
      placedAt[def] = order.size();
      order.push_back(def);
    }
  }

  static bool isConstant(VirtualOp slot) {
    return slot.getKind() == SlotKind::Const && !slot.getLanes();
  }

  /// VALU ops that are 8 independent ALU ops: binary ops lane by lane, and
  /// a broadcast as `or dest+i, src, src`.
  static bool hasAluForm(VirtualOp slot) {
    return !slot.getLanes() && (slot.getKind() == SlotKind::Valu ||
                                slot.getKind() == SlotKind::VBroadcast);
  }


  void emitProgram(Operation *container, ArrayRef<SlotRef> ops,
                   const DenseMap<Value, unsigned> &valueIds,
                   const sched::Problem &problem,
                   const sched::Solution &solution) {
    OpBuilder builder(container);
    auto program = builder.create<ProgramOp>(container->getLoc());
    Block *programBody = new Block();
    program.getBody().push_back(programBody);
    // Slots of each bundle, in engine order.
    std::vector<SmallVector<unsigned>> bundles(solution.numCycles);
    for (unsigned i = 0; i < ops.size(); ++i)
      bundles[solution.cycle[i]].push_back(i);
    std::vector<unsigned> engineCounts(kNumEngines, 0);
    for (SmallVector<unsigned> &slots : bundles) {
      auto engineOf = [&](unsigned i) {
        const sched::Operation &op = problem.operations[i];
        return solution.alternative[i] ? op.altResource : op.resource;
      };
      llvm::stable_sort(slots, [&](unsigned a, unsigned b) {
        return engineOf(a) < engineOf(b);
      });
      builder.setInsertionPointToEnd(programBody);
      if (slots.size() == 1 && isa<BarrierOp>(ops[slots[0]].op)) {
        auto barrier = cast<BarrierOp>(ops[slots[0]].op);
        SmallVector<int64_t, 8> temps;
        for (unsigned v : barrierTemps[barrier])
          temps.push_back(solution.address[v]);
        emitBarrier(builder, programBody, barrier,
                    solution.address[valueIds.lookup(barrier.getFlags())],
                    solution.address[valueIds.lookup(barrier.getCore())],
                    temps);
        continue;
      }
      auto bundle = builder.create<BundleOp>(container->getLoc(), ArrayAttr());
      Block *slotBlock = new Block();
      bundle.getBody().push_back(slotBlock);
      builder.setInsertionPointToEnd(slotBlock);
      for (unsigned i : slots) {
        VirtualOp slot = cast<VirtualOp>(ops[i].op);
        unsigned lane = ops[i].lane;
        // Operands in role order: writes take result addresses, reads take
        // input addresses, the rest are immediates. A `lanes` slot works on
        // its lane of every vector value.
        auto addressOf = [&](Value value) {
          int64_t addr = solution.address[valueIds.lookup(value)];
          return isa<VectorType>(value.getType()) && slot.getLanes()
                     ? addr + lane
                     : addr;
        };
        if (ops[i].aluLane) {
          emitLaneOnAlu(builder, slot, lane, addressOf);
          ++engineCounts[static_cast<unsigned>(Engine::Alu)];
          continue;
        }
        if (solution.alternative[i] && isConstant(slot)) {
          buildSlotOp(builder, slot.getLoc(), SlotKind::AddImm,
                      BinaryOpcode::Add,
                      {addressOf(slot.getResult(0)), addressOf(zero),
                       slot.getImmediateValues()[0]});
          ++engineCounts[static_cast<unsigned>(Engine::Flow)];
          continue;
        }
        if (solution.alternative[i]) {
          emitOnAlu(builder, slot, addressOf);
          engineCounts[static_cast<unsigned>(Engine::Alu)] += kVectorLength;
          continue;
        }
        ++engineCounts[problem.operations[i].resource];
        SmallVector<int64_t, 4> operands;
        ArrayRef<int64_t> imms = slot.getSlotImmediates(lane);
        unsigned nextIn = 0, nextOut = 0, nextImm = 0;
        for (OperandRole role : getSlotInfo(slot.getKind()).roles) {
          if (getRoleWidth(role) == 0)
            operands.push_back(imms[nextImm++]);
          else if (isRoleWrite(role))
            operands.push_back(addressOf(slot.getResult(nextOut++)));
          else
            operands.push_back(addressOf(slot.getInputs()[nextIn++]));
        }
        buildSlotOp(builder, slot.getLoc(), slot.getKind(),
                    slot.getOpcode().value_or(BinaryOpcode::Add), operands);
      }
    }
    if (stats)
      reportStats(program, engineCounts, solution.numCycles);
    container->erase();
    // Helpers and other leftovers have no meaning in a machine program.
    ModuleOp module = getOperation();
    for (Operation &op : llvm::make_early_inc_range(module.getBody()->getOperations()))
      if (&op != program.getOperation())
        op.erase();
  }

  /// The flag protocol of a barrier, as its own bundles: write this core's
  /// flag (the generation), then poll until every core's flag has reached
  /// it: vload the flags, compare the first `cores` lanes with the
  /// generation, or-reduce the "not yet" bits on the ALU, jump back while
  /// any is set. With one core there is nothing to wait for.
  static void emitBarrier(OpBuilder &builder, Block *programBody,
                          BarrierOp barrier, int64_t flags, int64_t core,
                          ArrayRef<int64_t> temps) {
    unsigned cores = barrier.getCores();
    if (cores == 1)
      return;
    Location loc = barrier.getLoc();
    int64_t own = temps[0], gen = temps[1], genVec = temps[2],
            flagVec = temps[3], pending = temps[4], orWords = temps[5];
    auto bundle = [&](auto fill) {
      builder.setInsertionPointToEnd(programBody);
      auto op = builder.create<BundleOp>(loc, ArrayAttr());
      Block *block = new Block();
      op.getBody().push_back(block);
      builder.setInsertionPointToEnd(block);
      fill();
    };
    auto slot = [&](SlotKind kind, ArrayRef<int64_t> operands,
                    BinaryOpcode binop = BinaryOpcode::Add) {
      buildSlotOp(builder, loc, kind, binop, operands);
    };
    bundle([&] {
      slot(SlotKind::Alu, {own, flags, core});
      slot(SlotKind::Const, {gen, static_cast<int64_t>(barrier.getGeneration())});
    });
    bundle([&] {
      slot(SlotKind::VBroadcast, {genVec, gen});
      slot(SlotKind::Store, {own, gen});
    });
    int64_t poll = programBody->getOperations().size();
    bundle([&] { slot(SlotKind::VLoad, {flagVec, flags}); });
    bundle([&] {
      slot(SlotKind::Valu, {pending, flagVec, genVec}, BinaryOpcode::Lt);
    });
    SmallVector<int64_t, 8> level;
    for (unsigned i = 0; i < cores; ++i)
      level.push_back(pending + i);
    int64_t next = orWords;
    while (level.size() > 1) {
      SmallVector<int64_t, 8> reduced;
      bundle([&] {
        for (size_t i = 0; i + 1 < level.size(); i += 2) {
          slot(SlotKind::Alu, {next, level[i], level[i + 1]},
               BinaryOpcode::Or);
          reduced.push_back(next++);
        }
      });
      if (level.size() % 2)
        reduced.push_back(level.back());
      level = std::move(reduced);
    }
    bundle([&] { slot(SlotKind::CondJump, {level.front(), poll}); });
  }

  /// One lane of a VALU op as an ALU slot.
  template <typename AddressFn>
  static void emitLaneOnAlu(OpBuilder &builder, VirtualOp slot, unsigned lane,
                            AddressFn addressOf) {
    int64_t dest = addressOf(slot.getResult(0));
    if (slot.getKind() == SlotKind::VBroadcast) {
      int64_t src = addressOf(slot.getInputs()[0]);
      buildSlotOp(builder, slot.getLoc(), SlotKind::Alu, BinaryOpcode::Or,
                  {dest + lane, src, src});
      return;
    }
    buildSlotOp(builder, slot.getLoc(), SlotKind::Alu, *slot.getOpcode(),
                {dest + lane, addressOf(slot.getInputs()[0]) + lane,
                 addressOf(slot.getInputs()[1]) + lane});
  }

  /// A VALU op as 8 ALU slots, lane by lane.
  template <typename AddressFn>
  static void emitOnAlu(OpBuilder &builder, VirtualOp slot,
                        AddressFn addressOf) {
    for (unsigned lane = 0; lane < kVectorLength; ++lane)
      emitLaneOnAlu(builder, slot, lane, addressOf);
  }

  static void reportStats(ProgramOp program, ArrayRef<unsigned> counts,
                          unsigned cycles) {
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
    os << "; lower bound " << llvm::format("%.0f", bound)
       << " cycles, schedule "
       << llvm::format("%.1f", bound ? 100.0 * (cycles - bound) / bound : 0.0)
       << "% above it";
    mlir::emitRemark(program.getLoc(), os.str());
  }
};
} // namespace
