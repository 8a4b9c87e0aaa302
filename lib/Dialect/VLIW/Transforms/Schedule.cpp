//===- Schedule.cpp - Bundle virtual slots and allocate scratch -----------===//
//
// Builds a sched::Problem from the virtual slots of a lowered kernel, solves
// it with the list scheduler and rewrites the result as a vliw.program:
//  - data dependences: SSA def-use (the reader issues in a later bundle);
//  - memory dependences: a store orders against earlier loads (latency 0:
//    the load reads before the store's end-of-bundle write) and stores
//    (latency 1) that may alias it; a load orders after earlier stores that
//    may alias it. Accesses to different named regions never alias, nor do
//    two accesses at distinct constant addresses.
//
//===----------------------------------------------------------------------===//

#include "xyz/Dialect/VLIW/VLIWPasses.h"
#include "xyz/Scheduling/ListScheduler.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
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

/// One machine slot of a virtual op (lane 0 unless the op has `lanes`).
struct SlotRef {
  VirtualOp op;
  unsigned lane;
};

/// What the alias analysis knows of one memory access.
struct Access {
  unsigned op;
  bool isStore;
  std::optional<int64_t> addr; // constant base address, if known
  unsigned width;
};

std::optional<int64_t> constantAddress(Value addr) {
  auto def = addr.getDefiningOp<VirtualOp>();
  if (def && def.getKind() == SlotKind::Const)
    return def.getImmediateValues()[0] & 0xFFFFFFFFll;
  return std::nullopt;
}

bool mayAlias(const Access &a, const Access &b) {
  if (a.addr && b.addr)
    return *a.addr < *b.addr + b.width && *b.addr < *a.addr + a.width;
  return true;
}

struct SchedulePass : public vliw::impl::VLIWScheduleBase<SchedulePass> {
  using VLIWScheduleBase::VLIWScheduleBase;

  /// The word holding zero that flow-engine constants add to (if any).
  Value zero;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    // The slots to schedule: the straight-line body holding vliw.vop ops.
    Block *body = nullptr;
    Operation *container = nullptr;
    for (Operation &op : module.getBody()->getOperations()) {
      if (op.getNumRegions() != 1 || op.getRegion(0).empty() ||
          isa<ProgramOp>(op))
        continue;
      Block &block = op.getRegion(0).front();
      if (llvm::any_of(block, [](Operation &o) { return isa<VirtualOp>(o); })) {
        if (body) {
          op.emitError("vliw-schedule handles one kernel per module");
          return signalPassFailure();
        }
        body = &block;
        container = &op;
      }
    }
    if (!body) {
      if (module.getOps<ProgramOp>().empty()) {
        module.emitError("vliw-schedule: nothing to schedule (no vliw.vop "
                         "slots); lower the kernel first");
        return signalPassFailure();
      }
      return; // already scheduled
    }

    sched::Problem problem;
    problem.scratchSize = kScratchSize;
    problem.vectorAlign = kVectorLength;
    for (unsigned e = 0; e < kNumEngines; ++e)
      problem.resourceLimits.push_back(getSlotLimit(static_cast<Engine>(e)));

    // Program order for the scheduler: constants sink to just before their
    // first reader, so that program-order scratch pressure (which bounds
    // out-of-order issue) does not count every hoisted constant as live from
    // the start.
    SmallVector<VirtualOp> order;
    DenseSet<Operation *> placed;
    for (Operation &op : body->getOperations()) {
      if (op.hasTrait<OpTrait::IsTerminator>())
        continue;
      auto slot = dyn_cast<VirtualOp>(op);
      if (!slot) {
        op.emitError("cannot schedule this op: the kernel must be fully "
                     "lowered to vliw.vop slots");
        return signalPassFailure();
      }
      if (slot.getKind() == SlotKind::Const && !slot->use_empty())
        continue;
      for (Value input : slot.getInputs()) {
        auto def = input.getDefiningOp<VirtualOp>();
        if (def && def.getKind() == SlotKind::Const &&
            placed.insert(def).second)
          order.push_back(def);
      }
      order.push_back(slot);
    }

    // Problem operations: one per machine slot, so 8 for a `lanes` op.
    SmallVector<SlotRef> ops;
    DenseMap<Value, unsigned> valueIds;
    llvm::StringMap<SmallVector<Access>> regions; // "" = unnamed region
    // Constants may also come from the flow engine, as `add_imm` to a word
    // holding zero, when the load engine is full: every constant then reads
    // the zero word (made first).
    zero = Value();
    if (llvm::count_if(order, isConstant) > 1) {
      auto zeroIt = llvm::find_if(order, [](VirtualOp slot) {
        return isConstant(slot) && slot.getImmediateValues()[0] == 0;
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
      zero = order.front().getResult(0);
    }

    for (VirtualOp slot : order) {
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
        addMemoryDependences(problem, slot, id, regions);
      }
    }

    sched::ListSchedulerOptions options;
    options.programOrderBias = programOrderBias;
    llvm::Expected<sched::Solution> solution =
        sched::scheduleList(problem, options);
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

  static void addMemoryDependences(sched::Problem &problem, VirtualOp slot,

                                   unsigned id,
                                   llvm::StringMap<SmallVector<Access>> &regions) {
    SlotKind kind = slot.getKind();
    bool isStore = kind == SlotKind::Store || kind == SlotKind::VStore;
    bool isLoad = kind == SlotKind::Load || kind == SlotKind::VLoad ||
                  kind == SlotKind::LoadOffset;
    if (!isStore && !isLoad)
      return;
    unsigned width =
        (kind == SlotKind::VLoad || kind == SlotKind::VStore) ? kVectorLength
                                                              : 1;
    // load_offset's address is base+offset: not a plain constant.
    std::optional<int64_t> addr;
    if (kind != SlotKind::LoadOffset && !slot.getLanes())
      addr = constantAddress(slot.getInputs()[0]);
    Access access{id, isStore, addr, width};
    StringRef region = slot.getRegion() ? *slot.getRegion() : "";
    auto order = [&](SmallVector<Access> &earlier) {
      for (const Access &prev : earlier)
        if ((isStore || prev.isStore) && mayAlias(prev, access))
          problem.addDependence(prev.op, id, prev.isStore ? 1 : 0);
    };
    if (region.empty()) {
      for (auto &entry : regions)
        order(entry.second);
    } else {
      order(regions[region]);
      if (regions.count(""))
        order(regions[""]);
    }
    regions[region].push_back(access);
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
      auto bundle = builder.create<BundleOp>(container->getLoc(), ArrayAttr());
      Block *slotBlock = new Block();
      bundle.getBody().push_back(slotBlock);
      builder.setInsertionPointToEnd(slotBlock);
      for (unsigned i : slots) {
        VirtualOp slot = ops[i].op;
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

  /// A VALU op as 8 ALU slots, lane by lane.
  template <typename AddressFn>
  static void emitOnAlu(OpBuilder &builder, VirtualOp slot,
                        AddressFn addressOf) {
    int64_t dest = addressOf(slot.getResult(0));
    for (unsigned lane = 0; lane < kVectorLength; ++lane) {
      if (slot.getKind() == SlotKind::VBroadcast) {
        int64_t src = addressOf(slot.getInputs()[0]);
        buildSlotOp(builder, slot.getLoc(), SlotKind::Alu, BinaryOpcode::Or,
                    {dest + lane, src, src});
        continue;
      }
      buildSlotOp(builder, slot.getLoc(), SlotKind::Alu, *slot.getOpcode(),
                  {dest + lane, addressOf(slot.getInputs()[0]) + lane,
                   addressOf(slot.getInputs()[1]) + lane});
    }
  }

  static void reportStats(ProgramOp program, ArrayRef<unsigned> counts,
                          unsigned cycles) {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << "schedule: " << cycles << " cycles";
    double bound = 0;
    for (unsigned e = 0; e < kNumEngines; ++e) {
      auto engine = static_cast<Engine>(e);
      if (engine == Engine::Debug)
        continue;
      unsigned limit = getSlotLimit(engine);
      double floor = double(counts[e]) / limit;
      bound = std::max(bound, floor);
      os << "; " << stringifyEngine(engine) << " " << counts[e] << " ops ("
         << llvm::format("%.1f", cycles ? 100.0 * counts[e] / (cycles * limit)
                                        : 0.0)
         << "%, floor " << llvm::format("%.0f", std::ceil(floor)) << ")";
    }
    os << "; lower bound " << llvm::format("%.0f", std::ceil(bound))
       << " cycles";
    mlir::emitRemark(program.getLoc(), os.str());
  }
};
} // namespace
