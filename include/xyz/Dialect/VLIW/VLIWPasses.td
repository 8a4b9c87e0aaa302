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

def VLIWSchedule : Pass<"vliw-schedule", "::mlir::ModuleOp"> {
  let summary = "Bundle virtual slots and allocate scratch";
  let description = [{
    Takes the straight-line `vliw.vop` slots of a lowered kernel, builds the
    dependence graph (data dependences on SSA values, memory dependences from
    an alias analysis of the accessed regions and constant addresses), and
    solves it with the list scheduler of lib/Scheduling, which assigns every
    slot a bundle and every value scratch words. The kernel is replaced by a
    `vliw.program` of physical slots. Engine limits and operand roles come
    from the machine description.
  }];
  let options = [
    Option<"stats", "stats", "bool", /*default=*/"false",
           "Report cycles, per-engine op counts, utilization and lower bounds">,
    Option<"programOrderBias", "program-order-bias", "double",
           /*default=*/"1.0",
           "Weight of program order in the list scheduler's priority, as a "
           "fraction of the critical path (0: height only)">,
  ];
  let dependentDialects = ["::xyz::vliw::VLIWDialect"];
}

#endif // XYZ_DIALECT_VLIW_VLIWPASSES_TD
