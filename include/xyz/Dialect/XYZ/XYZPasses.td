//===- XYZPasses.td - xyz dialect passes -------------------*- tablegen -*-===//

#ifndef XYZ_DIALECT_XYZ_XYZPASSES_TD
#define XYZ_DIALECT_XYZ_XYZPASSES_TD

include "mlir/Pass/PassBase.td"

def XYZSpecialize : Pass<"xyz-specialize", "::mlir::ModuleOp"> {
  let summary = "Bind a kernel's shape parameters and make the shape static";
  let description = [{
    Takes `name=value` pairs for the parameters the kernel declares (e.g.
    `--xyz-specialize="height=10 rounds=16 batch=256"`); parameters not given
    take the kernel's declared default. Binds them to constants, inlines
    helper calls, folds, checks `xyz.require` conditions, and fully unrolls
    every `scf.for` whose trip count became constant. The thread dimension
    (`xyz.foreach_thread`) stays for the vectorizer. Unknown or unbound
    parameters and shapes the kernel rejects are diagnosed.
  }];
  // The options are the kernel's own parameter names, so they are parsed by
  // hand (see initializeOptions) rather than declared here.
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::scf::SCFDialect"];
}

def XYZExpandThreads : Pass<"xyz-expand-threads", "::mlir::ModuleOp"> {
  let summary = "Replicate each foreach_thread body once per thread";
  let description = [{
    The scalar mapping of the thread dimension: every thread's body becomes
    straight-line code with the thread id a constant. Run after
    vectorization, which leaves only the tail threads (or none) to it.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

#endif // XYZ_DIALECT_XYZ_XYZPASSES_TD
