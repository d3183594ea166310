#!/usr/bin/env bash
# Builds the libFuzzer targets (ASan + UBSan, in the build folder of the
# `sanitize` preset, which the sanitized suite shares: `cmake --preset sanitize
# && cmake --build --preset fuzz`), replays the seeds and the regressions
# through each, then fuzzes each target for a fixed number of runs with a fixed
# seed. The four targets run at the same time:
#   fuzz_parse  raw bytes through the syntax layer
#   fuzz_check  through compile, the rules and the diagnostic renderers
#   fuzz_build  through build: for clean inputs, JSON outputs, GUID names, safe paths
#   fuzz_fmt    the formatter's round trip: same syntax tree, a fixed point
# CI runs it as is from scripts/test.sh; docs/reliability.md has the command
# for long runs.
#
# usage: tests/fuzz/run.sh [--runs-TARGET N]... [--time SECONDS] [--jobs N]
#   --runs-parse N  runs of fuzz_parse (default 20000)
#   --runs-check N  runs of fuzz_check (default 10000)
#   --runs-build N  runs of fuzz_build (default 10000)
#   --runs-fmt N    runs of fuzz_fmt (default 20000)
#   --time SECONDS  fuzz each target for SECONDS instead of a number of runs
#   --jobs N        parallel fuzzing jobs per target (long runs on more than 2 cores)
# Environment: TRUSTC_FUZZ_BUILD (default build-sanitize), TRUSTC_FUZZ_WORK (default
# $TRUSTC_FUZZ_BUILD/fuzz-work): the corpus grown by earlier runs is kept there.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${TRUSTC_FUZZ_BUILD:-$root/build-sanitize}
work=${TRUSTC_FUZZ_WORK:-$build/fuzz-work}
targets=(fuzz_parse fuzz_check fuzz_build fuzz_fmt)
declare -A runs=([fuzz_parse]=20000 [fuzz_check]=10000 [fuzz_build]=10000 [fuzz_fmt]=20000)
usage="usage: $0 [--runs-parse N] [--runs-check N] [--runs-build N] [--runs-fmt N] [--time SECONDS] [--jobs N]"
seconds=""
jobs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs-parse | --runs-check | --runs-build | --runs-fmt)
      [ $# -ge 2 ] || { echo "$usage" >&2; exit 2; }
      runs[fuzz_${1#--runs-}]=$2; shift 2 ;;
    --time) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done

if [ "$build" = "$root/build-sanitize" ]; then
  (cd "$root" && cmake --preset sanitize >/dev/null && cmake --build --preset fuzz)
else
  cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTRUSTC_FUZZ=ON >/dev/null
  cmake --build "$build" -j2 --target "${targets[@]}"
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
declare -A pid
trap 'kill "${pid[@]}" 2>/dev/null; exit 130' INT TERM
for target in "${targets[@]}"; do
  corpus=$work/corpus/$target
  mkdir -p "$corpus"
  limit=(-runs="${runs[$target]}" -seed=1)
  [ -n "$seconds" ] && limit=(-max_total_time="$seconds")
  [ "$jobs" -gt 1 ] && limit+=(-jobs="$jobs" -workers="$jobs")
  echo "== $target: replaying $(ls "$seeds" | wc -l) seeds and $(ls "$corpus" | wc -l) corpus inputs, then ${seconds:+$seconds s}${seconds:-${runs[$target]} runs}"
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
