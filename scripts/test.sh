#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (lit suites
# and gtest binaries) through ctest. The last line is ctest's summary.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
xyz_install
xyz_build
cd "$XYZ_BUILD"
ctest --output-on-failure -j"$(nproc)"
