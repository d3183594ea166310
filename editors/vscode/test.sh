#!/usr/bin/env bash
# Tests and packages the VS Code extension, from npm only:
#   1. the TextMate grammar against tests/grammar/*.trust (vscode-tmgrammar-test);
#   2. the language client's settings (node's test runner);
#   3. a .vsix package (@vscode/vsce), checked for its contents.
# Works on a copy in OUT (default: editors/vscode/build), so the source tree
# gets no node_modules. Exits 77 (skipped) when node or npm is missing.
set -euo pipefail

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "SKIPPED: the VS Code extension needs node (20 or later) and npm; install them to test it"
  exit 77
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "SKIPPED: node $(node --version) is too old for @vscode/vsce 3; node 20 or later is needed"
  exit 77
fi

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/build}
rm -rf "$out/extension"
mkdir -p "$out/extension"
( cd "$here" && tar --exclude=./node_modules --exclude=./build --exclude='*.vsix' -cf - . ) | ( cd "$out/extension" && tar -xf - )
cd "$out/extension"
npm ci --no-audit --no-fund --loglevel=error

echo "== grammar"
npx --no-install vscode-tmgrammar-test -g syntaxes/trust.tmLanguage.json 'tests/grammar/*.trust'

echo "== language client"
node --test test/

echo "== package"
npx --no-install vsce package --skip-license --allow-missing-repository --out "$out/trustc.vsix"
listing=$(unzip -l "$out/trustc.vsix")
for f in extension/package.json extension/src/extension.js extension/syntaxes/trust.tmLanguage.json \
         extension/language-configuration.json extension/node_modules/vscode-languageclient/package.json; do
  if ! grep -q " $f\$" <<<"$listing"; then
    echo "FAILED: $f is missing from the package"
    exit 1
  fi
done
if grep -q "extension/tests/\|extension/test/\|node_modules/@vscode/vsce" <<<"$listing"; then
  echo "FAILED: the package holds tests or build tools"
  exit 1
fi
echo "packaged $out/trustc.vsix"
