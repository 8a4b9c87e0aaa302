//===- FileIO.h - Inputs read safely, outputs written atomically -*- C++ -*-===//
//
// What every xyz tool does with the files it is given:
//   - inputs are read whole into memory, never memory-mapped (a mapped file
//     that is truncated while it is read kills the process with SIGBUS);
//   - an output path naming an input file is refused before anything is
//     written;
//   - outputs go to a temporary file beside the target that is renamed over
//     it only when everything was written; a failed run (an error, a write
//     error such as a full disk, a signal) leaves whatever was at the target
//     untouched. Targets that are not regular files (/dev/null, /dev/full,
//     pipes) are written directly.
// Errors carry the file name and the system's reason; tools print them as
// "<tool>: error: ..." and exit 1.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SUPPORT_FILEIO_H
#define XYZ_SUPPORT_FILEIO_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace xyz {

/// The most an input may hold: a tool's work is bounded, also on
/// /dev/zero.
inline constexpr uint64_t kMaxInputBytes = uint64_t(1) << 30;

/// Reads `path` ("-" for standard input) into memory, at most `maxBytes`
/// (an error past that: a device such as /dev/zero has no end). The buffer
/// is named `path` and NUL-terminated.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readInputFile(llvm::StringRef path, uint64_t maxBytes = kMaxInputBytes);

/// A file a tool reads, for checkOutputIsNotInput: its path and what it is
/// ("the program", "--mem").
struct NamedPath {
  llvm::StringRef path;
  llvm::StringRef role;
};

/// Fails if `output` (not "-") is the same file as one of `inputs`: the same
/// path, or an existing file with the same identity (hard links, symlinks,
/// "./x" and "x"). Inputs that are empty or "-" are skipped.
llvm::Error checkOutputIsNotInput(NamedPath output,
                                  llvm::ArrayRef<NamedPath> inputs);

/// True if `path` names standard output: "-", or /dev/stdout, /dev/fd/1 or
/// /proc/self/fd/1 (written as standard output, never replaced through the
/// link: standard output may be redirected to a file another output also
/// goes to).
bool isStandardOutput(llvm::StringRef path);

/// Fails if two of `outputs` go to standard output (isStandardOutput):
/// one stream would hold two files.
llvm::Error checkOneStandardOutput(llvm::ArrayRef<NamedPath> outputs);

/// Fails if two of `inputs` read standard input ("-"): the second would
/// find it empty.
llvm::Error checkOneStandardInput(llvm::ArrayRef<NamedPath> inputs);

/// An output file written atomically. Usage:
///   auto out = OutputFile::open(path);   // error: cannot create it
///   write(out->os());
///   if (llvm::Error err = out->commit()) // error: write failed, target kept
/// Destroying an OutputFile that was not committed discards what was written.
class OutputFile {
public:
  static llvm::Expected<std::unique_ptr<OutputFile>> open(llvm::StringRef path);
  ~OutputFile();

  llvm::raw_ostream &os();
  /// Flushes and, if every write succeeded, puts the file in place. On
  /// failure the target is left as it was and the error names the path.
  llvm::Error commit();
  /// Bytes written so far (buffered ones included).
  uint64_t tell();

  llvm::StringRef getPath() const { return path; }

private:
  struct Impl;
  explicit OutputFile(std::string path, std::unique_ptr<Impl> impl);
  std::string path;
  std::unique_ptr<Impl> impl;
};

/// Flushes standard output and reports a write error on it (a full disk, a
/// closed pipe) as an Error instead of LLVM's fatal "IO failure" at exit.
llvm::Error flushStdout();

/// Writes the whole output of `write` to `path` ("-": stdout) atomically.
llvm::Error writeFileAtomically(
    llvm::StringRef path,
    llvm::function_ref<llvm::Error(llvm::raw_ostream &)> write);

} // namespace xyz

#endif // XYZ_SUPPORT_FILEIO_H
