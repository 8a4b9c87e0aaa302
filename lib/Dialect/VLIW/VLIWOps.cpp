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
    if (access.inScratch())
      continue;
    InFlightDiagnostic diag = op->emitOpError("scratch address ");
    diag << info.operandNames[access.operand] << " = " << access.addr;
    if (access.width > 1)
      diag << " (lanes " << access.addr << ".." << access.last() << ")";
    diag << " is outside [0, " << kScratchSize << ")";
    return diag;
  }
  return success();
}

Operation *xyz::vliw::buildSlotOp(OpBuilder &builder, Location loc,
                                  SlotKind kind, BinaryOpcode binop,
                                  ArrayRef<int64_t> operands) {
  const SlotInfo &info = getSlotInfo(kind);
  OperationState state(loc, getSlotOpName(kind));
  // The binary ALU/VALU ops name their opcode `opcode` (VLIW_SlotOp's
  // prefix argument in VLIWOps.td).
  if (kind == SlotKind::Alu || kind == SlotKind::Valu)
    state.addAttribute("opcode",
                       builder.getI32IntegerAttr(static_cast<int32_t>(binop)));
  for (auto [name, value] : llvm::zip(info.operandNames, operands))
    state.addAttribute(name, builder.getI64IntegerAttr(value));
  return builder.create(state);
}

LogicalResult ProgramOp::verifyRegions() {
  for (Operation &op : getBody().front())
    if (!isa<BundleOp>(op))
      return op.emitOpError("is not a vliw.bundle; a vliw.program holds only "
                            "bundles");
  return success();
}

void VProgramOp::build(OpBuilder &builder, OperationState &state,
                       StringAttr name) {
  if (name)
    state.addAttribute(getSymNameAttrName(state.name), name);
  state.addRegion()->push_back(new Block());
}

LogicalResult VProgramOp::verifyRegions() {
  for (Operation &op : getBody().front())
    if (!isa<VirtualOp, WindowOp, FromWordsOp, BarrierOp>(op))
      return op.emitOpError("is not a vliw.vop, vliw.window, vliw.from_words "
                            "or vliw.barrier; a vliw.vprogram holds only "
                            "virtual slots (lower the kernel fully first)");
  // Windows chain vectors into blocks of adjacent scratch: a vector is
  // followed by at most one other and follows at most one, in no cycle.
  DenseMap<Value, Value> next, prev;
  for (WindowOp window : getBody().front().getOps<WindowOp>()) {
    auto [n, freshNext] = next.try_emplace(window.getLow(), window.getHigh());
    auto [p, freshPrev] = prev.try_emplace(window.getHigh(), window.getLow());
    if (n->second != window.getHigh() || p->second != window.getLow())
      return window.emitOpError(
          "asks for an adjacency another vliw.window contradicts: a vector "
          "can be followed by one vector and follow one");
    (void)freshNext;
    (void)freshPrev;
  }
  for (auto [start, unused] : next) {
    Value v = start;
    for (size_t steps = 0; next.count(v); ++steps) {
      v = next.lookup(v);
      if (v == start || steps > next.size())
        return emitOpError("vliw.window ops chain vectors in a cycle");
    }
  }
  return success();
}

LogicalResult FromWordsOp::verify() {
  if (getWords().size() != kVectorLength)
    return emitOpError("needs one word per lane: ")
           << kVectorLength << " words, got " << getWords().size();
  if (auto lanes = getInputLanes(); lanes && lanes->size() != kVectorLength)
    return emitOpError("from_lanes needs one entry per word, got ")
           << lanes->size();
  for (auto [index, word] : llvm::enumerate(getWords())) {
    int64_t lane = getInputLane(index);
    bool vector = isa<VectorType>(word.getType());
    if (lane < -1 || lane >= int64_t(kVectorLength) || vector != (lane >= 0))
      return emitOpError("word ")
             << index << ": a vector input needs a lane in [0, "
             << kVectorLength << "), a word input -1; got " << lane;
  }
  return success();
}

LogicalResult WindowOp::verify() {
  if (getOffset() <= 0 || getOffset() >= kVectorLength)
    return emitOpError("offset must be in [1, ")
           << kVectorLength - 1 << "], got " << getOffset();
  if (getLow() == getHigh())
    return emitOpError("needs two different vectors");
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

//===----------------------------------------------------------------------===//
// VirtualOp
//===----------------------------------------------------------------------===//

void VirtualOp::build(OpBuilder &builder, OperationState &result,
                      SlotKind kind, TypeRange outputs, ValueRange inputs,
                      ArrayRef<int64_t> immediates) {
  result.addAttribute(getKindAttrName(result.name),
                      builder.getI32IntegerAttr(static_cast<int32_t>(kind)));
  if (!immediates.empty())
    result.addAttribute(getImmediatesAttrName(result.name),
                        builder.getDenseI64ArrayAttr(immediates));
  result.addOperands(inputs);
  result.addTypes(outputs);
}

void VirtualOp::getEffects(
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects) {
  if (readsMemory(getKind()))
    effects.emplace_back(MemoryEffects::Read::get());
  if (writesMemory(getKind()))
    effects.emplace_back(MemoryEffects::Write::get());
}

ArrayRef<int64_t> VirtualOp::getSlotImmediates(unsigned lane) {
  ArrayRef<int64_t> imms = getImmediateValues();
  unsigned perSlot = 0;
  for (OperandRole role : getSlotInfo(getKind()).roles)
    perSlot += getRoleWidth(role) == 0;
  if (imms.size() == perSlot)
    return imms;
  return imms.slice(lane * perSlot, perSlot);
}

LogicalResult VirtualOp::verify() {
  SlotKind kind = getKind();
  const SlotInfo &info = getSlotInfo(kind);
  if (info.engine == Engine::Debug ||
      (info.engine == Engine::Flow && kind != SlotKind::Select &&
       kind != SlotKind::VSelect && kind != SlotKind::AddImm &&
       kind != SlotKind::CoreId))
    return emitOpError("slot kind '")
           << stringifySlotKind(kind) << "' has no virtual form";
  bool binary = kind == SlotKind::Alu || kind == SlotKind::Valu;
  if (binary != getOpcode().has_value())
    return emitOpError(binary ? "needs" : "takes no") << " a binary opcode";
  bool lanes = getLanes();
  // Match operands to the kind's roles in order.
  unsigned numIn = 0, numOut = 0, numImm = 0;
  std::optional<ArrayRef<int64_t>> inputLanes = getInputLanes();
  if (inputLanes) {
    if (lanes)
      return emitOpError("`from_lanes` needs a slot without `lanes`");
    if (inputLanes->size() != getInputs().size())
      return emitOpError("`from_lanes` needs one entry per input");
  }
  auto checkType = [&](Value value, OperandRole role, StringRef name,
                       int64_t fromLane = -1) -> LogicalResult {
    unsigned width = getRoleWidth(role);
    bool isVector = isa<VectorType>(value.getType());
    bool ok;
    if (fromLane != -1) {
      if (width != 1 || fromLane < 0 || fromLane >= int64_t(kVectorLength))
        return emitOpError("operand '")
               << name << "' reads lane " << fromLane
               << ": only a word operand reads a lane, in [0, "
               << kVectorLength << ")";
      ok = isVector;
    } else if (!lanes)
      ok = width == 1 ? value.getType().isInteger(32) : isVector;
    else if (width != 1 || role == OperandRole::OffsetRead ||
             role == OperandRole::OffsetWrite)
      return emitOpError("`lanes` needs a scalar slot kind");
    else
      ok = isRoleWrite(role) ? isVector : true;
    if (!ok)
      return emitOpError("operand '")
             << name << "' must be "
             << (width == 1 && !lanes && fromLane == -1 ? "i32"
                                                       : "vector<8xi32>");
    return success();
  };
  for (auto [role, name] : llvm::zip(info.roles, info.operandNames)) {
    if (getRoleWidth(role) == 0) {
      ++numImm;
    } else if (isRoleWrite(role)) {
      if (numOut < getNumResults() &&
          failed(checkType(getResult(numOut), role, name)))
        return failure();
      ++numOut;
    } else {
      if (numIn < getInputs().size() &&
          failed(checkType(getInputs()[numIn], role, name,
                           inputLanes && numIn < inputLanes->size()
                               ? (*inputLanes)[numIn]
                               : -1)))
        return failure();
      ++numIn;
    }
  }
  size_t imms = getImmediateValues().size();
  bool immsOk = imms == numImm || (lanes && imms == numImm * kVectorLength);
  if (numIn != getInputs().size() || numOut != getNumResults() || !immsOk)
    return emitOpError("slot kind '")
           << stringifySlotKind(kind) << "' takes " << numIn << " inputs, "
           << numImm << " immediates" << (lanes ? " (or 8 per lane)" : "")
           << " and " << numOut << " results";
  if (getRegion() && !readsMemory(kind) && !writesMemory(kind))
    return emitOpError("only memory accesses name a region");
  return success();
}

LogicalResult BarrierOp::verify() {
  if (getCores() < 1 || getCores() > kVectorLength)
    return emitOpError("supports 1 to ")
           << kVectorLength << " cores (one vector of flags), got "
           << getCores();
  if (getGeneration() < 1)
    return emitOpError("generation must be >= 1");
  return success();
}

#define GET_OP_CLASSES
#include "xyz/Dialect/VLIW/VLIWOps.cpp.inc"

#include "xyz/Dialect/VLIW/VLIWInterfaces.cpp.inc"
