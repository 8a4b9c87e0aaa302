#!/usr/bin/env bash
# Fuzzes every input path (docs/hardening.md): installs clang-19 with libFuzzer
# if missing, configures build-fuzz/ (clang, -DXYZ_FUZZ=ON: ASan + UBSan +
# libFuzzer), builds the targets of fuzz/ and runs each for FUZZ_SECONDS
# (default 60) from its seed corpus fuzz/corpus/<name>/. New corpus entries go
# to build-fuzz/corpus/<name>/, crashes to build-fuzz/artifacts/<name>/.
# Prints executions and coverage per target; exits 1 if any target found
# something. Not part of scripts/test.sh.
#
#   scripts/fuzz.sh                      # every target, 60 s each
#   FUZZ_SECONDS=600 scripts/fuzz.sh xyz_run_fuzzer
#   FUZZ_FLAGS="-fork=1 -ignore_crashes=1" scripts/fuzz.sh xyz_opt_fuzzer
#                                        # keep going after a crash
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
XYZ_PACKAGES+=(clang-19 libclang-rt-19-dev)
xyz_install

FUZZ_BUILD="${FUZZ_BUILD:-$XYZ_ROOT/build-fuzz}"
SECONDS_PER_TARGET="${FUZZ_SECONDS:-60}"
ALL_TARGETS=(json_program_fuzzer memory_image_fuzzer vliw_parser_fuzzer
             xyz_run_fuzzer xyz_opt_fuzzer)
TARGETS=("${@:-${ALL_TARGETS[@]}}")

XYZ_BUILD="$FUZZ_BUILD"
XYZ_TARGETS=("${TARGETS[@]}")
XYZ_JOBS="${XYZ_JOBS:-2}" CC=clang-19 CXX=clang++-19 xyz_build -DXYZ_FUZZ=ON

# MLIR's global registries are never freed; LeakSanitizer would report them
# at exit (not a bug of ours). Leaks per input would show as RSS growth,
# which -rss_limit_mb catches.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

status=0
summary=()
for t in "${TARGETS[@]}"; do
  name="${t%_fuzzer}"
  corpus="$FUZZ_BUILD/corpus/$name"
  artifacts="$FUZZ_BUILD/artifacts/$name/"
  log="$FUZZ_BUILD/fuzz-$name.log"
  mkdir -p "$corpus" "$artifacts"
  dict="$XYZ_ROOT/fuzz/json.dict"
  case "$name" in vliw_parser|xyz_opt) dict="$XYZ_ROOT/fuzz/mlir.dict" ;; esac
  rc=0
  # Replay the inputs of past findings first (each must pass).
  regressions=("$XYZ_ROOT/fuzz/regressions/$name"/*)
  if [ -e "${regressions[0]}" ]; then
    echo "== $t: ${#regressions[@]} regression inputs"
    "$FUZZ_BUILD/bin/$t" "${regressions[@]}" >"$log" 2>&1 || {
      rc=$?; tail -20 "$log"; status=1
      summary+=("$name: a regression input fails (exit $rc; see $log)")
      continue
    }
  fi
  echo "== $t: ${SECONDS_PER_TARGET} s"
  "$FUZZ_BUILD/bin/$t" "$corpus" "$XYZ_ROOT/fuzz/corpus/$name" \
    -max_total_time="$SECONDS_PER_TARGET" -timeout=20 -rss_limit_mb=4096 \
    -max_len=16384 -dict="$dict" -artifact_prefix="$artifacts" \
    -print_final_stats=1 ${FUZZ_FLAGS:-} >"$log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  # (fork mode prints no final stats: take the count of its last status line)
  [ -n "$execs" ] || execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  found=$(find "$artifacts" -type f | wc -l)
  line=$(printf '%-20s execs %10s  cov %5s  ft %6s  corpus %5s  findings %s' \
         "$name" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$found")
  if [ "$rc" -ne 0 ] || [ "$found" -ne 0 ]; then
    status=1
    line+="  (exit $rc; see $log)"
    grep -m3 -E 'ERROR|runtime error|fuzzer: ' "$log" || true
  fi
  summary+=("$line")
done
echo "== summary (cov: covered edges of our instrumented code; ft: features)"
printf '%s\n' "${summary[@]}"
exit "$status"
