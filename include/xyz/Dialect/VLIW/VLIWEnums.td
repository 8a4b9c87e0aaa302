//===- VLIWEnums.td - Engines, opcodes and operand roles ---*- tablegen -*-===//
//
// The machine description: engines with their per-bundle slot limits, the
// binary ALU/VALU opcodes with their JSON spelling, the slot kinds, and the
// roles an operand can play. C++ tables are generated from these records
// (see the dialect's MachineDesc.h); do not repeat them by hand.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_VLIW_VLIWENUMS_TD
#define XYZ_DIALECT_VLIW_VLIWENUMS_TD

include "mlir/IR/EnumAttr.td"

//===----------------------------------------------------------------------===//
// Engines and their slot limits per bundle.
//===----------------------------------------------------------------------===//

class VLIW_EngineCase<string sym, int val, string json, int slotLimit>
    : I32EnumAttrCase<sym, val, json> {
  int slots = slotLimit;
}

def VLIW_EngineAlu : VLIW_EngineCase<"Alu", 0, "alu", 12>;
def VLIW_EngineValu : VLIW_EngineCase<"Valu", 1, "valu", 6>;
def VLIW_EngineLoad : VLIW_EngineCase<"Load", 2, "load", 2>;
def VLIW_EngineStore : VLIW_EngineCase<"Store", 3, "store", 2>;
def VLIW_EngineFlow : VLIW_EngineCase<"Flow", 4, "flow", 1>;
// Debug slots are free and ignored by the machine; 64 per bundle.
def VLIW_EngineDebug : VLIW_EngineCase<"Debug", 5, "debug", 64>;

defvar VLIW_Engines = [VLIW_EngineAlu, VLIW_EngineValu, VLIW_EngineLoad,
                       VLIW_EngineStore, VLIW_EngineFlow, VLIW_EngineDebug];

def VLIW_Engine : I32EnumAttr<"Engine", "an engine of the machine",
                              VLIW_Engines> {
  let cppNamespace = "::xyz::vliw";
  let genSpecializedAttr = 0;
}

//===----------------------------------------------------------------------===//
// Binary opcodes shared by the scalar ALU and the 8-lane VALU. The case string
// is the keyword of the textual IR; `json` is the opcode in the interchange.
//===----------------------------------------------------------------------===//

class VLIW_BinaryCase<string sym, int val, string keyword, string jsonName>
    : I32EnumAttrCase<sym, val, keyword> {
  string json = jsonName;
}

def VLIW_BinAdd : VLIW_BinaryCase<"Add", 0, "add", "+">;
def VLIW_BinSub : VLIW_BinaryCase<"Sub", 1, "sub", "-">;
def VLIW_BinMul : VLIW_BinaryCase<"Mul", 2, "mul", "*">;
def VLIW_BinXor : VLIW_BinaryCase<"Xor", 3, "xor", "^">;
def VLIW_BinAnd : VLIW_BinaryCase<"And", 4, "and", "&">;
def VLIW_BinOr : VLIW_BinaryCase<"Or", 5, "or", "|">;
def VLIW_BinDiv : VLIW_BinaryCase<"Div", 6, "div", "//">;
def VLIW_BinMod : VLIW_BinaryCase<"Mod", 7, "mod", "%">;
def VLIW_BinCDiv : VLIW_BinaryCase<"CDiv", 8, "cdiv", "cdiv">;
def VLIW_BinShl : VLIW_BinaryCase<"Shl", 9, "shl", "<<">;
def VLIW_BinShr : VLIW_BinaryCase<"Shr", 10, "shr", ">>">;
def VLIW_BinLt : VLIW_BinaryCase<"Lt", 11, "lt", "<">;
def VLIW_BinEq : VLIW_BinaryCase<"Eq", 12, "eq", "==">;

defvar VLIW_BinaryCases = [VLIW_BinAdd, VLIW_BinSub, VLIW_BinMul, VLIW_BinXor,
                           VLIW_BinAnd, VLIW_BinOr, VLIW_BinDiv, VLIW_BinMod,
                           VLIW_BinCDiv, VLIW_BinShl, VLIW_BinShr, VLIW_BinLt,
                           VLIW_BinEq];

def VLIW_BinaryOpcodeAttr : I32EnumAttr<"BinaryOpcode",
    "a binary ALU/VALU opcode", VLIW_BinaryCases> {
  let cppNamespace = "::xyz::vliw";
}

//===----------------------------------------------------------------------===//
// Operand roles. A slot's integer operands, in JSON order, each play a role.
//===----------------------------------------------------------------------===//

class VLIW_RoleCase<string sym, int val, string str, int w, bit r, bit wr>
    : I32EnumAttrCase<sym, val, str> {
  int width = w;     // scratch words touched (0 if not a scratch address)
  bit reads = r;     // the words are read
  bit writes = wr;   // the words are written
}

def VLIW_ScalarRead : VLIW_RoleCase<"ScalarRead", 0, "sread", 1, 1, 0>;
def VLIW_ScalarWrite : VLIW_RoleCase<"ScalarWrite", 1, "swrite", 1, 0, 1>;
def VLIW_VectorRead : VLIW_RoleCase<"VectorRead", 2, "vread", 8, 1, 0>;
def VLIW_VectorWrite : VLIW_RoleCase<"VectorWrite", 3, "vwrite", 8, 0, 1>;
// `load_offset`'s dest/addr: a scratch base to which the lane offset is added.
def VLIW_OffsetRead : VLIW_RoleCase<"OffsetRead", 4, "oread", 1, 1, 0>;
def VLIW_OffsetWrite : VLIW_RoleCase<"OffsetWrite", 5, "owrite", 1, 0, 1>;
def VLIW_LaneOffset : VLIW_RoleCase<"LaneOffset", 6, "offset", 0, 0, 0>;
def VLIW_Immediate : VLIW_RoleCase<"Immediate", 7, "imm", 0, 0, 0>;
def VLIW_JumpTarget : VLIW_RoleCase<"JumpTarget", 8, "target", 0, 0, 0>;
def VLIW_JumpOffset : VLIW_RoleCase<"JumpOffset", 9, "reloffset", 0, 0, 0>;

defvar VLIW_Roles = [VLIW_ScalarRead, VLIW_ScalarWrite, VLIW_VectorRead,
                     VLIW_VectorWrite, VLIW_OffsetRead, VLIW_OffsetWrite,
                     VLIW_LaneOffset, VLIW_Immediate, VLIW_JumpTarget,
                     VLIW_JumpOffset];

def VLIW_OperandRole : I32EnumAttr<"OperandRole", "the role of a slot operand",
                                   VLIW_Roles> {
  let cppNamespace = "::xyz::vliw";
  let genSpecializedAttr = 0;
}

//===----------------------------------------------------------------------===//
// Slot kinds: one per slot op. The case string is the JSON opcode (for the
// binary ALU/VALU kinds the opcode comes from BinaryOpcode instead).
//===----------------------------------------------------------------------===//

def VLIW_KindAlu : I32EnumAttrCase<"Alu", 0, "alu">;
def VLIW_KindValu : I32EnumAttrCase<"Valu", 1, "valu">;
def VLIW_KindVBroadcast : I32EnumAttrCase<"VBroadcast", 2, "vbroadcast">;
def VLIW_KindMultiplyAdd : I32EnumAttrCase<"MultiplyAdd", 3, "multiply_add">;
def VLIW_KindLoad : I32EnumAttrCase<"Load", 4, "load">;
def VLIW_KindLoadOffset : I32EnumAttrCase<"LoadOffset", 5, "load_offset">;
def VLIW_KindVLoad : I32EnumAttrCase<"VLoad", 6, "vload">;
def VLIW_KindConst : I32EnumAttrCase<"Const", 7, "const">;
def VLIW_KindStore : I32EnumAttrCase<"Store", 8, "store">;
def VLIW_KindVStore : I32EnumAttrCase<"VStore", 9, "vstore">;
def VLIW_KindSelect : I32EnumAttrCase<"Select", 10, "select">;
def VLIW_KindVSelect : I32EnumAttrCase<"VSelect", 11, "vselect">;
def VLIW_KindAddImm : I32EnumAttrCase<"AddImm", 12, "add_imm">;
def VLIW_KindHalt : I32EnumAttrCase<"Halt", 13, "halt">;
def VLIW_KindPause : I32EnumAttrCase<"Pause", 14, "pause">;
def VLIW_KindTraceWrite : I32EnumAttrCase<"TraceWrite", 15, "trace_write">;
def VLIW_KindCondJump : I32EnumAttrCase<"CondJump", 16, "cond_jump">;
def VLIW_KindCondJumpRel : I32EnumAttrCase<"CondJumpRel", 17, "cond_jump_rel">;
def VLIW_KindJump : I32EnumAttrCase<"Jump", 18, "jump">;
def VLIW_KindJumpIndirect : I32EnumAttrCase<"JumpIndirect", 19, "jump_indirect">;
def VLIW_KindCoreId : I32EnumAttrCase<"CoreId", 20, "coreid">;
def VLIW_KindDebug : I32EnumAttrCase<"Debug", 21, "debug">;

def VLIW_SlotKind : I32EnumAttr<"SlotKind", "the kind of a slot", [
    VLIW_KindAlu, VLIW_KindValu, VLIW_KindVBroadcast, VLIW_KindMultiplyAdd,
    VLIW_KindLoad, VLIW_KindLoadOffset, VLIW_KindVLoad, VLIW_KindConst,
    VLIW_KindStore, VLIW_KindVStore, VLIW_KindSelect, VLIW_KindVSelect,
    VLIW_KindAddImm, VLIW_KindHalt, VLIW_KindPause, VLIW_KindTraceWrite,
    VLIW_KindCondJump, VLIW_KindCondJumpRel, VLIW_KindJump,
    VLIW_KindJumpIndirect, VLIW_KindCoreId, VLIW_KindDebug]> {
  let cppNamespace = "::xyz::vliw";
}

#endif // XYZ_DIALECT_VLIW_VLIWENUMS_TD
