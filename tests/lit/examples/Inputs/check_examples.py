"""Checks every project under examples/ with `trustc check`.

usage: check_examples.py TRUSTC EXAMPLES_DIR

Prints `example NAME: exit STATUS` and the diagnostics of each folder, and
fails when any example does not exit 0. New examples are picked up without
editing any test. An example that shows findings on purpose (an anti-pattern
gallery) has its own golden test, tests/lit/examples/NAME.test, which checks
every finding; it is left to that test here.
"""
import os
import subprocess
import sys

trustc, root = sys.argv[1], sys.argv[2]
failed = False
names = sorted(n for n in os.listdir(root) if os.path.isdir(os.path.join(root, n)))
tests_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
clean = 0
for name in names:
    if os.path.exists(os.path.join(tests_dir, name + ".test")):
        print(f"example {name}: findings checked by {name}.test")
        continue
    clean += 1
    result = subprocess.run([trustc, "check", "--as-of=2026-11-22", os.path.join(root, name)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(f"example {name}: exit {result.returncode}")
    sys.stdout.write(result.stdout)
    failed |= result.returncode != 0
print(f"checked {clean} examples")
sys.exit(1 if failed else 0)
