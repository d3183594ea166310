#!/usr/bin/env bash
# Builds the libFuzzer targets (ASan + UBSan, in the build folder of the
# `sanitize` preset, which the sanitized suite shares: `cmake --preset sanitize
# && cmake --build --preset fuzz`), replays the seeds and the regressions
# through each, then fuzzes each target for a fixed number of runs with a fixed
# seed. The two targets run at the same time. CI runs it as is from
# scripts/test.sh (about a minute on 2 cores); docs/reliability.md has the
# command for long runs.
#
# usage: tests/fuzz/run.sh [--runs-parse N] [--runs-check N] [--time SECONDS] [--jobs N]
#   --runs-parse N  runs of fuzz_parse (default 20000)
#   --runs-check N  runs of fuzz_check (default 10000)
#   --time SECONDS  fuzz each target for SECONDS instead of a number of runs
#   --jobs N        parallel fuzzing jobs per target (long runs on more than 2 cores)
# Environment: TRUSTC_FUZZ_BUILD (default build-sanitize), TRUSTC_FUZZ_WORK (default
# $TRUSTC_FUZZ_BUILD/fuzz-work): the corpus grown by earlier runs is kept there.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${TRUSTC_FUZZ_BUILD:-$root/build-sanitize}
work=${TRUSTC_FUZZ_WORK:-$build/fuzz-work}
runs_parse=20000
runs_check=10000
seconds=""
jobs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs-parse) runs_parse=$2; shift 2 ;;
    --runs-check) runs_check=$2; shift 2 ;;
    --time) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    *) echo "usage: $0 [--runs-parse N] [--runs-check N] [--time SECONDS] [--jobs N]" >&2; exit 2 ;;
  esac
done

if [ "$build" = "$root/build-sanitize" ]; then
  (cd "$root" && cmake --preset sanitize >/dev/null && cmake --build --preset fuzz)
else
  cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTRUSTC_FUZZ=ON >/dev/null
  cmake --build "$build" -j2 --target fuzz_parse fuzz_check
fi

# Seeds: every test input and example, collected now rather than duplicated in
# the repository. Larger files are left out: the mutations work on small inputs.
seeds=$work/seeds
rm -rf "$seeds" && mkdir -p "$seeds" "$work/artifacts"
while IFS= read -r -d '' f; do
  cp "$f" "$seeds/$(printf '%s' "${f#"$root"/}" | tr '/' '_')"
done < <(find "$root/tests" "$root/examples" "$root/stdlib" -type f \( -name '*.trust' -o -path '*/fuzz/regressions/*' \) \
           -size -64k -print0 2>/dev/null)
echo "seeds: $(ls "$seeds" | wc -l) files from tests/, examples/ and stdlib/"

# Sanitizer options and leak suppressions are built into the targets
# (tests/sanitizers/default_options.cpp).
dict=$build/tests/fuzz/trust.dict
targets=(fuzz_parse fuzz_check)
declare -A pid
trap 'kill "${pid[@]}" 2>/dev/null; exit 130' INT TERM
for target in "${targets[@]}"; do
  corpus=$work/corpus/$target
  mkdir -p "$corpus"
  runs=$([ "$target" = fuzz_parse ] && echo "$runs_parse" || echo "$runs_check")
  limit=(-runs="$runs" -seed=1)
  [ -n "$seconds" ] && limit=(-max_total_time="$seconds")
  [ "$jobs" -gt 1 ] && limit+=(-jobs="$jobs" -workers="$jobs")
  echo "== $target: replaying $(ls "$seeds" | wc -l) seeds and $(ls "$corpus" | wc -l) corpus inputs, then ${seconds:+$seconds s}${seconds:-$runs runs}"
  "$build/bin/$target" "${limit[@]}" -dict="$dict" -max_len=8192 -timeout=30 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/$target-" "$corpus" "$seeds" \
    >"$work/$target.log" 2>&1 &
  pid[$target]=$!
done
status=0
for target in "${targets[@]}"; do
  if wait "${pid[$target]}"; then
    printf '%s: ' "$target"
  else
    status=1
    echo "FAIL $target: see $work/$target.log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix)|Test unit written' "$work/$target.log" || tail -20 "$work/$target.log"
  fi
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$work/$target.log" | tr -s ' ' | tr '\n' ' ' || true
  echo
done
if [ "$status" -ne 0 ]; then
  echo "A crash input is in $work/artifacts/. Minimize it (run the target with -minimize_crash=1 -runs=10000 on it),"
  echo "fix the bug, and add the input to tests/fuzz/regressions/ with a comment saying what it found."
fi
exit $status
