//===- VLIWEnums.td - The machine's enums as attributes ----*- tablegen -*-===//
//
// The vliw dialect's enum attributes (engines, binary opcodes, operand
// roles, slot kinds), derived from the machine's records in
// xyz/Machine/Machine.td. The C++ enums themselves belong to the MLIR-free
// machine library (xyz-tblgen generates them into xyz/Machine/Machine.h), so
// this dialect does not run mlir-tblgen's enum backend: its attributes are
// plain i32 attributes (no specialized attribute classes), and the ops'
// generated code calls the machine library's stringify/symbolize functions.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_VLIW_VLIWENUMS_TD
#define XYZ_DIALECT_VLIW_VLIWENUMS_TD

include "mlir/IR/EnumAttr.td"
include "xyz/Machine/Machine.td"

class VLIW_MachineEnum<string name, string summary,
                       list<MachineEnumCase> cases>
    : I32EnumAttr<name, summary,
                  !foreach(c, cases, I32EnumAttrCase<c.symbol, c.value, c.str>)> {
  let cppNamespace = "::xyz::machine";
  let genSpecializedAttr = 0;
  // An i32 IntegerAttr holding the enum's value, read and built as the enum.
  let returnType = "::xyz::machine::" # name;
  let convertFromStorage = "static_cast<" # returnType # ">($_self.getInt())";
  let constBuilderCall =
      "$_builder.getI32IntegerAttr(static_cast<int32_t>($0))";
}

def VLIW_Engine : VLIW_MachineEnum<"Engine", "an engine of the machine",
                                   MachineEnums.engines>;
def VLIW_BinaryOpcodeAttr : VLIW_MachineEnum<"BinaryOpcode",
    "a binary ALU/VALU opcode", MachineEnums.binaryOpcodes>;
def VLIW_OperandRole : VLIW_MachineEnum<"OperandRole",
    "the role of a slot operand", MachineEnums.operandRoles>;
def VLIW_SlotKind : VLIW_MachineEnum<"SlotKind", "the kind of a slot",
                                     MachineEnums.slotKinds>;

#endif // XYZ_DIALECT_VLIW_VLIWENUMS_TD
