//===- ProgramConversion.cpp - vliw IR <-> interchange Program ------------===//
//
// Both directions between `vliw.program` and sim::Program. Slot ops are read
// through SlotOpInterface (kind, engine, JSON opcode, operands) and built from
// the machine description (op name, operand attribute names), so adding a slot
// kind to VLIWOps.td needs no change here. A bundle gets an `engines`
// attribute only when its JSON key order is not the order of its slots'
// engines (an engine key with an empty list, or keys in another order).
//
//===----------------------------------------------------------------------===//

#include "xyz/Target/JSON/ProgramConversion.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Verifier.h"
#include "xyz/Sim/ProgramJsonReader.h"
#include "xyz/Sim/ProgramLocations.h"
#include "llvm/ADT/DenseMap.h"

using namespace mlir;
using namespace xyz;

//===----------------------------------------------------------------------===//
// vliw -> Program.
//===----------------------------------------------------------------------===//

/// Converts one slot op; `engineSlots` is its engine's list.
static LogicalResult convertSlot(vliw::SlotOpInterface slotOp,
                                 sim::EngineSlots &engineSlots) {
  sim::Slot &slot = engineSlots.slots.emplace_back();
  slot.kind = slotOp.getSlotKind();
  if (slot.kind == vliw::SlotKind::Debug) {
    slot.debugJson = cast<vliw::DebugOp>(slotOp).getJson().str();
    std::string whyNot;
    if (!sim::isDebugSlotJson(slot.debugJson, whyNot))
      return slotOp->emitOpError("is not a valid JSON debug slot: ") << whyNot;
    return success();
  }
  // The JSON opcode resolves back to the kind (and binary opcode) through
  // the same lookup the reader uses.
  std::optional<vliw::SlotKind> kind = vliw::lookupSlotKind(
      slotOp.getEngine(), slotOp.getJsonOpcode(), slot.binop);
  if (kind != slot.kind)
    return slotOp->emitOpError("has JSON opcode '")
           << slotOp.getJsonOpcode() << "' that does not name its slot kind";
  slot.operands = slotOp.getSlotOperands();
  return success();
}

namespace {
/// Each slot op's location as "file:line:col", formatted once per distinct
/// location (ops lowered from one kernel op share it).
class LocationFormatter {
public:
  llvm::StringRef format(Location loc) {
    // Not a structured binding: the lambda below captures it (C++17).
    auto emplaced = cache.try_emplace(loc);
    auto it = emplaced.first;
    if (emplaced.second)
      loc->walk([&](Location nested) {
        auto fileLoc = dyn_cast<FileLineColLoc>(nested);
        if (!fileLoc)
          return WalkResult::advance();
        it->second = (fileLoc.getFilename().getValue() + ":" +
                      Twine(fileLoc.getLine()) + ":" +
                      Twine(fileLoc.getColumn()))
                         .str();
        return WalkResult::interrupt();
      });
    return it->second;
  }

private:
  llvm::DenseMap<Location, std::string> cache;
};
} // namespace

static LogicalResult convertBundle(vliw::BundleOp bundleOp,
                                   sim::Bundle &bundle,
                                   sim::ProgramLocations *locations,
                                   LocationFormatter &formatter) {
  for (vliw::Engine engine : bundleOp.getEngineOrder())
    bundle.engines.push_back({engine, {}});
  // Slots must come engine by engine in key order.
  size_t engineIndex = 0;
  for (Operation &op : bundleOp.getBody().front()) {
    auto slotOp = dyn_cast<vliw::SlotOpInterface>(op);
    if (!slotOp)
      return op.emitOpError("is not a slot op; a vliw.bundle holds only slots");
    vliw::Engine engine = slotOp.getEngine();
    while (engineIndex < bundle.engines.size() &&
           bundle.engines[engineIndex].engine != engine)
      ++engineIndex;
    if (engineIndex == bundle.engines.size())
      return op.emitOpError("is on engine '")
             << vliw::stringifyEngine(engine)
             << "', which is missing from, or out of order in, the bundle's "
                "engine keys";
    if (failed(convertSlot(slotOp, bundle.engines[engineIndex])))
      return failure();
    // Slots arrive in program order, so their locations do too.
    if (locations)
      locations->addSlot(formatter.format(op.getLoc()));
  }
  return success();
}

static FailureOr<sim::Program>
convertProgram(vliw::ProgramOp programOp, sim::ProgramLocations *locations) {
  sim::Program program;
  LocationFormatter formatter;
  for (Operation &op : programOp.getBody().front()) {
    auto bundleOp = dyn_cast<vliw::BundleOp>(op);
    if (!bundleOp)
      return op.emitOpError("is not a vliw.bundle; a vliw.program holds only "
                            "bundles");
    if (locations)
      locations->beginBundle();
    if (failed(convertBundle(bundleOp, program.bundles.emplace_back(),
                             locations, formatter)))
      return failure();
  }
  return program;
}

FailureOr<sim::Program> xyz::convertVLIWToProgram(vliw::ProgramOp programOp) {
  return convertProgram(programOp, nullptr);
}

FailureOr<sim::Program>
xyz::convertVLIWToProgram(vliw::ProgramOp programOp,
                          sim::ProgramLocations &locations) {
  locations = sim::ProgramLocations();
  return convertProgram(programOp, &locations);
}

//===----------------------------------------------------------------------===//
// Program -> vliw.
//===----------------------------------------------------------------------===//

namespace {
/// Builds the ops of one program, with locations.
class VLIWBuilder {
public:
  VLIWBuilder(MLIRContext *context, StringRef bufferName,
              const sim::ProgramSourceMap *sourceMap)
      : context(context), builder(context),
        filename(StringAttr::get(context, bufferName)), sourceMap(sourceMap) {}

  LogicalResult buildProgram(const sim::Program &program, Block &body);

private:
  LogicalResult buildBundle(const sim::Bundle &bundle, size_t bundleIndex);
  LogicalResult buildSlot(const sim::Slot &slot, vliw::Engine engine,
                          Location loc);
  Location slotLoc(size_t bundleIndex, vliw::Engine engine, size_t slotIndex);

  MLIRContext *context;
  OpBuilder builder;
  StringAttr filename;
  const sim::ProgramSourceMap *sourceMap;
  size_t slotCounter = 0;
};
} // namespace

Location VLIWBuilder::slotLoc(size_t bundleIndex, vliw::Engine engine,
                              size_t slotIndex) {
  size_t flatIndex = slotCounter++;
  if (sourceMap) {
    const sim::JsonSourcePos &pos = sourceMap->slots[flatIndex];
    return FileLineColLoc::get(filename, pos.line, pos.col);
  }
  return NameLoc::get(StringAttr::get(
      context, "bundle " + Twine(bundleIndex) + ", engine '" +
                   vliw::stringifyEngine(engine) + "', slot " +
                   Twine(slotIndex)));
}

LogicalResult VLIWBuilder::buildSlot(const sim::Slot &slot,
                                     vliw::Engine engine, Location loc) {
  const vliw::SlotInfo &info = vliw::getSlotInfo(slot.kind);
  if (info.engine != engine)
    return emitError(loc) << "slot of kind '"
                          << vliw::stringifySlotKind(slot.kind)
                          << "' is not on engine '"
                          << vliw::stringifyEngine(engine) << "'";
  if (slot.kind == vliw::SlotKind::Debug) {
    std::string whyNot;
    if (!sim::isDebugSlotJson(slot.debugJson, whyNot))
      return emitError(loc) << "invalid JSON debug slot: " << whyNot;
    builder.create<vliw::DebugOp>(loc, slot.debugJson);
    return success();
  }
  if (slot.operands.size() != info.roles.size())
    return emitError(loc) << "'" << vliw::getSlotOpName(slot.kind) << "' takes "
                          << info.roles.size() << " operands, found "
                          << slot.operands.size();
  vliw::buildSlotOp(builder, loc, slot.kind, slot.binop, slot.operands);
  return success();
}

LogicalResult VLIWBuilder::buildBundle(const sim::Bundle &bundle,
                                       size_t bundleIndex) {
  Location loc =
      sourceMap ? Location(FileLineColLoc::get(
                      filename, sourceMap->bundles[bundleIndex].line,
                      sourceMap->bundles[bundleIndex].col))
                : Location(NameLoc::get(StringAttr::get(
                      context, "bundle " + Twine(bundleIndex))));

  // The key order the slots alone would give: engines with slots, in order.
  SmallVector<StringRef> keys;
  bool derivable = true;
  for (const sim::EngineSlots &engineSlots : bundle.engines) {
    keys.push_back(vliw::stringifyEngine(engineSlots.engine));
    derivable &= !engineSlots.slots.empty();
  }
  ArrayAttr engines = derivable ? ArrayAttr() : builder.getStrArrayAttr(keys);

  auto bundleOp = builder.create<vliw::BundleOp>(loc, engines);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(&bundleOp.getBody().emplaceBlock());
  for (const sim::EngineSlots &engineSlots : bundle.engines)
    for (auto [slotIndex, slot] : llvm::enumerate(engineSlots.slots))
      if (failed(buildSlot(slot, engineSlots.engine,
                           slotLoc(bundleIndex, engineSlots.engine,
                                   slotIndex))))
        return failure();
  return success();
}

LogicalResult VLIWBuilder::buildProgram(const sim::Program &program,
                                        Block &body) {
  // Only trust a source map that matches the program.
  if (sourceMap) {
    size_t numSlots = 0;
    for (const sim::Bundle &bundle : program.bundles)
      for (const sim::EngineSlots &engineSlots : bundle.engines)
        numSlots += engineSlots.slots.size();
    if (sourceMap->bundles.size() != program.bundles.size() ||
        sourceMap->slots.size() != numSlots)
      sourceMap = nullptr;
  }
  builder.setInsertionPointToEnd(&body);
  for (auto [index, bundle] : llvm::enumerate(program.bundles))
    if (failed(buildBundle(bundle, index)))
      return failure();
  return success();
}

OwningOpRef<ModuleOp>
xyz::convertProgramToVLIW(const sim::Program &program, MLIRContext *context,
                          StringRef bufferName,
                          const sim::ProgramSourceMap *sourceMap) {
  context->getOrLoadDialect<vliw::VLIWDialect>();
  Location fileLoc = FileLineColLoc::get(context, bufferName, 1, 1);
  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc);
  OpBuilder builder = OpBuilder::atBlockEnd(module->getBody());
  auto programOp = builder.create<vliw::ProgramOp>(fileLoc);
  Block &body = programOp.getBody().emplaceBlock();
  VLIWBuilder vliwBuilder(context, bufferName, sourceMap);
  if (failed(vliwBuilder.buildProgram(program, body)) ||
      failed(verify(*module)))
    return nullptr;
  return module;
}
