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
    straight-line block of `vliw.vop`, `vliw.window` and `vliw.barrier` ops
    on SSA values,
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

// A slot op: one per slot kind of the machine (xyz/Machine/Machine.td), one
// I64 attribute per JSON operand named as the kind names it; its engine and
// operand roles stay in the kind's record (the machine library's slot table).
// `prefix` holds non-JSON arguments (the binary opcode).
class VLIW_SlotOp<string mnemonic, SlotKind kind, dag prefix = (ins),
                  list<Trait> traits = []>
    : VLIW_Op<mnemonic, traits # [HasParent<"BundleOp">, VLIW_SlotOpInterface]> {
  let summary = kind.summary;
  let arguments = !con(prefix, !dag(ins, !foreach(r, kind.roles, I64Attr),
                                    kind.names));
  let assemblyFormat = !if(!empty(prefix), "", "$opcode ")
      # !interleave(!foreach(n, kind.names, "$" # n), " `,` ") # " attr-dict";
  let extraClassDeclaration = [{
    static constexpr ::xyz::machine::SlotKind kSlotKind =
        ::xyz::machine::SlotKind::}] # kind.symbol # [{;
    ::llvm::SmallVector<int64_t, 4> getSlotOperandsImpl() {
      return {}] # !interleave(!foreach(n, kind.names,
          "get" # !toupper(!substr(n, 0, 1)) # !substr(n, 1) # "Attr().getInt()"),
          ", ") # [{};
    }
    ::llvm::StringRef getJsonOpcodeImpl() {
      return }] # !if(!empty(prefix), "\"" # kind.str # "\"",
          "::xyz::machine::getJsonName(getOpcode())") # [{;
    }
  }];
}

def VLIW_AluOp : VLIW_SlotOp<"alu", KindAlu, (ins VLIW_BinaryOpcodeAttr:$opcode)>;
def VLIW_ValuOp : VLIW_SlotOp<"valu", KindValu, (ins VLIW_BinaryOpcodeAttr:$opcode)>;
def VLIW_VBroadcastOp : VLIW_SlotOp<"vbroadcast", KindVBroadcast>;
def VLIW_MultiplyAddOp : VLIW_SlotOp<"multiply_add", KindMultiplyAdd>;
def VLIW_LoadOp : VLIW_SlotOp<"load", KindLoad>;
def VLIW_LoadOffsetOp : VLIW_SlotOp<"load_offset", KindLoadOffset>;
def VLIW_VLoadOp : VLIW_SlotOp<"vload", KindVLoad>;
def VLIW_ConstOp : VLIW_SlotOp<"const", KindConst>;
def VLIW_StoreOp : VLIW_SlotOp<"store", KindStore>;
def VLIW_VStoreOp : VLIW_SlotOp<"vstore", KindVStore>;
def VLIW_SelectOp : VLIW_SlotOp<"select", KindSelect>;
def VLIW_VSelectOp : VLIW_SlotOp<"vselect", KindVSelect>;
def VLIW_AddImmOp : VLIW_SlotOp<"add_imm", KindAddImm>;
def VLIW_HaltOp : VLIW_SlotOp<"halt", KindHalt>;
def VLIW_PauseOp : VLIW_SlotOp<"pause", KindPause>;
def VLIW_TraceWriteOp : VLIW_SlotOp<"trace_write", KindTraceWrite>;
def VLIW_CondJumpOp : VLIW_SlotOp<"cond_jump", KindCondJump>;
def VLIW_CondJumpRelOp : VLIW_SlotOp<"cond_jump_rel", KindCondJumpRel>;
def VLIW_JumpOp : VLIW_SlotOp<"jump", KindJump>;
def VLIW_JumpIndirectOp : VLIW_SlotOp<"jump_indirect", KindJumpIndirect>;
def VLIW_CoreIdOp : VLIW_SlotOp<"coreid", KindCoreId>;

def VLIW_DebugOp : VLIW_Op<"debug", [HasParent<"BundleOp">,
                                     VLIW_SlotOpInterface]> {
  let summary = KindDebug.summary;
  let description = [{
    Holds the slot's JSON text verbatim (its operands may be any JSON), so
    that a program round-trips exactly.
  }];
  let arguments = (ins StrAttr:$json);
  let assemblyFormat = "$json attr-dict";
  let extraClassDeclaration = [{
    static constexpr ::xyz::machine::SlotKind kSlotKind =
        ::xyz::machine::SlotKind::Debug;
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

    With `from_lanes`, one entry per input: -1 reads the input as it is, a
    lane number L reads word L of a vector input as a word (a slot of a
    scalar kind reading one lane's scratch word, as when the lanes of a
    vector are combined: `vliw.vop alu add from_lanes [0, 4] (%v, %v)`).

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
                       OptionalAttr<StrAttr>:$region,
                       OptionalAttr<DenseI64ArrayAttr>:$input_lanes);
  let results = (outs Variadic<AnyTypeOf<[I32, VLIW_Vector]>>:$outputs);
  let assemblyFormat = [{
    (`lanes` $lanes^)? $kind ($opcode^)? (`imm` $immediates^)?
    (`from_lanes` $input_lanes^)? ` `
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
    /// The lane input `index` is read from (`from_lanes`), or -1 for the
    /// whole value.
    int64_t getInputLane(unsigned index) {
      if (auto lanes = getInputLanes())
        return (*lanes)[index];
      return -1;
    }
    /// The immediates of slot `lane` (shared or per lane).
    ::llvm::ArrayRef<int64_t> getSlotImmediates(unsigned lane);
  }];
}

def VLIW_WindowOp : VLIW_Op<"window", [Pure,
    AllTypesMatch<["low", "high", "result"]>]> {
  let summary = "8 words read across two adjacent vectors, before scheduling";
  let description = [{
    Words `offset` .. `offset + 7` of `low` and `high` laid end to end
    (0 < offset < 8). It is not a slot: the scheduler gives `low` and
    `high` adjacent scratch (one block of every vector chained by windows)
    and readers of the window read 8 words from the middle. The ops that
    write `low` and `high` all precede its readers.

    ```mlir
    %w = vliw.window %a, %b offset 1 : vector<8xi32>
    ```
  }];
  let arguments = (ins VLIW_Vector:$low, VLIW_Vector:$high, I64Attr:$offset);
  let results = (outs VLIW_Vector:$result);
  let assemblyFormat =
      "$low `,` $high `offset` $offset attr-dict `:` type($result)";
  let hasVerifier = 1;
}

def VLIW_FromWordsOp : VLIW_Op<"from_words", [Pure]> {
  let summary = "A vector made of 8 words, before scheduling";
  let description = [{
    Lane i of the result is word i: `words[i]`, or with `from_lanes`
    (one entry per word, as on `vliw.vop`) word L of the vector
    `words[i]` when its entry L is not -1. The scheduler makes it 8 ALU
    slots, lane i an `or` of its word with itself written into lane i,
    except a word that one non-constant slot makes and no other
    `vliw.from_words` holds: that slot writes it into lane i itself.

    ```mlir
    %v = vliw.from_words from_lanes [0, 3, 6, 1, 4, 7, 2, 5]
        (%a, %a, %a, %b, %b, %b, %c, %c)
        : (vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>,
           vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>)
        -> vector<8xi32>
    ```
  }];
  let arguments = (ins Variadic<AnyTypeOf<[VLIW_Word, VLIW_Vector]>>:$words,
                       OptionalAttr<DenseI64ArrayAttr>:$input_lanes);
  let results = (outs VLIW_Vector:$result);
  let assemblyFormat = [{
    (`from_lanes` $input_lanes^)? ` ` `(` $words `)` attr-dict `:`
    functional-type($words, $result)
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The word of input `index` lane `index` copies: -1 for the input
    /// itself (a word), else a lane of a vector input.
    int64_t getInputLane(unsigned index) {
      if (auto lanes = getInputLanes())
        return (*lanes)[index];
      return -1;
    }
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
