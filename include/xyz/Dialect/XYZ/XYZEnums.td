//===- XYZEnums.td - xyz dialect enums ---------------------*- tablegen -*-===//
//
// The combining operations of reductions across threads. Plain i32
// attributes (no specialized attribute class): an op stores the enum's
// value and its assembly format prints the keyword.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_XYZ_XYZENUMS_TD
#define XYZ_DIALECT_XYZ_XYZENUMS_TD

include "mlir/IR/EnumAttr.td"

def XYZ_ReduceKind : I32EnumAttr<"ReduceKind",
    "an associative and commutative combining operation on words", [
      I32EnumAttrCase<"Add", 0, "add">,
      I32EnumAttrCase<"Mul", 1, "mul">,
      I32EnumAttrCase<"And", 2, "and">,
      I32EnumAttrCase<"Or", 3, "or">,
      I32EnumAttrCase<"Xor", 4, "xor">,
      I32EnumAttrCase<"MinU", 5, "minu">,
      I32EnumAttrCase<"MaxU", 6, "maxu">]> {
  let cppNamespace = "::xyz";
  let genSpecializedAttr = 0;
  let returnType = "::xyz::ReduceKind";
  let convertFromStorage = "static_cast<" # returnType # ">($_self.getInt())";
  let constBuilderCall =
      "$_builder.getI32IntegerAttr(static_cast<int32_t>($0))";
}

#endif // XYZ_DIALECT_XYZ_XYZENUMS_TD
