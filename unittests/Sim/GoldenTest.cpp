//===- GoldenTest.cpp - Known-answer cases from an independent simulator -===//
//
// Runs every ../shared/golden/machine/case-*.json (see its README) and checks
// the cycle count and the final memory, on both of the interpreter's loops
// (baseline x86-64 and AVX2). The program is parsed with the project's JSON
// reader; the case's other fields with llvm::json. The
// program's raw text is cut out of the case file first, because llvm::json
// objects do not keep key order and engine key order matters.
//
//===----------------------------------------------------------------------===//

#include "xyz/Sim/Interpreter.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "gtest/gtest.h"
#include <algorithm>

using namespace xyz::sim;

#ifndef XYZ_GOLDEN_DIR
#error "XYZ_GOLDEN_DIR must name the shared golden directory"
#endif

namespace {

/// The raw text of the value of top-level key `key` in a JSON object.
std::optional<llvm::StringRef> rawMember(llvm::StringRef json,
                                         llvm::StringRef key) {
  std::string quoted = ("\"" + key + "\"").str();
  size_t depth = 0;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '"') {
      size_t close = i + 1;
      while (close < json.size() && json[close] != '"')
        close += json[close] == '\\' ? 2 : 1;
      llvm::StringRef str = json.slice(i, close + 1);
      i = close;
      if (depth != 1 || str != quoted)
        continue;
      size_t start = json.find(':', i) + 1;
      // Scan the value to its end at depth 1.
      size_t d = 0;
      for (size_t j = start; j < json.size(); ++j) {
        char v = json[j];
        if (v == '"') {
          ++j;
          while (j < json.size() && json[j] != '"')
            j += json[j] == '\\' ? 2 : 1;
        } else if (v == '[' || v == '{') {
          ++d;
        } else if (v == ']' || v == '}') {
          if (d == 0)
            return json.slice(start, j).trim();
          --d;
        } else if (v == ',' && d == 0) {
          return json.slice(start, j).trim();
        }
      }
      return std::nullopt;
    }
    if (c == '{' || c == '[')
      ++depth;
    else if (c == '}' || c == ']')
      --depth;
  }
  return std::nullopt;
}

std::vector<uint32_t> toWords(const llvm::json::Array *array) {
  std::vector<uint32_t> words;
  if (array)
    for (const llvm::json::Value &v : *array)
      words.push_back(static_cast<uint32_t>(v.getAsInteger().value_or(-1)));
  return words;
}

std::vector<std::string> goldenCases() {
  std::vector<std::string> files;
  std::error_code ec;
  std::string dir = std::string(XYZ_GOLDEN_DIR) + "/machine";
  for (llvm::sys::fs::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    llvm::StringRef name = llvm::sys::path::filename(it->path());
    if (name.starts_with("case-") && name.ends_with(".json"))
      files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(Golden, MachineCases) {
  std::vector<std::string> files = goldenCases();
  // A missing or empty golden directory is a failure, not a skip.
  ASSERT_GE(files.size(), 1u) << "no golden cases in " << XYZ_GOLDEN_DIR;
  unsigned checked = 0;
  for (const std::string &file : files) {
    SCOPED_TRACE(file);
    auto buffer = llvm::MemoryBuffer::getFile(file);
    ASSERT_TRUE(bool(buffer)) << "cannot read " << file;
    llvm::StringRef text = (*buffer)->getBuffer();
    llvm::Expected<llvm::json::Value> json = llvm::json::parse(text);
    ASSERT_TRUE(bool(json)) << llvm::toString(json.takeError());
    const llvm::json::Object *root = json->getAsObject();
    ASSERT_TRUE(root);
    std::optional<llvm::StringRef> programText = rawMember(text, "program");
    ASSERT_TRUE(programText.has_value());
    llvm::Expected<Program> program = parseJsonProgram(*programText, file);
    ASSERT_TRUE(bool(program)) << llvm::toString(program.takeError());

    // Both interpreter loops: the one compiled for this CPU (AVX2 where it
    // has it) and the baseline x86-64 one.
    for (bool baselineIsa : {false, true}) {
      SCOPED_TRACE(baselineIsa ? "baseline ISA" : "this CPU's ISA");
      RunOptions options;
      options.cores = root->getInteger("cores").value_or(1);
      options.baselineIsa = baselineIsa;
      std::vector<uint32_t> mem = toWords(root->getArray("mem"));
      RunResult result = run(*program, mem, options);
      ASSERT_FALSE(result.fault) << result.fault->message;
      EXPECT_EQ(result.cycles,
                uint64_t(root->getInteger("expected_cycles").value_or(-1)));
      EXPECT_EQ(mem, toWords(root->getArray("expected_mem")));
      ++checked;
    }
  }
  EXPECT_EQ(checked, 2 * files.size());
}

} // namespace
