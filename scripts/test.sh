#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run). Installs what is missing, then:
#   1. the Release build (gcc, build/: the compiler users get);
#   2. the clang build with ASan + UBSan and the libFuzzer instrumentation
#      (`cmake --preset sanitize`, build-sanitize/), which serves both the
#      sanitized suite and the fuzz targets;
#   3. the suite twice, at the same time (each alone leaves a core idle while
#      its longest test runs): Release (ctest: unit, lit, VS Code extension)
#      and ASan + UBSan (`ctest --preset sanitize`: unit, lit);
#   4. fuzzing with the sanitized build (tests/fuzz/run.sh): the seeds and the
#      regressions replayed through each target, then a fixed number of runs.
# Stops after the first stage that fails. scripts/test-sanitized.sh and
# tests/fuzz/run.sh run stages 2-3 and 4 on their own. docs/reliability.md
# has the figures.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc)
start=$SECONDS
stage_start=$SECONDS
times=()

stage() {
  printf '\n==== %s\n\n' "$1"
  stage_start=$SECONDS
}
stage_done() {
  local t=$((SECONDS - stage_start))
  times+=("$(printf '%-40s %3d min %02d s' "$1" $((t / 60)) $((t % 60)))")
}

"$root/scripts/install-deps.sh"
cd "$root"

stage "1/4 Release build (build/)"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release -DTRUSTC_BUILD_TESTS=ON >/dev/null
cmake --build "$root/build" -j"$jobs"
stage_done "1/4 Release build"

stage "2/4 ASan + UBSan build with the libFuzzer instrumentation (clang, build-sanitize/)"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
stage_done "2/4 ASan + UBSan build"

stage "3/4 The suite, Release and under ASan + UBSan, at the same time"
release_log=$root/build/ctest.log
sanitized_log=$root/build-sanitize/ctest.log
echo "Release suite (unit, lit, VS Code extension): $release_log"
echo "ASan + UBSan suite (unit, lit; the atomic-output kill test runs in the Release suite only): $sanitized_log"
ctest --test-dir "$root/build" --output-on-failure -j"$jobs" >"$release_log" 2>&1 &
release_pid=$!
ctest --preset sanitize >"$sanitized_log" 2>&1 &
sanitized_pid=$!
trap 'kill "$release_pid" "$sanitized_pid" 2>/dev/null; exit 130' INT TERM
release_status=0
sanitized_status=0
wait "$release_pid" || release_status=$?
wait "$sanitized_pid" || sanitized_status=$?
trap - INT TERM
printf -- '\n---- Release suite\n'
cat "$release_log"
printf -- '\n---- ASan + UBSan suite\n'
cat "$sanitized_log"
if [ "$release_status" -ne 0 ] || [ "$sanitized_status" -ne 0 ]; then
  printf '\n==== FAILED: the Release suite exits %d, the ASan + UBSan suite %d\n' "$release_status" "$sanitized_status"
  exit 1
fi
stage_done "3/4 Release + ASan + UBSan suites"

stage "4/4 Fuzzing (build-sanitize/): the seeds and regressions replayed, then fixed runs"
"$root/tests/fuzz/run.sh"
stage_done "4/4 fuzzing"

printf '\n==== All stages passed\n\n'
printf '%s\n' "${times[@]}"
t=$((SECONDS - start))
printf '%-40s %3d min %02d s\n' "total" $((t / 60)) $((t % 60))
