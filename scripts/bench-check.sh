#!/usr/bin/env bash
# Benchmarks `trustc check` (median of repeated runs, with hyperfine) on an
# example against a bare process start and against parsing the standard
# library from source (`--stdlib`, what every run did before the stdlib was
# compiled into the binary), then the stdlib load itself. Timings, not tests.
#   scripts/bench-check.sh [EXAMPLE-DIR]   (default: the largest example)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
cmake -S "$root" -B "$build" >/dev/null
cmake --build "$build" -j2 --target trustc trustc_bench_stdlib >/dev/null
example=${1:-$(for d in "$root"/examples/*/; do echo "$(cat "$d"*.trust | wc -c) $d"; done | sort -n | tail -1 | cut -d' ' -f2)}
echo "example: $example ($(cat "$example"*.trust | wc -l) lines)"
trustc="$build/bin/trustc"
hyperfine -N -i --warmup 5 --runs 50 --export-markdown /dev/stdout \
  'true' \
  "$trustc --version" \
  "$trustc check --as-of=2026-11-22 $example" \
  "$trustc check --as-of=2026-11-22 --stdlib $root/stdlib $example" || true
"$build/bin/trustc_bench_stdlib" "$root/stdlib"
