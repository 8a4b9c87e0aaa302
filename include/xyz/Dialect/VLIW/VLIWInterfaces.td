//===- VLIWInterfaces.td - Slot op interface ---------------*- tablegen -*-===//
//
// Every slot op implements SlotOpInterface: its slot kind, its engine and its
// integer operands in the JSON order. Operand roles come from the machine
// description (MachineDesc.h), keyed by the slot kind.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_VLIW_VLIWINTERFACES_TD
#define XYZ_DIALECT_VLIW_VLIWINTERFACES_TD

include "mlir/IR/OpBase.td"

def VLIW_SlotOpInterface : OpInterface<"SlotOpInterface"> {
  let cppNamespace = "::xyz::vliw";
  let description = [{
    A slot of a bundle: one operation issued on one engine. The operands are
    physical scratch addresses and immediates, in the operand order of the
    machine's JSON interchange.
  }];
  let methods = [
    StaticInterfaceMethod<"The slot kind of this op.",
      "::xyz::vliw::SlotKind", "getSlotKind", (ins),
      [{ return ConcreteOp::kSlotKind; }]>,
    StaticInterfaceMethod<"The engine that executes this slot.",
      "::xyz::vliw::Engine", "getEngine", (ins),
      [{ return ::xyz::machine::getSlotInfo(ConcreteOp::kSlotKind).engine; }]>,
    InterfaceMethod<"The integer operands, in JSON order.",
      "::llvm::SmallVector<int64_t, 4>", "getSlotOperands", (ins),
      [{ return $_op.getSlotOperandsImpl(); }]>,
    InterfaceMethod<[{The JSON opcode of this slot ("+", "load", ...).}],
      "::llvm::StringRef", "getJsonOpcode", (ins),
      [{ return $_op.getJsonOpcodeImpl(); }]>,
  ];
  let verify = [{ return ::xyz::vliw::verifySlot($_op); }];
}

#endif // XYZ_DIALECT_VLIW_VLIWINTERFACES_TD
