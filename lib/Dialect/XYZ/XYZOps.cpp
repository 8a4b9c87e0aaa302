//===- XYZOps.cpp - xyz dialect ops ---------------------------------------===//

#include "xyz/Dialect/XYZ/XYZOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/FunctionImplementation.h"
#include "mlir/Interfaces/Utils/InferIntRangeCommon.h"
#include "llvm/ADT/StringSet.h"

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
  }
  return success();
}

//===----------------------------------------------------------------------===//
// ForeachThreadOp
//===----------------------------------------------------------------------===//

void ForeachThreadOp::build(OpBuilder &builder, OperationState &result,
                            Value count) {
  result.addOperands(count);
  Region *body = result.addRegion();
  Block *block = new Block();
  block->addArgument(builder.getI32Type(), result.location);
  body->push_back(block);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(block);
  builder.create<YieldOp>(result.location);
}

// xyz.foreach_thread %tid < %count { ... }
ParseResult ForeachThreadOp::parse(OpAsmParser &parser,
                                   OperationState &result) {
  OpAsmParser::Argument threadId;
  OpAsmParser::UnresolvedOperand count;
  Type i32 = parser.getBuilder().getI32Type();
  threadId.type = i32;
  if (parser.parseArgument(threadId) || parser.parseLess() ||
      parser.parseOperand(count) ||
      parser.parseOptionalAttrDictWithKeyword(result.attributes))
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
  p.printOptionalAttrDictWithKeyword((*this)->getAttrs());
  p << ' ';
  p.printRegion(getBody(), /*printEntryBlockArgs=*/false,
                /*printBlockTerminators=*/false);
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
  return success();
}

/// The body runs some number of times (once per thread or group), then
/// control returns to the parent. The thread id is not forwarded from any
/// operand; its range comes from inferResultRanges.
void ForeachThreadOp::getSuccessorRegions(
    RegionBranchPoint point, SmallVectorImpl<RegionSuccessor> &regions) {
  regions.push_back(RegionSuccessor(&getBody()));
  regions.push_back(RegionSuccessor());
}

/// The thread id is in [start, count - 1] (the first thread of the last group
/// with lanes > 1).
void ForeachThreadOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                                        SetIntRangeFn setResultRange) {
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

void BroadcastOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                                    SetIntRangeFn setResultRange) {
  setResultRange(getResult(), argRanges[0]);
}

void MultiplyAddOp::inferResultRanges(ArrayRef<ConstantIntRanges> argRanges,
                                      SetIntRangeFn setResultRange) {
  ConstantIntRanges product = intrange::inferMul({argRanges[0], argRanges[1]});
  setResultRange(getResult(), intrange::inferAdd({product, argRanges[2]}));
}

#define GET_OP_CLASSES
#include "xyz/Dialect/XYZ/XYZOps.cpp.inc"
