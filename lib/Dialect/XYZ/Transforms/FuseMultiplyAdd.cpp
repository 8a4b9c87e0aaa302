//===- FuseMultiplyAdd.cpp - Form xyz.multiply_add -------------------------===//
//
// Forms the machine's fused `multiply_add` (a * b + c, one VALU slot) from
// arith ops on i32 and vector<N x i32>, wherever the result is the same word
// modulo 2^32, and only where that does not add ops.
//
// Every pattern reads the IR through one view: a value is a *term*
// `factor * scale + addend` when it is
//   muli(x, y)             x * y + 0
//   shli(x, k)             x * 2^k + 0     (k a constant in [0, 32))
//   addi(x, C)             x * 1 + C       (C a constant)
//   multiply_add(x, y, z)  x * y + z
// Constants are read by one helper (`matchConstantWord`): a scalar
// `arith.constant`, a splat vector constant, or a broadcast of a constant.
// Commutative operands are matched in both orders.
//
// The patterns count machine ops as convert-xyz-to-vliw lowers them: a
// vector multiply_add is one VALU slot, a scalar one is two ALU ops (a
// multiply and an add: the ALU has no fused op), every other arith op is one
// op, and constants are free (they are uniform, deduplicated and hoisted out
// of the thread body by the greedy driver, then built once per kernel). No
// rewrite increases that count. The counts below are for vectors:
//
//   AbsorbTermIntoUsers (rooted at a term; rewrites 1, 2, 4 and 5 of the
//   design) - every user of the term is rewritten into one op that no longer
//   reads it, so the users are replaced one for one and the term dies:
//     (x*y) + z               -> multiply_add(x, y, z)
//     (x << k) + z            -> multiply_add(x, 2^k, z)
//     (a*M + C) << k          -> multiply_add(a, M << k, C << k)
//     (a*M + C) * K           -> multiply_add(a, M * K, C * K)
//     (a*b + C1) + C2         -> multiply_add(a, b, C1 + C2)
//     (a*b + C1) - C2         -> multiply_add(a, b, C1 - C2)
//     z - (a*M)               -> multiply_add(a, -M, z)
//     Z - (a*M + C)           -> multiply_add(a, -M, Z - C)
//     multiply_add(a*M, K, z)     -> multiply_add(a, M*K, z)
//     multiply_add(a*M + C, K, Z) -> multiply_add(a, M*K, C*K + Z)
//   It fires only when *every* user can absorb the term: one user is the
//   plain fusion (2 ops -> 1; on scalars 2 -> 2, kept because the fused
//   form is what the other rewrites compose); n users is the duplication of
//   rewrite 5 (n + 1 ops -> n), done only when it saves ops (on scalars,
//   e.g. when the copies become plain adds or muls). A term with a user
//   that cannot absorb it (a store, a comparison, an xor, a non-constant or
//   out-of-range shift, a right shift) is left alone: fusing the others
//   would duplicate its multiply.
//
//   CombineLikeTerms (rooted at a multiply_add with a constant scale M;
//   rewrite 3): the addend is a single-use sum or term of the same factor:
//     multiply_add(a, M, a + c)         -> multiply_add(a, M + 1, c)
//     multiply_add(a, M, a*K + c)       -> multiply_add(a, M + K, c)
//     multiply_add(a, M, a)             -> muli(a, M + 1)   (1 op -> 1)
//   so `(a + c) + (a << k)` becomes multiply_add(a, 2^k + 1, c) in two steps.
//
//   CombineLikeTermsOfAdd (rooted at an addi): `(a*M) + (a + c)` with the
//   scaled term used elsewhere too -> multiply_add(a, M + 1, c) (the inner
//   sum dies: 2 ops -> 1, the term stays for its other users; vectors only,
//   as on scalars the multiply_add costs the two ops it saves).
//
//   HoistConstantOffset (rooted at `v = x + C`, x not constant): every
//   user of v is rebuilt on x, the constant folded in place or moved past
//   it:
//     v + C2                      -> x + (C + C2)
//     multiply_add(v, K, Z)       -> multiply_add(x, K, C*K + Z)
//     multiply_add(v, K, z)       -> multiply_add(x, K, z) + C*K
//     multiply_add(a, b, v)       -> multiply_add(a, b, x) + C
//     v + y                       -> (x + y) + C
//   when at most one user needs the extra add: v dies, so the count never
//   grows; the
//   constant moves toward the users, where sums of constants fold. On a
//   recurrence such as i' = 2*i + b + 1 whose i is also used as i + 7, the
//   per-step `+ 1` disappears: i is carried as i - 1 and each use adds its
//   own constant (a change of variables that strength reduction does on
//   induction variables).
//
//   xyz.multiply_add's folder and canonicalization patterns (XYZOps.cpp):
//   a multiply_add with a constant 0 or 1 scale, a constant zero addend or
//   two constant factors becomes the addend, an addi, a muli or a constant
//   (1 op -> 0 or 1 cheaper op); a constant first factor moves second.
//
// Why each rewrite is exact: the words of i32 are the ring Z/2^32, and muli,
// addi, subi, shli by k < 32 (x << k = x * 2^k mod 2^32) and multiply_add are
// its ring operations. Every rewrite above is an identity of commutative
// rings (distributivity: (a*M + C)*K = a*(M*K) + C*K, a*M + a = a*(M+1),
// (a*M + C) << k = (a*M + C)*2^k; associativity of +), so it holds in Z/2^32
// for all inputs, wrap-around included, provided the new constants are
// computed in Z/2^32 too - they are, as 32-bit APInts. Shifts by a
// non-constant or by k >= 32 (arith makes them poison; the machine gives 0)
// and right shifts are not multiplications in this ring and are never
// matched. Vectors are lane-wise, with splat constants only. Results are
// the same words, so comparisons and other users see identical values.
//
// Termination: every rewrite either removes a non-constant op, or replaces
// one op by one op of a cheaper kind (multiply_add -> muli/addi, never
// back), or moves a constant factor of a multiply_add second (once), or
// moves an `+ C` one op further from the definitions (HoistConstantOffset:
// the DAG is finite and no rewrite moves it back).
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "xyz/Analysis/KernelCost.h"
#include "xyz/Dialect/XYZ/XYZPasses.h"
#include "xyz/Dialect/XYZ/XYZTransforms.h"

namespace xyz {
#define GEN_PASS_DEF_XYZFUSEMULTIPLYADD
#include "xyz/Dialect/XYZ/XYZPasses.h.inc"
} // namespace xyz

using namespace mlir;
using namespace xyz;

namespace {

//===----------------------------------------------------------------------===//
// Words and terms.
//===----------------------------------------------------------------------===//

/// An operand of a term: an SSA value, a known constant, or both (a constant
/// that already exists in the IR). A constant that is only known is
/// materialized when a rewrite needs it.
struct Word {
  Value value;
  std::optional<APInt> constant;

  static Word of(Value value) { return {value, matchConstantWord(value)}; }
  static Word of(const APInt &constant) { return {Value(), constant}; }
  static Word zero() { return of(APInt(32, 0)); }

  bool isConstant() const { return constant.has_value(); }
  bool isConstant(uint64_t v) const { return constant && *constant == v; }
  /// True for two words known to be the same (same SSA value or constant).
  bool sameAs(const Word &other) const {
    if (constant && other.constant)
      return *constant == *other.constant;
    return value && value == other.value;
  }
};

/// Materializes `word` as a value of `type` (i32 or a splat vector). The
/// greedy driver hoists and deduplicates the new constants.
Value materialize(PatternRewriter &rewriter, Location loc, Type type,
                  const Word &word) {
  if (word.value)
    return word.value;
  TypedAttr attr;
  if (auto vector = dyn_cast<VectorType>(type))
    attr = SplatElementsAttr::get(vector, *word.constant);
  else
    attr = rewriter.getIntegerAttr(type, *word.constant);
  return rewriter.create<arith::ConstantOp>(loc, type, attr);
}

/// `factor * scale + addend`, with a constant factor (if only one) moved to
/// the scale. An absent addend is the constant 0.
struct Term {
  Word factor, scale, addend;
};

Term makeTerm(Word factor, Word scale, Word addend) {
  if (factor.isConstant() && !scale.isConstant())
    std::swap(factor, scale);
  return {factor, scale, addend};
}

/// The constant k of a left shift by a constant in [0, 32), the only shifts
/// that are multiplications mod 2^32.
std::optional<unsigned> matchShiftAmount(Value amount) {
  std::optional<APInt> k = matchConstantWord(amount);
  if (!k || k->uge(32))
    return std::nullopt;
  return static_cast<unsigned>(k->getZExtValue());
}

/// Reads `value` as a term, if its defining op is one of the forms in the
/// file header.
std::optional<Term> matchTerm(Value value) {
  if (!value || !isWordType(value.getType()))
    return std::nullopt;
  Operation *op = value.getDefiningOp();
  if (!op)
    return std::nullopt;
  if (auto mul = dyn_cast<arith::MulIOp>(op))
    return makeTerm(Word::of(mul.getLhs()), Word::of(mul.getRhs()),
                    Word::zero());
  if (auto shl = dyn_cast<arith::ShLIOp>(op)) {
    std::optional<unsigned> k = matchShiftAmount(shl.getRhs());
    if (!k)
      return std::nullopt;
    return makeTerm(Word::of(shl.getLhs()),
                    Word::of(APInt(32, 1).shl(*k)), Word::zero());
  }
  if (auto add = dyn_cast<arith::AddIOp>(op)) {
    Word lhs = Word::of(add.getLhs()), rhs = Word::of(add.getRhs());
    if (lhs.isConstant() && !rhs.isConstant())
      std::swap(lhs, rhs);
    if (!rhs.isConstant() || lhs.isConstant())
      return std::nullopt;
    return makeTerm(lhs, Word::of(APInt(32, 1)), rhs);
  }
  if (auto fma = dyn_cast<MultiplyAddOp>(op))
    return makeTerm(Word::of(fma.getA()), Word::of(fma.getB()),
                    Word::of(fma.getC()));
  return std::nullopt;
}

/// The single op (or no op) that computes a term most cheaply.
enum class TermForm { Constant, Addend, Factor, Add, AddProduct, Mul,
                      MultiplyAdd };

TermForm formOf(const Term &term) {
  const Word &f = term.factor, &s = term.scale, &c = term.addend;
  if (f.isConstant() && s.isConstant()) {
    if (c.isConstant())
      return TermForm::Constant;
    return (*f.constant * *s.constant).isZero() ? TermForm::Addend
                                                : TermForm::AddProduct;
  }
  if (s.isConstant(0))
    return TermForm::Addend;
  if (c.isConstant(0))
    return s.isConstant(1) ? TermForm::Factor : TermForm::Mul;
  if (s.isConstant(1))
    return TermForm::Add;
  return TermForm::MultiplyAdd;
}

/// Whether an op of `type` at `at` becomes a vector op: a vector already,
/// or a per-thread op of a thread body, which the vectorizer turns into
/// one (8 threads a slot). Costing those as vectors before vectorization
/// forms the terms the vector code wants, and keeps the op counts that
/// later passes estimate from the scalar body (gather replacement's cost
/// model) close to the vector program's.
cost::Mapping mappingOf(Type type, Operation *at) {
  return isa<VectorType>(type) || at->getParentOfType<ForeachThreadOp>()
             ? cost::Mapping::Vector
             : cost::Mapping::Scalar;
}

/// Machine ops of `kind` at `at` (xyz/Analysis/KernelCost.h): a scalar
/// multiply_add is an ALU multiply and an add (the ALU has no fused op), a
/// vector one is one VALU slot, constants are free (hoisted, built once).
unsigned machineOps(TypeID kind, Type type, Operation *at) {
  return cost::totalSlots(cost::opMix(kind, mappingOf(type, at)));
}

unsigned machineOps(Operation *op) {
  return machineOps(op->getName().getTypeID(), op->getResult(0).getType(),
                    op);
}

unsigned machineOps(TermForm form, Type type, Operation *at) {
  switch (form) {
  case TermForm::Constant:
  case TermForm::Addend:
  case TermForm::Factor:
    return 0;
  case TermForm::Add:
  case TermForm::AddProduct:
    return machineOps(TypeID::get<arith::AddIOp>(), type, at);
  case TermForm::Mul:
    return machineOps(TypeID::get<arith::MulIOp>(), type, at);
  case TermForm::MultiplyAdd:
    return machineOps(TypeID::get<MultiplyAddOp>(), type, at);
  }
  llvm_unreachable("unknown term form");
}

/// Builds `factor * scale + addend` in its cheapest form (see formOf): a
/// constant, the addend, the factor, an addi, a muli or a multiply_add.
Value buildTerm(PatternRewriter &rewriter, Location loc, Type type,
                Term term) {
  term = makeTerm(term.factor, term.scale, term.addend);
  const Word &f = term.factor, &s = term.scale, &c = term.addend;
  auto get = [&](const Word &w) {
    return materialize(rewriter, loc, type, w);
  };
  switch (formOf(term)) {
  case TermForm::Constant:
    return get(Word::of(*f.constant * *s.constant + *c.constant));
  case TermForm::Addend:
    return get(c);
  case TermForm::Factor:
    return get(f);
  case TermForm::AddProduct:
    return rewriter.create<arith::AddIOp>(
        loc, get(c), get(Word::of(*f.constant * *s.constant)));
  case TermForm::Add:
    return rewriter.create<arith::AddIOp>(loc, get(f), get(c));
  case TermForm::Mul:
    return rewriter.create<arith::MulIOp>(loc, get(f), get(s));
  case TermForm::MultiplyAdd:
    return rewriter.create<MultiplyAddOp>(loc, type, get(f), get(s), get(c));
  }
  llvm_unreachable("unknown term form");
}

//===----------------------------------------------------------------------===//
// AbsorbTermIntoUsers
//===----------------------------------------------------------------------===//

/// How `user` would compute its result from `term` (the value `source`)
/// without reading `source`, as one term; nothing if it cannot.
std::optional<Term> absorbIntoUser(Operation *user, Value source,
                                   const Term &term) {
  if (user->getNumResults() != 1 ||
      user->getResult(0).getType() != source.getType() ||
      llvm::count(user->getOperands(), source) != 1)
    return std::nullopt;
  const Word &a = term.factor, &b = term.scale, &c = term.addend;
  // The other operand of a binary user.
  auto other = [&](Value lhs, Value rhs) {
    return Word::of(lhs == source ? rhs : lhs);
  };
  // term * K, distributed: needs a constant scale and a constant addend.
  auto scaled = [&](const APInt &k) -> std::optional<Term> {
    if (!b.isConstant() || !c.isConstant())
      return std::nullopt;
    return makeTerm(a, Word::of(*b.constant * k), Word::of(*c.constant * k));
  };

  if (auto add = dyn_cast<arith::AddIOp>(user)) {
    Word z = other(add.getLhs(), add.getRhs());
    if (c.isConstant(0))
      return makeTerm(a, b, z);
    if (c.isConstant() && z.isConstant())
      return makeTerm(a, b, Word::of(*c.constant + *z.constant));
    return std::nullopt;
  }
  if (auto sub = dyn_cast<arith::SubIOp>(user)) {
    if (sub.getLhs() == source) {
      std::optional<APInt> z = matchConstantWord(sub.getRhs());
      if (z && c.isConstant())
        return makeTerm(a, b, Word::of(*c.constant - *z));
      return std::nullopt;
    }
    // z - (a*M + C) = a*(-M) + (z - C)
    Word z = Word::of(sub.getLhs());
    if (!b.isConstant())
      return std::nullopt;
    if (c.isConstant(0))
      return makeTerm(a, Word::of(-*b.constant), z);
    if (c.isConstant() && z.isConstant())
      return makeTerm(a, Word::of(-*b.constant),
                      Word::of(*z.constant - *c.constant));
    return std::nullopt;
  }
  if (auto shl = dyn_cast<arith::ShLIOp>(user)) {
    if (shl.getLhs() != source)
      return std::nullopt;
    if (std::optional<unsigned> k = matchShiftAmount(shl.getRhs()))
      return scaled(APInt(32, 1).shl(*k));
    return std::nullopt;
  }
  if (auto mul = dyn_cast<arith::MulIOp>(user)) {
    if (std::optional<APInt> k = other(mul.getLhs(), mul.getRhs()).constant)
      return scaled(*k);
    return std::nullopt;
  }
  if (auto fma = dyn_cast<MultiplyAddOp>(user)) {
    // The source as a factor of a constant scale K: (a*M + C) * K + z.
    if (fma.getC() == source)
      return std::nullopt;
    std::optional<APInt> k = other(fma.getA(), fma.getB()).constant;
    if (!k || !b.isConstant())
      return std::nullopt;
    Word z = Word::of(fma.getC());
    Word newScale = Word::of(*b.constant * *k);
    if (c.isConstant(0))
      return makeTerm(a, newScale, z);
    if (c.isConstant() && z.isConstant())
      return makeTerm(a, newScale, Word::of(*c.constant * *k + *z.constant));
    return std::nullopt;
  }
  return std::nullopt;
}

/// Rewrites every user of a term into an op that computes the same word
/// from the term's operands, when every user can: the users are replaced one
/// for one and the term dies, so the op count drops by one. With a single
/// user this is the plain fusion; with several it duplicates the term into
/// each user.
template <typename SourceOp>
struct AbsorbTermIntoUsers : public OpRewritePattern<SourceOp> {
  AbsorbTermIntoUsers(MLIRContext *context)
      : OpRewritePattern<SourceOp>(context, /*benefit=*/1) {}

  LogicalResult matchAndRewrite(SourceOp op,
                                PatternRewriter &rewriter) const override {
    Value source = op->getResult(0);
    std::optional<Term> term = matchTerm(source);
    if (!term)
      return rewriter.notifyMatchFailure(op, "not a term");
    if (source.use_empty())
      return failure();
    SmallVector<std::pair<Operation *, Term>> rewrites;
    for (Operation *user : source.getUsers()) {
      if (llvm::any_of(rewrites, [&](auto &r) { return r.first == user; }))
        continue;
      std::optional<Term> absorbed = absorbIntoUser(user, source, *term);
      if (!absorbed)
        return rewriter.notifyMatchFailure(
            op, "a user cannot absorb the term; fusing the others would "
                "duplicate it");
      rewrites.push_back({user, *absorbed});
    }
    // A single user may be rewritten at equal cost (a scalar x*y + z stays
    // two ALU ops): the fused form is what the other patterns compose.
    // Duplicating into several users must save ops.
    unsigned before = machineOps(op), after = 0;
    for (auto &[user, absorbed] : rewrites) {
      before += machineOps(user);
      after += machineOps(formOf(absorbed), user->getResult(0).getType(),
                          user);
    }
    if (after > before || (after == before && rewrites.size() > 1))
      return rewriter.notifyMatchFailure(op, "would not save machine ops");
    for (auto &[user, absorbed] : rewrites) {
      rewriter.setInsertionPoint(user);
      Value result = buildTerm(rewriter, user->getLoc(),
                               user->getResult(0).getType(), absorbed);
      rewriter.replaceOp(user, result);
    }
    rewriter.eraseOp(op);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// CombineLikeTerms
//===----------------------------------------------------------------------===//

/// The other operand of `add` when one of its operands is `factor`.
std::optional<Word> matchAddOf(Value value, Value factor) {
  auto add = value.getDefiningOp<arith::AddIOp>();
  if (!add)
    return std::nullopt;
  if (add.getLhs() == factor)
    return Word::of(add.getRhs());
  if (add.getRhs() == factor)
    return Word::of(add.getLhs());
  return std::nullopt;
}

/// multiply_add(a, M, c) whose addend is `a` itself, a single-use `a + d`,
/// or a single-use term `a*K + d`: the multiples of `a` add up.
struct CombineLikeTerms : public OpRewritePattern<MultiplyAddOp> {
  CombineLikeTerms(MLIRContext *context)
      : OpRewritePattern<MultiplyAddOp>(context, /*benefit=*/2) {}

  LogicalResult matchAndRewrite(MultiplyAddOp op,
                                PatternRewriter &rewriter) const override {
    std::optional<Term> term = matchTerm(op.getResult());
    if (!term || !term->scale.isConstant() || term->factor.isConstant())
      return failure();
    Value a = term->factor.value;
    const APInt &m = *term->scale.constant;
    Value c = op.getC();
    std::optional<Term> combined;
    if (c == a) {
      combined = makeTerm(Word::of(a), Word::of(m + 1), Word::zero());
    } else if (c.hasOneUse()) {
      if (std::optional<Word> d = matchAddOf(c, a))
        combined = makeTerm(Word::of(a), Word::of(m + 1), *d);
      else if (std::optional<Term> inner = matchTerm(c);
               inner && inner->factor.sameAs(Word::of(a)) &&
               inner->scale.isConstant())
        combined = makeTerm(Word::of(a), Word::of(m + *inner->scale.constant),
                            inner->addend);
    }
    if (!combined)
      return failure();
    unsigned before = machineOps(op);
    if (c != a)
      before += machineOps(c.getDefiningOp());
    if (machineOps(formOf(*combined), op.getType(), op) > before)
      return failure();
    rewriter.setInsertionPoint(op);
    rewriter.replaceOp(op,
                       buildTerm(rewriter, op.getLoc(), op.getType(), *combined));
    return success();
  }
};

/// `(a*M) + (a + c)` where the scaled term `a*M` has other users (so it
/// cannot be absorbed) but the inner sum is used once: the sum dies.
struct CombineLikeTermsOfAdd : public OpRewritePattern<arith::AddIOp> {
  CombineLikeTermsOfAdd(MLIRContext *context)
      : OpRewritePattern<arith::AddIOp>(context, /*benefit=*/2) {}

  LogicalResult matchAndRewrite(arith::AddIOp op,
                                PatternRewriter &rewriter) const override {
    if (!isWordType(op.getType()))
      return failure();
    for (auto [scaled, sum] : {std::pair(op.getLhs(), op.getRhs()),
                               std::pair(op.getRhs(), op.getLhs())}) {
      std::optional<Term> term = matchTerm(scaled);
      if (!term || term->factor.isConstant() || !term->scale.isConstant() ||
          !term->addend.isConstant(0) || !sum.hasOneUse() || scaled == sum)
        continue;
      Value a = term->factor.value;
      std::optional<Word> d = matchAddOf(sum, a);
      if (!d)
        continue;
      // The add and the inner sum die; the scaled term stays. This saves an
      // op on vectors only (a scalar multiply_add is two ALU ops).
      Term combined = makeTerm(Word::of(a),
                               Word::of(*term->scale.constant + 1), *d);
      if (machineOps(formOf(combined), op.getType(), op) >= 2)
        continue;
      rewriter.setInsertionPoint(op);
      rewriter.replaceOp(
          op, buildTerm(rewriter, op.getLoc(), op.getType(), combined));
      return success();
    }
    return failure();
  }
};

//===----------------------------------------------------------------------===//
// HoistConstantOffset
//===----------------------------------------------------------------------===//

/// How a user of `v = x + C` reads it with the constant taken out: the
/// operands to rebuild the user from (v replaced by x, maybe a constant
/// folded), and the constant to add to its result (zero: absorbed in place).
struct OffsetUse {
  Operation *user;
  SmallVector<Value> operands;
  std::optional<APInt> addend, result;
};

std::optional<OffsetUse> hoistThrough(Operation *user, Value v, Value x,
                                      const APInt &c) {
  if (llvm::count(user->getOperands(), v) != 1)
    return std::nullopt;
  OffsetUse use{user, {}, std::nullopt, std::nullopt};
  if (auto add = dyn_cast<arith::AddIOp>(user)) {
    Value y = add.getLhs() == v ? add.getRhs() : add.getLhs();
    if (std::optional<APInt> k = matchConstantWord(y)) {
      use.operands = {x};
      use.addend = c + *k; // x + (C + K): one add, in place
    } else {
      use.operands = {x, y};
      use.result = c; // (x + y) + C
    }
    return use;
  }
  if (auto fma = dyn_cast<MultiplyAddOp>(user)) {
    Value a = fma.getA(), b = fma.getB(), z = fma.getC();
    if (z == v) {
      use.operands = {a, b, x};
      use.result = c; // a*b + x + C
      return use;
    }
    Value scale = a == v ? b : a;
    std::optional<APInt> k = matchConstantWord(scale);
    if (!k)
      return std::nullopt;
    use.operands = {x, scale, z};
    if (std::optional<APInt> zc = matchConstantWord(z))
      use.operands[2] = Value(), use.addend = c * *k + *zc; // in place
    else
      use.result = c * *k; // x*K + z + C*K
    return use;
  }
  return std::nullopt;
}

/// `v = x + C` (x not constant) whose users all read it through an add or a
/// multiply_add: each is rebuilt on x, the constant folded into it or added
/// to its result. At most one user may need that extra add, so the count
/// never grows (v dies); the constant moves toward the users.
struct HoistConstantOffset : public OpRewritePattern<arith::AddIOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(arith::AddIOp op,
                                PatternRewriter &rewriter) const override {
    if (!isWordType(op.getType()) || op->use_empty())
      return failure();
    Value v = op.getResult(), x;
    std::optional<APInt> c;
    for (auto [lhs, rhs] : {std::pair(op.getLhs(), op.getRhs()),
                            std::pair(op.getRhs(), op.getLhs())})
      if ((c = matchConstantWord(rhs)) && !matchConstantWord(lhs)) {
        x = lhs;
        break;
      }
    if (!x)
      return failure();
    SmallVector<OffsetUse> uses;
    unsigned extraAdds = 0;
    for (Operation *user : v.getUsers()) {
      if (llvm::any_of(uses, [&](auto &u) { return u.user == user; }))
        continue;
      std::optional<OffsetUse> use = hoistThrough(user, v, x, *c);
      if (!use)
        return rewriter.notifyMatchFailure(op, "a user cannot take x + C");
      extraAdds += use->result.has_value();
      uses.push_back(std::move(*use));
    }
    if (extraAdds > 1)
      return rewriter.notifyMatchFailure(op, "would add ops");
    for (OffsetUse &use : uses) {
      Operation *user = use.user;
      Location loc = user->getLoc();
      Type type = user->getResult(0).getType();
      rewriter.setInsertionPoint(user);
      auto get = [&](const APInt &k) {
        return materialize(rewriter, loc, type, Word::of(k));
      };
      Value inner;
      if (isa<arith::AddIOp>(user))
        inner = use.addend ? rewriter.create<arith::AddIOp>(
                                 loc, use.operands[0], get(*use.addend))
                           : rewriter.create<arith::AddIOp>(
                                 loc, use.operands[0], use.operands[1]);
      else
        inner = rewriter.create<MultiplyAddOp>(
            loc, type, use.operands[0], use.operands[1],
            use.addend ? get(*use.addend) : use.operands[2]);
      if (use.result)
        inner = rewriter.create<arith::AddIOp>(loc, inner, get(*use.result));
      rewriter.replaceOp(user, inner);
    }
    rewriter.eraseOp(op);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// The pass.
//===----------------------------------------------------------------------===//

struct FuseMultiplyAddPass
    : public xyz::impl::XYZFuseMultiplyAddBase<FuseMultiplyAddPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateFuseMultiplyAddPatterns(patterns);
    GreedyRewriteConfig config;
    // Only the arithmetic changes; blocks and regions stay as they are.
    config.enableRegionSimplification = GreedySimplifyRegionLevel::Disabled;
    config.maxIterations = GreedyRewriteConfig::kNoLimit;
    if (failed(applyPatternsAndFoldGreedily(getOperation(), std::move(patterns),
                                            config)))
      return signalPassFailure();
  }
};

} // namespace

void xyz::populateFuseMultiplyAddPatterns(RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<AbsorbTermIntoUsers<arith::MulIOp>,
               AbsorbTermIntoUsers<arith::ShLIOp>,
               AbsorbTermIntoUsers<arith::AddIOp>,
               AbsorbTermIntoUsers<MultiplyAddOp>, CombineLikeTerms,
               CombineLikeTermsOfAdd, HoistConstantOffset>(context);
  // A multiply_add that is cheaper as something else (its canonicalization).
  MultiplyAddOp::getCanonicalizationPatterns(patterns, context);
  // arith's own add rules merge the `+ C` chains the hoisting leaves
  // (`(x + C1) + C2` -> `x + (C1 + C2)`, whatever else reads `x + C1`).
  arith::AddIOp::getCanonicalizationPatterns(patterns, context);
}
