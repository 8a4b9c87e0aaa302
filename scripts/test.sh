#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (lit suites
# and gtest binaries) through ctest. The last line is ctest's summary.
# With XYZ_CI_SANITIZE=1 it first does the same in an ASan + UBSan build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
# The browser test of the HTML view (ctest browser-html-view) needs Debian's
# Chromium and ChromeDriver; the build does not.
XYZ_PACKAGES+=(chromium chromium-driver)
xyz_install

# XYZ_CI_SANITIZE=1 (.ci/run sets it): first the whole suite again in
# build-asan/, built with ASan + UBSan (-DXYZ_SANITIZE=ON, docs/hardening.md),
# so that the last line stays the normal suite's summary. A failure there
# stops the script. LeakSanitizer is off: MLIR's global registries (in the
# uninstrumented libMLIR.so) are never freed and would be reported at exit.
if [ "${XYZ_CI_SANITIZE:-0}" = 1 ]; then
  echo "== sanitizer build (build-asan, ASan + UBSan)"
  XYZ_BUILD="$XYZ_ROOT/build-asan" xyz_build -DXYZ_SANITIZE=ON
  (cd "$XYZ_ROOT/build-asan" &&
   ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}" \
   UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:abort_on_error=1}" \
   ctest --output-on-failure -j"$(nproc)")
  echo "== normal build"
fi

xyz_build
cd "$XYZ_BUILD"
ctest --output-on-failure -j"$(nproc)"
