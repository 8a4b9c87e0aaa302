//===- Interpreter.cpp - The machine's run loop ---------------------------===//
//
// Executes a DecodedProgram cycle by cycle with the reference simulator's
// rules (docs/machine.md): each step, every running core in id
// order fetches program[pc], increments pc and executes the bundle; slots
// read the state as of the start of the bundle and their writes are logged
// and applied, in execution order, at its end, so the later write wins and
// core k+1 sees core k's memory writes of the same step. A step costs a cycle
// if any core executed a bundle with an engine key other than debug.
//
// The loop is instantiated per (strict, observed) combination so that the
// common run pays for neither. Fault messages are built off the hot path.
//
//===----------------------------------------------------------------------===//

#include "DecodedProgramImpl.h"
#include "llvm/Support/Compiler.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <cstring>
#include <sstream>
#include <type_traits>

using namespace xyz;
using namespace xyz::sim;
using machine::BinaryOpcode;
using machine::Engine;
using machine::SlotKind;

ExecutionObserver::~ExecutionObserver() = default;

namespace {
constexpr unsigned VL = machine::kVectorLength;

/// Calls `fn` with the opcode as a compile-time constant, so that
/// machine::evalBinary folds to one operation and the lane loops vectorize.
template <typename Fn>
LLVM_ATTRIBUTE_ALWAYS_INLINE bool withOpcode(BinaryOpcode op, Fn &&fn) {
#define XYZ_OPCODE_CASE(NAME)                                                  \
  case BinaryOpcode::NAME:                                                     \
    return fn(std::integral_constant<BinaryOpcode, BinaryOpcode::NAME>{});
  switch (op) {
    XYZ_OPCODE_CASE(Add)
    XYZ_OPCODE_CASE(Sub)
    XYZ_OPCODE_CASE(Mul)
    XYZ_OPCODE_CASE(Xor)
    XYZ_OPCODE_CASE(And)
    XYZ_OPCODE_CASE(Or)
    XYZ_OPCODE_CASE(Div)
    XYZ_OPCODE_CASE(Mod)
    XYZ_OPCODE_CASE(CDiv)
    XYZ_OPCODE_CASE(Shl)
    XYZ_OPCODE_CASE(Shr)
    XYZ_OPCODE_CASE(Lt)
    XYZ_OPCODE_CASE(Eq)
  }
#undef XYZ_OPCODE_CASE
  llvm_unreachable("unknown binary opcode");
}

/// The 8 lanes of a vector slot as one value (GCC/Clang vector extension):
/// a direct vector slot is a few whole-vector operations. The functions
/// below are always inlined, so GCC's note that a 32-byte vector argument
/// has another ABI with AVX (-Wpsabi) concerns no call.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wpsabi"
#endif
typedef uint32_t Lanes __attribute__((vector_size(VL * sizeof(uint32_t))));
static_assert(VL == 8, "Lanes holds 8 words");

LLVM_ATTRIBUTE_ALWAYS_INLINE Lanes loadLanes(const uint32_t *words) {
  Lanes v;
  std::memcpy(&v, words, sizeof(v));
  return v;
}
LLVM_ATTRIBUTE_ALWAYS_INLINE void storeLanes(uint32_t *words, Lanes v) {
  std::memcpy(words, &v, sizeof(v));
}

/// machine::evalBinary on every lane, for the opcodes that cannot fault.
template <BinaryOpcode Op>
LLVM_ATTRIBUTE_ALWAYS_INLINE Lanes evalLanes(Lanes a, Lanes b) {
  const Lanes one = Lanes{} + 1;
  if constexpr (Op == BinaryOpcode::Add)
    return a + b;
  else if constexpr (Op == BinaryOpcode::Sub)
    return a - b;
  else if constexpr (Op == BinaryOpcode::Mul)
    return a * b;
  else if constexpr (Op == BinaryOpcode::Xor)
    return a ^ b;
  else if constexpr (Op == BinaryOpcode::And)
    return a & b;
  else if constexpr (Op == BinaryOpcode::Or)
    return a | b;
  else if constexpr (Op == BinaryOpcode::Shl)
    return (a << (b & 31)) & Lanes(b < 32);
  else if constexpr (Op == BinaryOpcode::Shr)
    return (a >> (b & 31)) & Lanes(b < 32);
  else if constexpr (Op == BinaryOpcode::Lt)
    return Lanes(a < b) & one;
  else if constexpr (Op == BinaryOpcode::Eq)
    return Lanes(a == b) & one;
  else
    static_assert(Op != Op, "division opcodes can fault: no lane form");
}

struct CoreState {
  uint32_t *scratch;
  uint64_t pc = 0;
  bool running = true;
};

/// Most scratch / memory words one bundle can write: every slot of every
/// engine writing a full vector.
unsigned maxScratchWrites() {
  unsigned total = 0;
  for (unsigned e = 0; e < machine::kNumEngines; ++e)
    if (static_cast<Engine>(e) != Engine::Debug)
      total += machine::getSlotLimit(static_cast<Engine>(e)) * VL;
  return total;
}
unsigned maxMemoryWrites() {
  return machine::getSlotLimit(Engine::Store) * VL;
}

/// The interpreter loop is compiled twice on x86-64: for the baseline ISA
/// and for AVX2 (one instruction for a vector slot's 8-lane multiply, where
/// baseline x86-64 needs a dozen), and the run picks one by the CPU
/// (RunOptions::baselineIsa forces the first, for tests). Only the loop and
/// what is inlined into it are compiled for AVX2: the functions it calls
/// keep their one baseline definition.
#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
#define XYZ_SIM_AVX2 __attribute__((target("avx2")))
bool cpuHasAvx2() { return __builtin_cpu_supports("avx2"); }
#else
#define XYZ_SIM_AVX2
bool cpuHasAvx2() { return false; }
#endif

/// How many running cores have a bundle to execute, and whether one of
/// those bundles counts a cycle (asked only near a limit).
LLVM_ATTRIBUTE_NOINLINE unsigned upcoming(const std::vector<CoreState> &cores,
                                          const std::vector<BundleRec> &bundles,
                                          bool &counts) {
  unsigned executing = 0;
  counts = false;
  for (const CoreState &core : cores)
    if (core.running && core.pc < bundles.size()) {
      ++executing;
      counts |= bundles[core.pc].counted;
    }
  return executing;
}

class Machine {
public:
  Machine(const DecodedProgram::Impl &prog, std::vector<uint32_t> &memory,
          const RunOptions &options, ExecutionObserver *observer)
      : prog(prog), options(options), observer(observer), mem(memory.data()),
        memSize(memory.size()) {}

  RunResult run();

private:
  template <bool Strict, bool Observe> void loop() {
    if (!options.baselineIsa && cpuHasAvx2())
      loopAvx2<Strict, Observe>();
    else
      loopBody<Strict, Observe>();
  }
  template <bool Strict, bool Observe> XYZ_SIM_AVX2 void loopAvx2() {
    loopBody<Strict, Observe>();
  }
  template <bool Strict, bool Observe>
  LLVM_ATTRIBUTE_ALWAYS_INLINE void loopBody();
  template <bool Strict, bool Observe, bool Direct = false>
  LLVM_ATTRIBUTE_ALWAYS_INLINE bool step(unsigned coreId, CoreState &core, uint64_t pc);
  bool wouldFault(const Inst *inst, const CoreState &core) const;
  bool checkConflicts(unsigned ns, unsigned nm);

  // Fault reporting (cold).
  std::string where(const Inst *inst) const;
  bool fail(FaultKind kind, const Inst *inst, const llvm::Twine &what);
  LLVM_ATTRIBUTE_NOINLINE bool divisionByZero(const Inst *inst, unsigned lane);
  LLVM_ATTRIBUTE_NOINLINE bool memoryOutOfRange(const Inst *inst,
                                                uint64_t addr, bool isWrite);
  LLVM_ATTRIBUTE_NOINLINE bool negativePc(const Inst *inst, int64_t target);
  LLVM_ATTRIBUTE_NOINLINE bool staticFault(const StaticFault &fault);

  const DecodedProgram::Impl &prog;
  const RunOptions &options;
  ExecutionObserver *observer;
  uint32_t *mem;
  uint64_t memSize;

  RunResult result;
  std::vector<uint32_t> scratch;
  std::vector<uint64_t> bundleCounts;
  uint64_t cycles = 0;
  // Where the current bundle is, for messages.
  unsigned curCore = 0;
  uint64_t curPc = 0;

  // The current bundle's write log, applied in order at its end. `*Writer`
  // (strict mode only) is the index of the writing Inst within the bundle.
  std::vector<uint32_t> sAddr, sVal, sWriter;
  std::vector<uint32_t> mAddr, mVal, mWriter;
  // Strict mode: scratch word -> stamp of the last bundle that wrote it.
  std::vector<uint64_t> sStamp;
  uint64_t stamp = 0;
};
} // namespace

std::string Machine::where(const Inst *inst) const {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "cycle " << cycles << ", core " << curCore << ", bundle " << curPc;
  if (inst)
    os << ", "
       << describeSlot(inst->engine, inst->slotIndex,
                       *prog.sources[inst - prog.insts.data()]);
  return text;
}

bool Machine::fail(FaultKind kind, const Inst *inst, const llvm::Twine &what) {
  Fault fault;
  fault.kind = kind;
  fault.cycle = cycles;
  fault.core = curCore;
  fault.pc = curPc;
  if (inst) {
    fault.engine = inst->engine;
    fault.slot = inst->slotIndex;
  }
  fault.message = (where(inst) + ": " + what).str();
  result.fault = std::move(fault);
  return false;
}

bool Machine::divisionByZero(const Inst *inst, unsigned lane) {
  // Alu/Valu keep (dest, a, b) in s[0..2]; the divisor is b.
  return fail(FaultKind::DivisionByZero, inst,
              "division by zero: \"" + machine::getJsonName(inst->op) +
                  "\" with divisor scratch[" + llvm::Twine(inst->s[2] + lane) +
                  "] = 0");
}

bool Machine::memoryOutOfRange(const Inst *inst, uint64_t addr,
                               bool isWrite) {
  return fail(FaultKind::MemoryOutOfRange, inst,
              llvm::Twine(isWrite ? "store to" : "load from") +
                  " memory address " + llvm::Twine(addr) +
                  " out of range [0, " + llvm::Twine(memSize) +
                  ") (address from scratch[" +
                  llvm::Twine(isWrite ? inst->s[0] : inst->s[1]) + "])");
}

bool Machine::negativePc(const Inst *inst, int64_t target) {
  return fail(FaultKind::NegativePc, inst,
              "jump to negative pc " + llvm::Twine(target));
}

bool Machine::staticFault(const StaticFault &fault) {
  Fault f;
  f.kind = fault.kind;
  f.cycle = cycles;
  f.core = curCore;
  f.pc = curPc;
  f.engine = fault.engine;
  f.slot = fault.slotIndex;
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "cycle " << cycles << ", core " << curCore << ", bundle " << curPc
     << ", " << describeSlot(fault.engine, fault.slotIndex, *fault.slot)
     << ": " << fault.what;
  f.message = std::move(text);
  result.fault = std::move(f);
  return false;
}

bool Machine::checkConflicts(unsigned ns, unsigned nm) {
  // data(), not insts[...]: a program whose bundles hold only empty slot
  // lists has no instructions at all (found by fuzz/xyz_run_fuzzer).
  const Inst *first = prog.insts.data() + prog.bundles[curPc].first;
  auto conflict = [&](llvm::StringRef space, uint32_t addr, uint32_t a,
                      uint32_t b) {
    const Inst *x = first + a, *y = first + b;
    std::string text;
    llvm::raw_string_ostream os(text);
    os << "cycle " << cycles << ", core " << curCore << ", bundle " << curPc
       << ": strict: " << space << "[" << addr << "] written twice, by "
       << describeSlot(x->engine, x->slotIndex, *prog.sources[x - prog.insts.data()])
       << " and by "
       << describeSlot(y->engine, y->slotIndex, *prog.sources[y - prog.insts.data()]);
    Fault f;
    f.kind = FaultKind::WriteConflict;
    f.cycle = cycles;
    f.core = curCore;
    f.pc = curPc;
    f.engine = y->engine;
    f.slot = y->slotIndex;
    f.message = std::move(text);
    result.fault = std::move(f);
    return false;
  };
  ++stamp;
  for (unsigned i = 0; i < ns; ++i) {
    uint32_t addr = sAddr[i];
    if (sStamp[2 * addr] == stamp)
      return conflict("scratch", addr, sStamp[2 * addr + 1], sWriter[i]);
    sStamp[2 * addr] = stamp;
    sStamp[2 * addr + 1] = sWriter[i];
  }
  for (unsigned i = 0; i < nm; ++i)
    for (unsigned j = 0; j < i; ++j)
      if (mAddr[i] == mAddr[j])
        return conflict("mem", mAddr[i], mWriter[j], mWriter[i]);
  return true;
}

/// True if executing `inst` now would fault (the conditions `step` checks),
/// for the slots that can fault other than memory accesses (whose checks
/// are decoded: DecodedProgram::Impl::Check).
bool Machine::wouldFault(const Inst *inst, const CoreState &core) const {
  const uint32_t *s = core.scratch;
  const uint32_t *op = inst->s;
  switch (inst->kind) {
  case SlotKind::Alu: // a division
    return s[op[2]] == 0;
  case SlotKind::Valu:
    for (unsigned i = 0; i < VL; ++i)
      if (s[op[2] + i] == 0)
        return true;
    return false;
  case SlotKind::CondJump:
    return s[op[0]] != 0 && inst->imm < 0;
  case SlotKind::CondJumpRel:
    return s[op[0]] != 0 && inst->imm < 0 &&
           static_cast<int64_t>(core.pc) + inst->imm < 0;
  case SlotKind::Jump:
    return inst->imm < 0;
  default:
    return false;
  }
}

/// Executes the bundle at `pc`. With `Direct` (a bundle whose slots that can
/// fault were checked not to), the scratch writes of slots decoded as direct
/// go straight to scratch; the others, and memory writes (their addresses
/// are only known at run time), are logged and applied at the end.
template <bool Strict, bool Observe, bool Direct>
bool Machine::step(unsigned coreId, CoreState &core, uint64_t pc) {
  const BundleRec &bundle = prog.bundles[pc];
  const Inst *begin =
      prog.insts.data() + (Direct ? bundle.directFirst : bundle.first);
  const Inst *end = begin + (bundle.stop - bundle.first);
  uint32_t *scratchBase = core.scratch;
  const uint32_t *s = scratchBase;
  uint32_t *sa = sAddr.data(), *sv = sVal.data();
  uint32_t *ma = mAddr.data(), *mv = mVal.data();
  unsigned ns = 0, nm = 0;
  uint32_t writer = 0;
  bool slotDirect = false;
  auto writeScratch = [&](uint32_t addr,
                          uint32_t value) __attribute__((always_inline)) {
    if constexpr (Direct)
      if (slotDirect) {
        scratchBase[addr] = value;
        return;
      }
    sa[ns] = addr;
    sv[ns] = value;
    if constexpr (Strict)
      sWriter[ns] = writer;
    ++ns;
  };
  auto writeMemory = [&](uint32_t addr,
                         uint32_t value) __attribute__((always_inline)) {
    if constexpr (Direct)
      if (slotDirect) {
        mem[addr] = value;
        return;
      }
    ma[nm] = addr;
    mv[nm] = value;
    if constexpr (Strict)
      mWriter[nm] = writer;
    ++nm;
  };

  // Strict: two writes to one word by the slots before a fault are
  // reported first (they come first in execution order).
  auto noEarlierConflict = [&]() __attribute__((always_inline)) {
    if constexpr (Strict)
      return checkConflicts(ns, nm);
    else
      return true;
  };

  for (const Inst *in = begin; in != end; ++in) {
    if constexpr (Strict)
      writer = static_cast<uint32_t>(in - begin);
    if constexpr (Direct)
      slotDirect = in->direct;
    if constexpr (Observe)
      observer->onSlot(coreId, cycles, pc,
                       *prog.sources[in - prog.insts.data()], in->engine,
                       in->slotIndex);
    const uint32_t *op = in->s;
    auto alu = [&](auto opc) __attribute__((always_inline)) {
      constexpr BinaryOpcode Op = decltype(opc)::value;
      if constexpr (Direct && Op != BinaryOpcode::Div &&
                    Op != BinaryOpcode::Mod && Op != BinaryOpcode::CDiv)
        if (slotDirect && in->run > 1) {
          // Direct slots read no word an earlier one of them wrote.
          const Inst *last = in + in->run;
          for (const Inst *k = in; k != last; ++k)
            scratchBase[k->s[0]] =
                machine::evalBinary(Op, s[k->s[1]], s[k->s[2]]);
          in = last - 1;
          return true;
        }
      uint32_t b = s[op[2]];
      if (machine::isDivision(opc.value) && b == 0)
        return noEarlierConflict() && divisionByZero(in, 0);
      writeScratch(op[0], machine::evalBinary(opc.value, s[op[1]], b));
      return true;
    };
    auto valu = [&](auto opc) __attribute__((always_inline)) {
      const uint32_t *a = s + op[1], *b = s + op[2];
      constexpr BinaryOpcode Op = decltype(opc)::value;
      if constexpr (Direct && Op != BinaryOpcode::Div &&
                    Op != BinaryOpcode::Mod && Op != BinaryOpcode::CDiv)
        if (slotDirect) {
          // A run of them (Inst::run): direct slots read no word an
          // earlier one of them wrote.
          const Inst *last = in + in->run;
          for (const Inst *k = in; k != last; ++k)
            storeLanes(
                scratchBase + k->s[0],
                evalLanes<Op>(loadLanes(s + k->s[1]), loadLanes(s + k->s[2])));
          in = last - 1;
          return true;
        }
      if (machine::isDivision(opc.value))
        for (unsigned i = 0; i < VL; ++i)
          if (b[i] == 0)
            return noEarlierConflict() && divisionByZero(in, i);
      for (unsigned i = 0; i < VL; ++i)
        writeScratch(op[0] + i, machine::evalBinary(opc.value, a[i], b[i]));
      return true;
    };
    // One dispatch per slot: ALU and VALU slots are told apart by opcode too.
    switch (in->code) {
#define XYZ_BINARY_CASES(NAME)                                                 \
  case kAluCode + unsigned(BinaryOpcode::NAME):                                \
    if (!alu(std::integral_constant<BinaryOpcode, BinaryOpcode::NAME>{}))      \
      return false;                                                            \
    break;                                                                     \
  case kValuCode + unsigned(BinaryOpcode::NAME):                               \
    if (!valu(std::integral_constant<BinaryOpcode, BinaryOpcode::NAME>{}))     \
      return false;                                                            \
    break;
      XYZ_BINARY_CASES(Add)
      XYZ_BINARY_CASES(Sub)
      XYZ_BINARY_CASES(Mul)
      XYZ_BINARY_CASES(Xor)
      XYZ_BINARY_CASES(And)
      XYZ_BINARY_CASES(Or)
      XYZ_BINARY_CASES(Div)
      XYZ_BINARY_CASES(Mod)
      XYZ_BINARY_CASES(CDiv)
      XYZ_BINARY_CASES(Shl)
      XYZ_BINARY_CASES(Shr)
      XYZ_BINARY_CASES(Lt)
      XYZ_BINARY_CASES(Eq)
#undef XYZ_BINARY_CASES
    case unsigned(SlotKind::VBroadcast): {
      uint32_t v = s[op[1]];
      if constexpr (Direct)
        if (slotDirect) {
          storeLanes(scratchBase + op[0], Lanes{} + v);
          break;
        }
      for (unsigned i = 0; i < VL; ++i)
        writeScratch(op[0] + i, v);
      break;
    }
    case unsigned(SlotKind::MultiplyAdd):
      if constexpr (Direct)
        if (slotDirect) {
          storeLanes(scratchBase + op[0],
                     loadLanes(s + op[1]) * loadLanes(s + op[2]) +
                         loadLanes(s + op[3]));
          break;
        }
      for (unsigned i = 0; i < VL; ++i)
        writeScratch(op[0] + i, s[op[1] + i] * s[op[2] + i] + s[op[3] + i]);
      break;
    case unsigned(SlotKind::Load):
    case unsigned(SlotKind::LoadOffset): {
      uint32_t addr = s[op[1]];
      if (!Direct && addr >= memSize) // Direct: checked before the bundle
        return noEarlierConflict() && memoryOutOfRange(in, addr, false);
      writeScratch(op[0], mem[addr]);
      break;
    }
    case unsigned(SlotKind::VLoad): {
      uint64_t addr = s[op[1]];
      if (!Direct && addr + VL > memSize)
        return noEarlierConflict() &&
               memoryOutOfRange(in, std::max(addr, memSize), false);
      if constexpr (Direct)
        if (slotDirect) {
          storeLanes(scratchBase + op[0], loadLanes(mem + addr));
          break;
        }
      for (unsigned i = 0; i < VL; ++i)
        writeScratch(op[0] + i, mem[addr + i]);
      break;
    }
    case unsigned(SlotKind::Const):
      writeScratch(op[0], static_cast<uint32_t>(in->imm));
      break;
    case unsigned(SlotKind::Store): {
      uint32_t addr = s[op[0]];
      if (!Direct && addr >= memSize)
        return noEarlierConflict() && memoryOutOfRange(in, addr, true);
      writeMemory(addr, s[op[1]]);
      break;
    }
    case unsigned(SlotKind::VStore): {
      uint64_t addr = s[op[0]];
      if (!Direct && addr + VL > memSize)
        return noEarlierConflict() &&
               memoryOutOfRange(in, std::max(addr, memSize), true);
      if constexpr (Direct)
        if (slotDirect) {
          storeLanes(mem + addr, loadLanes(s + op[1]));
          break;
        }
      for (unsigned i = 0; i < VL; ++i)
        writeMemory(static_cast<uint32_t>(addr + i), s[op[1] + i]);
      break;
    }
    case unsigned(SlotKind::Select):
      writeScratch(op[0], s[op[1]] != 0 ? s[op[2]] : s[op[3]]);
      break;
    case unsigned(SlotKind::VSelect):
      if constexpr (Direct)
        if (slotDirect) {
          storeLanes(scratchBase + op[0], loadLanes(s + op[1]) != 0
                                              ? loadLanes(s + op[2])
                                              : loadLanes(s + op[3]));
          break;
        }
      for (unsigned i = 0; i < VL; ++i)
        writeScratch(op[0] + i,
                     s[op[1] + i] != 0 ? s[op[2] + i] : s[op[3] + i]);
      break;
    case unsigned(SlotKind::AddImm):
      writeScratch(op[0], s[op[1]] + static_cast<uint32_t>(in->imm));
      break;
    case unsigned(SlotKind::Halt):
      core.running = false;
      break;
    case unsigned(SlotKind::Pause): // The benchmark harness disables pause.
      break;
    case unsigned(SlotKind::TraceWrite):
      result.traces[coreId].push_back(s[op[0]]);
      break;
    case unsigned(SlotKind::CondJump):
      if (s[op[0]] != 0) {
        if (in->imm < 0)
          return noEarlierConflict() && negativePc(in, in->imm);
        core.pc = static_cast<uint64_t>(in->imm);
      }
      break;
    case unsigned(SlotKind::CondJumpRel):
      if (s[op[0]] != 0) {
        // pc already points past this bundle. Saturate: a huge offset just
        // runs off the end of the program.
        int64_t target;
        if (__builtin_add_overflow(static_cast<int64_t>(core.pc), in->imm,
                                   &target))
          target = INT64_MAX;
        if (target < 0)
          return noEarlierConflict() && negativePc(in, target);
        core.pc = static_cast<uint64_t>(target);
      }
      break;
    case unsigned(SlotKind::Jump):
      if (in->imm < 0)
        return noEarlierConflict() && negativePc(in, in->imm);
      core.pc = static_cast<uint64_t>(in->imm);
      break;
    case unsigned(SlotKind::JumpIndirect):
      core.pc = s[op[0]];
      break;
    case unsigned(SlotKind::CoreId):
      writeScratch(op[0], coreId);
      break;
    case unsigned(SlotKind::Debug): // Dropped at decode time.
      break;
    default: // Decode assigns no other code.
      __builtin_unreachable();
    }
  }
  if (LLVM_UNLIKELY(bundle.faultIndex >= 0))
    return noEarlierConflict() &&
           staticFault(prog.staticFaults[bundle.faultIndex]);
  if constexpr (Strict)
    if (!checkConflicts(ns, nm))
      return false;
  for (unsigned i = 0; i < ns; ++i)
    scratchBase[sa[i]] = sv[i];
  for (unsigned i = 0; i < nm; ++i)
    mem[ma[i]] = mv[i];
  return true;
}

template <bool Strict, bool Observe> void Machine::loopBody() {
  unsigned numCores = options.cores;
  std::vector<CoreState> cores(numCores);
  for (unsigned c = 0; c < numCores; ++c)
    cores[c].scratch = scratch.data() + size_t(c) * machine::kScratchSize;
  unsigned running = numCores;
  uint64_t numBundles = prog.bundles.size();
  uint64_t *counts = bundleCounts.data();
  const BundleRec *bundles = prog.bundles.data();
  const Inst *insts = prog.insts.data();
  const DecodedProgram::Impl::Check *checks = prog.checks.data();

  // Steps are bundles executed, one per running core and cycle; the clock
  // is read every kClockInterval steps only (not cycles: 4,096 cores take
  // 4,096 steps a cycle).
  constexpr uint64_t kClockInterval = 1 << 16;
  uint64_t steps = 0, nextClock = kClockInterval;
  auto start = std::chrono::steady_clock::now();
  auto stop = [&](FaultKind kind, const std::string &why) {
    Fault f;
    f.kind = kind;
    f.cycle = cycles;
    f.message = "cycle " + std::to_string(cycles) + ": " + why;
    result.fault = std::move(f);
  };
  const uint64_t maxSteps = options.maxSteps, maxCycles = options.maxCycles;
  const bool timed = options.timeoutSeconds > 0;
  while (running != 0) {
    // A step past a limit is not run: memory and scratch stay as the last
    // step allowed left them.
    if (LLVM_UNLIKELY(steps + running > maxSteps || cycles >= maxCycles)) {
      bool counts;
      unsigned executing = upcoming(cores, prog.bundles, counts);
      if (steps + executing > maxSteps) {
        stop(FaultKind::StepLimit,
             "step limit exceeded: more than " +
                 std::to_string(options.maxSteps) +
                 " core steps (cycles x running cores; see --max-steps)");
        return;
      }
      if (counts && cycles >= maxCycles) {
        stop(FaultKind::CycleLimit,
             "cycle limit exceeded: still running after " +
                 std::to_string(options.maxCycles) +
                 " cycles (see --max-cycles)");
        return;
      }
    }
    steps += running; // less those running off the end, below
    if (timed && LLVM_UNLIKELY(steps >= nextClock)) {
      nextClock = steps + kClockInterval;
      std::chrono::duration<double> elapsed =
          std::chrono::steady_clock::now() - start;
      if (elapsed.count() > options.timeoutSeconds) {
        std::ostringstream seconds;
        seconds << options.timeoutSeconds;
        stop(FaultKind::Timeout, "timeout: still running after " +
                                     seconds.str() + " s (see --timeout)");
        return;
      }
    }
    bool counted = false;
    for (unsigned c = 0; c < numCores; ++c) {
      CoreState &core = cores[c];
      if (!core.running)
        continue;
      uint64_t pc = core.pc;
      if (pc >= numBundles) {
        core.running = false;
        --running;
        --steps;
        continue;
      }
      core.pc = pc + 1;
      curCore = c;
      curPc = pc;
      if constexpr (Observe)
        observer->onBundle(c, cycles, pc);
      bool ok;
      if constexpr (!Strict && !Observe) {
        const BundleRec &rec = bundles[pc];
        bool direct = rec.faultIndex < 0;
        // Memory accesses without early exit: a few compares, no branch.
        for (uint32_t i = rec.checkFirst; i < rec.checkMemoryStop; ++i)
          direct &=
              uint64_t(core.scratch[checks[i].addressWord]) + checks[i].width <=
              memSize;
        for (uint32_t i = rec.checkMemoryStop; direct && i < rec.checkStop; ++i)
          direct = !wouldFault(insts + checks[i].inst, core);
        ok = direct ? step<false, false, true>(c, core, pc)
                    : step<false, false>(c, core, pc);
      } else {
        ok = step<Strict, Observe>(c, core, pc);
      }
      if (!ok)
        return;
      ++counts[pc];
      counted |= bundles[pc].counted;
      if (!core.running)
        --running;
    }
    cycles += counted;
  }
}

RunResult Machine::run() {
  result.traces.resize(options.cores);
  scratch.assign(size_t(options.cores) * machine::kScratchSize, 0);
  bundleCounts.assign(prog.bundles.size(), 0);
  sAddr.resize(maxScratchWrites());
  sVal.resize(sAddr.size());
  mAddr.resize(maxMemoryWrites());
  mVal.resize(mAddr.size());
  if (options.strict) {
    sWriter.resize(sAddr.size());
    mWriter.resize(mAddr.size());
    sStamp.assign(2 * machine::kScratchSize, 0);
  }

  if (options.strict)
    observer ? loop<true, true>() : loop<true, false>();
  else
    observer ? loop<false, true>() : loop<false, false>();

  result.cycles = cycles;
  result.scratch = std::move(scratch);
  for (auto [pc, count] : llvm::enumerate(bundleCounts)) {
    const BundleRec &bundle = prog.bundles[pc];
    result.bundlesExecuted += count;
    for (unsigned e = 0; e < machine::kNumEngines; ++e)
      result.slotsExecuted[e] += count * bundle.slotsPerEngine[e];
  }
  return std::move(result);
}

DecodedProgram::DecodedProgram(const Program &program)
    : impl(std::make_unique<Impl>(program)) {}
DecodedProgram::~DecodedProgram() = default;
DecodedProgram::DecodedProgram(DecodedProgram &&) = default;
DecodedProgram &DecodedProgram::operator=(DecodedProgram &&) = default;

RunResult DecodedProgram::run(std::vector<uint32_t> &mem,
                              const RunOptions &options,
                              ExecutionObserver *observer) const {
  return Machine(*impl, mem, options, observer).run();
}

RunResult sim::run(const Program &program, std::vector<uint32_t> &mem,
                   const RunOptions &options, ExecutionObserver *observer) {
  return DecodedProgram(program).run(mem, options, observer);
}
