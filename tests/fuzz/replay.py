#!/usr/bin/env python3
"""Replays inputs the fuzzers once crashed on (tests/fuzz/regressions) through
the ordinary `trustc` binary: `check` (parse, analysis, rules, both renderers),
`build` (into a temporary folder), `fmt` (on a copy) and `dump-ast`. Each must end with exit status 0 or 1, never a crash, a
sanitizer report or an internal error; on status 1, with at least one
`file:line:col: error: ... [E####]` line. The sanitized suite runs this too,
so a memory error that a plain build survives is still caught there.

usage: replay.py --trustc PATH FOLDER...
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "malformed"))
from outcome import error_codes, forbidden_in  # noqa: E402


def replay(trustc: str, path: pathlib.Path) -> list:
    problems = []
    env = dict(os.environ, LC_ALL="C.UTF-8", TZ="UTC")
    with tempfile.TemporaryDirectory(prefix="trustc-replay-") as scratch:
        out = os.path.join(scratch, "out")
        copy = pathlib.Path(scratch) / path.name
        copy.write_bytes(path.read_bytes())
        runs = [(["check", "--as-of=2026-11-22", "--color=never"], path),
                (["check", "--as-of=2026-11-22", "--format=json"], path),
                (["build", "--as-of=2026-11-22", "--color=never", "-o", out], path), (["fmt"], copy),
                (["dump-ast"], path)]
        for verb, file in runs:
            r = subprocess.run([trustc] + verb + [file.name], cwd=file.parent, capture_output=True, env=env,
                               timeout=300)
            err = r.stderr.decode("utf-8", "replace")
            text = r.stdout.decode("utf-8", "replace")
            label = " ".join(verb[:1] + [v for v in verb[1:] if v.startswith("--format")])
            if r.returncode not in (0, 1):
                problems.append(f"{label}: exit status {r.returncode}")
            problems += [f"{label}: prints `{f}`" for f in forbidden_in(err + text)]
            if r.returncode == 1 and "--format=json" not in verb and not error_codes(err):
                problems.append(f"{label}: exit status 1 without a `file:line:col: error: ... [E####]` line")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trustc", required=True)
    ap.add_argument("folders", nargs="+", type=pathlib.Path)
    args = ap.parse_args()
    trustc = os.path.abspath(args.trustc)
    inputs = sorted(p for folder in args.folders for p in folder.rglob("*") if p.is_file() and p.suffix != ".md")
    if not inputs:
        print("replay.py: no inputs found")
        return 1
    failed = 0
    for path in inputs:
        problems = replay(trustc, path)
        if problems:
            failed += 1
            print(f"FAIL {path}:")
            for p in problems:
                print(f"  {p}")
    print(f"{len(inputs)} fuzz regression inputs: {len(inputs) - failed} ok, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
