//===- Selection.cpp - Shared pieces of gather replacement ----------------===//

#include "Selection.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "xyz/Analysis/KernelCost.h"
#include "xyz/Dialect/XYZ/XYZOps.h"

using namespace mlir;
using namespace xyz;

namespace xyz::selection {

bool isReadOnly(KernelOp kernel, StringAttr region) {
  if (!region)
    return false;
  bool written = false;
  kernel.walk([&](Operation *op) {
    StringAttr target;
    if (auto store = dyn_cast<StoreOp>(op))
      target = store.getRegionAttr();
    else if (auto store = dyn_cast<VStoreOp>(op))
      target = store.getRegionAttr();
    else
      return;
    if (!target || target == region)
      written = true;
  });
  return !written;
}

/// True for a value that is 0 or 1: `x & 1`.
/// The per-engine work of the (vectorized, expanded) program: each op's
/// machine op mix as it stands (KernelCost.h). Stores (the store engine is
/// rarely the bound) do not count.
EngineWork countWork(KernelOp kernel) {
  machine::OpMix mix;
  kernel.walk([&](Operation *op) {
    if (op->getNumResults() == 1)
      mix += cost::opMix(op);
  });
  return EngineWork::of(mix);
}

bool isBit(Value v) {
  auto andOp = v.getDefiningOp<arith::AndIOp>();
  if (!andOp)
    return false;
  std::optional<int64_t> one = getConstantIntValue(andOp.getRhs());
  if (!one)
    one = getConstantIntValue(andOp.getLhs());
  return one && *one == 1;
}

/// Bit j of (v + k) mod 2^32 when the kernel already computed it, else null.
/// Addresses built by doubling and adding a bit (v = 2 * x + b + c, b in
/// {0, 1}) carry their bits: with c + k even, bit 0 is b and bit j is bit
/// j - 1 of x + (c + k) / 2. A selection can then reuse the bits that chose
/// each earlier step instead of extracting them again.
/// v + k with the constant adds around v folded into k.
static std::pair<Value, int64_t> peelConstants(Value v, int64_t k) {
  for (unsigned n = 0; n < 64; ++n) {
    auto add = v.getDefiningOp<arith::AddIOp>();
    if (!add)
      break;
    if (std::optional<int64_t> c = getConstantIntValue(add.getRhs()))
      v = add.getLhs(), k += *c;
    else if (std::optional<int64_t> c = getConstantIntValue(add.getLhs()))
      v = add.getRhs(), k += *c;
    else
      break;
  }
  return {v, k};
}

/// v + k (constants already peeled) as a doubling step 2*x + b + k' with b
/// a bit and k' even: bit 0 is b and the higher bits are those of
/// x + k' / 2. Returns {x, b, k' / 2}.
struct DoublingStep {
  Value half, bit;
  int64_t k;
};
static std::optional<DoublingStep> matchDoubling(Value v, int64_t k) {
  auto fma = v.getDefiningOp<MultiplyAddOp>();
  if (!fma)
    return std::nullopt;
  std::optional<int64_t> two = getConstantIntValue(fma.getB());
  if (!two || *two != 2)
    return std::nullopt;
  auto [addend, sum] = peelConstants(fma.getC(), k);
  if (!isBit(addend) || (sum & 1))
    return std::nullopt;
  return DoublingStep{fma.getA(), addend, sum / 2};
}

Value knownBit(Value v, unsigned j, int64_t k, unsigned depth) {
  if (depth > 64)
    return Value();
  std::tie(v, k) = peelConstants(v, k);
  if (isBit(v))
    return j == 0 && !(k & 1) ? v : Value(); // higher bits would be k's
  std::optional<DoublingStep> step = matchDoubling(v, k);
  if (!step)
    return Value();
  if (j == 0)
    return step->bit;
  return knownBit(step->half, j - 1, step->k, depth + 1);
}

/// The bits 0 .. ceil(log2 count) - 1 of addr - lo, if all are known.
SmallVector<Value> knownOffsetBits(Value addr, uint64_t lo, uint64_t count) {
  SmallVector<Value> bits;
  for (unsigned j = 0, e = llvm::Log2_64_Ceil(count); j < e; ++j) {
    Value bit = knownBit(addr, j, -int64_t(lo));
    if (!bit)
      return {};
    bits.push_back(bit);
  }
  return bits;
}

Value maskedSource(Value addr, uint64_t lo, uint64_t count) {
  auto mask = addr.getDefiningOp<arith::AndIOp>();
  if (!mask || lo != 0)
    return {};
  for (auto [x, m] : {std::pair(mask.getLhs(), mask.getRhs()),
                      std::pair(mask.getRhs(), mask.getLhs())}) {
    APInt value;
    if (!matchPattern(m, m_ConstantInt(&value)))
      continue;
    uint64_t words = value.getZExtValue() + 1;
    if (words >= 2 && llvm::isPowerOf2_64(words) && words <= count)
      return x;
  }
  return {};
}

/// Vector-engine ops per thread to select among K words (see the file
/// comment): the offset's bits, and level 0's multiply-adds unless level 0
/// selects on the flow engine too.
double selectionCost(uint64_t k, bool offsetIsAddress, bool bitsKnown,
                     bool level0OnFlow) {
  unsigned bits = llvm::Log2_64_Ceil(k);
  double ops = offsetIsAddress || bitsKnown ? 0 : 1; // o = addr - lo
  // Bit j: (o >> j) & 1. (A select's bit is o & 2^j, one op, but counting
  // it so made the plans worse: table_lookup 256/8 532 -> 548 cycles, more
  // trees on the flow engine.)
  if (!bitsKnown)
    ops += bits ? 1 + 2 * (bits - 1) : 0;
  if (!level0OnFlow)
    ops += k / 2; // one multiply-add per pair
  return ops;
}

/// Flow-engine selects per group of lanes for K words: one per node of the
/// selection tree above level 0, and level 0's pairs when it is on flow.
double flowSelects(uint64_t k, bool level0OnFlow) {
  return double(k - 1 - (level0OnFlow ? 0 : k / 2));
}

/// v as K + sum(c_i * x_i) over bits x_i the kernel computed (`x & 1`),
/// with integer coefficients: through adds, subtractions and multiply-adds
/// by constants. False if v takes another form, or past `kMaxTerms` bits
/// or `kMaxVisits` ops (an add reads both operands: a DAG of shared adds
/// must not be walked as a tree).
namespace {
struct LinearBits {
  int64_t constant = 0;
  SmallVector<std::pair<Value, int64_t>> terms;
  unsigned visits = 0;
};
} // namespace
static constexpr unsigned kMaxTerms = 20;
static constexpr unsigned kMaxVisits = 256;
static bool linearBits(Value v, int64_t scale, LinearBits &out,
                       unsigned depth) {
  if (depth > 64 || out.terms.size() > kMaxTerms || ++out.visits > kMaxVisits)
    return false;
  if (std::optional<int64_t> c = getConstantIntValue(v)) {
    out.constant += scale * *c;
    return true;
  }
  if (isBit(v)) {
    out.terms.push_back({v, scale});
    return true;
  }
  Operation *op = v.getDefiningOp();
  if (!op)
    return false;
  if (auto add = dyn_cast<arith::AddIOp>(op))
    return linearBits(add.getLhs(), scale, out, depth + 1) &&
           linearBits(add.getRhs(), scale, out, depth + 1);
  if (auto sub = dyn_cast<arith::SubIOp>(op))
    return linearBits(sub.getLhs(), scale, out, depth + 1) &&
           linearBits(sub.getRhs(), -scale, out, depth + 1);
  if (auto fma = dyn_cast<MultiplyAddOp>(op)) {
    // (Coefficients past 2^kMaxTerms cannot make an offset; the bound
    // also keeps the int64 arithmetic exact.)
    std::optional<int64_t> m = getConstantIntValue(fma.getB());
    if (!m || *m == 0 || std::abs(*m) > (int64_t(1) << kMaxTerms) ||
        std::abs(scale * *m) > (int64_t(1) << kMaxTerms))
      return false;
    return linearBits(fma.getA(), scale * *m, out, depth + 1) &&
           linearBits(fma.getC(), scale, out, depth + 1);
  }
  return false;
}

SmallVector<Value> exactOffsetBits(Value addr, uint64_t lo, uint64_t count,
                                   uint64_t *flips) {
  // addr - lo = K + sum(c_i * x_i). Each c_i must be +-2^e_i, the e_i
  // exactly 0 .. B-1: a term -2^e * x is 2^e * (1 - x) - 2^e, the
  // complement of x with 2^e taken from K; what is left of K must be 0.
  // Then addr - lo = sum(2^e * y_e), y_e = x or 1 - x: in [0, 2^B).
  LinearBits linear;
  if (!linearBits(addr, 1, linear, 0))
    return {};
  int64_t k = linear.constant - int64_t(lo);
  unsigned numBits = linear.terms.size();
  if (numBits == 0 || numBits > kMaxTerms || (uint64_t(1) << numBits) > count)
    return {};
  SmallVector<Value> bits(numBits);
  uint64_t flipMask = 0;
  for (auto [x, c] : linear.terms) {
    uint64_t magnitude = c < 0 ? uint64_t(-c) : uint64_t(c);
    if (!llvm::isPowerOf2_64(magnitude))
      return {};
    unsigned e = llvm::Log2_64(magnitude);
    if (e >= numBits || bits[e])
      return {};
    bits[e] = x;
    if (c < 0) {
      flipMask |= uint64_t(1) << e;
      k += c; // -2^e
    }
  }
  if (k != 0 || (flipMask && !flips))
    return {};
  if (flips)
    *flips = flipMask;
  return bits;
}

namespace {
/// An entry of a selection level: a uniform word (before any level has
/// combined it with per-lane bits), a per-lane value, a known zero, or an
/// entry no lane ever selects (its offset lies past the words).
struct Entry {
  enum Kind { DontCare, Zero, Uniform, Lanes } kind = DontCare;
  Value value;
  bool operator==(const Entry &o) const {
    return kind == o.kind && value == o.value;
  }
};
} // namespace

/// The condition of a select on `bit`: (y & 2^c) != 0 when the bit is
/// (y >> c) & 1 and nothing else reads it (a vector select tests its
/// condition word for nonzero, so the shift goes: one op instead of two,
/// the lowering's peephole); else the bit itself.
static Value selectCondition(OpBuilder &builder, Location loc, Value bit) {
  Type condType = builder.getI1Type();
  if (auto vector = dyn_cast<VectorType>(bit.getType()))
    condType = VectorType::get(vector.getShape(), condType);
  auto mask = bit.getDefiningOp<arith::AndIOp>();
  APInt amount;
  if (mask && bit.use_empty() && matchPattern(mask.getRhs(), m_One()))
    if (auto shift = mask.getLhs().getDefiningOp<arith::ShRUIOp>();
        shift && matchPattern(shift.getRhs(), m_ConstantInt(&amount)) &&
        amount.ult(32)) {
      auto constant = [&](uint64_t value) -> Value {
        APInt word(32, value);
        if (auto shaped = dyn_cast<ShapedType>(bit.getType()))
          return builder.create<arith::ConstantOp>(
              loc, DenseElementsAttr::get(shaped, word));
        return builder.create<arith::ConstantIntOp>(loc, value, 32);
      };
      Value masked = builder.create<arith::AndIOp>(
          loc, shift.getLhs(), constant(uint64_t(1) << amount.getZExtValue()));
      return builder.create<arith::CmpIOp>(loc, arith::CmpIPredicate::ne,
                                           masked, constant(0));
    }
  return builder.create<arith::TruncIOp>(loc, condType, bit);
}

Value buildSelectionTree(OpBuilder &builder, OpBuilder &uniform, Location loc,
                         ArrayRef<Value> words,
                         function_ref<Value(unsigned)> bit,
                         function_ref<Value(Value)> spread, bool level0OnFlow,
                         OpDepth &depths, bool upperOnVector) {
  unsigned numBits = llvm::Log2_64_Ceil(words.size());
  if (numBits == 0)
    return spread(words.front());
  // The bits in the order they become available.
  SmallVector<Value> bits;
  SmallVector<unsigned> order;
  for (unsigned j = 0; j < numBits; ++j) {
    bits.push_back(bit(j));
    order.push_back(j);
  }
  llvm::stable_sort(order, [&](unsigned a, unsigned b) {
    return depths.depth(bits[a]) < depths.depth(bits[b]);
  });
  // The uniform word 0, made once if an entry needs it.
  Value zeroWord;
  auto zero = [&] {
    if (!zeroWord)
      zeroWord = uniform.create<arith::ConstantIntOp>(loc, 0, 32);
    return zeroWord;
  };
  // Which bits' levels are multiply-adds (the others select).
  SmallVector<bool> onVector(numBits, false);
  for (unsigned i = 0; i < numBits; ++i)
    onVector[order[i]] = i == 0 ? !level0OnFlow : upperOnVector;

  // One entry per offset; offsets past the words never occur. An entry
  // stands for every offset that agrees with it on the bits not yet
  // combined, and the offsets past the words are above all the others, so
  // such an entry stays one no lane selects.
  SmallVector<Entry> level(size_t(1) << numBits);
  for (size_t k = 0; k < words.size(); ++k)
    level[k] = {Entry::Uniform, words[k]};

  // A level of multiply-adds on bit j evaluates lo + b_j * (hi - lo); the
  // differences are uniform (made once, not per lane) when taken on the
  // words in advance: the table is rewritten in the basis of products of
  // the multiply-added bits (its Moebius transform along their axes), so
  // that lo + b_j * hi' is exact at every level, whatever the order of the
  // levels and the selects among them.
  for (unsigned j = 0; j < numBits; ++j) {
    if (!onVector[j])
      continue;
    size_t stride = size_t(1) << j;
    for (size_t k = 0; k < level.size(); ++k) {
      if (k & stride)
        continue;
      Entry &lo = level[k], &hi = level[k | stride];
      if (hi.kind == Entry::DontCare)
        continue;
      if (hi == lo)
        hi = {Entry::Zero, Value()};
      else if (lo.kind == Entry::Uniform && hi.kind == Entry::Uniform)
        hi.value = uniform.create<arith::SubIOp>(loc, hi.value, lo.value);
      else if (lo.kind == Entry::Uniform) // hi is zero: -lo
        hi = {Entry::Uniform,
              uniform.create<arith::SubIOp>(loc, zero(), lo.value)};
      // (lo zero: hi' = hi.)
    }
  }

  auto operand = [&](const Entry &e) -> Value {
    if (e.kind == Entry::Lanes)
      return e.value;
    if (e.kind == Entry::Uniform)
      return spread(e.value);
    return spread(zero());
  };
  for (unsigned j : order) {
    size_t stride = size_t(1) << j;
    Value bitJ = bits[j];
    Value cond;
    for (size_t k = 0; k < level.size(); ++k) {
      if (k & stride)
        continue;
      Entry &lo = level[k];
      Entry hi = level[k | stride];
      level[k | stride] = Entry(); // consumed
      if (onVector[j]) {
        // lo + b_j * hi (hi is already the difference).
        if (hi.kind == Entry::DontCare || hi.kind == Entry::Zero)
          continue;
        Value sum = lo.kind == Entry::Zero
                        ? builder.create<arith::MulIOp>(loc, bitJ, operand(hi))
                              .getResult()
                        : builder
                              .create<MultiplyAddOp>(loc, bitJ.getType(), bitJ,
                                                     operand(hi), operand(lo))
                              .getResult();
        lo = {Entry::Lanes, sum};
        continue;
      }
      if (hi.kind == Entry::DontCare || hi == lo)
        continue;
      if (!cond) // a select: one flow slot for 8 lanes
        cond = selectCondition(builder, loc, bitJ);
      lo = {Entry::Lanes, builder.create<arith::SelectOp>(
                              loc, cond, operand(hi), operand(lo))};
    }
  }
  return operand(level.front());
}

} // namespace xyz::selection
