//===- DifferentialTest.cpp - Interpreter vs. a simple reference model ---===//
//
// Generates random legal programs (straight-line, with counted loops and
// forward jumps of every kind, on 1-3 cores) and checks that the interpreter
// and ReferenceModel agree on cycles, final memory, scratch, traces and
// where a fault (division by zero, an out-of-range memory address) happens.
//
// Scratch layout of generated programs: 0..7 hold memory addresses (set
// once), 8 a loop counter, 9 an indirect jump target, 16..119 data.
//
//===----------------------------------------------------------------------===//

#include "ProgramBuilder.h"
#include "ReferenceModel.h"
#include "gtest/gtest.h"
#include <random>

using namespace xyz;
using namespace xyz::sim;
using namespace xyz::sim::test;
using machine::Engine;

namespace {

constexpr int64_t kDataBegin = 16, kDataEnd = 120;

class Generator {
public:
  Generator(uint32_t seed) : rng(seed) {}

  struct Case {
    Program program;
    std::vector<uint32_t> mem;
    unsigned cores;
  };

  Case generate(bool loops) {
    Case c;
    c.cores = 1 + pick(3);
    memSize = 32 + pick(64);
    for (unsigned i = 0; i < memSize; ++i)
      c.mem.push_back(static_cast<uint32_t>(rng()));
    p = Program{};
    // Address registers (rarely out of range, to exercise memory faults).
    for (int64_t r = 0; r < 8; r += 2)
      add(bundle({cnst(r, addressValue()), cnst(r + 1, addressValue())}));
    for (unsigned i = 0, n = pick(4); i < n; ++i)
      add(bundle({valu("vbroadcast", {vec(), 16 + pick(8)}), cnst(data(), imm()),
                  cnst(data(), imm())}));
    unsigned segments = 2 + pick(6);
    for (unsigned s = 0; s < segments; ++s) {
      unsigned kind = pick(10);
      if (loops && kind < 3)
        addLoop();
      else if (kind < 5)
        addForwardJump();
      else
        for (unsigned i = 0, n = 1 + pick(4); i < n; ++i)
          add(randomBundle(true));
    }
    if (chance(15))
      add(bundle({flow("halt"), cnst(data(), imm())}));
    for (unsigned i = 0, n = pick(3); i < n; ++i)
      add(randomBundle(true));
    c.program = std::move(p);
    return c;
  }

private:
  unsigned pick(unsigned n) { return n ? rng() % n : 0; }
  bool chance(unsigned percent) { return pick(100) < percent; }
  int64_t data() { return kDataBegin + pick(kDataEnd - kDataBegin); }
  int64_t vec() { return kDataBegin + pick(kDataEnd - kDataBegin - 8); }
  int64_t addrReg() { return pick(8); }
  int64_t addressValue() {
    if (chance(3))
      return memSize - 3 + pick(6); // faults for vectors, maybe for scalars
    return pick(memSize - 7);
  }
  int64_t imm() {
    switch (pick(4)) {
    case 0: return int64_t(pick(10));
    case 1: return -int64_t(pick(1000));
    case 2: return int64_t(rng()) << 3; // beyond 2^32: wraps
    default: return int64_t(rng());
    }
  }
  llvm::StringRef binop() {
    static const char *ops[] = {"+", "-", "*", "^", "&", "|", "<<", ">>",
                                "<", "==", "+", "*", "//", "%", "cdiv"};
    // Division rarely: it faults whenever a data word is zero.
    return ops[pick(chance(10) ? 15 : 12)];
  }
  void add(Bundle b) { p.bundles.push_back(std::move(b)); }
  size_t here() const { return p.bundles.size(); }

  TaggedSlot randomSlot(Engine engine, bool withFlow) {
    switch (engine) {
    case Engine::Alu: {
      int64_t b = chance(20) ? addrReg() : data();
      return alu(binop(), data(), data(), b);
    }
    case Engine::Valu:
      switch (pick(4)) {
      case 0: return valu("vbroadcast", {vec(), data()});
      case 1: return valu("multiply_add", {vec(), vec(), vec(), vec()});
      default: return valu(binop(), {vec(), vec(), vec()});
      }
    case Engine::Load:
      switch (pick(4)) {
      case 0: return load("load", {data(), addrReg()});
      case 1: {
        int64_t off = pick(8);
        return load("load_offset", {data() - off, addrReg() - off, off});
      }
      case 2: return load("vload", {vec(), addrReg()});
      default: return cnst(data(), imm());
      }
    case Engine::Store:
      if (chance(50))
        return store("store", {addrReg(), data()});
      return store("vstore", {addrReg(), vec()});
    case Engine::Flow:
      switch (pick(6)) {
      case 0: return flow("select", {data(), data(), data(), data()});
      case 1: return flow("vselect", {vec(), vec(), vec(), vec()});
      case 2: return flow("add_imm", {data(), data(), imm()});
      case 3: return flow("trace_write", {data()});
      case 4: return flow("coreid", {data()});
      default: return flow("pause");
      }
    case Engine::Debug:
      return comment();
    }
    return comment();
  }

  /// A bundle with random engines in random key order; sometimes an empty
  /// engine list, a debug-only bundle or `{}`.
  Bundle randomBundle(bool withFlow) {
    if (chance(5))
      return Bundle{};
    if (chance(5))
      return bundle({comment()});
    Engine engines[] = {Engine::Alu, Engine::Valu, Engine::Load,
                        Engine::Store, Engine::Flow, Engine::Debug};
    std::shuffle(std::begin(engines), std::end(engines), rng);
    Bundle b;
    for (Engine e : engines) {
      if (!chance(50) || (e == Engine::Flow && !withFlow))
        continue;
      EngineSlots slots{e, {}};
      unsigned limit = machine::getSlotLimit(e);
      unsigned n = pick(std::min(limit, 4u) + 1);
      for (unsigned i = 0; i < n; ++i)
        slots.slots.push_back(randomSlot(e, withFlow).slot);
      b.engines.push_back(std::move(slots));
    }
    return b;
  }

  /// const s8 = n; L bundles, the last decrementing s8; cond_jump_rel back.
  void addLoop() {
    unsigned iterations = 1 + pick(5), length = 1 + pick(4);
    add(bundle({cnst(8, iterations)}));
    size_t start = here();
    for (unsigned i = 0; i < length; ++i) {
      Bundle b = randomBundle(/*withFlow=*/false);
      if (i + 1 == length)
        b = withEngine(std::move(b), Engine::Flow,
                       {flow("add_imm", {8, 8, -1})});
      add(std::move(b));
    }
    int64_t offset = int64_t(start) - int64_t(here()) - 1;
    add(bundle({flow("cond_jump_rel", {8, offset})}));
  }

  /// A forward jump of a random kind over a few straight-line bundles.
  void addForwardJump() {
    unsigned skipped = 1 + pick(3);
    unsigned kind = pick(4);
    if (kind == 3) // jump_indirect: the target is set a bundle earlier
      add(bundle({cnst(9, here() + 2 + skipped)}));
    int64_t target = here() + 1 + skipped;
    switch (kind) {
    case 0: add(bundle({flow("jump", {target}), alu("+", data(), data(), data())})); break;
    case 1: add(bundle({flow("cond_jump", {data(), target})})); break;
    case 2: add(bundle({flow("cond_jump_rel", {data(), int64_t(skipped)})})); break;
    default: add(bundle({flow("jump_indirect", {9})})); break;
    }
    for (unsigned i = 0; i < skipped; ++i)
      add(randomBundle(true));
  }

  std::mt19937 rng;
  Program p;
  unsigned memSize = 0;
};

void checkAgainstReference(const Generator::Case &c, unsigned seed) {
  SCOPED_TRACE("seed " + std::to_string(seed) + ", cores " +
               std::to_string(c.cores));
  std::vector<uint32_t> refMem = c.mem;
  ReferenceOutcome ref = runReference(c.program, refMem, c.cores);
  std::vector<uint32_t> mem = c.mem;
  RunOptions options;
  options.cores = c.cores;
  RunResult got = run(c.program, mem, options);

  ASSERT_EQ(got.fault.has_value(), ref.faulted)
      << (got.fault ? got.fault->message : "interpreter did not fault");
  if (ref.faulted) {
    EXPECT_EQ(got.fault->cycle, ref.faultCycle);
    EXPECT_EQ(got.fault->core, ref.faultCore);
    EXPECT_EQ(int64_t(got.fault->pc), ref.faultPc);
  }
  EXPECT_EQ(got.cycles, ref.cycles);
  EXPECT_EQ(mem, refMem);
  EXPECT_EQ(got.traces, ref.traces);
  EXPECT_EQ(got.scratch, ref.scratch);
}

TEST(Differential, StraightLinePrograms) {
  unsigned faulted = 0;
  for (unsigned seed = 1; seed <= 300; ++seed) {
    Generator::Case c = Generator(seed).generate(/*loops=*/false);
    checkAgainstReference(c, seed);
    std::vector<uint32_t> mem = c.mem;
    faulted += run(c.program, mem, RunOptions{}).fault.has_value();
    if (HasFatalFailure())
      return;
  }
  // Both outcomes must be exercised.
  EXPECT_GT(faulted, 5u);
  EXPECT_LT(faulted, 200u);
}

TEST(Differential, LoopingPrograms) {
  uint64_t totalCycles = 0;
  for (unsigned seed = 1001; seed <= 1300; ++seed) {
    Generator::Case c = Generator(seed).generate(/*loops=*/true);
    checkAgainstReference(c, seed);
    std::vector<uint32_t> mem = c.mem;
    totalCycles += run(c.program, mem, RunOptions{}).cycles;
    if (HasFatalFailure())
      return;
  }
  EXPECT_GT(totalCycles, 300u * 10);
}

} // namespace
