#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run). Installs what is missing, then:
#   1. Release build (the compiler users get) and ctest: unit, lit, VS Code extension;
#   2. clang build with ASan + UBSan and the libFuzzer instrumentation (build-sanitize/,
#      scripts/test-sanitized.sh) and ctest under it: unit and lit;
#   3. fuzzing with the same build (tests/fuzz/run.sh): the seeds and regressions
#      replayed through each target, then a fixed number of runs.
# Stops at the first stage that fails. docs/reliability.md has the figures.
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
  times+=("$(printf '%-44s %3d min %02d s' "$1" $((t / 60)) $((t % 60)))")
}

"$root/scripts/install-deps.sh"

stage "1/3 Release build and the whole suite (unit, lit, VS Code extension)"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release -DTRUSTC_BUILD_TESTS=ON >/dev/null
cmake --build "$root/build" -j"$jobs"
ctest --test-dir "$root/build" --output-on-failure -j"$jobs"
stage_done "1/3 Release build + suite"

stage "2/3 ASan + UBSan build (clang, build-sanitize/) and the suite under it (unit, lit)"
"$root/scripts/test-sanitized.sh"
stage_done "2/3 sanitized build + suite"

stage "3/3 Fuzzing (build-sanitize/): replay of seeds and regressions, then fixed runs"
"$root/tests/fuzz/run.sh"
stage_done "3/3 fuzzing"

printf '\n==== All stages passed\n\n'
printf '%s\n' "${times[@]}"
t=$((SECONDS - start))
printf '%-44s %3d min %02d s\n' "total" $((t / 60)) $((t % 60))
