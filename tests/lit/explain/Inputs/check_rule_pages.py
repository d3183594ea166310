"""Checks that `trustc explain RULE-ID` prints the page of every rule `trustc rules` lists."""
import json
import subprocess
import sys

trustc = sys.argv[1]
rules = json.loads(subprocess.run([trustc, "rules", "--format=json"], check=True, capture_output=True,
                                  text=True).stdout)
assert rules, "no rules listed"
for r in rules:
    page = subprocess.run([trustc, "explain", r["id"]], check=True, capture_output=True, text=True).stdout
    first = page.splitlines()[0] if page else ""
    assert first == "# " + r["id"], "explain %s printed %r" % (r["id"], first)
print("checked %d rule pages" % len(rules))
