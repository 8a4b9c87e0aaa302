//===- VLIWPasses.td - vliw dialect passes -----------------*- tablegen -*-===//

#ifndef XYZ_DIALECT_VLIW_VLIWPASSES_TD
#define XYZ_DIALECT_VLIW_VLIWPASSES_TD

include "mlir/Pass/PassBase.td"

def VLIWStrictCheck : Pass<"vliw-strict-check", "ProgramOp"> {
  let summary = "Reject bundles in which two slots write the same scratch word";
  let description = [{
    The machine lets the later of two writes to one word in a bundle win; the
    compiler never relies on that. This pass reports every such conflict
    (bundle index, both slots, the address) and fails.
  }];
}

#endif // XYZ_DIALECT_VLIW_VLIWPASSES_TD
