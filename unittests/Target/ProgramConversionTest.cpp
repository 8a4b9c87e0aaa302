//===- ProgramConversionTest.cpp - vliw IR <-> sim::Program ---------------===//
//
// The conversion in both directions: exact round trips, `engines` only where
// needed, locations from the source map or NameLocs, verifier failures as
// diagnostics (never a crash).
//
//===----------------------------------------------------------------------===//

#include "xyz/Target/JSON/ProgramConversion.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "xyz/Sim/ProgramJsonReader.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace xyz;

namespace {

std::string write(const sim::Program &program) {
  std::string out;
  llvm::raw_string_ostream os(out);
  sim::writeJsonProgram(program, os);
  return out;
}

class ProgramConversion : public ::testing::Test {
protected:
  ProgramConversion() {
    context.getOrLoadDialect<vliw::VLIWDialect>();
    context.getDiagEngine().registerHandler([this](Diagnostic &diag) {
      diagnostics.push_back(diag.str());
      if (auto loc = dyn_cast<FileLineColLoc>(diag.getLocation()))
        locations.push_back((loc.getFilename().str() + ":" +
                             llvm::Twine(loc.getLine()) + ":" +
                             llvm::Twine(loc.getColumn()))
                                .str());
    });
  }

  /// JSON -> vliw with the parser's source map.
  OwningOpRef<ModuleOp> toVLIW(llvm::StringRef json) {
    sim::ProgramSourceMap map;
    llvm::Expected<sim::Program> program =
        sim::parseJsonProgram(json, "in.json", &map);
    if (!program) {
      ADD_FAILURE() << llvm::toString(program.takeError());
      return nullptr;
    }
    return convertProgramToVLIW(*program, &context, "in.json", &map);
  }

  std::string toJson(ModuleOp module) {
    auto programs = module.getBody()->getOps<vliw::ProgramOp>();
    EXPECT_FALSE(programs.empty());
    FailureOr<sim::Program> program = convertVLIWToProgram(*programs.begin());
    if (failed(program))
      return "<failed>";
    return write(*program);
  }

  MLIRContext context;
  std::vector<std::string> diagnostics;
  std::vector<std::string> locations;
};

TEST_F(ProgramConversion, RoundTripIsExact) {
  const char *json =
      "[{\"load\": [[\"const\", 0, 7], [\"load_offset\", 8, 16, 7]]},\n"
      " {\"valu\": [[\"+\", 8, 16, 24], [\"vbroadcast\", 32, 1]], "
      "\"flow\": [[\"pause\"]]},\n"
      " {},\n"
      " {\"debug\": [[\"comment\", {\"x\": [1.5]}]], \"alu\": [], "
      "\"store\": [[\"store\", 1, 2]]},\n"
      " {\"store\": [[\"vstore\", 1, 8]], \"alu\": [[\"cdiv\", 1, 2, 3]]}]\n";
  OwningOpRef<ModuleOp> module = toVLIW(json);
  ASSERT_TRUE(module);
  EXPECT_EQ(toJson(*module), json);
  EXPECT_TRUE(diagnostics.empty());
}

TEST_F(ProgramConversion, EnginesOnlyWhereNeeded) {
  OwningOpRef<ModuleOp> module = toVLIW(
      R"([{}, {"flow": [["halt"]], "alu": [["+", 0, 0, 0]]}, {"alu": []}])");
  ASSERT_TRUE(module);
  auto program = *module->getBody()->getOps<vliw::ProgramOp>().begin();
  auto bundles = llvm::to_vector(program.getBody().front().getOps<vliw::BundleOp>());
  ASSERT_EQ(bundles.size(), 3u);
  EXPECT_FALSE(bundles[0].getEngines());
  EXPECT_FALSE(bundles[1].getEngines());
  ASSERT_TRUE(bundles[2].getEngines());
  EXPECT_EQ(bundles[2].getEngines()->size(), 1u);
  EXPECT_TRUE(bundles[2].isCounted());
  EXPECT_FALSE(bundles[0].isCounted());
}

TEST_F(ProgramConversion, SlotsAreBuiltGenerically) {
  OwningOpRef<ModuleOp> module =
      toVLIW(R"([{"alu": [[">>", 1, 2, 3]], "flow": [["cond_jump", 4, 5]]}])");
  ASSERT_TRUE(module);
  auto program = *module->getBody()->getOps<vliw::ProgramOp>().begin();
  vliw::BundleOp bundle =
      *program.getBody().front().getOps<vliw::BundleOp>().begin();
  auto ops = llvm::to_vector(bundle.getBody().front().getOps<vliw::SlotOpInterface>());
  ASSERT_EQ(ops.size(), 2u);
  auto alu = dyn_cast<vliw::AluOp>(ops[0].getOperation());
  ASSERT_TRUE(alu);
  EXPECT_EQ(alu.getOpcode(), vliw::BinaryOpcode::Shr);
  EXPECT_EQ(ops[0].getSlotOperands(), (llvm::SmallVector<int64_t, 4>{1, 2, 3}));
  EXPECT_TRUE(isa<vliw::CondJumpOp>(ops[1].getOperation()));
  EXPECT_EQ(ops[1].getSlotOperands(), (llvm::SmallVector<int64_t, 4>{4, 5}));
  auto loc = dyn_cast<FileLineColLoc>(ops[1]->getLoc());
  ASSERT_TRUE(loc);
  EXPECT_EQ(loc.getFilename(), "in.json");
  EXPECT_EQ(loc.getLine(), 1u);
  EXPECT_EQ(loc.getColumn(), 38u);
}

TEST_F(ProgramConversion, NameLocsWithoutSourceMap) {
  llvm::Expected<sim::Program> program =
      sim::parseJsonProgram(R"([{}, {"load": [["const", 1, 2]]}])", "x");
  ASSERT_TRUE(!!program);
  OwningOpRef<ModuleOp> module =
      convertProgramToVLIW(*program, &context, "x.json");
  ASSERT_TRUE(module);
  Operation *slot = nullptr;
  module->walk([&](vliw::ConstOp op) { slot = op; });
  ASSERT_TRUE(slot);
  auto loc = dyn_cast<NameLoc>(slot->getLoc());
  ASSERT_TRUE(loc);
  EXPECT_EQ(loc.getName(), "bundle 1, engine 'load', slot 0");
}

TEST_F(ProgramConversion, VerifierErrorsAreLocated) {
  OwningOpRef<ModuleOp> module =
      toVLIW("[{\"load\": [[\"const\", 0, 1]]},\n {\"valu\": [[\"+\", 1529, 0, 8]]}]");
  EXPECT_FALSE(module);
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_NE(diagnostics[0].find("scratch address dest = 1529"),
            std::string::npos)
      << diagnostics[0];
  ASSERT_FALSE(locations.empty());
  EXPECT_EQ(locations[0], "in.json:2:12");
}

TEST_F(ProgramConversion, InconsistentProgramIsAnError) {
  // A hand-built Program whose slot is on the wrong engine.
  sim::Program program;
  sim::EngineSlots &engine =
      program.bundles.emplace_back().engines.emplace_back();
  engine.engine = vliw::Engine::Alu;
  sim::Slot &slot = engine.slots.emplace_back();
  slot.kind = vliw::SlotKind::Halt;
  EXPECT_FALSE(convertProgramToVLIW(program, &context, "p"));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics[0].find("is not on engine 'alu'"), std::string::npos)
      << diagnostics[0];
  // And a debug slot that is not JSON.
  diagnostics.clear();
  engine.engine = vliw::Engine::Debug;
  slot.kind = vliw::SlotKind::Debug;
  slot.debugJson = "[\"comment\", ";
  EXPECT_FALSE(convertProgramToVLIW(program, &context, "p"));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics[0].find("invalid JSON debug slot"), std::string::npos)
      << diagnostics[0];
}

} // namespace
