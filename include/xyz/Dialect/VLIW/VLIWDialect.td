//===- VLIWDialect.td - The vliw target dialect ------------*- tablegen -*-===//
//
// The `vliw` dialect models the target machine of docs/machine.md one slot at
// a time. The machine itself (global facts, engines and slot limits, opcodes,
// operand roles, slot kinds) is described once in xyz/Machine/Machine.td;
// the dialect's enum attributes (VLIWEnums.td) and its one op per slot kind
// (VLIWOps.td) are derived from those records.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_VLIW_VLIWDIALECT_TD
#define XYZ_DIALECT_VLIW_VLIWDIALECT_TD

include "mlir/IR/OpBase.td"
include "xyz/Dialect/VLIW/VLIWEnums.td"

def VLIW_Dialect : Dialect {
  let name = "vliw";
  let cppNamespace = "::xyz::vliw";
  // The generated reference runs the summary into the description: a
  // sentence of its own.
  let summary = "Bundles and slots of the VLIW SIMD target machine.";
  let description = [{
    A `vliw.program` holds `vliw.bundle` ops in program order; a bundle holds
    slot ops (one op per slot kind) in execution order, grouped by engine.
    Slot ops carry physical scratch addresses and immediates as integer
    attributes, in the operand order of the machine's JSON interchange.
  }];
  let extraClassDeclaration = [{
    /// Memory-slot attribute [loop, lo, hi] (from `xyz.threads`): the slot
    /// runs for threads [lo, hi) of the kernel's thread loop number `loop`.
    /// Slots of one loop with disjoint thread ranges access no common word
    /// that one of them writes (threads do not conflict in memory), so
    /// the scheduler does not order them.
    static constexpr ::llvm::StringLiteral kThreadsAttr = "vliw.threads";
    /// Store-slot attribute (from `xyz.distinct_words`): N; copies of store
    /// N for disjoint threads (`vliw.threads`) write different words.
    static constexpr ::llvm::StringLiteral kDistinctWordsAttr =
        "vliw.distinct_words";
  }];
}

class VLIW_Op<string mnemonic, list<Trait> traits = []>
    : Op<VLIW_Dialect, mnemonic, traits>;

#endif // XYZ_DIALECT_VLIW_VLIWDIALECT_TD
