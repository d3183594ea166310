#!/usr/bin/env bash
# Re-baselines the golden outputs of tests/lit/build: builds every project in
# Inputs/ that has a folder in Expected/ and replaces that folder. Review the
# diff (git diff tests/lit/build/Expected) before committing it.
# usage: tests/lit/build/update_golden.sh [BUILD_DIR]   (default: build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
trustc="${1:-$root/build}/bin/trustc"
stdlib=$(mktemp -d)
trap 'rm -rf "$stdlib"' EXIT
cp "$root"/stdlib/*.trust "$here"/Inputs/stdlib/*.trust "$stdlib"
for expected in "$here"/Expected/*/; do
  name=$(basename "$expected")
  rm -rf "$expected"
  (cd "$here/Inputs" && "$trustc" build --stdlib="$stdlib" --as-of=2026-11-22 "$name" -o "$expected")
done
