//===- MemoryDependences.cpp - Memory ordering for the scheduler ----------===//

#include "MemoryDependences.h"

using namespace mlir;
using namespace xyz;
using namespace xyz::vliw;

namespace {
/// The value of a constant computation (constants and ALU ops on them).
std::optional<int64_t> constantValue(Value v, unsigned depth = 0) {
  auto def = v.getDefiningOp<VirtualOp>();
  if (!def || def.getLanes() || def.getInputLanes() || depth > 8)
    return std::nullopt;
  if (def.getKind() == SlotKind::Const)
    return def.getImmediateValues()[0] & 0xFFFFFFFFll;
  if (def.getKind() != SlotKind::Alu)
    return std::nullopt;
  std::optional<int64_t> a = constantValue(def.getInputs()[0], depth + 1);
  std::optional<int64_t> b = constantValue(def.getInputs()[1], depth + 1);
  if (!a || !b || (isDivision(*def.getOpcode()) && *b == 0))
    return std::nullopt;
  return evalBinary(*def.getOpcode(), uint32_t(*a), uint32_t(*b));
}

/// An address as base + constant offset, through chains of constant adds:
/// accesses off the same base (or both constant) with disjoint word ranges
/// do not alias, whatever the base's value.
std::pair<Value, int64_t> decompose(Value addr) {
  int64_t offset = 0;
  for (unsigned depth = 0; depth < 16; ++depth) {
    if (std::optional<int64_t> c = constantValue(addr))
      return {Value(), offset + *c};
    auto def = addr.getDefiningOp<VirtualOp>();
    if (!def || def.getLanes() || def.getInputLanes())
      break;
    if (def.getKind() == SlotKind::AddImm) {
      offset += def.getImmediateValues()[0];
      addr = def.getInputs()[0];
      continue;
    }
    if (def.getKind() != SlotKind::Alu || *def.getOpcode() != BinaryOpcode::Add)
      break;
    if (auto c = constantValue(def.getInputs()[1])) {
      offset += *c;
      addr = def.getInputs()[0];
    } else if (auto c = constantValue(def.getInputs()[0])) {
      offset += *c;
      addr = def.getInputs()[1];
    } else {
      break;
    }
  }
  return {addr, offset};
}

} // namespace

bool MemoryDependences::mayAlias(const Access &a, const Access &b) {
  // No thread reads a word another thread of its loop writes. (Two threads
  // may store the same value to one word: stores stay ordered, unless they
  // are copies of one store that writes a word of its own per thread.)
  if (a.loop >= 0 && a.loop == b.loop && (a.hi <= b.lo || b.hi <= a.lo) &&
      (a.isStore != b.isStore || (a.distinct >= 0 && a.distinct == b.distinct)))
    return false;
  if (a.known && b.known && a.base == b.base) {
    // Offsets wrap mod 2^32 like the machine's addresses.
    int64_t d = (b.offset - a.offset) & 0xFFFFFFFFll;
    return d < a.width || (0x100000000ll - d) < b.width;
  }
  return true;
}

void MemoryDependences::add(sched::Problem &problem, VirtualOp slot,
                            unsigned id) {
  SlotKind kind = slot.getKind();
  bool isStore = writesMemory(kind);
  if (!isStore && !readsMemory(kind))
    return;
  unsigned width = getMemoryWidth(kind);
  // load_offset's address is base+offset: not a plain constant.
  Access access{id, isStore, false, Value(), 0, width};
  if (kind != SlotKind::LoadOffset && !slot.getLanes()) {
    auto [base, offset] = decompose(slot.getInputs()[0]);
    access.known = true;
    access.base = base;
    access.offset = offset;
  }
  if (auto threads =
          slot->getAttrOfType<DenseI64ArrayAttr>(VLIWDialect::kThreadsAttr);
      threads && threads.size() == 3) {
    access.loop = threads[0];
    access.lo = threads[1];
    access.hi = threads[2];
  }
  if (auto distinct =
          slot->getAttrOfType<IntegerAttr>(VLIWDialect::kDistinctWordsAttr))
    access.distinct = distinct.getInt();
  StringRef region = slot.getRegion() ? *slot.getRegion() : "";
  // A load orders only after stores: comparing it with every earlier load
  // too would be quadratic in the loads (gathers are most of them).
  //
  // Only edges the order does not already imply are added: scanning from
  // the latest, the first aliasing store `through` gets an edge; an earlier
  // access that also aliases `through` is ordered before it already (an
  // edge, or by the same argument a path), and through it before this
  // access, with at least the latency a direct edge would need (store ->
  // store -> access: 2 >= 1; load -> store -> store: 1 >= 0). A chain of
  // accesses at data-dependent addresses (a histogram's h[x] += 1 over
  // thousands of words) thus adds edges linear in its length, not
  // quadratic.
  auto order = [&](Accesses &earlier) {
    const Access *through = nullptr;
    for (const Access &prev : llvm::reverse(earlier.stores)) {
      if (!mayAlias(prev, access) || (through && mayAlias(prev, *through)))
        continue;
      problem.addDependence(prev.op, id, 1);
      if (!through)
        through = &prev;
    }
    if (!isStore)
      return;
    for (const Access &prev : llvm::reverse(earlier.loads))
      if (mayAlias(prev, access) &&
          !(through && prev.op < through->op && mayAlias(prev, *through)))
        problem.addDependence(prev.op, id, 0);
  };
  if (region.empty()) {
    for (auto &entry : regions)
      order(entry.second);
  } else {
    order(regions[region]);
    if (regions.count(""))
      order(regions[""]);
  }
  Accesses &own = regions[region];
  (isStore ? own.stores : own.loads).push_back(access);
}
