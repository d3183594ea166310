#!/usr/bin/env bash
# Builds trustc, its whole test suite and the libFuzzer targets with ASan +
# UBSan (clang, -fno-sanitize-recover=all; the `sanitize` preset in
# CMakePresets.json, build-sanitize/) and runs the unit and lit tests
# (`ctest --preset sanitize`). Any sanitizer finding aborts the process under
# test, which fails its test. Leak suppressions (tests/sanitizers/) name only
# frames of the ANTLR runtime. The VS Code extension's test (JavaScript) and
# the atomic-output kill test (120 killed builds: 20 minutes under ASan) run
# in the Release suite only. scripts/test.sh runs the same build and tests
# (its stages 2 and 3). Extra arguments go to ctest. See docs/reliability.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cd "$root"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
ctest --preset sanitize "$@"
