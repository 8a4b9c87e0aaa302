//===- FileIOTest.cpp - Atomic outputs, outputs that are inputs -----------===//

#include "xyz/Support/FileIO.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "gtest/gtest.h"

using namespace xyz;

namespace {

/// A fresh directory removed at the end of the test.
class FileIOTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("xyz-fileio", dir));
  }
  void TearDown() override { llvm::sys::fs::remove_directories(dir); }
  std::string path(llvm::StringRef name) {
    llvm::SmallString<128> p(dir);
    llvm::sys::path::append(p, name);
    return std::string(p);
  }
  void write(llvm::StringRef name, llvm::StringRef text) {
    ASSERT_FALSE(writeFileAtomically(path(name), [&](llvm::raw_ostream &os) {
      os << text;
      return llvm::Error::success();
    }));
  }
  std::string read(llvm::StringRef name) {
    auto buffer = readInputFile(path(name));
    if (!buffer) {
      llvm::consumeError(buffer.takeError());
      return "<missing>";
    }
    return (*buffer)->getBuffer().str();
  }
  unsigned countFiles() {
    std::error_code ec;
    unsigned n = 0;
    for (llvm::sys::fs::directory_iterator it(dir, ec), end; it != end && !ec;
         it.increment(ec))
      ++n;
    return n;
  }
  llvm::SmallString<128> dir;
};

TEST_F(FileIOTest, CommitReplacesUncommittedKeeps) {
  write("out", "old");
  {
    auto out = OutputFile::open(path("out"));
    ASSERT_TRUE(bool(out));
    (*out)->os() << "new but abandoned";
    // Not committed: destroyed here.
  }
  EXPECT_EQ(read("out"), "old");
  EXPECT_EQ(countFiles(), 1u); // no temporary left
  {
    auto out = OutputFile::open(path("out"));
    ASSERT_TRUE(bool(out));
    (*out)->os() << "new";
    EXPECT_FALSE((*out)->commit());
  }
  EXPECT_EQ(read("out"), "new");
  EXPECT_EQ(countFiles(), 1u);
}

TEST_F(FileIOTest, WriteErrorIsAnError) {
  auto out = OutputFile::open("/dev/full");
  ASSERT_TRUE(bool(out));
  (*out)->os() << std::string(1 << 16, 'x');
  llvm::Error err = (*out)->commit();
  ASSERT_TRUE(bool(err));
  EXPECT_NE(llvm::toString(std::move(err)).find("cannot write '/dev/full'"),
            std::string::npos);
}

TEST_F(FileIOTest, MissingDirectoryIsAnError) {
  auto out = OutputFile::open(path("no/such/dir/out"));
  ASSERT_FALSE(bool(out));
  EXPECT_NE(llvm::toString(out.takeError()).find("cannot write"),
            std::string::npos);
}

TEST_F(FileIOTest, SymlinkIsWrittenThrough) {
  write("target", "old");
  ASSERT_FALSE(llvm::sys::fs::create_link(path("target"), path("link")));
  write("link", "new");
  EXPECT_EQ(read("target"), "new");
  EXPECT_TRUE(llvm::sys::fs::is_symlink_file(path("link")));
}

TEST_F(FileIOTest, DanglingSymlinkIsWrittenThrough) {
  // The link's target does not exist yet: it is created, the link stays.
  ASSERT_FALSE(llvm::sys::fs::create_link("later", path("link")));
  write("link", "new");
  EXPECT_EQ(read("later"), "new");
  EXPECT_TRUE(llvm::sys::fs::is_symlink_file(path("link")));
}

TEST_F(FileIOTest, OutputThatIsAnInputIsRefused) {
  write("in", "x");
  ASSERT_FALSE(llvm::sys::fs::create_link(path("in"), path("alias")));
  ASSERT_FALSE(llvm::sys::fs::create_hard_link(path("in"), path("hard")));
  for (llvm::StringRef name : {"in", "alias", "hard"}) {
    std::string out = path(name);
    std::string in = path("in");
    llvm::Error err = checkOutputIsNotInput({out, "-o"}, {{in, "the input"}});
    ASSERT_TRUE(bool(err)) << name.str();
    EXPECT_NE(llvm::toString(std::move(err)).find("is the same file as"),
              std::string::npos);
  }
  std::string other = path("other"), in = path("in");
  EXPECT_FALSE(checkOutputIsNotInput({other, "-o"}, {{in, "the input"}}));
  EXPECT_FALSE(checkOutputIsNotInput({"-", "-o"}, {{"-", "the input"}}));
}

TEST_F(FileIOTest, InputsAreBounded) {
  // A device without an end (/dev/zero) is read up to the bound, an error
  // past it; a regular file over it is refused before it is read.
  auto zero = readInputFile("/dev/zero", /*maxBytes=*/1 << 20);
  ASSERT_FALSE(bool(zero));
  EXPECT_NE(llvm::toString(zero.takeError()).find("longer than 1 MiB"),
            std::string::npos);
  write("big", std::string(3 << 20, 'x'));
  auto big = readInputFile(path("big"), /*maxBytes=*/1 << 20);
  ASSERT_FALSE(bool(big));
  EXPECT_NE(llvm::toString(big.takeError()).find("larger than 1 MiB"),
            std::string::npos);
  auto fits = readInputFile(path("big"), /*maxBytes=*/4 << 20);
  ASSERT_TRUE(bool(fits));
  EXPECT_EQ((*fits)->getBufferSize(), size_t(3) << 20);
  auto directory = readInputFile(dir);
  ASSERT_FALSE(bool(directory));
  EXPECT_NE(llvm::toString(directory.takeError()).find("is a directory"),
            std::string::npos);
}

} // namespace
