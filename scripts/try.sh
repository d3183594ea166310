#!/usr/bin/env bash
# Installs what is missing, builds trustc, and checks the bundled example.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release -DTRUSTC_BUILD_TESTS=OFF >/dev/null
cmake --build "$root/build" -j"$(nproc)" --target trustc
echo "+ trustc check examples/ai-platform"
"$root/build/bin/trustc" check "$root/examples/ai-platform"
echo "ok: examples/ai-platform checks clean"
