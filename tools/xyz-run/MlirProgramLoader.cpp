//===- MlirProgramLoader.cpp - xyz-run's .mlir plugin ---------------------===//
//
// Built as libXYZRunMlirLoader.so: the only part of xyz-run that links MLIR.
//
//===----------------------------------------------------------------------===//

#include "MlirProgramLoader.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "xyz/Dialect/VLIW/VLIWDialect.h"
#include "xyz/Target/JSON/ProgramConversion.h"
#include "llvm/Support/SourceMgr.h"

using namespace xyz;

extern "C" LLVM_ATTRIBUTE_VISIBILITY_DEFAULT bool
xyzLoadMlirProgram(llvm::MemoryBuffer *buffer, sim::Program *result,
                   sim::ProgramLocations *locations) {
  mlir::DialectRegistry registry;
  registry.insert<vliw::VLIWDialect>();
  mlir::MLIRContext context(registry, mlir::MLIRContext::Threading::DISABLED);
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::unique_ptr<llvm::MemoryBuffer>(buffer),
                               llvm::SMLoc());
  mlir::SourceMgrDiagnosticHandler handler(sourceMgr, &context);
  // Parsing verifies the module.
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceFile<mlir::ModuleOp>(sourceMgr, &context);
  if (!module)
    return false;
  auto programs = module->getOps<vliw::ProgramOp>();
  if (std::distance(programs.begin(), programs.end()) != 1) {
    // Point at the second program if there is one.
    mlir::Location loc = module->getLoc();
    if (programs.begin() != programs.end() &&
        std::next(programs.begin()) != programs.end())
      loc = (*std::next(programs.begin()))->getLoc();
    mlir::emitError(loc) << "expected exactly one vliw.program in the module";
    return false;
  }
  mlir::FailureOr<sim::Program> program =
      locations ? convertVLIWToProgram(*programs.begin(), *locations)
                : convertVLIWToProgram(*programs.begin());
  if (mlir::failed(program))
    return false;
  *result = std::move(*program);
  return true;
}
