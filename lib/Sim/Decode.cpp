//===- Decode.cpp - Program -> flat instruction array --------------------===//
//
// Decodes a Program once for the interpreter (see DecodedProgramImpl.h).
// Operands are placed by their roles from the machine description, so this
// file knows no opcode by name.
//
//===----------------------------------------------------------------------===//

#include "DecodedProgramImpl.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace xyz;
using namespace xyz::sim;
using machine::Engine;
using machine::OperandRole;
using machine::SlotKind;

std::string sim::describeSlot(Engine engine, unsigned slotIndex,
                              const Slot &slot) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << machine::stringifyEngine(engine) << " slot " << slotIndex;
  if (slot.kind == SlotKind::Alu || slot.kind == SlotKind::Valu)
    os << " (\"" << machine::getJsonName(slot.binop) << "\")";
  else if (slot.kind != SlotKind::Debug)
    os << " (" << machine::getSlotInfo(slot.kind).jsonOpcode << ")";
  return text;
}

/// True if executing `inst` in the bundle at `pc` can fault at run time.
static bool canFault(const Inst &inst, uint64_t pc) {
  switch (inst.kind) {
  case SlotKind::Alu:
  case SlotKind::Valu:
    return machine::isDivision(inst.op);
  case SlotKind::Load:
  case SlotKind::LoadOffset:
  case SlotKind::VLoad:
  case SlotKind::Store:
  case SlotKind::VStore:
    return true;
  case SlotKind::CondJump:
  case SlotKind::Jump:
    return inst.imm < 0;
  case SlotKind::CondJumpRel:
    // Only a jump to a negative pc faults; pc + 1 is where it starts from.
    return inst.imm < 0 && uint64_t(-(inst.imm + 1)) > pc;
  default:
    return false;
  }
}

namespace {
/// Inst::run: the first of each run of direct ALU (or VALU) slots with the
/// same opcode (no division: those can fault) gets the run's length.
void markRuns(llvm::MutableArrayRef<Inst> insts) {
  for (size_t i = 0; i < insts.size();) {
    const Inst &first = insts[i];
    size_t j = i + 1;
    if ((first.kind == SlotKind::Alu || first.kind == SlotKind::Valu) &&
        first.direct && !machine::isDivision(first.op))
      while (j < insts.size() && j - i < 255 && insts[j].code == first.code &&
             insts[j].direct)
        ++j;
    insts[i].run = static_cast<uint8_t>(j - i);
    i = j;
  }
}

using Accesses = llvm::SmallVector<machine::ScratchAccess, 4>;

/// The order in which a bundle checked not to fault runs its slots, so
/// that as many as possible write scratch in place (markDirect): every slot
/// before the slots that write a word it reads (it must see the word as the
/// bundle found it), the writers of a common word, the stores and the flow
/// slots each in bundle order, and every memory read before the stores.
/// Among the slots free to go next: one with the code of the last (a run
/// of them is one dispatch, markRuns), else the first in bundle order.
/// Empty where these constraints form a cycle (two slots each reading a
/// word the other writes): the bundle order stays.
llvm::SmallVector<unsigned, 32> directOrder(llvm::ArrayRef<Inst> insts,
                                            llvm::ArrayRef<Accesses> accesses) {
  unsigned n = insts.size();
  if (n > 64)
    return {};
  auto overlap = [](const machine::ScratchAccess &a,
                    const machine::ScratchAccess &b) {
    return a.addr <= b.last() && b.addr <= a.last();
  };
  // before[j]: the slots that must run before slot j.
  llvm::SmallVector<uint64_t, 32> before(n, 0);
  for (unsigned i = 0; i < n; ++i)
    for (unsigned j = 0; j < n; ++j) {
      if (i == j)
        continue;
      SlotKind ki = insts[i].kind, kj = insts[j].kind;
      bool first =
          (machine::readsMemory(ki) && machine::writesMemory(kj)) ||
          (i < j && machine::writesMemory(ki) && machine::writesMemory(kj)) ||
          (i < j && insts[i].engine == Engine::Flow &&
           insts[j].engine == Engine::Flow);
      for (const machine::ScratchAccess &a : accesses[i])
        for (const machine::ScratchAccess &b : accesses[j])
          first |= b.isWrite && (!a.isWrite || i < j) && overlap(a, b);
      if (first)
        before[j] |= uint64_t(1) << i;
    }
  llvm::SmallVector<unsigned, 32> order;
  uint64_t done = 0;
  int lastCode = -1;
  while (order.size() < n) {
    int pick = -1;
    for (unsigned j = 0; j < n; ++j) {
      if ((done >> j & 1) || (before[j] & ~done) != 0)
        continue;
      if (pick < 0)
        pick = j;
      if (insts[j].code == lastCode) {
        pick = j;
        break;
      }
    }
    if (pick < 0)
      return {};
    order.push_back(pick);
    done |= uint64_t(1) << pick;
    lastCode = insts[pick].code;
  }
  return order;
}

/// Marks the slots of one bundle (`insts`, touching scratch as `accesses`
/// says) whose
/// scratch writes may skip the write log: no later slot reads a word they
/// write, nor a later lane of the same slot (a vector read starting below
/// its destination and reaching into it), and no other slot writes it (the
/// log, applied last, would otherwise undo a later direct write). `read`
/// and `written` hold, per scratch word, the stamp of the bundle that last
/// read or wrote it; `writers` counts the writers in this bundle.
void markDirect(llvm::MutableArrayRef<Inst> insts,
                llvm::ArrayRef<const Accesses *> accesses, uint32_t stamp,
                std::vector<uint32_t> &read, std::vector<uint32_t> &written,
                std::vector<uint8_t> &writers) {
  for (const Accesses *slotAccesses : accesses) {
    for (const machine::ScratchAccess &write : *slotAccesses)
      if (write.isWrite)
        for (unsigned i = 0; i < write.width; ++i) {
          int64_t word = write.addr + i;
          if (written[word] != stamp) {
            written[word] = stamp;
            writers[word] = 0;
          }
          writers[word] = writers[word] < 2 ? writers[word] + 1 : 2;
        }
  }
  for (size_t k = insts.size(); k-- > 0;) {
    bool direct = true;
    for (const machine::ScratchAccess &write : *accesses[k]) {
      if (!write.isWrite)
        continue;
      for (unsigned i = 0; i < write.width; ++i)
        if (read[write.addr + i] == stamp || writers[write.addr + i] > 1)
          direct = false;
      for (const machine::ScratchAccess &access : *accesses[k])
        if (!access.isWrite && access.width > 1 && access.addr < write.addr &&
            write.addr < access.addr + access.width)
          direct = false;
    }
    insts[k].direct = direct;
    for (const machine::ScratchAccess &access : *accesses[k])
      if (!access.isWrite)
        for (unsigned i = 0; i < access.width; ++i)
          read[access.addr + i] = stamp;
  }
}

/// Decodes one slot into `inst`, or returns why it can never execute.
std::optional<StaticFault> decodeSlot(Engine engine, unsigned index,
                                      const Slot &slot, Inst &inst,
                                      Accesses &accesses) {
  const machine::SlotInfo &info = machine::getSlotInfo(slot.kind);
  auto fault = [&](FaultKind kind, const llvm::Twine &what) {
    return StaticFault{kind, engine, index, &slot, what.str()};
  };
  if (info.engine != engine)
    return fault(FaultKind::MalformedSlot,
                 "opcode does not belong to this engine");
  if (slot.operands.size() != info.roles.size())
    return fault(FaultKind::MalformedSlot,
                 "expected " + llvm::Twine(info.roles.size()) +
                     " operands, got " + llvm::Twine(slot.operands.size()));

  accesses.clear();
  machine::getScratchAccesses(slot.kind, slot.operands, accesses);
  for (const machine::ScratchAccess &access : accesses) {
    if (access.inScratch())
      continue;
    int64_t last = access.last();
    int64_t bad = access.addr < 0 ? access.addr : last;
    std::string what;
    llvm::raw_string_ostream os(what);
    os << "scratch address " << bad << " out of range [0, "
       << machine::kScratchSize << ") (operand "
       << info.operandNames[access.operand] << " = "
       << slot.operands[access.operand];
    if (access.addr != slot.operands[access.operand])
      os << ", plus offset = " << access.addr;
    if (access.width > 1)
      os << ", lanes " << access.addr << ".." << last;
    os << ")";
    return fault(FaultKind::ScratchOutOfRange, what);
  }

  inst.kind = slot.kind;
  inst.op = slot.binop;
  inst.code = slot.kind == SlotKind::Alu
                  ? kAluCode + unsigned(slot.binop)
                  : slot.kind == SlotKind::Valu ? kValuCode + unsigned(slot.binop)
                                                : unsigned(slot.kind);
  inst.engine = engine;
  inst.slotIndex = static_cast<uint16_t>(index);
  inst.direct = false;
  inst.s[0] = inst.s[1] = inst.s[2] = inst.s[3] = 0;
  inst.imm = 0;
  // Scratch operands in JSON order, load_offset's offset folded in.
  unsigned next = 0;
  for (const machine::ScratchAccess &access : accesses)
    inst.s[next++] = static_cast<uint32_t>(access.addr);
  for (auto [role, value] : llvm::zip(info.roles, slot.operands))
    if (role == OperandRole::Immediate || role == OperandRole::JumpTarget ||
        role == OperandRole::JumpOffset)
      inst.imm = value;
  return std::nullopt;
}
} // namespace

DecodedProgram::Impl::Impl(const Program &p) : program(p) {
  bundles.reserve(program.bundles.size());
  size_t numSlots = 0;
  for (const Bundle &bundle : program.bundles)
    for (const EngineSlots &engineSlots : bundle.engines)
      numSlots += engineSlots.slots.size();
  insts.reserve(numSlots);
  sources.reserve(numSlots);
  std::vector<uint32_t> read(machine::kScratchSize, 0);
  std::vector<uint32_t> written(machine::kScratchSize, 0);
  std::vector<uint8_t> writers(machine::kScratchSize, 0);
  // The scratch accesses of the current bundle's slots (reused).
  std::vector<Accesses> accesses;
  for (const Bundle &bundle : program.bundles) {
    BundleRec rec;
    rec.first = static_cast<uint32_t>(insts.size());
    size_t numAccesses = 0;
    rec.counted = bundle.isCounted();
    for (const EngineSlots &engineSlots : bundle.engines) {
      Engine engine = engineSlots.engine;
      if (engine == Engine::Debug)
        continue;
      unsigned limit = machine::getSlotLimit(engine);
      if (engineSlots.slots.size() > limit) {
        // The reference asserts before running any slot of the engine.
        rec.faultIndex = static_cast<int32_t>(staticFaults.size());
        staticFaults.push_back(
            {FaultKind::OverfullEngine, engine, limit,
             &engineSlots.slots[limit],
             (llvm::Twine(engineSlots.slots.size()) + " " +
              machine::stringifyEngine(engine) + " slots in one bundle, limit " +
              llvm::Twine(limit))
                 .str()});
        break;
      }
      for (auto [index, slot] : llvm::enumerate(engineSlots.slots)) {
        Inst inst;
        if (numAccesses == accesses.size())
          accesses.emplace_back();
        if (std::optional<StaticFault> fault =
                decodeSlot(engine, index, slot, inst, accesses[numAccesses])) {
          rec.faultIndex = static_cast<int32_t>(staticFaults.size());
          staticFaults.push_back(std::move(*fault));
          break;
        }
        insts.push_back(inst);
        sources.push_back(&slot);
        ++numAccesses;
        ++rec.slotsPerEngine[static_cast<unsigned>(engine)];
      }
      if (rec.faultIndex >= 0)
        break;
    }
    rec.stop = static_cast<uint32_t>(insts.size());
    // The slots in the order a bundle checked not to fault runs them: a
    // copy after the bundle's own where it differs.
    llvm::SmallVector<unsigned, 32> order = directOrder(
        llvm::ArrayRef(insts).slice(rec.first, rec.stop - rec.first),
        llvm::ArrayRef(accesses).take_front(numAccesses));
    bool reordered = false;
    for (auto [k, slot] : llvm::enumerate(order))
      reordered |= slot != k;
    if (order.empty() || !reordered) {
      order.clear();
      for (unsigned k = 0; k < rec.stop - rec.first; ++k)
        order.push_back(k);
    }
    rec.directFirst = rec.first;
    if (reordered) {
      rec.directFirst = static_cast<uint32_t>(insts.size());
      for (unsigned k : order) {
        Inst copy = insts[rec.first + k];
        const Slot *source = sources[rec.first + k];
        insts.push_back(copy);
        sources.push_back(source);
      }
    }
    uint32_t directStop = rec.directFirst + (rec.stop - rec.first);
    llvm::SmallVector<const Accesses *, 32> orderedAccesses;
    for (unsigned k : order)
      orderedAccesses.push_back(&accesses[k]);
    markDirect(llvm::MutableArrayRef(insts).slice(rec.directFirst,
                                                  directStop - rec.directFirst),
               orderedAccesses, static_cast<uint32_t>(bundles.size() + 1), read,
               written, writers);
    // Memory writes may skip the log too where no slot after the first
    // store reads memory (the direct order puts every load first): every
    // load then reads the bundle's starting memory, and the stores land in
    // slot order, the later winning, as the log would apply them.
    bool storeSeen = false, loadAfterStore = false;
    for (uint32_t i = rec.directFirst; i < directStop; ++i) {
      storeSeen |= machine::writesMemory(insts[i].kind);
      loadAfterStore |= storeSeen && machine::readsMemory(insts[i].kind);
    }
    for (uint32_t i = rec.directFirst; i < directStop; ++i)
      if (machine::writesMemory(insts[i].kind))
        insts[i].direct = !loadAfterStore;
    markRuns(llvm::MutableArrayRef(insts).slice(rec.directFirst,
                                                directStop - rec.directFirst));
    // The memory accesses' checks first, then the others.
    rec.checkFirst = static_cast<uint32_t>(checks.size());
    for (bool memoryChecks : {true, false}) {
      for (uint32_t i = rec.first; i < rec.stop; ++i) {
        const Inst &inst = insts[i];
        bool accessesMemory =
            machine::readsMemory(inst.kind) || machine::writesMemory(inst.kind);
        if (accessesMemory != memoryChecks || !canFault(inst, bundles.size()))
          continue;
        Check check{i, 0, 0};
        if (accessesMemory) {
          // Loads keep (dest, addr) in s[0..1], stores (addr, src).
          check.addressWord = static_cast<uint16_t>(
              machine::readsMemory(inst.kind) ? inst.s[1] : inst.s[0]);
          check.width =
              inst.kind == SlotKind::VLoad || inst.kind == SlotKind::VStore
                  ? machine::kVectorLength
                  : 1;
        }
        checks.push_back(check);
      }
      if (memoryChecks)
        rec.checkMemoryStop = static_cast<uint32_t>(checks.size());
    }
    rec.checkStop = static_cast<uint32_t>(checks.size());
    bundles.push_back(rec);
  }
}
