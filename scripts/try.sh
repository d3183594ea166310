#!/usr/bin/env bash
# Installs what is missing, builds trustc, and checks the bundled example.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release -DTRUSTC_BUILD_TESTS=OFF >/dev/null
cmake --build "$root/build" -j"$(nproc)" --target trustc
# The example's review dates and exemption expiry are written relative to
# 2026-11-22; pinning "today" keeps this command's result the same later on.
asof=2026-11-22
echo "+ trustc check --as-of $asof examples/ai-platform"
"$root/build/bin/trustc" check --as-of "$asof" "$root/examples/ai-platform"
echo "+ trustc build --as-of $asof examples/ai-platform -o build/out/ai-platform"
"$root/build/bin/trustc" build --as-of "$asof" "$root/examples/ai-platform" -o "$root/build/out/ai-platform"
echo "ok: examples/ai-platform checks clean; ARM templates, Graph credentials and the inventory are in build/out/ai-platform:"
ls "$root/build/out/ai-platform"
