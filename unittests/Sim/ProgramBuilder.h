//===- ProgramBuilder.h - Programs written inline in tests -------*- C++ -*-===//
//
// Lets a test spell a program almost as its JSON interchange:
//   bundle({alu("+", 3, 1, 2), load("const", {1, 7})})
// Opcodes are resolved with the machine description's lookupSlotKind, so a
// test cannot use an opcode the machine does not have. A bundle groups its
// slots by engine in order of first appearance (the JSON key order); use
// bundleInOrder for explicit key orders and empty engine lists.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_UNITTESTS_SIM_PROGRAMBUILDER_H
#define XYZ_UNITTESTS_SIM_PROGRAMBUILDER_H

#include "xyz/Sim/Interpreter.h"
#include <cassert>
#include <initializer_list>

namespace xyz::sim::test {

/// A slot tagged with its engine.
struct TaggedSlot {
  machine::Engine engine;
  Slot slot;
};

inline TaggedSlot makeSlot(machine::Engine engine, llvm::StringRef opcode,
                           std::initializer_list<int64_t> operands) {
  TaggedSlot tagged{engine, {}};
  std::optional<machine::SlotKind> kind =
      machine::lookupSlotKind(engine, opcode, tagged.slot.binop);
  assert(kind && "opcode not on this engine");
  tagged.slot.kind = *kind;
  tagged.slot.operands.assign(operands.begin(), operands.end());
  if (engine == machine::Engine::Debug)
    tagged.slot.debugJson = ("[\"" + opcode + "\"]").str();
  return tagged;
}

inline TaggedSlot alu(llvm::StringRef op, int64_t dest, int64_t a,
                      int64_t b) {
  return makeSlot(machine::Engine::Alu, op, {dest, a, b});
}
inline TaggedSlot valu(llvm::StringRef op,
                       std::initializer_list<int64_t> operands) {
  return makeSlot(machine::Engine::Valu, op, operands);
}
inline TaggedSlot load(llvm::StringRef op,
                       std::initializer_list<int64_t> operands) {
  return makeSlot(machine::Engine::Load, op, operands);
}
inline TaggedSlot store(llvm::StringRef op,
                        std::initializer_list<int64_t> operands) {
  return makeSlot(machine::Engine::Store, op, operands);
}
inline TaggedSlot flow(llvm::StringRef op,
                       std::initializer_list<int64_t> operands = {}) {
  return makeSlot(machine::Engine::Flow, op, operands);
}
inline TaggedSlot comment() {
  return makeSlot(machine::Engine::Debug, "comment", {});
}
/// `const dest, imm` on the load engine.
inline TaggedSlot cnst(int64_t dest, int64_t imm) {
  return load("const", {dest, imm});
}

/// Slots grouped by engine, engines in order of first appearance.
inline Bundle bundle(std::initializer_list<TaggedSlot> slots) {
  Bundle b;
  for (const TaggedSlot &tagged : slots) {
    auto it = llvm::find_if(b.engines, [&](const EngineSlots &e) {
      return e.engine == tagged.engine;
    });
    if (it == b.engines.end()) {
      b.engines.push_back({tagged.engine, {}});
      it = std::prev(b.engines.end());
    }
    it->slots.push_back(tagged.slot);
  }
  return b;
}

/// Adds an engine key (possibly with no slots) at the end of the bundle.
inline Bundle withEngine(Bundle b, machine::Engine engine,
                         std::initializer_list<TaggedSlot> slots = {}) {
  EngineSlots e{engine, {}};
  for (const TaggedSlot &tagged : slots)
    e.slots.push_back(tagged.slot);
  b.engines.push_back(std::move(e));
  return b;
}

inline Program program(std::initializer_list<Bundle> bundles) {
  Program p;
  p.bundles.assign(bundles.begin(), bundles.end());
  return p;
}

/// A finished run: the result and the final memory.
struct Outcome {
  RunResult result;
  std::vector<uint32_t> mem;
  uint32_t scratch(unsigned addr, unsigned core = 0) const {
    return result.scratch[core * machine::kScratchSize + addr];
  }
};

inline Outcome runProgram(const Program &p, std::vector<uint32_t> mem = {},
                          RunOptions options = {}) {
  Outcome out;
  out.result = run(p, mem, options);
  out.mem = std::move(mem);
  return out;
}

} // namespace xyz::sim::test

#endif // XYZ_UNITTESTS_SIM_PROGRAMBUILDER_H
