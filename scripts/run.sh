#!/usr/bin/env bash
# Installs what is missing, builds, compiles the tree-hash kernel at the
# headline shape (height 10, rounds 16, batch 256), runs it on xyz-run with
# the reference check, and prints its cycles and engine utilization.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
xyz_install
XYZ_TARGETS=(xyz-opt xyz-translate xyz-run)
xyz_build

H=${HEIGHT:-10} R=${ROUNDS:-16} B=${BATCH:-256}
bin="$XYZ_BUILD/bin"
prog="$XYZ_BUILD/tree_hash-h$H-r$R-b$B.json"
echo "== compiling examples/tree_hash.mlir at height=$H rounds=$R batch=$B"
start=$EPOCHREALTIME
"$bin/xyz-opt" "$XYZ_ROOT/examples/tree_hash.mlir" \
    --xyz-specialize="height=$H rounds=$R batch=$B" --xyz-schedule |
  "$bin/xyz-translate" --vliw-to-json > "$prog"
end=$EPOCHREALTIME
python3 -c "print(f'compile time: {$end - $start:.2f} s')"
echo "== running $prog"
"$bin/xyz-run" "$prog" --kernel tree-hash --height "$H" --rounds "$R" \
    --batch "$B" --stats
