//===- VLIWOps.td - vliw dialect ops -----------------------*- tablegen -*-===//
//
// One op per slot kind of the machine, plus `vliw.bundle`, `vliw.program`
// and `vliw.vprogram` (the unscheduled program).
// Each slot op records its engine, its slot kind and the roles of its operands
// (VLIW_SlotOp's template arguments); its arguments and assembly format are
// derived from those roles, so the opcode table exists only here.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_VLIW_VLIWOPS_TD
#define XYZ_DIALECT_VLIW_VLIWOPS_TD

include "mlir/IR/OpBase.td"
include "xyz/Dialect/VLIW/VLIWDialect.td"
include "xyz/Dialect/VLIW/VLIWInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Program structure.
//===----------------------------------------------------------------------===//

def VLIW_ProgramOp : VLIW_Op<"program", [NoTerminator, SingleBlock,
                                          IsolatedFromAbove]> {
  let summary = "A program: bundles in program order";
  let description = [{
    Holds `vliw.bundle` ops; bundle i is at program counter i.

    ```mlir
    vliw.program {
      vliw.bundle {
        vliw.const 0, 7
      }
    }
    ```
  }];
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "attr-dict-with-keyword $body";
  let hasRegionVerifier = 1;
}

def VLIW_VProgramOp : VLIW_Op<"vprogram", [NoTerminator, SingleBlock,
                                            IsolatedFromAbove]> {
  let summary = "The unscheduled program: virtual slots in program order";
  let description = [{
    What the lowering from xyz produces and `vliw-schedule` consumes: one
    straight-line block of `vliw.vop` and `vliw.barrier` ops on SSA values,
    in program order, with no terminator. `sym_name` keeps the name of the
    kernel it was lowered from. Scheduling replaces it by a `vliw.program`
    of bundles on scratch addresses; an empty one becomes an empty program.

    ```mlir
    vliw.vprogram @copy {
      %a = vliw.vop const imm [16] () : () -> i32
      %x = vliw.vop load (%a) in "in" : (i32) -> i32
      vliw.vop store (%a, %x) in "out" : (i32, i32) -> ()
    }
    ```
  }];
  let arguments = (ins OptionalAttr<SymbolNameAttr>:$sym_name);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "($sym_name^)? attr-dict-with-keyword $body";
  let hasRegionVerifier = 1;
  let skipDefaultBuilders = 1;
  let builders = [
    OpBuilder<(ins CArg<"::mlir::StringAttr", "{}">:$name)>,
  ];
}

def VLIW_BundleOp : VLIW_Op<"bundle", [NoTerminator, SingleBlock,
                                       HasParent<"ProgramOp">]> {
  let summary = "One instruction word: slots issued together in one cycle";
  let description = [{
    Slots execute in order, reading the state as of the start of the bundle;
    all writes land at its end. Slots of one engine are contiguous. `engines`
    records the key order of the JSON object when it differs from the order
    of the slots (engine keys with empty slot lists, reordered keys).
  }];
  let arguments = (ins OptionalAttr<StrArrayAttr>:$engines);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "(`engines` $engines^)? attr-dict-with-keyword $body";
  let hasRegionVerifier = 1;
  let extraClassDeclaration = [{
    /// The JSON key order of this bundle: `engines` if present, else the
    /// engines of the slots in order of first appearance.
    ::llvm::SmallVector<::xyz::vliw::Engine> getEngineOrder();
    /// True if this bundle costs a cycle (any engine key but debug).
    bool isCounted();
  }];
}

//===----------------------------------------------------------------------===//
// Slot ops.
//===----------------------------------------------------------------------===//

// A slot op: `kind` and `engine` from VLIWEnums.td, one role and one name per
// JSON operand. `prefix` holds non-JSON arguments (the binary opcode).
class VLIW_SlotOp<string mnemonic, I32EnumAttrCase kind, VLIW_EngineCase engine,
                  list<VLIW_RoleCase> roles, list<string> names,
                  dag prefix = (ins), list<Trait> traits = []>
    : VLIW_Op<mnemonic, traits # [HasParent<"BundleOp">, VLIW_SlotOpInterface]> {
  let arguments = !con(prefix, !dag(ins, !foreach(r, roles, I64Attr), names));
  let assemblyFormat = !if(!empty(prefix), "", "$opcode ")
      # !interleave(!foreach(n, names, "$" # n), " `,` ") # " attr-dict";
  let extraClassDeclaration = [{
    static constexpr ::xyz::vliw::SlotKind kSlotKind =
        ::xyz::vliw::SlotKind::}] # kind.symbol # [{;
    static constexpr ::xyz::vliw::Engine kEngine =
        ::xyz::vliw::Engine::}] # engine.symbol # [{;
    static constexpr std::array<::xyz::vliw::OperandRole, }] # !size(roles)
        # [{> kRoles = {{}] # !interleave(!foreach(r, roles,
              "::xyz::vliw::OperandRole::" # r.symbol), ", ") # [{}};
    static constexpr std::array<::llvm::StringLiteral, }] # !size(names)
        # [{> kOperandNames = {{}] # !interleave(!foreach(n, names,
              "\"" # n # "\""), ", ") # [{}};
    ::llvm::SmallVector<int64_t, 4> getSlotOperandsImpl() {
      return {}] # !interleave(!foreach(n, names,
          "get" # !toupper(!substr(n, 0, 1)) # !substr(n, 1) # "Attr().getInt()"),
          ", ") # [{};
    }
    ::llvm::StringRef getJsonOpcodeImpl() {
      return }] # !if(!empty(prefix), "\"" # kind.str # "\"",
          "::xyz::vliw::getJsonName(getOpcode())") # [{;
    }
  }];
}

defvar S = VLIW_ScalarRead;
defvar SW = VLIW_ScalarWrite;
defvar V = VLIW_VectorRead;
defvar VW = VLIW_VectorWrite;
defvar Imm = VLIW_Immediate;

def VLIW_AluOp : VLIW_SlotOp<"alu", VLIW_KindAlu, VLIW_EngineAlu,
    [SW, S, S], ["dest", "a", "b"], (ins VLIW_BinaryOpcodeAttr:$opcode)> {
  let summary = "Scalar ALU op: dest = a OP b";
}
def VLIW_ValuOp : VLIW_SlotOp<"valu", VLIW_KindValu, VLIW_EngineValu,
    [VW, V, V], ["dest", "a", "b"], (ins VLIW_BinaryOpcodeAttr:$opcode)> {
  let summary = "8-lane VALU op: dest[i] = a[i] OP b[i]";
}
def VLIW_VBroadcastOp : VLIW_SlotOp<"vbroadcast", VLIW_KindVBroadcast,
    VLIW_EngineValu, [VW, S], ["dest", "src"]> {
  let summary = "dest[i] = src for all lanes";
}
def VLIW_MultiplyAddOp : VLIW_SlotOp<"multiply_add", VLIW_KindMultiplyAdd,
    VLIW_EngineValu, [VW, V, V, V], ["dest", "a", "b", "c"]> {
  let summary = "dest[i] = a[i] * b[i] + c[i]";
}
def VLIW_LoadOp : VLIW_SlotOp<"load", VLIW_KindLoad, VLIW_EngineLoad,
    [SW, S], ["dest", "addr"]> {
  let summary = "dest = mem[scratch[addr]]";
}
def VLIW_LoadOffsetOp : VLIW_SlotOp<"load_offset", VLIW_KindLoadOffset,
    VLIW_EngineLoad, [VLIW_OffsetWrite, VLIW_OffsetRead, VLIW_LaneOffset],
    ["dest", "addr", "offset"]> {
  let summary = "scratch[dest+offset] = mem[scratch[addr+offset]]";
}
def VLIW_VLoadOp : VLIW_SlotOp<"vload", VLIW_KindVLoad, VLIW_EngineLoad,
    [VW, S], ["dest", "addr"]> {
  let summary = "dest[i] = mem[scratch[addr] + i]";
}
def VLIW_ConstOp : VLIW_SlotOp<"const", VLIW_KindConst, VLIW_EngineLoad,
    [SW, Imm], ["dest", "imm"]> {
  let summary = "dest = imm mod 2^32";
}
def VLIW_StoreOp : VLIW_SlotOp<"store", VLIW_KindStore, VLIW_EngineStore,
    [S, S], ["addr", "src"]> {
  let summary = "mem[scratch[addr]] = src";
}
def VLIW_VStoreOp : VLIW_SlotOp<"vstore", VLIW_KindVStore, VLIW_EngineStore,
    [S, V], ["addr", "src"]> {
  let summary = "mem[scratch[addr] + i] = src[i]";
}
def VLIW_SelectOp : VLIW_SlotOp<"select", VLIW_KindSelect, VLIW_EngineFlow,
    [SW, S, S, S], ["dest", "cond", "a", "b"]> {
  let summary = "dest = cond != 0 ? a : b";
}
def VLIW_VSelectOp : VLIW_SlotOp<"vselect", VLIW_KindVSelect, VLIW_EngineFlow,
    [VW, V, V, V], ["dest", "cond", "a", "b"]> {
  let summary = "dest[i] = cond[i] != 0 ? a[i] : b[i]";
}
def VLIW_AddImmOp : VLIW_SlotOp<"add_imm", VLIW_KindAddImm, VLIW_EngineFlow,
    [SW, S, Imm], ["dest", "a", "imm"]> {
  let summary = "dest = a + imm mod 2^32";
}
def VLIW_HaltOp : VLIW_SlotOp<"halt", VLIW_KindHalt, VLIW_EngineFlow, [], []> {
  let summary = "Stop this core";
}
def VLIW_PauseOp : VLIW_SlotOp<"pause", VLIW_KindPause, VLIW_EngineFlow,
    [], []> {
  let summary = "Pause (a no-op that costs its cycle under the benchmark harness)";
}
def VLIW_TraceWriteOp : VLIW_SlotOp<"trace_write", VLIW_KindTraceWrite,
    VLIW_EngineFlow, [S], ["val"]> {
  let summary = "Append scratch[val] to the core's trace buffer";
}
def VLIW_CondJumpOp : VLIW_SlotOp<"cond_jump", VLIW_KindCondJump,
    VLIW_EngineFlow, [S, VLIW_JumpTarget], ["cond", "target"]> {
  let summary = "if cond != 0: pc = target";
}
def VLIW_CondJumpRelOp : VLIW_SlotOp<"cond_jump_rel", VLIW_KindCondJumpRel,
    VLIW_EngineFlow, [S, VLIW_JumpOffset], ["cond", "offset"]> {
  let summary = "if cond != 0: pc += offset (pc already past this bundle)";
}
def VLIW_JumpOp : VLIW_SlotOp<"jump", VLIW_KindJump, VLIW_EngineFlow,
    [VLIW_JumpTarget], ["target"]> {
  let summary = "pc = target";
}
def VLIW_JumpIndirectOp : VLIW_SlotOp<"jump_indirect", VLIW_KindJumpIndirect,
    VLIW_EngineFlow, [S], ["addr"]> {
  let summary = "pc = scratch[addr]";
}
def VLIW_CoreIdOp : VLIW_SlotOp<"coreid", VLIW_KindCoreId, VLIW_EngineFlow,
    [SW], ["dest"]> {
  let summary = "dest = this core's id";
}

def VLIW_DebugOp : VLIW_Op<"debug", [HasParent<"BundleOp">,
                                     VLIW_SlotOpInterface]> {
  let summary = "A debug slot (free; ignored by the machine)";
  let description = [{
    Holds the slot's JSON text verbatim (its operands may be any JSON), so
    that a program round-trips exactly.
  }];
  let arguments = (ins StrAttr:$json);
  let assemblyFormat = "$json attr-dict";
  let extraClassDeclaration = [{
    static constexpr ::xyz::vliw::SlotKind kSlotKind =
        ::xyz::vliw::SlotKind::Debug;
    static constexpr ::xyz::vliw::Engine kEngine = ::xyz::vliw::Engine::Debug;
    static constexpr std::array<::xyz::vliw::OperandRole, 0> kRoles = {};
    static constexpr std::array<::llvm::StringLiteral, 0> kOperandNames = {};
    ::llvm::SmallVector<int64_t, 4> getSlotOperandsImpl() { return {}; }
    ::llvm::StringRef getJsonOpcodeImpl() { return "debug"; }
  }];
}

//===----------------------------------------------------------------------===//
// Virtual slots: the form before scheduling and scratch allocation.
//===----------------------------------------------------------------------===//

def VLIW_Word : TypeAlias<I32, "a scratch word">;
def VLIW_Vector : VectorOfLengthAndType<[8], [I32]>;

def VLIW_VirtualOp : VLIW_Op<"vop", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "A slot on SSA values instead of scratch addresses";
  let description = [{
    One machine operation of kind `kind` (with `opcode` for alu/valu) whose
    scratch operands are SSA values: operands of the kind's read roles become
    `inputs` (i32 for a word, vector<8xi32> for 8 lanes), operands of its
    write roles become results, and immediates stay integers, all in the
    operand order of the machine description. The lowering from xyz
    produces these; the scheduler packs them into bundles and gives every
    value scratch words. `region` names the memory region a load or store
    touches, for alias analysis. Control flow kinds have no virtual form.

    With `lanes`, the op is 8 slots of a scalar kind, slot i working on lane
    i: vector inputs give their lane i, scalar inputs are read as they are,
    results are vectors written lane by lane, and immediates are either
    shared or given per lane (8 times as many). A gather is `lanes load`;
    an 8-lane ALU op `lanes alu`.

    ```mlir
    %c = vliw.vop const imm [7] () : () -> i32
    %s = vliw.vop alu add (%c, %c) : (i32, i32) -> i32
    %v = vliw.vop vload (%s) in "values" : (i32) -> vector<8xi32>
    %g = vliw.vop lanes load (%v) in "forest" : (vector<8xi32>) -> vector<8xi32>
    ```
  }];
  let arguments = (ins UnitAttr:$lanes, VLIW_SlotKind:$kind,
                       OptionalAttr<VLIW_BinaryOpcodeAttr>:$opcode,
                       OptionalAttr<DenseI64ArrayAttr>:$immediates,
                       Variadic<AnyTypeOf<[I32, VLIW_Vector]>>:$inputs,
                       OptionalAttr<StrAttr>:$region);
  let results = (outs Variadic<AnyTypeOf<[I32, VLIW_Vector]>>:$outputs);
  let assemblyFormat = [{
    (`lanes` $lanes^)? $kind ($opcode^)? (`imm` $immediates^)? ` `
    `(` $inputs `)`
    (`in` $region^)? attr-dict `:` functional-type($inputs, $outputs)
  }];
  let hasVerifier = 1;
  let builders = [
    OpBuilder<(ins "::xyz::vliw::SlotKind":$kind, "::mlir::TypeRange":$outputs,
                   "::mlir::ValueRange":$inputs,
                   CArg<"::llvm::ArrayRef<int64_t>", "{}">:$immediates)>,
  ];
  let extraClassDeclaration = [{
    /// The immediate operands (empty if none).
    ::llvm::ArrayRef<int64_t> getImmediateValues() {
      if (auto imms = getImmediates())
        return *imms;
      return {};
    }
    ::xyz::vliw::Engine getEngine() {
      return ::xyz::vliw::getSlotInfo(getKind()).engine;
    }
    /// Machine slots this op stands for: 8 with `lanes`, else 1.
    unsigned getNumSlots() { return getLanes() ? 8 : 1; }
    /// The immediates of slot `lane` (shared or per lane).
    ::llvm::ArrayRef<int64_t> getSlotImmediates(unsigned lane);
  }];
}

def VLIW_BarrierOp : VLIW_Op<"barrier", [
    MemoryEffects<[MemRead, MemWrite]>]> {
  let summary = "A barrier among the cores, before scheduling";
  let description = [{
    Virtual form of a barrier: `flags` holds the address of `cores` flag
    words (zero before the first barrier), `core` this core's id. The
    scheduler orders every memory access before it ahead of it and every
    one after it behind it, and emits the flag protocol in its place: store
    `generation` to flags[core], then poll (vload the flags, compare each
    of the first `cores` lanes with the generation, or-reduce, jump back)
    until every core has arrived.

    ```mlir
    vliw.barrier (%flags, %core) cores 4 generation 1
    ```
  }];
  let arguments = (ins I32:$flags, I32:$core, I64Attr:$cores,
                       I64Attr:$generation);
  let assemblyFormat = [{
    ` ` `(` $flags `,` $core `)` `cores` $cores `generation` $generation attr-dict
  }];
  let hasVerifier = 1;
}

#endif // XYZ_DIALECT_VLIW_VLIWOPS_TD
