//===- XYZOps.cpp - xyz dialect ops ---------------------------------------===//

#include "xyz/Dialect/XYZ/XYZOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/FunctionImplementation.h"
#include "mlir/Interfaces/Utils/InferIntRangeCommon.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace xyz;

//===----------------------------------------------------------------------===//
// KernelOp
//===----------------------------------------------------------------------===//

ParseResult KernelOp::parse(OpAsmParser &parser, OperationState &result) {
  auto buildType = [](Builder &builder, ArrayRef<Type> args,
                      ArrayRef<Type> results,
                      function_interface_impl::VariadicFlag, std::string &) {
    return builder.getFunctionType(args, results);
  };
  return function_interface_impl::parseFunctionOp(
      parser, result, /*allowVariadic=*/false,
      getFunctionTypeAttrName(result.name), buildType,
      getArgAttrsAttrName(result.name), getResAttrsAttrName(result.name));
}

void KernelOp::print(OpAsmPrinter &p) {
  function_interface_impl::printFunctionOp(
      p, *this, /*isVariadic=*/false, getFunctionTypeAttrName(),
      getArgAttrsAttrName(), getResAttrsAttrName());
}

StringRef KernelOp::getParamName(unsigned i) {
  if (auto name = getArgAttrOfType<StringAttr>(i, XYZDialect::kParamNameAttr))
    return name.getValue();
  return {};
}

std::optional<int64_t> KernelOp::getParamDefault(unsigned i) {
  if (auto value =
          getArgAttrOfType<IntegerAttr>(i, XYZDialect::kParamDefaultAttr))
    return value.getInt();
  return std::nullopt;
}

LogicalResult KernelOp::verify() {
  if (!getResultTypes().empty())
    return emitOpError("a kernel returns no values; it writes memory");
  if (getBody().empty())
    return emitOpError("a kernel needs a body");
  llvm::StringSet<> names;
  for (unsigned i = 0, e = getNumArguments(); i < e; ++i) {
    if (!getArgument(i).getType().isInteger(32))
      return emitOpError("shape parameter #") << i << " must be i32";
    StringRef name = getParamName(i);
    if (name.empty())
      return emitOpError("shape parameter #")
             << i << " needs a name (argument attribute `"
             << XYZDialect::kParamNameAttr << "`)";
    if (!names.insert(name).second)
      return emitOpError("shape parameter '") << name << "' is declared twice";
    if (Attribute range = getArgAttr(i, XYZDialect::kParamTestRangeAttr)) {
      auto bounds = dyn_cast<ArrayAttr>(range);
      auto lo = bounds && bounds.size() == 2
                    ? dyn_cast<IntegerAttr>(bounds[0])
                    : IntegerAttr();
      auto hi = lo ? dyn_cast<IntegerAttr>(bounds[1]) : IntegerAttr();
      if (!hi || lo.getInt() > hi.getInt())
        return emitOpError("`")
               << XYZDialect::kParamTestRangeAttr << "` of shape parameter '"
               << name << "' must be [lo, hi] with integers lo <= hi, got "
               << range;
    }
  }
  return success();
}

//===----------------------------------------------------------------------===//
// RegionOp
//===----------------------------------------------------------------------===//

// xyz.region "name" at %base words(%a, %b, ...)
// xyz.region "name" at %base size %n (random(bits N) | random(below %b) | zero)
ParseResult RegionOp::parse(OpAsmParser &parser, OperationState &result) {
  Builder &builder = parser.getBuilder();
  Type i32 = builder.getI32Type();
  StringAttr name;
  OpAsmParser::UnresolvedOperand base, size, bound;
  SmallVector<OpAsmParser::UnresolvedOperand> words;
  bool hasSize = false, hasBound = false;
  if (parser.parseAttribute(name, getRegionNameAttrName(result.name),
                            result.attributes) ||
      parser.parseKeyword("at") || parser.parseOperand(base))
    return failure();
  if (succeeded(parser.parseOptionalKeyword("words"))) {
    if (parser.parseOperandList(words, OpAsmParser::Delimiter::Paren))
      return failure();
  } else {
    if (parser.parseKeyword("size", " or 'words'") ||
        parser.parseOperand(size))
      return failure();
    hasSize = true;
    if (succeeded(parser.parseOptionalKeyword("random"))) {
      if (parser.parseLParen())
        return failure();
      if (succeeded(parser.parseOptionalKeyword("below"))) {
        if (parser.parseOperand(bound))
          return failure();
        hasBound = true;
      } else {
        int32_t bits;
        if (parser.parseKeyword("bits", " or 'below'") ||
            parser.parseInteger(bits))
          return failure();
        result.addAttribute(getBitsAttrName(result.name),
                            builder.getI32IntegerAttr(bits));
      }
      if (parser.parseRParen())
        return failure();
    } else if (parser.parseKeyword("zero", " or 'random'")) {
      return failure();
    }
  }
  if (parser.parseOptionalAttrDict(result.attributes) ||
      parser.resolveOperand(base, i32, result.operands) ||
      (hasSize && parser.resolveOperand(size, i32, result.operands)) ||
      (hasBound && parser.resolveOperand(bound, i32, result.operands)) ||
      parser.resolveOperands(words, i32, result.operands))
    return failure();
  result.addAttribute(getOperandSegmentSizesAttrName(result.name),
                      builder.getDenseI32ArrayAttr(
                          {1, hasSize ? 1 : 0, hasBound ? 1 : 0,
                           static_cast<int32_t>(words.size())}));
  return success();
}

void RegionOp::print(OpAsmPrinter &p) {
  p << ' ';
  p.printAttributeWithoutType(getRegionNameAttr());
  p << " at " << getBase();
  switch (getInit()) {
  case Init::Words:
    p << " words(" << getWords() << ')';
    break;
  case Init::RandomBits:
    p << " size " << getSize() << " random(bits " << *getBits() << ')';
    break;
  case Init::RandomBelow:
    p << " size " << getSize() << " random(below " << getBound() << ')';
    break;
  case Init::Zero:
    p << " size " << getSize() << " zero";
    break;
  }
  p.printOptionalAttrDict((*this)->getAttrs(),
                          {getRegionNameAttrName(), getBitsAttrName(),
                           getOperandSegmentSizesAttrName()});
}

LogicalResult LaneOp::verify() {
  uint64_t lanes = cast<VectorType>(getValue().getType()).getNumElements();
  if (getLane() >= lanes)
    return emitOpError("lane must be in [0, ")
           << lanes - 1 << "], got " << getLane();
  return success();
}

OpFoldResult LaneOp::fold(FoldAdaptor adaptor) {
  uint64_t lane = getLane();
  if (auto lanes =
          dyn_cast_if_present<DenseIntElementsAttr>(adaptor.getValue()))
    if (lane < uint64_t(lanes.getNumElements()))
      return IntegerAttr::get(getType(), lanes.getValues<APInt>()[lane]);
  if (auto words = getValue().getDefiningOp<FromWordsOp>())
    if (lane < words.getWords().size())
      return words.getWords()[lane];
  if (auto bcast = getValue().getDefiningOp<BroadcastOp>())
    return bcast.getValue();
  return {};
}

LogicalResult WindowOp::verify() {
  uint64_t lanes = cast<VectorType>(getType()).getNumElements();
  if (getOffset() == 0 || getOffset() >= lanes)
    return emitOpError("offset must be in [1, ")
           << lanes - 1 << "], got " << getOffset();
  return success();
}

LogicalResult FromWordsOp::verify() {
  int64_t lanes = cast<VectorType>(getType()).getNumElements();
  if (int64_t(getWords().size()) != lanes)
    return emitOpError("needs one word per lane: ")
           << lanes << " words, got " << getWords().size();
  return success();
}

LogicalResult RegionOp::verify() {
  if (getRegionName().empty())
    return emitOpError("needs a non-empty region name");
  bool words = !getWords().empty();
  if (words == bool(getSize()))
    return emitOpError("needs either a size or a list of words");
  if (getBits() && getBound())
    return emitOpError("has both random(bits) and random(below)");
  if (words && (getBits() || getBound()))
    return emitOpError("with words has no random contents");
  if (std::optional<uint32_t> bits = getBits())
    if (*bits < 1 || *bits > 32)
      return emitOpError("random(bits N) needs 1 <= N <= 32, got ")
             << static_cast<int32_t>(*bits);
  // Names are unique in a kernel: a later declaration names the clash.
  for (Operation *op = (*this)->getPrevNode(); op; op = op->getPrevNode())
    if (auto other = dyn_cast<RegionOp>(op);
        other && other.getRegionName() == getRegionName())
      return emitOpError("region '")
             << getRegionName() << "' is declared twice";
  return success();
}

//===----------------------------------------------------------------------===//
// ForeachThreadOp
//===----------------------------------------------------------------------===//

void ForeachThreadOp::build(OpBuilder &builder, OperationState &result,
                            Value count, ArrayRef<ReduceKind> reductions) {
  result.addOperands(count);
  if (!reductions.empty()) {
    SmallVector<int32_t> kinds;
    for (ReduceKind kind : reductions)
      kinds.push_back(static_cast<int32_t>(kind));
    result.addAttribute(getReductionsAttrName(result.name),
                        builder.getDenseI32ArrayAttr(kinds));
    result.addTypes(SmallVector<Type>(reductions.size(),
                                      builder.getI32Type()));
  }
  Region *body = result.addRegion();
  Block *block = new Block();
  block->addArgument(builder.getI32Type(), result.location);
  body->push_back(block);
  // A loop with reductions gets its yield from its builder's caller.
  if (!reductions.empty())
    return;
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(block);
  builder.create<YieldOp>(result.location);
}

SmallVector<ReduceKind> ForeachThreadOp::getReduceKinds() {
  SmallVector<ReduceKind> kinds;
  if (std::optional<ArrayRef<int32_t>> values = getReductions())
    for (int32_t value : *values)
      kinds.push_back(static_cast<ReduceKind>(value));
  return kinds;
}

YieldOp ForeachThreadOp::getYield() {
  return cast<YieldOp>(getBody().front().getTerminator());
}

// xyz.foreach_thread %tid < %count [reduce(kind, ...)] { ... }
ParseResult ForeachThreadOp::parse(OpAsmParser &parser,
                                   OperationState &result) {
  OpAsmParser::Argument threadId;
  OpAsmParser::UnresolvedOperand count;
  Type i32 = parser.getBuilder().getI32Type();
  threadId.type = i32;
  if (parser.parseArgument(threadId) || parser.parseLess() ||
      parser.parseOperand(count))
    return failure();
  if (succeeded(parser.parseOptionalKeyword("reduce"))) {
    SmallVector<int32_t> kinds;
    auto parseKind = [&]() -> ParseResult {
      StringRef keyword;
      SMLoc loc = parser.getCurrentLocation();
      if (parser.parseKeyword(&keyword))
        return failure();
      std::optional<ReduceKind> kind = symbolizeReduceKind(keyword);
      if (!kind)
        return parser.emitError(loc, "unknown reduction '")
               << keyword << "' (expected add, mul, and, or, xor, minu or "
                             "maxu)";
      kinds.push_back(static_cast<int32_t>(*kind));
      return success();
    };
    if (parser.parseCommaSeparatedList(OpAsmParser::Delimiter::Paren,
                                       parseKind))
      return failure();
    result.addAttribute(getReductionsAttrName(result.name),
                        parser.getBuilder().getDenseI32ArrayAttr(kinds));
    result.addTypes(SmallVector<Type>(kinds.size(), i32));
  }
  if (parser.parseOptionalAttrDictWithKeyword(result.attributes))
    return failure();
  Region *body = result.addRegion();
  if (parser.parseRegion(*body, threadId))
    return failure();
  // Resolved after the body: MLIR 19's parser frees a forward reference's
  // placeholder when the body defines that name, and an operand resolved
  // before the body would then dangle (`xyz.foreach_thread %t < %n { %n =
  // ... }` crashed; found by fuzz/xyz_opt_fuzzer). After the body, the
  // name is looked up outside it and reported if undefined.
  if (parser.resolveOperand(count, i32, result.operands))
    return failure();
  ensureTerminator(*body, parser.getBuilder(), result.location);
  return success();
}

void ForeachThreadOp::print(OpAsmPrinter &p) {
  p << ' ' << getThreadId() << " < " << getCount();
  SmallVector<ReduceKind> kinds = getReduceKinds();
  if (!kinds.empty()) {
    p << " reduce(";
    llvm::interleaveComma(kinds, p, [&](ReduceKind kind) {
      p << stringifyReduceKind(kind);
    });
    p << ')';
  }
  p.printOptionalAttrDictWithKeyword((*this)->getAttrs(),
                                     {getReductionsAttrName()});
  p << ' ';
  p.printRegion(getBody(), /*printEntryBlockArgs=*/false,
                /*printBlockTerminators=*/!kinds.empty());
}

LogicalResult ForeachThreadOp::verify() {
  Block &block = getBody().front();
  if (block.getNumArguments() != 1 ||
      !block.getArgument(0).getType().isInteger(32))
    return emitOpError("body takes exactly one i32 thread id");
  if (getNumLanes() < 1 || getFirstThread() < 0)
    return emitOpError("needs lanes >= 1 and start >= 0");
  APInt count;
  if (getNumLanes() > 1 && matchPattern(getCount(), m_ConstantInt(&count)) &&
      (count.getSExtValue() - getFirstThread()) % getNumLanes() != 0)
    return emitOpError("thread count minus start must be a multiple of lanes");
  SmallVector<ReduceKind> kinds = getReduceKinds();
  for (int32_t value : getReductions().value_or(ArrayRef<int32_t>()))
    if (!symbolizeReduceKind(value))
      return emitOpError("unknown reduction kind ") << value;
  if (kinds.size() != getNumResults())
    return emitOpError("has ")
           << getNumResults() << " results for " << kinds.size()
           << " reductions";
  auto yield = dyn_cast<YieldOp>(block.getTerminator());
  if (!yield)
    return emitOpError("body must end in xyz.yield");
  if (yield.getValues().size() != kinds.size())
    return yield.emitOpError("yields ")
           << yield.getValues().size() << " values for " << kinds.size()
           << " reductions";
  Type word = IntegerType::get(getContext(), 32);
  Type expected = getNumLanes() == 1
                      ? word
                      : VectorType::get({getNumLanes()}, word);
  for (auto [index, value] : llvm::enumerate(yield.getValues()))
    if (value.getType() != expected)
      return yield.emitOpError("value ")
             << index << " must be " << expected << " (one word per "
             << (getNumLanes() == 1 ? "thread" : "lane") << "), not "
             << value.getType();
  return success();
}

/// The thread id is in [start, count - 1] (the first thread of the last group
/// with lanes > 1); a reduction may be any word. The op is no region branch
/// (the body runs once per thread and yields to reductions, not to the
/// results), so the sparse data-flow framework asks for both here: the
/// thread id when it enters the body, the results when it visits the op.
std::optional<int64_t> ForeachThreadOp::getConstantThreadCount() {
  APInt count;
  if (!matchPattern(getCount(), m_ConstantInt(&count)) ||
      count.getBitWidth() > 64)
    return std::nullopt;
  return count.getSExtValue() - getFirstThread();
}

void ForeachThreadOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                                        SetIntRangeFn setResultRange) {
  for (Value result : getResults())
    setResultRange(result, ConstantIntRanges::maxRange(32));
  const ConstantIntRanges &count = argRanges[0];
  APInt start(32, getFirstThread());
  APInt lanes(32, getNumLanes());
  if (count.umax().ule(start))
    return;
  APInt last = count.umax() - lanes;
  if (last.ult(start))
    last = start;
  setResultRange(getThreadId(), ConstantIntRanges::fromUnsigned(start, last));
}

//===----------------------------------------------------------------------===//
// BroadcastOp
//===----------------------------------------------------------------------===//

OpFoldResult BroadcastOp::fold(FoldAdaptor adaptor) {
  if (auto value = dyn_cast_if_present<IntegerAttr>(adaptor.getValue()))
    return SplatElementsAttr::get(getType(), value.getValue());
  return {};
}

void CoreIdOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                                 SetIntRangeFn setResultRange) {
  unsigned width = getType().getIntOrFloatBitWidth();
  APInt zero = APInt::getZero(width);
  // Any word, unless the kernel declares its number of cores (at least one).
  APInt top = APInt::getMaxValue(width);
  if (getCores() && !argRanges.empty() && !argRanges[0].umax().isZero())
    top = argRanges[0].umax() - 1;
  setResultRange(getResult(), ConstantIntRanges::fromUnsigned(zero, top));
}

void BroadcastOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                                    SetIntRangeFn setResultRange) {
  setResultRange(getResult(), argRanges[0]);
}

//===----------------------------------------------------------------------===//
// MultiplyAddOp
//===----------------------------------------------------------------------===//

/// The word on every lane of a constant attribute (scalar or splat).
static std::optional<APInt> constantWord(Attribute attr) {
  if (auto scalar = dyn_cast_if_present<IntegerAttr>(attr))
    return scalar.getValue();
  if (auto splat = dyn_cast_if_present<SplatElementsAttr>(attr))
    if (splat.getElementType().isInteger())
      return splat.getSplatValue<APInt>();
  return std::nullopt;
}

std::optional<APInt> xyz::matchConstantWord(Value value) {
  if (!value)
    return std::nullopt;
  APInt word;
  if (matchPattern(value, m_ConstantInt(&word)) && word.getBitWidth() == 32)
    return word;
  if (auto broadcast = value.getDefiningOp<BroadcastOp>())
    return matchConstantWord(broadcast.getValue());
  return std::nullopt;
}

/// Lane-wise `a * b + c` of three constant vectors, any of them splat or
/// not (thread expansion leaves lane-index vectors in addresses), or null.
static Attribute foldLanes(ShapedType type, Attribute a, Attribute b,
                           Attribute c) {
  auto da = dyn_cast_if_present<DenseIntElementsAttr>(a);
  auto db = dyn_cast_if_present<DenseIntElementsAttr>(b);
  auto dc = dyn_cast_if_present<DenseIntElementsAttr>(c);
  if (!da || !db || !dc)
    return {};
  SmallVector<APInt> lanes;
  for (auto [x, y, z] : llvm::zip(da.getValues<APInt>(), db.getValues<APInt>(),
                                  dc.getValues<APInt>()))
    lanes.push_back(x * y + z);
  return DenseIntElementsAttr::get(type, lanes);
}

OpFoldResult MultiplyAddOp::fold(FoldAdaptor adaptor) {
  std::optional<APInt> a = constantWord(adaptor.getA());
  std::optional<APInt> b = constantWord(adaptor.getB());
  std::optional<APInt> c = constantWord(adaptor.getC());
  if (a && b && c) {
    APInt result = *a * *b + *c;
    if (auto shaped = dyn_cast<ShapedType>(getType()))
      return SplatElementsAttr::get(shaped, result);
    return IntegerAttr::get(getType(), result);
  }
  if (auto shaped = dyn_cast<ShapedType>(getType()))
    if (Attribute lanes = foldLanes(shaped, adaptor.getA(), adaptor.getB(),
                                    adaptor.getC()))
      return lanes;
  if ((a && a->isZero()) || (b && b->isZero()))
    return getC();
  if (c && c->isZero()) {
    if (b && b->isOne())
      return getA();
    if (a && a->isOne())
      return getB();
  }
  return {};
}

namespace {
/// A multiply_add that is cheaper as something else: `a * 1 + c` is an add,
/// `a * b + 0` a multiply, `A * B + c` an add of the constant product (and
/// what the folder does too, for constants it sees only through a
/// broadcast); a constant first factor moves second.
struct SimplifyMultiplyAdd : public OpRewritePattern<MultiplyAddOp> {
  SimplifyMultiplyAdd(MLIRContext *context)
      : OpRewritePattern<MultiplyAddOp>(context, /*benefit=*/3) {}

  LogicalResult matchAndRewrite(MultiplyAddOp op,
                                PatternRewriter &rewriter) const override {
    std::optional<APInt> a = matchConstantWord(op.getA());
    std::optional<APInt> b = matchConstantWord(op.getB());
    std::optional<APInt> c = matchConstantWord(op.getC());
    if (a && !b) {
      rewriter.modifyOpInPlace(op, [&] {
        Value factor = op.getB();
        op->setOperand(1, op.getA());
        op->setOperand(0, factor);
      });
      return success();
    }
    Location loc = op.getLoc();
    Type type = op.getType();
    auto constant = [&](const APInt &word) -> Value {
      TypedAttr attr;
      if (auto shaped = dyn_cast<ShapedType>(type))
        attr = SplatElementsAttr::get(shaped, word);
      else
        attr = rewriter.getIntegerAttr(type, word);
      return rewriter.create<arith::ConstantOp>(loc, type, attr);
    };
    Value result;
    if (a && b) {
      APInt product = *a * *b;
      if (c)
        result = constant(product + *c);
      else if (product.isZero())
        result = op.getC();
      else
        result = rewriter.create<arith::AddIOp>(loc, op.getC(),
                                                constant(product));
    } else if (b && b->isZero()) {
      result = op.getC();
    } else if (c && c->isZero()) {
      result = b && b->isOne()
                   ? op.getA()
                   : rewriter.create<arith::MulIOp>(loc, op.getA(), op.getB())
                         .getResult();
    } else if (b && b->isOne()) {
      result = rewriter.create<arith::AddIOp>(loc, op.getA(), op.getC());
    } else {
      return failure();
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

namespace {
/// A barrier for one core waits for no one and writes no flag.
struct EraseOneCoreBarrier : public OpRewritePattern<BarrierOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(BarrierOp op,
                                PatternRewriter &rewriter) const override {
    APInt cores;
    if (!matchPattern(op.getCores(), m_ConstantInt(&cores)) || !cores.isOne())
      return failure();
    rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

void BarrierOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                            MLIRContext *context) {
  patterns.add<EraseOneCoreBarrier>(context);
}

void MultiplyAddOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                                MLIRContext *context) {
  patterns.add<SimplifyMultiplyAdd>(context);
}

namespace {
/// A gather of consecutive constant addresses is a vector load.
struct ContiguousGather : public OpRewritePattern<GatherOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(GatherOp op,
                                PatternRewriter &rewriter) const override {
    auto type = dyn_cast<VectorType>(op.getType());
    DenseIntElementsAttr addrs;
    if (!type || !matchPattern(op.getAddrs(), m_Constant(&addrs)))
      return failure();
    uint64_t first = (*addrs.getValues<APInt>().begin()).getZExtValue();
    uint64_t lane = 0;
    for (const APInt &addr : addrs.getValues<APInt>())
      if (addr.getZExtValue() != first + lane++)
        return failure(); // (no wrap past 2^32 either)
    Value base = rewriter.create<arith::ConstantIntOp>(op.getLoc(),
                                                       int64_t(first), 32);
    rewriter.replaceOpWithNewOp<VLoadOp>(op, type, base, op.getRegionAttr());
    return success();
  }
};
} // namespace

void GatherOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                           MLIRContext *context) {
  patterns.add<ContiguousGather>(context);
}

void MultiplyAddOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                                      SetIntRangeFn setResultRange) {
  ConstantIntRanges product = intrange::inferMul({argRanges[0], argRanges[1]});
  setResultRange(getResult(), intrange::inferAdd({product, argRanges[2]}));
}

#define GET_OP_CLASSES
#include "xyz/Dialect/XYZ/XYZOps.cpp.inc"

#include "xyz/Dialect/XYZ/XYZEnums.cpp.inc"

bool xyz::isWordType(Type type) {
  if (auto vector = dyn_cast<VectorType>(type))
    return vector.getRank() == 1 && !vector.isScalable() &&
           vector.getElementType().isInteger(32);
  return type.isInteger(32);
}

APInt xyz::getReduceIdentity(ReduceKind kind) {
  switch (kind) {
  case ReduceKind::Mul:
    return APInt(32, 1);
  case ReduceKind::And:
  case ReduceKind::MinU:
    return APInt::getAllOnes(32);
  case ReduceKind::Add:
  case ReduceKind::Or:
  case ReduceKind::Xor:
  case ReduceKind::MaxU:
    return APInt(32, 0);
  }
  llvm_unreachable("unknown reduction kind");
}

APInt xyz::combineWords(ReduceKind kind, const APInt &a, const APInt &b) {
  switch (kind) {
  case ReduceKind::Add:
    return a + b;
  case ReduceKind::Mul:
    return a * b;
  case ReduceKind::And:
    return a & b;
  case ReduceKind::Or:
    return a | b;
  case ReduceKind::Xor:
    return a ^ b;
  case ReduceKind::MinU:
    return llvm::APIntOps::umin(a, b);
  case ReduceKind::MaxU:
    return llvm::APIntOps::umax(a, b);
  }
  llvm_unreachable("unknown reduction kind");
}

std::optional<ReduceKind> xyz::getReduceKind(Operation *op) {
  if (op->getNumResults() != 1 || !op->getResult(0).getType().isInteger(32))
    return std::nullopt;
  return getCombineKind(op);
}

std::optional<std::pair<ReduceKind, bool>>
xyz::getCarriedReduceKind(Operation *op) {
  if (std::optional<ReduceKind> kind = getReduceKind(op))
    return std::make_pair(*kind, false);
  if (op->getNumResults() != 1 || !op->getResult(0).getType().isInteger(32))
    return std::nullopt;
  if (isa<arith::MinSIOp>(op))
    return std::make_pair(ReduceKind::MinU, true);
  if (isa<arith::MaxSIOp>(op))
    return std::make_pair(ReduceKind::MaxU, true);
  return std::nullopt;
}

std::optional<ReduceKind> xyz::getCombineKind(Operation *op) {
  return llvm::TypeSwitch<Operation *, std::optional<ReduceKind>>(op)
      .Case<arith::AddIOp>([](auto) { return ReduceKind::Add; })
      .Case<arith::MulIOp>([](auto) { return ReduceKind::Mul; })
      .Case<arith::AndIOp>([](auto) { return ReduceKind::And; })
      .Case<arith::OrIOp>([](auto) { return ReduceKind::Or; })
      .Case<arith::XOrIOp>([](auto) { return ReduceKind::Xor; })
      .Case<arith::MinUIOp>([](auto) { return ReduceKind::MinU; })
      .Case<arith::MaxUIOp>([](auto) { return ReduceKind::MaxU; })
      .Default([](Operation *) { return std::nullopt; });
}

Value xyz::buildCombine(OpBuilder &builder, Location loc, ReduceKind kind,
                        Value a, Value b) {
  switch (kind) {
  case ReduceKind::Add:
    return builder.create<arith::AddIOp>(loc, a, b);
  case ReduceKind::Mul:
    return builder.create<arith::MulIOp>(loc, a, b);
  case ReduceKind::And:
    return builder.create<arith::AndIOp>(loc, a, b);
  case ReduceKind::Or:
    return builder.create<arith::OrIOp>(loc, a, b);
  case ReduceKind::Xor:
    return builder.create<arith::XOrIOp>(loc, a, b);
  case ReduceKind::MinU:
    return builder.create<arith::MinUIOp>(loc, a, b);
  case ReduceKind::MaxU:
    return builder.create<arith::MaxUIOp>(loc, a, b);
  }
  llvm_unreachable("unknown reduction kind");
}
