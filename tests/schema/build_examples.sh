#!/usr/bin/env bash
# Builds every example project (examples/*/) and validates what it wrote
# against the ARM schemas: whatever the examples declare, `trustc build`
# writes schema-valid templates. An example that shows findings on purpose has
# its own golden test, tests/lit/examples/NAME.test, and is left to it (as in
# tests/lit/examples/Inputs/check_examples.py).
# usage: build_examples.sh TRUSTC EXAMPLES_DIR OUT_DIR PYTHON SCHEMA_ROOT
set -euo pipefail
trustc=$1 examples=$2 out=$3 python=$4 schemas=$5
here=$(cd "$(dirname "$0")" && pwd)
count=0
for project in "$examples"/*/; do
  [ -d "$project" ] || continue
  ls "$project"*.trust >/dev/null 2>&1 || continue
  name=$(basename "$project")
  if [ -e "$here/../lit/examples/$name.test" ]; then
    echo "examples/$name: findings checked by $name.test"
    continue
  fi
  "$trustc" build --as-of=2026-11-22 "$project" -o "$out/$name" 2>/dev/null || {
    echo "error: trustc build failed for examples/$name"
    "$trustc" build --as-of=2026-11-22 "$project" -o "$out/$name" || true
    exit 1
  }
  echo "examples/$name:"
  "$python" "$here/validate_arm.py" "$out/$name" "$schemas"
  count=$((count + 1))
done
echo "$count example projects built and validated"
