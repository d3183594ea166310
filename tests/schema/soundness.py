#!/usr/bin/env python3
"""Soundness of `check` with respect to `build`: for every manifest that
`trustc check` accepts (exit status 0), `trustc build` either writes templates
that are valid against the ARM schemas (validate_arm.py), or stops with
errors that only a deployment needs (E0903-E0909: object ids, client ids,
locations, resource names, ...; docs/build.md) and writes nothing. It never
fails in another way, crashes, or writes invalid JSON.

Each `.trust` file under the given folders (below 64 KiB) is one project.

usage: soundness.py --trustc PATH --schemas ROOT --work DIR FOLDER...
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from validate_arm import load_validator  # noqa: E402

AS_OF = "--as-of=2026-11-22"
BUILD_ONLY = {f"E09{n:02d}" for n in range(3, 10)}
CODE = re.compile(r"^\S+:\d+:\d+: error: .* \[(E\d{4})\]$", re.M)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trustc", required=True)
    ap.add_argument("--schemas", required=True)
    ap.add_argument("--work", required=True, type=pathlib.Path)
    ap.add_argument("folders", nargs="+", type=pathlib.Path)
    args = ap.parse_args()
    validator, why = load_validator(args.schemas)
    if validator is None:
        print(f"skipped: {why}")
        return 0
    env = dict(os.environ, LC_ALL="C.UTF-8", TZ="UTC")
    inputs = sorted(p for folder in args.folders for p in folder.rglob("*.trust") if p.stat().st_size < 65536)
    accepted = built = stopped = 0
    problems = []
    for n, path in enumerate(inputs):
        check = subprocess.run([args.trustc, "check", AS_OF, path.name], cwd=path.parent, capture_output=True,
                               env=env, timeout=120)
        if check.returncode != 0:
            continue
        accepted += 1
        out = args.work / f"{n:04d}"
        build = subprocess.run([args.trustc, "build", AS_OF, path.name, "-o", str(out.resolve())], cwd=path.parent,
                               capture_output=True, env=env, timeout=120)
        err = build.stderr.decode("utf-8", "replace")
        if build.returncode == 0:
            built += 1
            failures, _ = validator.check(str(out))
            problems += [f"{path}: {f}" for f in failures]
        elif build.returncode == 1:
            stopped += 1
            codes = set(CODE.findall(err))
            if not codes or not codes <= BUILD_ONLY:
                problems.append(f"{path}: build stopped with {sorted(codes) or 'no coded error'}, beyond "
                                f"what only a deployment needs:\n{err}")
            if out.exists() and any(out.iterdir()):
                problems.append(f"{path}: build stopped but wrote files into {out}")
        else:
            problems.append(f"{path}: build exit status {build.returncode}:\n{err}")
    for p in problems:
        print(f"unsound: {p}")
    print(f"{len(inputs)} manifests, {accepted} accepted by check: {built} built with valid templates, "
          f"{stopped} stopped for deployment facts; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
