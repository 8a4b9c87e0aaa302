//===- ProgramJsonTest.cpp - The JSON interchange reader and writer --------===//
//
// Parsing into sim::Program (key order, empty lists, debug slots, operand
// bounds), every located error, the source map, memory images, and that the
// writer's output reads back to the same text.
//
//===----------------------------------------------------------------------===//

#include "xyz/Sim/ProgramJsonReader.h"
#include "gtest/gtest.h"
#include <chrono>

using namespace xyz;
using namespace xyz::sim;

namespace {

Program parseOrDie(llvm::StringRef text) {
  llvm::Expected<Program> program = parseJsonProgram(text, "test.json");
  if (!program) {
    ADD_FAILURE() << llvm::toString(program.takeError());
    return {};
  }
  return std::move(*program);
}

std::string write(const Program &program) {
  std::string out;
  llvm::raw_string_ostream os(out);
  writeJsonProgram(program, os);
  return out;
}

/// The error message of parsing `text`, or "" if it parses.
std::string parseError(llvm::StringRef text) {
  llvm::Expected<Program> program = parseJsonProgram(text, "t.json");
  if (program)
    return "";
  return llvm::toString(program.takeError());
}

TEST(ProgramJson, ParsesTheSpecExample) {
  Program program = parseOrDie(R"([{"load": [["const", 0, 7]]},
 {"valu": [["+", 8, 16, 24]], "flow": [["pause"]]}])");
  ASSERT_EQ(program.bundles.size(), 2u);
  const Bundle &first = program.bundles[0];
  ASSERT_EQ(first.engines.size(), 1u);
  EXPECT_EQ(first.engines[0].engine, machine::Engine::Load);
  ASSERT_EQ(first.engines[0].slots.size(), 1u);
  EXPECT_EQ(first.engines[0].slots[0].kind, machine::SlotKind::Const);
  EXPECT_EQ(first.engines[0].slots[0].operands,
            (llvm::SmallVector<int64_t, 4>{0, 7}));
  const Bundle &second = program.bundles[1];
  ASSERT_EQ(second.engines.size(), 2u);
  EXPECT_EQ(second.engines[0].engine, machine::Engine::Valu);
  EXPECT_EQ(second.engines[0].slots[0].kind, machine::SlotKind::Valu);
  EXPECT_EQ(second.engines[0].slots[0].binop, machine::BinaryOpcode::Add);
  EXPECT_EQ(second.engines[1].engine, machine::Engine::Flow);
  EXPECT_EQ(second.engines[1].slots[0].kind, machine::SlotKind::Pause);
  EXPECT_TRUE(second.engines[1].slots[0].operands.empty());
}

TEST(ProgramJson, KeepsKeyOrderAndEmptyLists) {
  Program program =
      parseOrDie(R"([{"flow": [], "debug": [], "alu": [["<", 1, 2, 3]]}, {}])");
  ASSERT_EQ(program.bundles.size(), 2u);
  const Bundle &bundle = program.bundles[0];
  ASSERT_EQ(bundle.engines.size(), 3u);
  EXPECT_EQ(bundle.engines[0].engine, machine::Engine::Flow);
  EXPECT_TRUE(bundle.engines[0].slots.empty());
  EXPECT_EQ(bundle.engines[1].engine, machine::Engine::Debug);
  EXPECT_EQ(bundle.engines[2].engine, machine::Engine::Alu);
  EXPECT_EQ(bundle.engines[2].slots[0].binop, machine::BinaryOpcode::Lt);
  EXPECT_TRUE(bundle.isCounted());
  EXPECT_TRUE(program.bundles[1].engines.empty());
  EXPECT_FALSE(program.bundles[1].isCounted());
}

TEST(ProgramJson, DebugSlotsAreVerbatim) {
  llvm::StringRef slot =
      R"(["vcompare" , 64,[1, 2.5e-3, {"k": [null, true, false]}, "\u00e9\n"]])";
  Program program =
      parseOrDie((llvm::Twine(R"([{"debug": [)") + slot + "]}]").str());
  ASSERT_EQ(program.bundles[0].engines[0].slots.size(), 1u);
  const Slot &debug = program.bundles[0].engines[0].slots[0];
  EXPECT_EQ(debug.kind, machine::SlotKind::Debug);
  EXPECT_EQ(debug.debugJson, slot.str());
  EXPECT_FALSE(program.bundles[0].isCounted());
}

TEST(ProgramJson, WhitespaceAndEscapesAnywhere) {
  Program program = parseOrDie(
      " \r\n\t[ { \"lo\\u0061d\" :\n[ [ \"const\" , -3 , 9223372036854775807 ] ] "
      "} ]\n");
  const Slot &slot = program.bundles[0].engines[0].slots[0];
  EXPECT_EQ(program.bundles[0].engines[0].engine, machine::Engine::Load);
  EXPECT_EQ(slot.operands, (llvm::SmallVector<int64_t, 4>{-3, INT64_MAX}));
  Program min = parseOrDie(R"([{"load": [["const", 0, -9223372036854775808]]}])");
  EXPECT_EQ(min.bundles[0].engines[0].slots[0].operands[1], INT64_MIN);
}

TEST(ProgramJson, WriterFormIsStable) {
  const char *text =
      "[{\"load\": [[\"const\", 0, 7]]},\n"
      " {\"valu\": [[\"+\", 8, 16, 24]], \"flow\": [[\"pause\"]]},\n"
      " {},\n"
      " {\"alu\": [], \"debug\": [[\"comment\", [1, {\"a\": 2}]]], "
      "\"store\": [[\"vstore\", 1, 8]]}]\n";
  EXPECT_EQ(write(parseOrDie(text)), text);
  EXPECT_EQ(write(Program()), "[]\n");
  EXPECT_EQ(write(parseOrDie(" [ ] ")), "[]\n");
}

TEST(ProgramJson, EveryOpcodeRoundTrips) {
  // One slot of every kind, built from the machine description.
  Program program;
  for (const machine::SlotInfo &info : machine::getSlotInfos()) {
    Bundle &bundle = program.bundles.emplace_back();
    EngineSlots &engine = bundle.engines.emplace_back();
    engine.engine = info.engine;
    Slot &slot = engine.slots.emplace_back();
    slot.kind = info.kind;
    slot.binop = machine::BinaryOpcode::CDiv;
    if (info.kind == machine::SlotKind::Debug)
      slot.debugJson = R"(["comment", "x"])";
    for (unsigned i = 0; i < info.roles.size(); ++i)
      slot.operands.push_back(i + 1);
  }
  std::string text = write(program);
  Program again = parseOrDie(text);
  ASSERT_EQ(again.bundles.size(), program.bundles.size());
  for (size_t b = 0; b < program.bundles.size(); ++b) {
    const Slot &want = program.bundles[b].engines[0].slots[0];
    const Slot &got = again.bundles[b].engines[0].slots[0];
    EXPECT_EQ(got.kind, want.kind);
    EXPECT_EQ(got.operands, want.operands);
    if (want.kind == machine::SlotKind::Alu || want.kind == machine::SlotKind::Valu) {
      EXPECT_EQ(got.binop, want.binop);
    }
  }
  EXPECT_EQ(write(again), text);
}

struct ErrorCase {
  const char *input;
  const char *message;
};

TEST(ProgramJson, ErrorsAreLocated) {
  const ErrorCase cases[] = {
      {"", "t.json:1:1: expected a JSON array of bundles at the top level, "
           "found end of input"},
      {"[{}", "t.json:1:4: bundle 0: expected ',' or ']' after a bundle, "
              "found end of input"},
      {"[{}] x", "t.json:1:6: trailing characters after the program: 'x'"},
      {"[{}, ]", "t.json:1:6: bundle 1: a bundle must be a JSON object, "
                 "found ']'"},
      {"{}", "t.json:1:1: expected a JSON array of bundles at the top level, "
             "found an object"},
      {"[7]", "t.json:1:2: bundle 0: a bundle must be a JSON object, found a "
              "number"},
      {"[{\"alu\": [],\n \"alu\": []}]",
       "t.json:2:2: bundle 0: duplicate engine key 'alu'"},
      {"[{\"ALU\": []}]", "t.json:1:3: bundle 0: unknown engine 'ALU'"},
      {"[{\"alu\" []}]", "t.json:1:9: bundle 0: expected ':' after the engine "
                         "name, found an array"},
      {"[{\"alu\": 1}]", "t.json:1:10: bundle 0, engine 'alu': the slots of "
                         "an engine must be a JSON array, found a number"},
      {"[{\"flow\": [\"halt\"]}]",
       "t.json:1:12: bundle 0, engine 'flow', slot 0: a slot must be a JSON "
       "array, found a string"},
      {"[{\"flow\": [[]]}]",
       "t.json:1:12: bundle 0, engine 'flow', slot 0: empty slot: expected an "
       "opcode"},
      {"[{\"flow\": [[null]]}]",
       "t.json:1:13: bundle 0, engine 'flow', slot 0: the opcode must be a "
       "JSON string, found 'n'"},
      {"[{\"valu\": [[\"const\", 0, 1]]}]",
       "t.json:1:13: bundle 0, engine 'valu', slot 0: unknown opcode 'const' "
       "for engine 'valu'"},
      {"[{\"flow\": [[\"jump\"]]}]",
       "t.json:1:12: bundle 0, engine 'flow', slot 0: opcode 'jump' takes 1 "
       "operand, found 0"},
      {"[{\"flow\": [[\"jump\", 1, 2]]}]",
       "t.json:1:12: bundle 0, engine 'flow', slot 0: opcode 'jump' takes 1 "
       "operand, found 2"},
      {"[{\"flow\": [[\"jump\", 1.5]]}]",
       "t.json:1:21: bundle 0, engine 'flow', slot 0: operand 1 (target) must "
       "be an integer, found 1.5"},
      {"[{\"flow\": [[\"jump\", -0e1]]}]",
       "t.json:1:21: bundle 0, engine 'flow', slot 0: operand 1 (target) must "
       "be an integer, found -0e1"},
      {"[{\"flow\": [[\"jump\", [1]]]}]",
       "t.json:1:21: bundle 0, engine 'flow', slot 0: operand 1 (target) must "
       "be an integer, found [1]"},
      {"[{\"flow\": [[\"jump\", 18446744073709551616]]}]",
       "t.json:1:21: bundle 0, engine 'flow', slot 0: operand 1 (target) "
       "18446744073709551616 does not fit in a 64-bit integer"},
      {"[{\"flow\": [[\"jump\", -9223372036854775809]]}]",
       "t.json:1:21: bundle 0, engine 'flow', slot 0: operand 1 (target) "
       "-9223372036854775809 does not fit in a 64-bit integer"},
      {"[{\"flow\": [[\"jump\", 1], [\"halt\"]]}]",
       "t.json:1:25: bundle 0, engine 'flow', slot 1: too many slots: engine "
       "'flow' takes at most 1 per bundle"},
      {"[{\"flow\": [[\"jump\", - 1]]}]",
       "t.json:1:21: bundle 0, engine 'flow', slot 0: invalid number"},
      {"[{\"flow\": [[\"jump\", 1.]]}]",
       "t.json:1:21: bundle 0, engine 'flow', slot 0: invalid number (no "
       "digits after '.')"},
      {"[{\"debug\": [[\"c\", tru]]}]",
       "t.json:1:19: bundle 0, engine 'debug', slot 0: invalid token: "
       "expected a JSON value"},
      {"[{\"debug\": [[\"c\", {1: 2}]]}]",
       "t.json:1:20: bundle 0, engine 'debug', slot 0: expected an object key "
       "(a JSON string), found a number"},
      {"[{\"debug\": [[\"c\", \"\\ud800\"]]}]",
       "t.json:1:20: bundle 0, engine 'debug', slot 0: unpaired surrogate in "
       "a \\u escape"},
      {"[{\"debug\": [[\"c\", \"\\x\"]]}]",
       "t.json:1:20: bundle 0, engine 'debug', slot 0: invalid escape '\\x' "
       "in a string"},
      {"[{\"debug\": [[\"c\", \"a\tb\"]]}]",
       "t.json:1:21: bundle 0, engine 'debug', slot 0: control character in "
       "a string (must be escaped)"},
      {"[{\"debug\": [[\"c\", \"ab]]}]",
       "t.json:1:19: bundle 0, engine 'debug', slot 0: unterminated string"},
  };
  for (const ErrorCase &c : cases)
    EXPECT_EQ(parseError(c.input), c.message) << "input: " << c.input;
}

TEST(ProgramJson, DeepNestingIsAnErrorNotACrash) {
  std::string text = "[{\"debug\": [[\"c\", ";
  text.append(100000, '[');
  std::string error = parseError(text);
  EXPECT_NE(error.find("JSON nested too deeply"), std::string::npos) << error;
}

TEST(ProgramJson, StructuredError) {
  llvm::Expected<Program> program =
      parseJsonProgram("[{\"load\": [\n  [\"load\", 1]]}]", "f.json");
  ASSERT_FALSE(program);
  bool handled = false;
  llvm::handleAllErrors(program.takeError(), [&](const JsonParseError &e) {
    handled = true;
    EXPECT_EQ(e.bufferName, "f.json");
    EXPECT_EQ(e.pos.line, 2u);
    EXPECT_EQ(e.pos.col, 3u);
    EXPECT_EQ(e.context, "bundle 0, engine 'load', slot 0");
    EXPECT_EQ(e.getDescription(), "bundle 0, engine 'load', slot 0: opcode "
                                  "'load' takes 2 operands, found 1");
  });
  EXPECT_TRUE(handled);
}

TEST(ProgramJson, SourceMap) {
  ProgramSourceMap map;
  llvm::Expected<Program> program = parseJsonProgram(
      "[{\"load\": [[\"const\", 0, 7], [\"const\", 1, 8]]},\n"
      " {},\n"
      " {\"flow\": [], \"alu\": [[\"+\", 0, 0, 0]]}]",
      "m.json", &map);
  ASSERT_TRUE(!!program) << llvm::toString(program.takeError());
  ASSERT_EQ(map.bundles.size(), 3u);
  EXPECT_EQ(map.bundles[0].line, 1u);
  EXPECT_EQ(map.bundles[0].col, 2u);
  EXPECT_EQ(map.bundles[2].line, 3u);
  EXPECT_EQ(map.bundles[2].col, 2u);
  ASSERT_EQ(map.slots.size(), 3u);
  EXPECT_EQ(map.slots[0].col, 12u);
  EXPECT_EQ(map.slots[1].col, 29u);
  EXPECT_EQ(map.slots[2].line, 3u);
  EXPECT_EQ(map.slots[2].col, 23u);
}

TEST(ProgramJson, DebugSlotCheck) {
  std::string why;
  EXPECT_TRUE(isDebugSlotJson(R"(["comment", {"a": [1, 2.5]}])", why));
  EXPECT_TRUE(isDebugSlotJson(R"( ["c"] )", why));
  EXPECT_FALSE(isDebugSlotJson(R"([1])", why));
  EXPECT_FALSE(isDebugSlotJson(R"(["c"]])", why));
  EXPECT_FALSE(isDebugSlotJson(R"(["c", )", why));
  EXPECT_FALSE(isDebugSlotJson("", why));
  EXPECT_NE(why.find("must be a JSON array"), std::string::npos) << why;
}

TEST(ProgramJson, LargeProgramIsLinear) {
  std::string text = "[";
  for (int b = 0; b < 100000; ++b) {
    if (b)
      text += ",\n ";
    text += R"({"alu": [["+", 1, 2, 3], ["^", 4, 5, 6]], "valu": [["*", 8, 16, 24]], "load": [["const", 7, )" +
            std::to_string(b) + R"(]], "flow": [["cond_jump", 1, 0]]})";
  }
  text += "]\n";
  auto start = std::chrono::steady_clock::now();
  Program program = parseOrDie(text);
  std::string again = write(program);
  double seconds = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - start)
                       .count();
  EXPECT_EQ(program.bundles.size(), 100000u);
  EXPECT_EQ(again, text);
  // Generous: a quadratic reader would take minutes.
  EXPECT_LT(seconds, 10.0);
}

TEST(MemoryJson, RoundTrip) {
  llvm::Expected<std::vector<uint32_t>> memory =
      parseJsonMemory(" [0, 1,\n 4294967295 ] ", "mem.json");
  ASSERT_TRUE(!!memory) << llvm::toString(memory.takeError());
  EXPECT_EQ(*memory, (std::vector<uint32_t>{0, 1, 4294967295u}));
  std::string out;
  llvm::raw_string_ostream os(out);
  writeJsonMemory(*memory, os);
  EXPECT_EQ(out, "[0, 1, 4294967295]\n");
  llvm::Expected<std::vector<uint32_t>> empty = parseJsonMemory("[]", "e");
  ASSERT_TRUE(!!empty);
  EXPECT_TRUE(empty->empty());
}

TEST(MemoryJson, ErrorsAreLocated) {
  const ErrorCase cases[] = {
      {"", "m.json:1:1: a memory image must be a JSON array of integers, "
           "found end of input"},
      {"[1, 2", "m.json:1:6: word 1: expected ',' or ']' after a word, found "
                "end of input"},
      {"[1,\n -1]", "m.json:2:2: word 1: -1 is outside [0, 2^32)"},
      {"[4294967296]", "m.json:1:2: word 0: 4294967296 is outside [0, 2^32)"},
      {"[1e2]", "m.json:1:2: word 0: must be an integer, found 1e2"},
      {"[\"1\"]", "m.json:1:2: word 0: must be an integer, found \"1\""},
      {"[1] [", "m.json:1:5: trailing characters after the memory image: an "
                "array"},
      {"{\"a\": 1}", "m.json:1:1: a memory image must be a JSON array of "
                     "integers, found an object"},
  };
  for (const ErrorCase &c : cases) {
    llvm::Expected<std::vector<uint32_t>> memory =
        parseJsonMemory(c.input, "m.json");
    ASSERT_FALSE(!!memory) << c.input;
    EXPECT_EQ(llvm::toString(memory.takeError()), c.message)
        << "input: " << c.input;
  }
}

} // namespace
