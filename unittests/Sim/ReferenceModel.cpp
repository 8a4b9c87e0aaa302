//===- ReferenceModel.cpp - A deliberately simple model of the machine ---===//
//
// Follows the spec sentence by sentence: std::map for scratch and for the
// pending writes of a bundle, operands unpacked per opcode, arithmetic on
// 64-bit values reduced mod 2^32 the way the Python reference does.
//
//===----------------------------------------------------------------------===//

#include "ReferenceModel.h"
#include <map>

using namespace xyz;
using namespace xyz::sim;
using namespace xyz::sim::test;
using machine::BinaryOpcode;
using machine::SlotKind;

namespace {
constexpr int64_t kScratch = 1536;
constexpr int64_t kLanes = 8;
constexpr uint64_t kMask = 0xFFFFFFFFull;

/// Python's x % 2^32 for any int64.
uint32_t wrap(int64_t x) {
  int64_t m = x % (int64_t(1) << 32);
  if (m < 0)
    m += int64_t(1) << 32;
  return static_cast<uint32_t>(m);
}

struct CoreModel {
  unsigned id;
  int64_t pc = 0;
  bool running = true;
  std::map<int64_t, uint32_t> scratch;
  std::vector<uint32_t> trace;
};

struct Model {
  const Program &program;
  std::vector<uint32_t> &mem;
  bool failed = false;
  std::map<int64_t, uint32_t> scratchWrites;
  std::map<int64_t, uint32_t> memWrites;

  uint32_t read(CoreModel &core, int64_t addr) {
    if (addr < 0 || addr >= kScratch) {
      failed = true;
      return 0;
    }
    auto it = core.scratch.find(addr);
    return it == core.scratch.end() ? 0 : it->second;
  }
  void write(int64_t addr, uint32_t value) {
    if (addr < 0 || addr >= kScratch)
      failed = true;
    scratchWrites[addr] = value;
  }
  uint32_t load(uint64_t addr) {
    if (addr >= mem.size()) {
      failed = true;
      return 0;
    }
    return mem[addr];
  }
  void store(uint64_t addr, uint32_t value) {
    if (addr >= mem.size())
      failed = true;
    memWrites[addr] = value;
  }

  uint32_t binary(BinaryOpcode op, uint64_t a, uint64_t b) {
    switch (op) {
    case BinaryOpcode::Add: return (a + b) & kMask;
    case BinaryOpcode::Sub: return (a + (uint64_t(1) << 32) - b) & kMask;
    case BinaryOpcode::Mul: return (a * b) & kMask;
    case BinaryOpcode::Xor: return a ^ b;
    case BinaryOpcode::And: return a & b;
    case BinaryOpcode::Or: return a | b;
    case BinaryOpcode::Div:
    case BinaryOpcode::Mod:
    case BinaryOpcode::CDiv:
      if (b == 0) {
        failed = true;
        return 0;
      }
      if (op == BinaryOpcode::Div)
        return a / b;
      if (op == BinaryOpcode::Mod)
        return a % b;
      return (a + b - 1) / b;
    case BinaryOpcode::Shl: return b >= 64 ? 0 : (a << b) & kMask;
    case BinaryOpcode::Shr: return b >= 64 ? 0 : (a >> b) & kMask;
    case BinaryOpcode::Lt: return a < b ? 1 : 0;
    case BinaryOpcode::Eq: return a == b ? 1 : 0;
    }
    return 0;
  }

  void execute(CoreModel &core, const Slot &slot) {
    const auto &o = slot.operands;
    auto r = [&](int64_t addr) { return read(core, addr); };
    switch (slot.kind) {
    case SlotKind::Alu:
      write(o[0], binary(slot.binop, r(o[1]), r(o[2])));
      break;
    case SlotKind::Valu:
      for (int64_t i = 0; i < kLanes; ++i)
        write(o[0] + i, binary(slot.binop, r(o[1] + i), r(o[2] + i)));
      break;
    case SlotKind::VBroadcast:
      for (int64_t i = 0; i < kLanes; ++i)
        write(o[0] + i, r(o[1]));
      break;
    case SlotKind::MultiplyAdd:
      for (int64_t i = 0; i < kLanes; ++i) {
        uint64_t mul = (uint64_t(r(o[1] + i)) * r(o[2] + i)) & kMask;
        write(o[0] + i, (mul + r(o[3] + i)) & kMask);
      }
      break;
    case SlotKind::Load:
      write(o[0], load(r(o[1])));
      break;
    case SlotKind::LoadOffset:
      write(o[0] + o[2], load(r(o[1] + o[2])));
      break;
    case SlotKind::VLoad: {
      uint64_t addr = r(o[1]);
      for (int64_t i = 0; i < kLanes; ++i)
        write(o[0] + i, load(addr + i));
      break;
    }
    case SlotKind::Const:
      write(o[0], wrap(o[1]));
      break;
    case SlotKind::Store:
      store(r(o[0]), r(o[1]));
      break;
    case SlotKind::VStore: {
      uint64_t addr = r(o[0]);
      for (int64_t i = 0; i < kLanes; ++i)
        store(addr + i, r(o[1] + i));
      break;
    }
    case SlotKind::Select:
      write(o[0], r(o[1]) != 0 ? r(o[2]) : r(o[3]));
      break;
    case SlotKind::VSelect:
      for (int64_t i = 0; i < kLanes; ++i)
        write(o[0] + i, r(o[1] + i) != 0 ? r(o[2] + i) : r(o[3] + i));
      break;
    case SlotKind::AddImm:
      write(o[0], wrap(int64_t(r(o[1])) + o[2]));
      break;
    case SlotKind::Halt:
      core.running = false;
      break;
    case SlotKind::Pause:
      break;
    case SlotKind::TraceWrite:
      core.trace.push_back(r(o[0]));
      break;
    case SlotKind::CondJump:
      if (r(o[0]) != 0)
        core.pc = o[1];
      break;
    case SlotKind::CondJumpRel:
      if (r(o[0]) != 0)
        core.pc += o[1];
      break;
    case SlotKind::Jump:
      core.pc = o[0];
      break;
    case SlotKind::JumpIndirect:
      core.pc = r(o[0]);
      break;
    case SlotKind::CoreId:
      write(o[0], core.id);
      break;
    case SlotKind::Debug:
      break;
    }
    if (core.pc < 0)
      failed = true;
  }

  /// Executes one bundle on `core`; false on a fault.
  bool step(CoreModel &core, const Bundle &bundle) {
    scratchWrites.clear();
    memWrites.clear();
    for (const EngineSlots &engine : bundle.engines) {
      if (engine.engine == machine::Engine::Debug)
        continue;
      for (const Slot &slot : engine.slots) {
        execute(core, slot);
        if (failed)
          return false;
      }
    }
    for (auto [addr, value] : scratchWrites)
      core.scratch[addr] = value;
    for (auto [addr, value] : memWrites)
      mem[addr] = value;
    return true;
  }
};
} // namespace

ReferenceOutcome test::runReference(const Program &program,
                                    std::vector<uint32_t> &mem,
                                    unsigned cores, uint64_t maxCycles) {
  Model model{program, mem};
  std::vector<CoreModel> coreModels;
  for (unsigned c = 0; c < cores; ++c)
    coreModels.push_back(CoreModel{c});
  ReferenceOutcome out;
  auto anyRunning = [&] {
    for (const CoreModel &core : coreModels)
      if (core.running)
        return true;
    return false;
  };
  while (anyRunning() && !out.faulted) {
    bool counted = false;
    for (CoreModel &core : coreModels) {
      if (!core.running)
        continue;
      if (core.pc >= int64_t(program.bundles.size())) {
        core.running = false;
        continue;
      }
      const Bundle &bundle = program.bundles[core.pc];
      int64_t pc = core.pc;
      core.pc += 1;
      if (!model.step(core, bundle)) {
        out.faulted = true;
        out.faultCycle = out.cycles;
        out.faultCore = core.id;
        out.faultPc = pc;
        break;
      }
      for (const EngineSlots &engine : bundle.engines)
        if (engine.engine != machine::Engine::Debug)
          counted = true;
    }
    if (!out.faulted && counted && ++out.cycles >= maxCycles) {
      out.faulted = true;
      out.faultCycle = out.cycles;
    }
  }
  for (CoreModel &core : coreModels) {
    out.traces.push_back(core.trace);
    for (int64_t addr = 0; addr < kScratch; ++addr) {
      auto it = core.scratch.find(addr);
      out.scratch.push_back(it == core.scratch.end() ? 0 : it->second);
    }
  }
  return out;
}
