//===- KernelInterpreterTest.cpp - The source-level interpreter's API -----===//

#include "xyz/Dialect/XYZ/XYZOps.h"
#include "xyz/Interpreter/KernelInterpreter.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "gtest/gtest.h"

using namespace xyz;

namespace {
class KernelInterpreterTest : public ::testing::Test {
protected:
  KernelInterpreterTest() {
    context.loadDialect<XYZDialect, mlir::arith::ArithDialect,
                        mlir::func::FuncDialect, mlir::scf::SCFDialect>();
  }

  /// Parses `source` and runs its kernel on `mem`; diagnostics go to `errors`.
  mlir::FailureOr<InterpreterResult> run(llvm::StringRef source,
                                         std::vector<uint32_t> &mem,
                                         InterpreterOptions options = {}) {
    mlir::ScopedDiagnosticHandler handler(&context, [&](mlir::Diagnostic &d) {
      errors.push_back(d.str());
      return mlir::success();
    });
    module = mlir::parseSourceString<mlir::ModuleOp>(source, &context);
    if (!module)
      return mlir::failure();
    auto kernel = *module->getOps<KernelOp>().begin();
    return interpretKernel(kernel, mem, options);
  }

  mlir::MLIRContext context;
  mlir::OwningOpRef<mlir::ModuleOp> module;
  std::vector<std::string> errors;
};

TEST_F(KernelInterpreterTest, ThreadsRunInOrderAndCountSteps) {
  // Thread i adds its id to mem[i]: 3 threads of 3 ops (addr, load, add,
  // store, yield = 5 with the terminator), plus the kernel's 2.
  std::vector<uint32_t> mem = {10, 20, 30};
  auto result = run(R"mlir(
    xyz.kernel @k() {
      %n = arith.constant 3 : i32
      xyz.foreach_thread %i < %n {
        %v = xyz.load %i
        %w = arith.addi %v, %i : i32
        xyz.store %w, %i
      }
      xyz.return
    })mlir",
                    mem);
  ASSERT_TRUE(mlir::succeeded(result)) << (errors.empty() ? "" : errors[0]);
  EXPECT_EQ(mem, (std::vector<uint32_t>{10, 21, 32}));
  EXPECT_EQ(result->steps, 2u + 1u + 3u * 4u);
}

TEST_F(KernelInterpreterTest, FailureKeepsEarlierStoresAndNamesTheCore) {
  // Each core stores to mem[core]; core 1 then divides by zero.
  std::vector<uint32_t> mem = {0, 0};
  InterpreterOptions options;
  options.cores = 2;
  auto result = run(R"mlir(
    xyz.kernel @k() {
      %c7 = arith.constant 7 : i32
      %core = xyz.core_id
      xyz.store %c7, %core
      %c1 = arith.constant 1 : i32
      %d = arith.subi %c1, %core : i32
      %q = arith.divui %c7, %d : i32
      xyz.return
    })mlir",
                    mem, options);
  EXPECT_TRUE(mlir::failed(result));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "division by zero (core 1)");
  EXPECT_EQ(mem, (std::vector<uint32_t>{7, 7}));
}

TEST_F(KernelInterpreterTest, StepLimit) {
  std::vector<uint32_t> mem;
  InterpreterOptions options;
  options.maxSteps = 10;
  auto result = run(R"mlir(
    xyz.kernel @k() {
      %n = arith.constant 100 : i32
      xyz.foreach_thread %i < %n {
      }
      xyz.return
    })mlir",
                    mem, options);
  EXPECT_TRUE(mlir::failed(result));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "step limit exceeded: more than 10 ops executed (see "
                       "--max-steps) (thread 8)");
}
} // namespace
