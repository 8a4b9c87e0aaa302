//===- VLIWOps.cpp - vliw dialect ops ------------------------------------===//
//
// Verifiers of the vliw ops. All checks read the machine description: slot
// limits per engine, operand roles and widths, the scratch size.
//
//===----------------------------------------------------------------------===//

#include "xyz/Dialect/VLIW/VLIWOps.h"
#include "llvm/ADT/SmallSet.h"

using namespace mlir;
using namespace xyz::vliw;

LogicalResult xyz::vliw::verifySlot(Operation *op) {
  auto slot = cast<SlotOpInterface>(op);
  SlotKind kind = slot.getSlotKind();
  const SlotInfo &info = getSlotInfo(kind);
  SmallVector<int64_t, 4> operands = slot.getSlotOperands();
  for (auto [role, name, value] :
       llvm::zip(info.roles, info.operandNames, operands))
    if (role == OperandRole::JumpTarget && value < 0)
      return op->emitOpError("jump target ")
             << name << " = " << value << " is negative";
  SmallVector<ScratchAccess, 4> accesses;
  getScratchAccesses(kind, operands, accesses);
  for (const ScratchAccess &access : accesses) {
    if (access.addr >= 0 &&
        access.addr + access.width <= static_cast<int64_t>(kScratchSize))
      continue;
    InFlightDiagnostic diag = op->emitOpError("scratch address ");
    diag << info.operandNames[access.operand] << " = " << access.addr;
    if (access.width > 1)
      diag << " (lanes " << access.addr << ".."
           << access.addr + access.width - 1 << ")";
    diag << " is outside [0, " << kScratchSize << ")";
    return diag;
  }
  return success();
}

LogicalResult ProgramOp::verifyRegions() {
  for (Operation &op : getBody().front())
    if (!isa<BundleOp>(op))
      return op.emitOpError("is not a vliw.bundle; a vliw.program holds only "
                            "bundles");
  return success();
}

SmallVector<Engine> BundleOp::getEngineOrder() {
  SmallVector<Engine> order;
  if (std::optional<ArrayAttr> engines = getEngines()) {
    for (Attribute name : *engines)
      if (std::optional<Engine> engine =
              symbolizeEngine(cast<StringAttr>(name).getValue()))
        order.push_back(*engine);
    return order;
  }
  for (Operation &op : getBody().front()) {
    Engine engine = cast<SlotOpInterface>(op).getEngine();
    if (order.empty() || order.back() != engine)
      order.push_back(engine);
  }
  return order;
}

bool BundleOp::isCounted() {
  return llvm::any_of(getEngineOrder(),
                      [](Engine e) { return e != Engine::Debug; });
}

LogicalResult BundleOp::verifyRegions() {
  // The explicit key order, if any, must name distinct known engines.
  SmallVector<Engine> keyOrder;
  if (std::optional<ArrayAttr> engines = getEngines()) {
    for (Attribute name : *engines) {
      StringRef key = cast<StringAttr>(name).getValue();
      std::optional<Engine> engine = symbolizeEngine(key);
      if (!engine)
        return emitOpError("unknown engine '") << key << "'";
      if (llvm::is_contained(keyOrder, *engine))
        return emitOpError("engine '") << key << "' is listed twice";
      keyOrder.push_back(*engine);
    }
  }

  unsigned counts[kNumEngines] = {};
  SmallVector<Engine> seen;
  for (Operation &op : getBody().front()) {
    auto slot = dyn_cast<SlotOpInterface>(op);
    if (!slot)
      return op.emitOpError("is not a slot op; a vliw.bundle holds only slots");
    Engine engine = slot.getEngine();
    if (seen.empty() || seen.back() != engine) {
      if (llvm::is_contained(seen, engine))
        return op.emitOpError("slots of engine '")
               << stringifyEngine(engine)
               << "' must be contiguous in a bundle";
      seen.push_back(engine);
    }
    unsigned limit = getSlotLimit(engine);
    if (++counts[static_cast<unsigned>(engine)] > limit)
      return op.emitOpError("engine '")
             << stringifyEngine(engine) << "' is over-full: more than "
             << limit << " slots in one bundle";
  }

  if (!keyOrder.empty() || getEngines()) {
    // Every engine with slots is a key, in the same relative order.
    unsigned pos = 0;
    for (Engine engine : seen) {
      while (pos < keyOrder.size() && keyOrder[pos] != engine)
        ++pos;
      if (pos == keyOrder.size())
        return emitOpError("slots of engine '")
               << stringifyEngine(engine)
               << "' are missing from, or out of order with, `engines`";
    }
  }
  return success();
}

#define GET_OP_CLASSES
#include "xyz/Dialect/VLIW/VLIWOps.cpp.inc"

#include "xyz/Dialect/VLIW/VLIWInterfaces.cpp.inc"
