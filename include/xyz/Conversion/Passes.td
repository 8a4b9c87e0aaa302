//===- Passes.td - Conversions between xyz dialects --------*- tablegen -*-===//

#ifndef XYZ_CONVERSION_PASSES_TD
#define XYZ_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertXYZToVLIW : Pass<"convert-xyz-to-vliw", "::mlir::ModuleOp"> {
  let summary = "Lower straight-line xyz/arith kernels to virtual vliw slots";
  let description = [{
    Rewrites every arith op and xyz memory op of a specialized, thread-expanded
    kernel into `vliw.vop` slots on SSA values: i32 arithmetic to `alu`,
    vector<8xi32> arithmetic to `valu`, loads and stores to the load/store
    engines, i1 values to 0/1 words. Comparisons the machine lacks are built
    from `<` and `==`; a word select becomes arithmetic on the 0/1
    condition (`b + c * (a - b)`) on the wide ALU, a lane-wise select one
    `vselect` on the flow engine, which vector work leaves idle. Each
    lowered kernel is replaced by a `vliw.vprogram` of the same name holding
    its slots in program order; the scheduler then assigns scratch and
    bundles.
  }];
  let dependentDialects = ["::xyz::vliw::VLIWDialect"];
}

#endif // XYZ_CONVERSION_PASSES_TD
