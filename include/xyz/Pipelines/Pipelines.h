//===- Pipelines.h - Named pass pipelines ----------------------*- C++ -*-===//
//
// `--xyz-schedule`: everything after specialization, from a kernel to bundles.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_PIPELINES_PIPELINES_H
#define XYZ_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"

namespace xyz {
/// Appends the full pipeline from a (possibly unspecialized, defaulted)
/// kernel to a vliw.program.
void buildSchedulePipeline(mlir::OpPassManager &pm);
void registerXYZPipelines();
} // namespace xyz

#endif // XYZ_PIPELINES_PIPELINES_H
