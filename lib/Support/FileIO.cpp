//===- FileIO.cpp - Inputs read safely, outputs written atomically --------===//

#include "xyz/Support/FileIO.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <unistd.h>

using namespace xyz;
namespace fs = llvm::sys::fs;

/// Where a symlink whose target does not exist yet points (following a
/// chain of at most 8 links), or `path` itself if it is no such link.
static llvm::SmallString<256> danglingLinkTarget(llvm::StringRef path) {
  llvm::SmallString<256> current(path);
  for (unsigned depth = 0; depth < 8 && fs::is_symlink_file(current); ++depth) {
    char text[4096];
    ssize_t n = ::readlink(current.c_str(), text, sizeof(text) - 1);
    if (n <= 0)
      break;
    llvm::StringRef link(text, n);
    llvm::SmallString<256> next;
    if (llvm::sys::path::is_absolute(link)) {
      next = link;
    } else {
      next = llvm::sys::path::parent_path(current);
      llvm::sys::path::append(next, link);
    }
    current = next;
  }
  return current;
}

static llvm::Error fileError(const llvm::Twine &what, llvm::StringRef path,
                             const llvm::Twine &reason) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 what + " '" + path + "': " + reason);
}

/// Reads `file` to its end, at most `maxBytes`: standard input, a
/// pipe or a device (/dev/zero has no end).
static llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readToEnd(fs::file_t file, llvm::StringRef path, uint64_t maxBytes) {
  constexpr size_t kChunk = size_t(1) << 16;
  llvm::SmallString<0> data;
  while (true) {
    if (data.size() > maxBytes)
      return fileError("input file", path,
                       "longer than " + llvm::Twine(maxBytes >> 20) + " MiB");
    size_t before = data.size();
    data.resize_for_overwrite(before + kChunk);
    llvm::Expected<size_t> read = fs::readNativeFile(
        file, llvm::MutableArrayRef<char>(data.data() + before, kChunk));
    if (!read)
      return fileError("cannot read input file", path,
                       llvm::toString(read.takeError()));
    data.truncate(before + *read);
    if (*read == 0)
      break;
  }
  return llvm::MemoryBuffer::getMemBufferCopy(data, path);
}

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
xyz::readInputFile(llvm::StringRef path, uint64_t maxBytes) {
  if (path == "-")
    return readToEnd(fs::getStdinHandle(), path, maxBytes);
  fs::file_status status;
  if (std::error_code error = fs::status(path, status))
    return fileError("cannot open input file", path, error.message());
  if (status.type() == fs::file_type::directory_file)
    return fileError("cannot open input file", path, "is a directory");
  if (status.type() != fs::file_type::regular_file) {
    llvm::Expected<fs::file_t> file = fs::openNativeFileForRead(path);
    if (!file)
      return fileError("cannot open input file", path,
                       llvm::toString(file.takeError()));
    auto buffer = readToEnd(*file, path, maxBytes);
    fs::closeFile(*file);
    return buffer;
  }
  if (status.getSize() > maxBytes)
    return fileError("input file", path,
                     "larger than " + llvm::Twine(maxBytes >> 20) + " MiB");
  // IsVolatile: read, never map.
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
      llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/true,
                                  /*IsVolatile=*/true);
  if (!buffer)
    return fileError("cannot open input file", path,
                     buffer.getError().message());
  return std::move(*buffer);
}

/// `path` made absolute, without "." and ".." components.
static llvm::SmallString<256> normalized(llvm::StringRef path) {
  llvm::SmallString<256> result(path);
  (void)fs::make_absolute(result);
  llvm::sys::path::remove_dots(result, /*remove_dot_dot=*/true);
  return result;
}

bool xyz::isStandardOutput(llvm::StringRef path) {
  return path == "-" || path == "/dev/stdout" || path == "/dev/fd/1" ||
         path == "/proc/self/fd/1";
}

llvm::Error xyz::checkOneStandardOutput(llvm::ArrayRef<NamedPath> outputs) {
  const NamedPath *first = nullptr;
  for (const NamedPath &output : outputs) {
    if (!isStandardOutput(output.path))
      continue;
    if (first)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     first->role + " and " + output.role +
                                         " both write to standard output ('" +
                                         output.path +
                                         "'); give one of them a file");
    first = &output;
  }
  return llvm::Error::success();
}

llvm::Error xyz::checkOneStandardInput(llvm::ArrayRef<NamedPath> inputs) {
  const NamedPath *first = nullptr;
  for (const NamedPath &input : inputs) {
    if (input.path != "-")
      continue;
    if (first)
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          first->role + " and " + input.role +
              " both read standard input ('-'); give one of them a file");
    first = &input;
  }
  return llvm::Error::success();
}

llvm::Error xyz::checkOutputIsNotInput(NamedPath output,
                                       llvm::ArrayRef<NamedPath> inputs) {
  if (output.path.empty() || isStandardOutput(output.path))
    return llvm::Error::success();
  for (const NamedPath &input : inputs) {
    if (input.path.empty() || input.path == "-")
      continue;
    bool same = normalized(output.path) == normalized(input.path);
    if (!same && fs::equivalent(output.path, input.path, same))
      same = false;
    if (same)
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          output.role + " '" + output.path + "' is the same file as " +
              input.role + " '" + input.path +
              "'; refusing to overwrite an input (write to another path)");
  }
  return llvm::Error::success();
}

//===----------------------------------------------------------------------===//
// OutputFile
//===----------------------------------------------------------------------===//

struct OutputFile::Impl {
  /// Set when writing through a temporary file (the usual case).
  std::optional<fs::TempFile> temp;
  /// Where the temporary goes: the target with symlinks resolved, so that a
  /// link is written through rather than replaced.
  std::string target;
  /// The stream: on the temporary, on a non-regular target, or null for
  /// standard output.
  std::unique_ptr<llvm::raw_fd_ostream> stream;
  bool done = false;

  llvm::raw_ostream &os() {
    return stream ? static_cast<llvm::raw_ostream &>(*stream) : llvm::outs();
  }

  /// Drops what was written; the target is untouched.
  void discard() {
    if (stream)
      stream->clear_error(); // else its destructor is a fatal error
    stream.reset();
    if (temp)
      llvm::consumeError(temp->discard());
    temp.reset();
    done = true;
  }
};

OutputFile::OutputFile(std::string path, std::unique_ptr<Impl> impl)
    : path(std::move(path)), impl(std::move(impl)) {}

OutputFile::~OutputFile() {
  if (!impl->done)
    impl->discard();
}

llvm::Expected<std::unique_ptr<OutputFile>>
OutputFile::open(llvm::StringRef path) {
  auto impl = std::make_unique<Impl>();
  if (!isStandardOutput(path)) {
    fs::file_status status;
    bool exists = !fs::status(path, status);
    if (exists && status.type() == fs::file_type::directory_file)
      return fileError("cannot write", path, "it is a directory");
    if (exists && status.type() != fs::file_type::regular_file) {
      // A device or a pipe: nothing to replace, write to it directly.
      std::error_code ec;
      impl->stream = std::make_unique<llvm::raw_fd_ostream>(path, ec);
      if (ec)
        return fileError("cannot write", path, ec.message());
    } else {
      llvm::SmallString<256> target(path);
      if (exists) {
        llvm::SmallString<256> real;
        if (!fs::real_path(path, real))
          target = real;
      } else {
        // A link to a file not there yet: create that file, keep the link.
        target = danglingLinkTarget(path);
      }
      impl->target = std::string(target);
      llvm::Expected<fs::TempFile> temp =
          fs::TempFile::create(target + ".tmp-%%%%%%%%");
      if (!temp)
        return fileError("cannot write", path,
                         llvm::toString(temp.takeError()));
      impl->temp.emplace(std::move(*temp));
      impl->stream = std::make_unique<llvm::raw_fd_ostream>(
          impl->temp->FD, /*shouldClose=*/false);
    }
  }
  return std::unique_ptr<OutputFile>(
      new OutputFile(path.str(), std::move(impl)));
}

llvm::raw_ostream &OutputFile::os() { return impl->os(); }

uint64_t OutputFile::tell() { return impl->os().tell(); }

llvm::Error OutputFile::commit() {
  if (impl->done)
    return llvm::Error::success();
  if (!impl->stream) {
    impl->done = true;
    return flushStdout();
  }
  impl->stream->flush();
  if (impl->stream->has_error()) {
    std::error_code ec = impl->stream->error();
    impl->discard();
    return fileError("cannot write", path, ec.message());
  }
  impl->stream.reset();
  impl->done = true;
  if (!impl->temp)
    return llvm::Error::success();
  llvm::Error kept = impl->temp->keep(impl->target);
  impl->temp.reset();
  if (kept)
    return fileError("cannot write", path, llvm::toString(std::move(kept)));
  return llvm::Error::success();
}

llvm::Error xyz::flushStdout() {
  llvm::raw_fd_ostream &out = llvm::outs();
  out.flush();
  if (!out.has_error())
    return llvm::Error::success();
  std::error_code ec = out.error();
  out.clear_error();
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "cannot write standard output: " +
                                     ec.message());
}

llvm::Error xyz::writeFileAtomically(
    llvm::StringRef path,
    llvm::function_ref<llvm::Error(llvm::raw_ostream &)> write) {
  llvm::Expected<std::unique_ptr<OutputFile>> out = OutputFile::open(path);
  if (!out)
    return out.takeError();
  if (llvm::Error err = write((*out)->os()))
    return err;
  return (*out)->commit();
}
