//===- Machine.td - The machine, described once ------------*- tablegen -*-===//
//
// The VLIW SIMD machine of docs/machine.md as TableGen records, with no MLIR
// in them: its global facts, its engines with their slots per bundle, the
// binary opcodes of the scalar ALU and the 8-lane VALU, the roles an operand
// can play, and every slot kind with its engine, JSON opcode and operands.
//
// xyz-tblgen turns these records into the MLIR-free machine library
// (xyz/Machine/Machine.h: enums, names and tables) that the simulator, the
// scheduler, the passes' cost model and the vliw dialect all read; the
// dialect derives its enum attributes and one op per slot kind from the
// same records (VLIWEnums.td, VLIWOps.td). Nothing re-types them.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_MACHINE_MACHINE_TD
#define XYZ_MACHINE_MACHINE_TD

def Machine {
  int vectorLength = 8;   // lanes of a VALU op, vload and vstore
  int scratchSize = 1536; // words of scratch per core
}

// A case of one of the machine's enums: the C++ enumerator, its value and its
// name in text (the JSON spelling unless a case says otherwise).
class MachineEnumCase<string sym, int val, string name> {
  string symbol = sym;
  int value = val;
  string str = name;
}

//===----------------------------------------------------------------------===//
// Engines and their slot limits per bundle.
//===----------------------------------------------------------------------===//

class Engine<string sym, int val, string json, int slotLimit>
    : MachineEnumCase<sym, val, json> {
  int slots = slotLimit;
}

def EngineAlu : Engine<"Alu", 0, "alu", 12>;
def EngineValu : Engine<"Valu", 1, "valu", 6>;
def EngineLoad : Engine<"Load", 2, "load", 2>;
def EngineStore : Engine<"Store", 3, "store", 2>;
def EngineFlow : Engine<"Flow", 4, "flow", 1>;
// Debug slots are free and ignored by the machine; 64 per bundle.
def EngineDebug : Engine<"Debug", 5, "debug", 64>;

//===----------------------------------------------------------------------===//
// Binary opcodes shared by the scalar ALU and the 8-lane VALU. `str` is the
// keyword of the textual IR; `json` is the opcode in the interchange.
//===----------------------------------------------------------------------===//

class BinaryOpcode<string sym, int val, string keyword, string jsonName>
    : MachineEnumCase<sym, val, keyword> {
  string json = jsonName;
}

def BinAdd : BinaryOpcode<"Add", 0, "add", "+">;
def BinSub : BinaryOpcode<"Sub", 1, "sub", "-">;
def BinMul : BinaryOpcode<"Mul", 2, "mul", "*">;
def BinXor : BinaryOpcode<"Xor", 3, "xor", "^">;
def BinAnd : BinaryOpcode<"And", 4, "and", "&">;
def BinOr : BinaryOpcode<"Or", 5, "or", "|">;
def BinDiv : BinaryOpcode<"Div", 6, "div", "//">;
def BinMod : BinaryOpcode<"Mod", 7, "mod", "%">;
def BinCDiv : BinaryOpcode<"CDiv", 8, "cdiv", "cdiv">;
def BinShl : BinaryOpcode<"Shl", 9, "shl", "<<">;
def BinShr : BinaryOpcode<"Shr", 10, "shr", ">>">;
def BinLt : BinaryOpcode<"Lt", 11, "lt", "<">;
def BinEq : BinaryOpcode<"Eq", 12, "eq", "==">;

//===----------------------------------------------------------------------===//
// Operand roles. A slot's integer operands, in JSON order, each play a role.
//===----------------------------------------------------------------------===//

class OperandRole<string sym, int val, string name, int w, bit r, bit wr>
    : MachineEnumCase<sym, val, name> {
  int width = w;     // scratch words touched (0 if not a scratch address)
  bit reads = r;     // the words are read
  bit writes = wr;   // the words are written
}

def RoleScalarRead : OperandRole<"ScalarRead", 0, "sread", 1, 1, 0>;
def RoleScalarWrite : OperandRole<"ScalarWrite", 1, "swrite", 1, 0, 1>;
def RoleVectorRead : OperandRole<"VectorRead", 2, "vread", 8, 1, 0>;
def RoleVectorWrite : OperandRole<"VectorWrite", 3, "vwrite", 8, 0, 1>;
// `load_offset`'s dest/addr: a scratch base to which the lane offset is added.
def RoleOffsetRead : OperandRole<"OffsetRead", 4, "oread", 1, 1, 0>;
def RoleOffsetWrite : OperandRole<"OffsetWrite", 5, "owrite", 1, 0, 1>;
def RoleLaneOffset : OperandRole<"LaneOffset", 6, "offset", 0, 0, 0>;
def RoleImmediate : OperandRole<"Immediate", 7, "imm", 0, 0, 0>;
def RoleJumpTarget : OperandRole<"JumpTarget", 8, "target", 0, 0, 0>;
def RoleJumpOffset : OperandRole<"JumpOffset", 9, "reloffset", 0, 0, 0>;

//===----------------------------------------------------------------------===//
// Slot kinds: the machine's operations. `str` is the JSON opcode (the binary
// ALU/VALU kinds take theirs from BinaryOpcode instead); each has an engine
// and one role and one name per JSON operand, in JSON order.
//===----------------------------------------------------------------------===//

class SlotKind<string sym, int val, string json, Engine eng,
               list<OperandRole> operandRoles, list<string> operandNames,
               string what>
    : MachineEnumCase<sym, val, json> {
  Engine engine = eng;
  list<OperandRole> roles = operandRoles;
  list<string> names = operandNames;
  string summary = what;
}

defvar S = RoleScalarRead;
defvar SW = RoleScalarWrite;
defvar V = RoleVectorRead;
defvar VW = RoleVectorWrite;
defvar Imm = RoleImmediate;

def KindAlu : SlotKind<"Alu", 0, "alu", EngineAlu, [SW, S, S],
    ["dest", "a", "b"], "Scalar ALU op: dest = a OP b">;
def KindValu : SlotKind<"Valu", 1, "valu", EngineValu, [VW, V, V],
    ["dest", "a", "b"], "8-lane VALU op: dest[i] = a[i] OP b[i]">;
def KindVBroadcast : SlotKind<"VBroadcast", 2, "vbroadcast", EngineValu,
    [VW, S], ["dest", "src"], "dest[i] = src for all lanes">;
def KindMultiplyAdd : SlotKind<"MultiplyAdd", 3, "multiply_add", EngineValu,
    [VW, V, V, V], ["dest", "a", "b", "c"], "dest[i] = a[i] * b[i] + c[i]">;
def KindLoad : SlotKind<"Load", 4, "load", EngineLoad, [SW, S],
    ["dest", "addr"], "dest = mem[scratch[addr]]">;
def KindLoadOffset : SlotKind<"LoadOffset", 5, "load_offset", EngineLoad,
    [RoleOffsetWrite, RoleOffsetRead, RoleLaneOffset],
    ["dest", "addr", "offset"],
    "scratch[dest+offset] = mem[scratch[addr+offset]]">;
def KindVLoad : SlotKind<"VLoad", 6, "vload", EngineLoad, [VW, S],
    ["dest", "addr"], "dest[i] = mem[scratch[addr] + i]">;
def KindConst : SlotKind<"Const", 7, "const", EngineLoad, [SW, Imm],
    ["dest", "imm"], "dest = imm mod 2^32">;
def KindStore : SlotKind<"Store", 8, "store", EngineStore, [S, S],
    ["addr", "src"], "mem[scratch[addr]] = src">;
def KindVStore : SlotKind<"VStore", 9, "vstore", EngineStore, [S, V],
    ["addr", "src"], "mem[scratch[addr] + i] = src[i]">;
def KindSelect : SlotKind<"Select", 10, "select", EngineFlow, [SW, S, S, S],
    ["dest", "cond", "a", "b"], "dest = cond != 0 ? a : b">;
def KindVSelect : SlotKind<"VSelect", 11, "vselect", EngineFlow,
    [VW, V, V, V], ["dest", "cond", "a", "b"],
    "dest[i] = cond[i] != 0 ? a[i] : b[i]">;
def KindAddImm : SlotKind<"AddImm", 12, "add_imm", EngineFlow, [SW, S, Imm],
    ["dest", "a", "imm"], "dest = a + imm mod 2^32">;
def KindHalt : SlotKind<"Halt", 13, "halt", EngineFlow, [], [],
    "Stop this core">;
def KindPause : SlotKind<"Pause", 14, "pause", EngineFlow, [], [],
    "Pause (a no-op that costs its cycle under the benchmark harness)">;
def KindTraceWrite : SlotKind<"TraceWrite", 15, "trace_write", EngineFlow,
    [S], ["val"], "Append scratch[val] to the core's trace buffer">;
def KindCondJump : SlotKind<"CondJump", 16, "cond_jump", EngineFlow,
    [S, RoleJumpTarget], ["cond", "target"], "if cond != 0: pc = target">;
def KindCondJumpRel : SlotKind<"CondJumpRel", 17, "cond_jump_rel", EngineFlow,
    [S, RoleJumpOffset], ["cond", "offset"],
    "if cond != 0: pc += offset (pc already past this bundle)">;
def KindJump : SlotKind<"Jump", 18, "jump", EngineFlow, [RoleJumpTarget],
    ["target"], "pc = target">;
def KindJumpIndirect : SlotKind<"JumpIndirect", 19, "jump_indirect",
    EngineFlow, [S], ["addr"], "pc = scratch[addr]">;
def KindCoreId : SlotKind<"CoreId", 20, "coreid", EngineFlow, [SW], ["dest"],
    "dest = this core's id">;
// A debug slot's operands are any JSON, kept verbatim.
def KindDebug : SlotKind<"Debug", 21, "debug", EngineDebug, [], [],
    "A debug slot (free; ignored by the machine)">;

// Every case of each enum, in value order (xyz-tblgen checks that these
// lists hold exactly the records of their class).
def MachineEnums {
  list<Engine> engines = [EngineAlu, EngineValu, EngineLoad, EngineStore,
                          EngineFlow, EngineDebug];
  list<BinaryOpcode> binaryOpcodes = [BinAdd, BinSub, BinMul, BinXor, BinAnd,
      BinOr, BinDiv, BinMod, BinCDiv, BinShl, BinShr, BinLt, BinEq];
  list<OperandRole> operandRoles = [RoleScalarRead, RoleScalarWrite,
      RoleVectorRead, RoleVectorWrite, RoleOffsetRead, RoleOffsetWrite,
      RoleLaneOffset, RoleImmediate, RoleJumpTarget, RoleJumpOffset];
  list<SlotKind> slotKinds = [KindAlu, KindValu, KindVBroadcast,
      KindMultiplyAdd, KindLoad, KindLoadOffset, KindVLoad, KindConst,
      KindStore, KindVStore, KindSelect, KindVSelect, KindAddImm, KindHalt,
      KindPause, KindTraceWrite, KindCondJump, KindCondJumpRel, KindJump,
      KindJumpIndirect, KindCoreId, KindDebug];
}

#endif // XYZ_MACHINE_MACHINE_TD
