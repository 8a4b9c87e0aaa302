//===- SourceChecks.h - Reject inputs the MLIR parser cannot survive -*- C++ -*-===//
//
// Two shapes of MLIR text crash MLIR 19's parser instead of being reported:
//   - deep nesting (thousands of `[`, `(` or `{`): the parser, the verifier
//     and the passes recurse once per level and overflow the stack;
//   - an operand naming a value that the op's own region defines later, e.g.
//     `scf.if %g { %g = ... }`: the parser resolves the operand to a
//     placeholder, frees the placeholder when the region defines the name,
//     and then creates the op on the freed value (use after free, upstream).
// checkMlirSource finds both with one linear scan of the text (strings and
// comments skipped, names scoped by braces) before the text is parsed. It
// never rejects a valid program: nesting is bounded far above what a kernel
// needs, and a value defined inside a region never dominates a use outside
// it, so the second shape is invalid input in any case.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SUPPORT_SOURCECHECKS_H
#define XYZ_SUPPORT_SOURCECHECKS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace xyz {

/// Deepest bracket nesting accepted in MLIR input.
constexpr unsigned kMaxSourceNesting = 256;

/// A problem found in source text: where (1-based) and what.
struct SourceProblem {
  unsigned line = 1, col = 1;
  std::string message;
};

/// The first problem in MLIR source `text`, if any.
std::optional<SourceProblem>
checkMlirSource(llvm::StringRef text,
                unsigned maxNesting = kMaxSourceNesting);

} // namespace xyz

#endif // XYZ_SUPPORT_SOURCECHECKS_H
