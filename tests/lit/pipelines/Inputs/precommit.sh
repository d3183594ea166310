#!/usr/bin/env bash
# Runs trustc's pre-commit hooks with the real `pre-commit` tool in a scratch
# repository: a clean commit passes, a broken manifest is rejected, a changed
# file still resolves names declared in files that did not change, a change
# that breaks files it did not touch is rejected, and the hook runs when only
# trustc.json changed.
# usage: precommit.sh TRUSTC_BIN_DIR TRUSTC_SOURCE_DIR SCRATCH_DIR
set -euo pipefail
bin=$1 src=$2 work=$3
export PATH="$bin:$PATH" HOME="$work/home" PRE_COMMIT_HOME="$work/cache"
rm -rf "$work" && mkdir -p "$work/repo" "$HOME"
cd "$work/repo"
git init -q
git config user.email ci@example.com
git config user.name ci
cp "$(dirname "$0")/project/"*.trust .
cat > .pre-commit-config.yaml <<CONFIG
repos:
- repo: local
  hooks:
  - id: trustc-check
    name: trustc check
    entry: trustc check --project .
    language: system
    files: (\.trust|(^|/)trustc\.json)$
CONFIG
git add -A
echo "== only workloads.trust changed: names from shared.trust resolve"
pre-commit run --files workloads.trust
echo "== the hook definition shipped in the trustc repository (try-repo)"
pre-commit try-repo "$src" trustc-check --files workloads.trust
echo "== a broken manifest is rejected"
printf 'workload broken { environment = prd owner = team-ai kind = runtime }\n' > broken.trust
git add broken.trust
if pre-commit run --files broken.trust; then
  echo "FAIL: the hook accepted a broken manifest"
  exit 1
fi
git rm -q -f broken.trust
git commit -q -m "a clean project" --no-verify
echo "== renaming a declaration breaks a file that did not change"
sed -i 's/^environment prod /environment production /' shared.trust
git add shared.trust
if pre-commit run; then
  echo "FAIL: the hook accepted a change that breaks workloads.trust"
  exit 1
fi
git reset -q && git checkout -q -- shared.trust
echo "== only trustc.json changed (the hook definition shipped)"
printf '{"rules": {"unused-identiti": "warning"}}\n' > trustc.json
git add trustc.json
if pre-commit try-repo "$src" trustc-check; then
  echo "FAIL: the hook did not reject a broken trustc.json"
  exit 1
fi
echo "== done"
