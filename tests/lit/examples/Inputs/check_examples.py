"""Checks every project under examples/ with `trustc check`.

usage: check_examples.py TRUSTC EXAMPLES_DIR

Prints `example NAME: exit STATUS` and the diagnostics of each folder, and
fails when any example does not exit 0. New examples are picked up without
editing any test.
"""
import os
import subprocess
import sys

trustc, root = sys.argv[1], sys.argv[2]
failed = False
names = sorted(n for n in os.listdir(root) if os.path.isdir(os.path.join(root, n)))
for name in names:
    result = subprocess.run([trustc, "check", "--as-of=2026-11-22", os.path.join(root, name)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(f"example {name}: exit {result.returncode}")
    sys.stdout.write(result.stdout)
    failed |= result.returncode != 0
print(f"checked {len(names)} examples")
sys.exit(1 if failed else 0)
