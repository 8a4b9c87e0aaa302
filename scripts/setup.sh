#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: installs what is missing on Debian 12
# (as root), configures and builds with ninja. Sourced, not run.
set -euo pipefail

XYZ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
XYZ_BUILD="${XYZ_BUILD:-$XYZ_ROOT/build}"
XYZ_PACKAGES=(cmake ninja-build g++ python3 libgtest-dev libzstd-dev
              llvm-19-dev llvm-19-tools libmlir-19-dev mlir-19-tools)

xyz_install() {
  local missing=()
  for p in "${XYZ_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
      missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

xyz_build() {
  if [ ! -f "$XYZ_BUILD/build.ninja" ]; then
    cmake -G Ninja -S "$XYZ_ROOT" -B "$XYZ_BUILD" \
      -DCMAKE_BUILD_TYPE=Release \
      -DMLIR_DIR=/usr/lib/llvm-19/lib/cmake/mlir \
      -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-19/build/utils/lit/lit.py "$@" >/dev/null
  fi
  ninja -C "$XYZ_BUILD" -j"${XYZ_JOBS:-$(nproc)}" "${XYZ_TARGETS[@]:-all}"
}
