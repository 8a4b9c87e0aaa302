//===- CheckMachineForm.cpp - Ops the lowering cannot handle --------------===//
//
// The lowering to vliw (lib/Conversion/XYZToVLIW) turns a specialized,
// straight-line kernel of i32 arithmetic and xyz memory ops into slots. An
// op outside that set would end the conversion with a bare "failed to
// legalize"; this check names the first such op instead, at its location,
// with why the machine has no form of it and what to write instead. The
// pipeline runs it before vectorization (--xyz-check-machine-form); the
// conversion runs it first as well.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Matchers.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"
#include "xyz/Machine/Machine.h"

namespace xyz {
#define GEN_PASS_DEF_XYZCHECKMACHINEFORM
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

/// i1, i32 and index are words; vectors of 8 of them are 8 words.
bool isMachineType(Type type) {
  if (auto vector = dyn_cast<VectorType>(type))
    return vector.getRank() == 1 && !vector.isScalable() &&
           vector.getNumElements() == 8 &&
           isMachineType(vector.getElementType());
  return type.isInteger(1) || type.isInteger(32) || type.isIndex();
}

bool isSignedOrdering(arith::CmpIPredicate pred) {
  using P = arith::CmpIPredicate;
  return pred == P::slt || pred == P::sle || pred == P::sgt || pred == P::sge;
}

const char *kLoopAdvice =
    "loop to a constant maximum instead and keep a per-thread condition: "
    "'scf.for %k = %c0 to %max step %c1 iter_args(%x = %init)' whose body "
    "computes '%active = arith.cmpi slt, %k, %n' and yields "
    "'arith.select %active, %next, %x' (or wraps the update in an scf.if on "
    "%active); the maximum may be a shape parameter. Or declare the most "
    "iterations the loop makes: 'scf.for ... {xyz.max_trips = 16}' compiles "
    "it as that many guarded iterations";

/// Why `op` has no machine form and what to write instead; empty if it
/// has one (or is a terminator whose parent is judged instead).
std::string explain(Operation *op, bool threadsExpanded) {
  // Terminators of regions: their parent op is the construct.
  if (isa<scf::YieldOp, scf::ConditionOp, YieldOp>(op))
    return "";
  if (isa<scf::ForOp>(op))
    return "scf.for whose trip count is not a constant after "
           "specialization has no machine form: the compiled program is "
           "straight-line code, so every loop is unrolled at its constant "
           "trip count, and this one depends on data; " +
           std::string(kLoopAdvice);
  if (isa<scf::WhileOp>(op))
    return "scf.while has no machine form: the compiled program is "
           "straight-line code, so every loop is unrolled at a constant trip "
           "count; " +
           std::string(kLoopAdvice) +
           " (the exit condition becomes the 'active' flag)";
  if (isa<scf::IfOp>(op) &&
      op->walk([](ForeachThreadOp) { return WalkResult::interrupt(); })
          .wasInterrupted())
    return "scf.if around an xyz.foreach_thread has no machine form: the "
           "machine has no branches, so ifs become selects and masked "
           "stores inside the threads; put the condition inside the thread "
           "loop (every thread tests the same uniform value)";
  if (isa<scf::IfOp>(op))
    return "scf.if has no machine form here: the machine has no branches, "
           "so ifs become selects (--xyz-if-convert, part of "
           "--xyz-schedule), which needs arms without loops; unroll or "
           "hoist the loop out of the arm";
  if (isa<func::CallOp>(op))
    return "a call has no machine form: only helpers defined as func.func "
           "in the same module are inlined (by --xyz-specialize); define the "
           "callee there";
  if (isa<ForeachThreadOp>(op)) {
    if (op->getParentOfType<ForeachThreadOp>())
      return "a foreach_thread inside another has no machine form: threads "
             "are one dimension; compute a combined thread id in one loop";
    if (threadsExpanded)
      return "xyz.foreach_thread has no machine form until its threads are "
             "expanded: run --xyz-expand-threads (part of --xyz-schedule) "
             "first";
    return "";
  }
  if (op->getDialect() && op->getDialect()->getNamespace() == "arith") {
    SmallVector<Type> types(op->getOperandTypes());
    llvm::append_range(types, op->getResultTypes());
    for (Type type : types)
      if (!isMachineType(type)) {
        std::string text;
        llvm::raw_string_ostream os(text);
        os << "'" << op->getName() << "' on " << type
           << " has no machine form: the machine computes on 32-bit words "
              "only (no floating point, no other widths); compute in i32, "
              "masking with arith.andi where a narrower value is meant";
        if (type.isInteger(64))
          os << "; of i64 only the high word of a product compiles: "
                "'trunci((extui(a) * extui(b)) >> 32)' (likewise extsi), or "
                "arith.mului_extended / arith.mulsi_extended (a shift by "
                "16 is then '(lo >> 16) | (hi << 16)')";
        return text;
      }
    if (auto cmp = dyn_cast<arith::CmpIOp>(op);
        cmp && isSignedOrdering(cmp.getPredicate()))
      return "a signed comparison has no machine form (the machine's '<' "
             "is unsigned): run --xyz-expand-signed-arith (part of "
             "--xyz-schedule) first";
    if (isa<arith::DivSIOp, arith::RemSIOp, arith::CeilDivSIOp,
            arith::FloorDivSIOp, arith::ShRSIOp, arith::MinSIOp,
            arith::MaxSIOp, arith::ExtSIOp>(op))
      return "'" + op->getName().getStringRef().str() +
             "' has no machine form (the machine's '//', '%' and '>>' are "
             "unsigned): run --xyz-expand-signed-arith (part of "
             "--xyz-schedule) first";
    if (isa<arith::MulUIExtendedOp, arith::MulSIExtendedOp>(op))
      return "'" + op->getName().getStringRef().str() +
             "' (the high word of a product) has no machine form (the "
             "machine's '*' keeps the low word): run "
             "--xyz-expand-signed-arith (part of --xyz-schedule) first";
    if (auto trunc = dyn_cast<arith::TruncIOp>(op);
        trunc && !getElementTypeOrSelf(trunc.getType()).isInteger(1))
      return "truncation to a type other than i1 has no machine form";
    if (isa<arith::AddIOp, arith::SubIOp, arith::MulIOp, arith::XOrIOp,
            arith::AndIOp, arith::OrIOp, arith::DivUIOp, arith::RemUIOp,
            arith::CeilDivUIOp, arith::ShLIOp, arith::ShRUIOp,
            arith::ConstantOp, arith::CmpIOp, arith::SelectOp,
            arith::ExtUIOp, arith::IndexCastOp, arith::IndexCastUIOp,
            arith::TruncIOp, arith::MinUIOp, arith::MaxUIOp>(op))
      return "";
  }
  if (auto barrier = dyn_cast<BarrierOp>(op)) {
    APInt cores;
    if (!matchPattern(barrier.getCores(), m_ConstantInt(&cores)))
      return "the number of cores of a barrier must be a constant; "
             "specialize the kernel first (--xyz-specialize)";
    // The flag protocol reads every core's flag with one vector load.
    if (cores.isNegative() || cores.getSExtValue() < 1 ||
        cores.getSExtValue() > int64_t(machine::kVectorLength))
      return "a barrier for " + std::to_string(cores.getSExtValue()) +
             " cores has no machine form: the barrier protocol reads the "
             "cores' flags with one vector load, so it supports 1 to " +
             std::to_string(machine::kVectorLength) + " cores";
    // Every core passes the same barriers, once each, in program order:
    // inside a thread loop a barrier would run once per group of lanes.
    if (!isa<KernelOp>(op->getParentOp()))
      return "a barrier inside '" +
             op->getParentOp()->getName().getStringRef().str() +
             "' has no machine form: every core must pass the same "
             "barriers once each, so a barrier sits at the top level of the "
             "kernel body (loops of constant trips around it are unrolled "
             "first); end the thread loop before the barrier and start "
             "another after it";
  }
  // A memory-image declaration (xyz.region) compiles to nothing.
  if (isa<LoadOp, StoreOp, VLoadOp, VStoreOp, GatherOp, BroadcastOp,
          MultiplyAddOp, ReduceLanesOp, WindowOp, FromWordsOp, LaneOp, CoreIdOp,
          BarrierOp, ReturnOp, KernelOp, RegionOp>(op))
    return "";
  return "'" + op->getName().getStringRef().str() +
         "' has no machine form: kernels compile arith integer ops on i32 "
         "(signed ones are expanded), arith.select, xyz memory ops, scf.if "
         "with pure arms or maskable stores, and scf.for with a constant "
         "trip count; docs/xyz-dialect.md lists them";
}
} // namespace

LogicalResult xyz::checkMachineForm(Operation *root, bool threadsExpanded) {
  // Post-order: an unsupported loop inside an if is named, not the if. A
  // constant of another width is named only if nothing that uses such
  // values is: the op that computes on them is the construct.
  Operation *constant = nullptr;
  std::string constantWhy;
  WalkResult result = root->walk([&](Operation *op) {
    std::string why = explain(op, threadsExpanded);
    if (why.empty())
      return WalkResult::advance();
    if (isa<arith::ConstantOp>(op)) {
      if (!constant) {
        constant = op;
        constantWhy = std::move(why);
      }
      return WalkResult::advance();
    }
    op->emitError(why);
    return WalkResult::interrupt();
  });
  if (result.wasInterrupted())
    return failure();
  if (constant)
    return constant->emitError(constantWhy), failure();
  return success();
}

namespace {
struct CheckMachineFormPass
    : public xyz::impl::XYZCheckMachineFormBase<CheckMachineFormPass> {
  void runOnOperation() override {
    if (failed(checkMachineForm(getOperation())))
      return signalPassFailure();
    markAllAnalysesPreserved();
  }
};
} // namespace
