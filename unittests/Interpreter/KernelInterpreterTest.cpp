//===- KernelInterpreterTest.cpp - The source-level interpreter's API -----===//

#include "xyz/Dialect/XYZ/XYZOps.h"
#include "xyz/Interpreter/KernelInterpreter.h"
#include "xyz/Interpreter/MemoryImage.h"
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

// Observable words: the output region's (stored or not), words never
// stored, and words stored with an unnamed store; not the words stored only
// into a region that is not an output.
TEST_F(KernelInterpreterTest, ObservableWords) {
  std::vector<uint32_t> mem(6, 0);
  auto result = run(R"mlir(
    xyz.kernel @k() attributes {xyz.outputs = ["out"]} {
      %c0 = arith.constant 0 : i32
      %c1 = arith.constant 1 : i32
      %c2 = arith.constant 2 : i32
      %c3 = arith.constant 3 : i32
      %c4 = arith.constant 4 : i32
      xyz.region "out" at %c0 size %c2 zero
      xyz.store %c1, %c2 in "tmp"
      xyz.store %c1, %c3 in "tmp"
      xyz.store %c1, %c3 in "out"
      xyz.store %c1, %c4
      xyz.return
    })mlir",
                    mem);
  ASSERT_TRUE(mlir::succeeded(result)) << (errors.empty() ? "" : errors[0]);
  EXPECT_EQ(result->observable,
            (std::vector<bool>{true, true, false, true, true, true}));
}

// Random images: deterministic per seed, laid out as declared, contents of
// the declared kind; gaps are zero.
TEST_F(KernelInterpreterTest, RandomImageFromDeclarations) {
  module = mlir::parseSourceString<mlir::ModuleOp>(R"mlir(
    xyz.kernel @k() {
      %c0 = arith.constant 0 : i32
      %c2 = arith.constant 2 : i32
      %c3 = arith.constant 3 : i32
      %c5 = arith.constant 5 : i32
      %c40 = arith.constant 40 : i32
      %c100 = arith.constant 100 : i32
      xyz.region "header" at %c0 words(%c40, %c5)
      xyz.region "small" at %c3 size %c40 random(bits 3)
      xyz.region "below" at %c100 size %c40 random(below %c5)
      xyz.return
    })mlir",
                                                   &context);
  ASSERT_TRUE(module);
  auto kernel = *module->getOps<KernelOp>().begin();
  auto first = buildRandomImage(kernel, 1);
  auto again = buildRandomImage(kernel, 1);
  auto other = buildRandomImage(kernel, 2);
  ASSERT_TRUE(mlir::succeeded(first) && mlir::succeeded(again) &&
              mlir::succeeded(other));
  EXPECT_EQ(*first, *again);
  EXPECT_NE(*first, *other);
  ASSERT_EQ(first->size(), 140u);
  EXPECT_EQ((*first)[0], 40u);
  EXPECT_EQ((*first)[1], 5u);
  EXPECT_EQ((*first)[2], 0u);
  for (unsigned i = 3; i < 43; ++i)
    EXPECT_LT((*first)[i], 8u);
  for (unsigned i = 43; i < 100; ++i)
    EXPECT_EQ((*first)[i], 0u);
  for (unsigned i = 100; i < 140; ++i)
    EXPECT_LT((*first)[i], 5u);
  auto layout = getImageLayout(kernel);
  ASSERT_TRUE(mlir::succeeded(layout));
  EXPECT_EQ(describeAddress(*layout, 104), "below[4]");
  EXPECT_EQ(describeAddress(*layout, 50), "no region");
}
} // namespace
