"""Writes generated inputs for the robust-input tests (never committed).

usage: generate.py KIND [N] PATH

  garbage-binary    8 KiB of pseudo-random bytes, NUL bytes included
  garbage-utf8      8 KiB of pseudo-random bytes without NUL (invalid UTF-8)
  garbage-text      8 KiB of pseudo-random printable ASCII
  size N            a valid manifest of exactly N bytes (a declaration, then a comment)
  nesting N         a valid manifest whose brackets nest exactly N deep
  nesting-open N    N opening brackets and nothing else
  quoted-brackets N N brackets inside a string, a line comment and a block comment
  name N            an owner whose name is N characters long
  string N          an owner whose description is N bytes between the quotes
  syntax-errors N   N lines, each with one invalid character
  missing N         N owners without their required contact (one error each)
"""
import random
import sys

kind, path = sys.argv[1], sys.argv[-1]
n = int(sys.argv[2]) if len(sys.argv) > 3 else 0
rng = random.Random(20261122)
OWNER = 'owner o { contact = "o@contoso.com" }\n'

if kind == "garbage-binary":
    data = bytes(rng.randrange(256) for _ in range(8192))
elif kind == "garbage-utf8":
    data = bytes(rng.randrange(1, 256) for _ in range(8192))
elif kind == "garbage-text":
    data = "".join(chr(rng.randrange(32, 127)) if rng.random() > 0.05 else "\n" for _ in range(8192)).encode()
elif kind == "size":
    head, tail = OWNER + "/*", "*/\n"
    data = (head + "x" * (n - len(head) - len(tail)) + tail).encode()
elif kind == "nesting":
    # The policy's block is depth 1; `rule` opens the rest.
    data = ("policy p {\n  rule = " + "{ a = " * (n - 2) + "{ }" + " }" * (n - 2) + "\n}\n").encode()
elif kind == "nesting-open":
    data = ("owner o { contact = " + "[" * n + "\n").encode()
elif kind == "quoted-brackets":
    data = ('owner o {\n  contact = "o@contoso.com"\n  description = "%s"\n}\n// %s\n/* %s */\n'
            % ("[" * n, "{" * n, "{[" * n)).encode()
elif kind == "name":
    data = ('owner %s { contact = "o@contoso.com" }\n' % ("o" * n)).encode()
elif kind == "string":
    data = ('owner o {\n  contact = "o@contoso.com"\n  description = "%s"\n}\n' % ("d" * n)).encode()
elif kind == "syntax-errors":
    data = "".join('owner o%d { contact = "o@contoso.com" } @\n' % i for i in range(n)).encode()
elif kind == "missing":
    data = "".join("owner o%d { }\n" % i for i in range(n)).encode()
else:
    sys.exit("unknown kind " + kind)

with open(path, "wb") as out:
    out.write(data)
