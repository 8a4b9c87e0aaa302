//===- VLIWDialect.td - The vliw target dialect ------------*- tablegen -*-===//
//
// The `vliw` dialect models the target machine of ../shared/spec/machine.md
// one slot at a time. This file also holds the machine's global facts (vector
// length, scratch size); the engines with their slot limits are in
// VLIWEnums.td and every opcode's engine and operand roles are on its op in
// VLIWOps.td. Verifier, interpreter, translator and scheduler read them from
// there (see MachineDesc.h); nothing re-types them.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_VLIW_VLIWDIALECT_TD
#define XYZ_DIALECT_VLIW_VLIWDIALECT_TD

include "mlir/IR/OpBase.td"
include "xyz/Dialect/VLIW/VLIWEnums.td"

//===----------------------------------------------------------------------===//
// Machine constants.
//===----------------------------------------------------------------------===//

def VLIW_Machine {
  int vectorLength = 8;   // lanes of a VALU op, vload and vstore
  int scratchSize = 1536; // words of scratch per core
}

def VLIW_Dialect : Dialect {
  let name = "vliw";
  let cppNamespace = "::xyz::vliw";
  let summary = "Bundles and slots of the VLIW SIMD target machine";
  let description = [{
    A `vliw.program` holds `vliw.bundle` ops in program order; a bundle holds
    slot ops (one op per slot kind) in execution order, grouped by engine.
    Slot ops carry physical scratch addresses and immediates as integer
    attributes, in the operand order of the machine's JSON interchange.
  }];
  // The machine description tables, generated from the records above and in
  // VLIWEnums.td. Indexed by the enum value of Engine / BinaryOpcode /
  // OperandRole.
  let extraClassDeclaration = [{
    static constexpr unsigned kVectorLength = }] # !cast<string>(VLIW_Machine.vectorLength) # [{;
    static constexpr unsigned kScratchSize = }] # !cast<string>(VLIW_Machine.scratchSize) # [{;
    static constexpr unsigned kNumEngines = }] # !size(VLIW_Engines) # [{;
    static constexpr unsigned kSlotLimits[] = {}] #
        !interleave(!foreach(e, VLIW_Engines, e.slots), ", ") # [{};
    static constexpr ::llvm::StringLiteral kBinaryJsonNames[] = {}] #
        !interleave(!foreach(b, VLIW_BinaryCases, "\"" # b.json # "\""), ", ") # [{};
    static constexpr unsigned kRoleWidths[] = {}] #
        !interleave(!foreach(r, VLIW_Roles, r.width), ", ") # [{};
    static constexpr bool kRoleReads[] = {}] #
        !interleave(!foreach(r, VLIW_Roles, r.reads), ", ") # [{};
    static constexpr bool kRoleWrites[] = {}] #
        !interleave(!foreach(r, VLIW_Roles, r.writes), ", ") # [{};
  }];
}

class VLIW_Op<string mnemonic, list<Trait> traits = []>
    : Op<VLIW_Dialect, mnemonic, traits>;

#endif // XYZ_DIALECT_VLIW_VLIWDIALECT_TD
