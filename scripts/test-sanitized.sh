#!/usr/bin/env bash
# Builds trustc and its whole test suite with ASan + UBSan (clang,
# -fno-sanitize-recover=all; the `sanitize` preset in CMakePresets.json) and
# runs it. Any sanitizer finding aborts the process under test, which fails
# its test. Leak suppressions (tests/sanitizers/lsan.supp) name only frames of
# the ANTLR runtime. See docs/reliability.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cd "$root"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
ctest --preset sanitize "$@"
