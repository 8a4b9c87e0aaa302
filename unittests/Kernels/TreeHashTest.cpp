//===- TreeHashTest.cpp - The tree-hash reference against known answers ---===//

#include "xyz/Kernels/Kernels.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/FileSystem.h"
#include "gtest/gtest.h"

using namespace xyz::kernels;

namespace {
std::vector<uint32_t> toWords(const llvm::json::Array &array) {
  std::vector<uint32_t> words;
  for (const llvm::json::Value &v : array)
    words.push_back(static_cast<uint32_t>(*v.getAsInteger()));
  return words;
}
} // namespace

TEST(TreeHash, HashOfZero) {
  // Stage by stage from the spec's table, worked out by hand.
  uint32_t a = 0;
  a = (a + 0x7ED55D16u) + (a << 12);
  EXPECT_EQ(a, 0x7ED55D16u);
  EXPECT_NE(treeHash(0), 0u);
  EXPECT_EQ(treeHash(0), treeHash(0));
}

TEST(TreeHash, ImageLayout) {
  const KernelReference *kernel = lookupKernel("tree-hash");
  ASSERT_TRUE(kernel);
  Params params{{"height", 2}, {"rounds", 3}, {"batch", 5}};
  llvm::Expected<std::vector<uint32_t>> mem = kernel->buildImage(params, 1);
  ASSERT_TRUE(!!mem);
  // 7 header words + 7 nodes + 5 indices + 5 values.
  ASSERT_EQ(mem->size(), 24u);
  EXPECT_EQ((*mem)[0], 3u);
  EXPECT_EQ((*mem)[1], 7u);
  EXPECT_EQ((*mem)[2], 5u);
  EXPECT_EQ((*mem)[3], 2u);
  EXPECT_EQ((*mem)[4], 7u);
  EXPECT_EQ((*mem)[5], 14u);
  EXPECT_EQ((*mem)[6], 19u);
  for (unsigned i = 14; i < 19; ++i)
    EXPECT_EQ((*mem)[i], 0u);
  for (unsigned i = 7; i < 24; ++i) {
    if (i < 14 || i >= 19) {
      EXPECT_LT((*mem)[i], 1u << 30);
    }
  }
  // A wrong value is reported, the unchanged image is not correct.
  EXPECT_TRUE(kernel->check(params, *mem, *mem).has_value());
}

TEST(TreeHash, RejectsBadShapes) {
  const KernelReference *kernel = lookupKernel("tree-hash");
  Params params{{"height", 2}, {"rounds", 0}, {"batch", 5}};
  llvm::Expected<std::vector<uint32_t>> mem = kernel->buildImage(params, 1);
  EXPECT_FALSE(!!mem);
  llvm::consumeError(mem.takeError());
}

TEST(TreeHash, GoldenImages) {
  std::error_code ec;
  unsigned count = 0;
  for (llvm::sys::fs::directory_iterator it(XYZ_GOLDEN_DIR "/tree-hash", ec),
       end;
       !ec && it != end; it.increment(ec)) {
    auto buffer = llvm::MemoryBuffer::getFile(it->path());
    ASSERT_TRUE(!!buffer) << it->path();
    llvm::Expected<llvm::json::Value> json =
        llvm::json::parse((*buffer)->getBuffer());
    ASSERT_TRUE(!!json) << it->path();
    const llvm::json::Object &obj = *json->getAsObject();
    Params params{{"height", *obj.getInteger("height")},
                  {"rounds", *obj.getInteger("rounds")},
                  {"batch", *obj.getInteger("batch")}};
    std::vector<uint32_t> initial = toWords(*obj.getArray("mem"));
    std::vector<uint32_t> expected = toWords(*obj.getArray("expected_values"));
    std::vector<uint32_t> final = initial;
    uint32_t valuesP = initial[6];
    for (size_t i = 0; i < expected.size(); ++i)
      final[valuesP + i] = expected[i];
    const KernelReference *kernel = lookupKernel("tree-hash");
    std::optional<std::string> mismatch = kernel->check(params, initial, final);
    EXPECT_FALSE(mismatch.has_value()) << it->path() << ": " << *mismatch;
    final[valuesP] ^= 1;
    EXPECT_TRUE(kernel->check(params, initial, final).has_value());
    ++count;
  }
  ASSERT_FALSE(ec) << "cannot read " XYZ_GOLDEN_DIR "/tree-hash";
  EXPECT_GE(count, 8u);
}
