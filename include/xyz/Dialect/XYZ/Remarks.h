//===- Remarks.h - Optimization remarks of the xyz passes ------*- C++ -*-===//
//
// Passes that decide whether to transform (the vectorizer, gather
// replacement) explain their decisions on request, as clang's -Rpass /
// -Rpass-missed do: a `remark:` diagnostic at the op the decision is about,
// ending with the pass name in brackets. The level is a pass option,
// `remarks=none|missed|applied|all` (none by default), on each such pass and
// on --xyz-schedule, which forwards it; remarks never change the output.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_XYZ_REMARKS_H
#define XYZ_DIALECT_XYZ_REMARKS_H

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"

namespace xyz {

/// Which decisions a pass reports.
enum class RemarkLevel { None, Missed, Applied, All };

/// The `llvm::cl::values` of a `remarks` option.
#define XYZ_REMARK_LEVEL_VALUES                                                \
  ::llvm::cl::values(                                                          \
      clEnumValN(::xyz::RemarkLevel::None, "none", "no remarks"),              \
      clEnumValN(::xyz::RemarkLevel::Missed, "missed",                         \
                 "transformations declined, and why"),                         \
      clEnumValN(::xyz::RemarkLevel::Applied, "applied",                       \
                 "transformations done"),                                      \
      clEnumValN(::xyz::RemarkLevel::All, "all", "both"))

/// Emits remarks of one pass at the level asked for.
class Remarks {
public:
  Remarks(RemarkLevel level, llvm::StringRef pass) : level(level), pass(pass) {}

  bool missedEnabled() const {
    return level == RemarkLevel::Missed || level == RemarkLevel::All;
  }
  bool appliedEnabled() const {
    return level == RemarkLevel::Applied || level == RemarkLevel::All;
  }
  /// A declined transformation: `message` says what was not done and why.
  void missed(mlir::Location loc, const llvm::Twine &message) const {
    if (missedEnabled())
      emit(loc, message);
  }
  /// A transformation done.
  void applied(mlir::Location loc, const llvm::Twine &message) const {
    if (appliedEnabled())
      emit(loc, message);
  }

private:
  /// Once per location and message: the copies of an op that thread
  /// expansion or unrolling made share its location.
  void emit(mlir::Location loc, const llvm::Twine &message) const {
    std::string key;
    llvm::raw_string_ostream os(key);
    os << loc << ": " << message;
    if (emitted.insert(os.str()).second)
      mlir::emitRemark(loc) << message << " [" << pass << "]";
  }

  RemarkLevel level;
  llvm::StringRef pass;
  mutable llvm::StringSet<> emitted;
};

} // namespace xyz

#endif // XYZ_DIALECT_XYZ_REMARKS_H
