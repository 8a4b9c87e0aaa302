//===- CompileBounds.h - Bounds on the work of the xyz passes ---*- C++ -*-===//
//
// The passes that copy code (full unrolling in xyz-specialize, thread
// expansion in xyz-expand-threads) refuse, with an error at the loop, to
// create more ops than this, so that compile time and memory stay bounded
// whatever the shape. An expansion to 155,000 ops compiles in about 8 s on
// the 2-core development machine (bench/compile), so the default is about a
// minute of compile.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_XYZ_COMPILEBOUNDS_H
#define XYZ_DIALECT_XYZ_COMPILEBOUNDS_H

#include <cstdint>

namespace xyz {

/// Default `max-ops` of xyz-expand-threads and --xyz-schedule, and the ops a
/// kernel may have after full unrolling.
constexpr uint64_t kDefaultMaxOps = uint64_t(1) << 20;

} // namespace xyz

#endif // XYZ_DIALECT_XYZ_COMPILEBOUNDS_H
