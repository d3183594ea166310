#!/usr/bin/env python3
"""Atomic output: `trustc build` killed at any moment leaves, for every output
file, either the previous version or the new one, never a partial file
(docs/reliability.md).

A tenant is built (the old output); a larger tenant (the new output) is then
built into the same folder and killed with SIGKILL at a random moment, at
least --kills times: a third of the moments spread over the whole run, two
thirds spread over the writing, counted from the moment the folder is seen to
change (how long the writing lasts is measured first, by watching a complete
run), so that the kills land in the writing however long compiling takes. After each kill every file in the folder must be
byte-identical to its old or its new version; the folder is then restored to
the old output. Temporary files left by a kill (hidden files
beside the outputs) are counted and reported but are not outputs.

While `trustc build` does not exist the test is skipped with a message.

usage: atomic_build.py --trustc PATH --work DIR [--kills N] [--seed S]
"""
import argparse
import os
import pathlib
import random
import shutil
import signal
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[4]
AS_OF = "--as-of=2026-11-22"


def tree_of(folder: pathlib.Path) -> dict:
    if not folder.exists():
        return {}
    files = {}
    for p in sorted(folder.rglob("*")):
        try:
            if p.is_file():
                files[p.relative_to(folder).as_posix()] = p.read_bytes()
        except FileNotFoundError:
            pass  # a temporary file that a concurrent build removed meanwhile
    return files


def is_temporary(rel: str) -> bool:
    return pathlib.PurePosixPath(rel).name.startswith(".")


def restore(old_out: pathlib.Path, target: pathlib.Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(old_out, target)


def listing(folder: pathlib.Path) -> set:
    entries = set()
    if not folder.exists():
        return entries
    for e in os.scandir(folder):
        try:
            st = e.stat()
        except FileNotFoundError:
            continue  # a temporary file the build removed meanwhile
        entries.add((e.name, st.st_size, st.st_mtime_ns))
    return entries


def watch(trustc: str, project: pathlib.Path, old_out: pathlib.Path, target: pathlib.Path) -> tuple:
    """Runs one complete build over the old output and returns its duration
    and the moment the folder first changed (both in seconds)."""
    restore(old_out, target)
    before = listing(target)
    start = time.perf_counter()
    proc = subprocess.Popen([trustc, "build", AS_OF, str(project), "-o", str(target)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first_change = None
    while proc.poll() is None:
        if first_change is None and listing(target) != before:
            first_change = time.perf_counter() - start
        time.sleep(0.0005)
    duration = time.perf_counter() - start
    return duration, first_change if first_change is not None else duration * 2 / 3


def build(trustc: str, project: pathlib.Path, out: pathlib.Path) -> subprocess.CompletedProcess:
    return subprocess.run([trustc, "build", AS_OF, str(project), "-o", str(out)], capture_output=True, text=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trustc", required=True)
    ap.add_argument("--work", required=True, type=pathlib.Path)
    ap.add_argument("--kills", type=int, default=120)
    ap.add_argument("--seed", type=int, default=20261122)
    args = ap.parse_args()
    trustc = os.path.abspath(args.trustc)
    if subprocess.run([trustc, "build", "--help"], capture_output=True).returncode != 0:
        print("skipped: `trustc build` is not available yet; the atomic-output kill test needs it")
        return 0
    work = args.work.resolve()
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    gen = ROOT / "bench" / "gen_tenant.py"
    old_src, new_src = work / "old-src", work / "new-src"
    subprocess.run([sys.executable, gen, "--identities", "1500", "--out", old_src], check=True)
    subprocess.run([sys.executable, gen, "--identities", "1700", "--out", new_src], check=True)

    old_out, new_out = work / "old-out", work / "new-out"
    for src, out in ((old_src, old_out), (new_src, new_out)):
        r = build(trustc, src, out)
        if r.returncode != 0:
            print(f"FAIL building {src.name} exits {r.returncode}: {r.stderr[:500]}")
            return 1
    old, new = tree_of(old_out), tree_of(new_out)
    changed = [name for name in new if old.get(name) != new[name]]
    if not old or not changed:
        print("FAIL the old and new builds must both write files, and differ")
        return 1

    target = work / "out"
    duration, writing = watch(trustc, new_src, old_out, target)

    rng = random.Random(args.seed)
    outcomes = {"old": 0, "new": 0, "mixed": 0}
    leftovers, failures = 0, []
    for k in range(args.kills):
        restore(old_out, target)
        before = listing(target)
        start = time.perf_counter()
        proc = subprocess.Popen([trustc, "build", AS_OF, str(new_src), "-o", str(target)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if k % 3 == 0:
            time.sleep(rng.uniform(0, duration))
        else:
            while proc.poll() is None and listing(target) == before:
                time.sleep(0.0002)
            time.sleep(rng.uniform(0, max(duration - writing, 0.005) * 1.1))
        delay = time.perf_counter() - start
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        found = tree_of(target)
        states = set()
        for name, data in found.items():
            if is_temporary(name) and name not in old and name not in new:
                leftovers += 1
                continue
            if data == old.get(name):
                states.add("old")
            elif data == new.get(name):
                states.add("new")
            else:
                failures.append(f"kill {k} after {delay * 1000:.0f} ms: `{name}` is neither the old nor the new "
                                f"version ({len(data)} bytes)")
        outcomes["mixed" if len(states) > 1 else (states.pop() if states else "old")] += 1
    print(f"{args.kills} kills over a {duration * 1000:.0f} ms build (writing from {writing * 1000:.0f} ms): "
          f"{outcomes['old']} left the old output, "
          f"{outcomes['new']} the new, {outcomes['mixed']} a mix of whole old and new files; "
          f"{leftovers} temporary files left behind")
    for f in failures[:20]:
        print(f"FAIL {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
