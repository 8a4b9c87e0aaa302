//===- Progress.h - Progress of long compiles on stderr ---------*- C++ -*-===//
//
// A compile at a high search level runs for seconds inside one pass. When
// progress is on (xyz-opt --progress, or by default when stderr is a
// terminal) the passes say what they are doing: on a terminal one status
// line that is rewritten in place and cleared at the end; otherwise one
// line per report, at most a few per second. Reports from any thread are
// serialized; off (the default in libraries and tests), a report costs one
// atomic load.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_SUPPORT_PROGRESS_H
#define XYZ_SUPPORT_PROGRESS_H

#include "llvm/ADT/Twine.h"

namespace xyz::progress {

/// Turns reporting on; `terminal` selects the rewritten status line.
void enable(bool terminal);
bool isEnabled();

/// Reports `what`, prefixed with the seconds since enable(). An `urgent`
/// report (a new pass) is always shown; others are dropped if the last
/// report is under 0.1 s (terminal) or 1 s (log) old.
void report(const llvm::Twine &what, bool urgent = false);

/// Clears the status line (terminal) once the work is done.
void finish();

} // namespace xyz::progress

#endif // XYZ_SUPPORT_PROGRESS_H
