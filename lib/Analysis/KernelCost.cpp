//===- KernelCost.cpp - Machine ops of an xyz-level op --------------------===//

#include "xyz/Analysis/KernelCost.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "xyz/Dialect/XYZ/XYZOps.h"

using namespace mlir;
using namespace xyz;
using machine::Engine;
using machine::OpMix;

namespace xyz::cost {

OpMix opMix(TypeID kind, Mapping mapping, unsigned lanes, Access access) {
  OpMix mix;
  bool vector = mapping == Mapping::Vector;
  if (kind == TypeID::get<arith::ConstantOp>() ||
      kind == TypeID::get<arith::TruncIOp>() ||
      kind == TypeID::get<arith::ExtUIOp>() ||
      kind == TypeID::get<arith::IndexCastOp>() ||
      kind == TypeID::get<arith::IndexCastUIOp>())
    return mix; // free: a bit is its own condition, a word its index
  if (kind == TypeID::get<LoadOp>()) {
    mix[Engine::Load] = vector && access == Access::Gather ? lanes : 1;
  } else if (kind == TypeID::get<GatherOp>()) {
    mix[Engine::Load] = lanes;
  } else if (kind == TypeID::get<VLoadOp>()) {
    mix[Engine::Load] = 1;
  } else if (kind == TypeID::get<StoreOp>() ||
             kind == TypeID::get<VStoreOp>()) {
    mix[Engine::Store] = 1;
  } else if (kind == TypeID::get<BroadcastOp>()) {
    mix[Engine::Valu] = 1;
  } else if (kind == TypeID::get<MultiplyAddOp>()) {
    vector ? mix[Engine::Valu] = 1 : mix[Engine::Alu] = 2;
  } else if (kind == TypeID::get<arith::SelectOp>()) {
    vector ? mix[Engine::Flow] = 1 : mix[Engine::Alu] = 3;
  } else {
    vector ? mix[Engine::Valu] = 1 : mix[Engine::Alu] = 1;
  }
  return mix;
}

OpMix opMix(Operation *op, Mapping mapping, Access access) {
  // Only arith and xyz ops have a cost here; others (structure, core_id)
  // are free.
  if (!isa<arith::ArithDialect, XYZDialect>(op->getDialect()) ||
      isa<KernelOp, ForeachThreadOp, ReturnOp, YieldOp, CoreIdOp, RequireOp,
          BarrierOp>(op))
    return OpMix();
  unsigned lanes = machine::kVectorLength;
  if (op->getNumResults() == 1)
    if (auto vector = dyn_cast<VectorType>(op->getResult(0).getType()))
      lanes = vector.getNumElements();
  return opMix(op->getName().getTypeID(), mapping, lanes, access);
}

OpMix opMix(Operation *op) {
  bool vector = llvm::any_of(op->getResultTypes(),
                             [](Type t) { return isa<VectorType>(t); });
  return opMix(op, vector ? Mapping::Vector : Mapping::Scalar);
}

double totalSlots(const OpMix &mix) {
  double total = 0;
  for (double slots : mix.slots)
    total += slots;
  return total;
}

OpMix scaled(OpMix mix, double times) {
  for (double &slots : mix.slots)
    slots *= times;
  return mix;
}

} // namespace xyz::cost
