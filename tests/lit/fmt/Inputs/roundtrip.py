"""Formats every manifest under the given folders and checks, for each one
that has no syntax error, that formatting the result again changes nothing
and that the syntax tree (`trustc dump-ast`, positions left out) is the same
before and after. Files are found when the test runs, so manifests added
later are covered too.

usage: roundtrip.py TRUSTC WORKDIR FOLDER...
"""
import os
import re
import subprocess
import sys

trustc, workdir, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
POSITION = re.compile(r" @\d+:\d+")


def fmt(text):
    r = subprocess.run([trustc, "fmt", "-"], input=text, capture_output=True)
    return r.returncode, r.stdout, r.stderr


def tree(path):
    """The dump of the file itself (not of files it imports), without positions."""
    r = subprocess.run([trustc, "dump-ast", path], capture_output=True, text=True)
    sections = r.stdout.split("\nfile ")
    # The copy sits in WORKDIR, where its imports do not resolve: its dump has
    # no further `file` section, so the first section keeps its final newline
    # there and not in the original's dump. Compare without it.
    first = sections[0].split("\n", 1)[1] if "\n" in sections[0] else ""
    return POSITION.sub("", first.rstrip("\n"))


files = sorted(
    os.path.join(root, name)
    for folder in folders if os.path.isdir(folder)
    for root, _, names in os.walk(folder)
    for name in names if name.endswith(".trust")
)
os.makedirs(workdir, exist_ok=True)
checked, skipped, failures = 0, 0, []
for path in files:
    with open(path, "rb") as f:
        original = f.read()
    status, once, err = fmt(original)
    if status == 1 and b"error:" in err and not once:
        skipped += 1  # syntax errors: fmt reports them and leaves the file alone
        continue
    if status != 0:
        failures.append(f"{path}: fmt exited {status}: {err.decode(errors='replace')}")
        continue
    status, twice, err = fmt(once)
    if status != 0 or twice != once:
        failures.append(f"{path}: formatting the formatted text changes it again")
        continue
    # Same syntax tree: dump both under the same file name.
    copy = os.path.join(workdir, os.path.basename(path))
    with open(copy, "wb") as f:
        f.write(once)
    if tree(path) != tree(copy):
        failures.append(f"{path}: the formatted text has another syntax tree")
        continue
    checked += 1

for failure in failures:
    print("FAIL:", failure)
print(f"formatted {checked} manifests, skipped {skipped} with syntax errors, {len(failures)} failed")
sys.exit(1 if failures or checked == 0 else 0)
