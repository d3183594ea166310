"""Checks that a capabilities file has at least 40 capabilities and the doc page lists each in its table."""
import re
import sys

caps = re.findall(r"^capability (\S+)", open(sys.argv[1]).read(), re.M)
doc = open(sys.argv[2]).read()
missing = [c for c in caps if "| `%s` |" % c not in doc]
assert len(caps) >= 40, caps
assert not missing, "not in %s: %s" % (sys.argv[2], missing)
print("%d capabilities documented" % len(caps))
