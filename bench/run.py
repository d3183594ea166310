#!/usr/bin/env python3
"""trustc's benchmarks: prints, from one run, the median wall time and peak
memory of `trustc check` (and `trustc build`, once it exists) on the largest
example and on synthetic tenants of several sizes, next to this machine's
baselines measured in the same run: a bare process start (`true`) and
nlohmann_json parsing and dumping JSON of the same byte size. Ratios, and the
growth factor between sizes, are what to compare across machines; the
targets are those of QUALITY.md. A benchmark, not a test: it asserts nothing.

usage: bench/run.py [--build DIR] [--sizes 10,1000,10000,100000] [--repeat N] [--budget SECONDS]
  --build DIR      a Release build folder (default: build); trustc and the
                   baseline program are built there first
  --sizes LIST     synthetic tenant sizes, in identities (10 identities is a few
                   hundred lines: a typical project while examples/ is missing)
  --repeat N       runs per measurement, at most (default 11); fewer when a
                   run is slow, so one measurement takes about --budget seconds
"""
import argparse
import os
import pathlib
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
AS_OF = "--as-of=2026-11-22"


class Sample:
    def __init__(self, wall_ms: float, rss_mb: float, stdout: str = ""):
        self.wall_ms, self.rss_mb, self.stdout = wall_ms, rss_mb, stdout


def run_once(argv: list, cwd=None) -> Sample:
    """Wall time and peak resident memory of one process (wait4's rusage)."""
    out_path = pathlib.Path(os.environ.get("TMPDIR", "/tmp")) / f"trustc-bench-{os.getpid()}.out"
    with open(out_path, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = out_path.read_text(errors="replace")
    out_path.unlink()
    if proc.returncode not in (0, 1):
        sys.exit(f"run.py: `{' '.join(map(str, argv))}` exited with {proc.returncode}")
    return Sample(wall, usage.ru_maxrss / 1024, text)


class Measure:
    def __init__(self, samples: list):
        self.samples = samples
        self.wall_ms = statistics.median(s.wall_ms for s in samples)
        self.rss_mb = max(s.rss_mb for s in samples)
        self.runs = len(samples)


def measure(argv: list, repeat: int, budget: float, before=None) -> Measure:
    def one():
        if before:
            before()
        return run_once(argv)
    first = one()
    runs = max(1, min(repeat, int(budget * 1000 / max(first.wall_ms, 0.1))))
    return Measure([first] + [one() for _ in range(runs - 1)] if runs > 1 else [first])


def source_bytes(folder: pathlib.Path) -> tuple:
    files = list(folder.rglob("*.trust"))
    return sum(f.stat().st_size for f in files), len(files)


def load() -> str:
    try:
        return ", load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return ""


def fmt_mb(b: float) -> str:
    return f"{b / 1e6:.2f} MB" if b < 1e7 else f"{b / 1e6:.0f} MB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", type=pathlib.Path, default=ROOT / "build")
    ap.add_argument("--sizes", default="10,1000,10000,100000")
    ap.add_argument("--repeat", type=int, default=11)
    ap.add_argument("--budget", type=float, default=30.0)
    args = ap.parse_args()
    build = args.build.resolve()
    fresh = [] if (build / "CMakeCache.txt").exists() else ["-DCMAKE_BUILD_TYPE=Release"]
    subprocess.run(["cmake", "-S", ROOT, "-B", build] + fresh, check=True, stdout=subprocess.DEVNULL)
    cache = (build / "CMakeCache.txt").read_text()
    build_type = re.search(r"^CMAKE_BUILD_TYPE:STRING=(.*)$", cache, re.M)
    if "TRUSTC_SANITIZE:BOOL=ON" in cache or (build_type and build_type.group(1) != "Release"):
        print(f"warning: {build} is not a plain Release build; the figures mean little")
    subprocess.run(["cmake", "--build", build, "-j2", "--target", "trustc", "trustc_json_baseline"], check=True,
                   stdout=subprocess.DEVNULL)
    trustc, baseline = str(build / "bin" / "trustc"), str(build / "bin" / "trustc_json_baseline")
    work = build / "bench-work"
    work.mkdir(exist_ok=True)
    has_build = subprocess.run([trustc, "build", "--help"], capture_output=True).returncode == 0

    version = subprocess.run([trustc, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"{version}; {os.cpu_count()} cores, {platform.platform()}{load()}")
    true = measure(["true"], 31, 5)
    print(f"bare process start (`true`): {true.wall_ms:.2f} ms (median of {true.runs})")
    if not has_build:
        print("`trustc build` is not available yet: only `check` is measured")

    projects = []
    examples = ROOT / "examples"
    if examples.is_dir():
        sized = [(source_bytes(p)[0], p) for p in examples.iterdir() if p.is_dir()]
        if sized:
            projects.append(("largest example: " + max(sized)[1].name, max(sized)[1], None))
    if not projects:
        print("no examples/ folder: the largest-example row is missing")
    for n in [int(s) for s in args.sizes.split(",") if s]:
        folder = work / f"tenant-{n}"
        subprocess.run([sys.executable, ROOT / "bench" / "gen_tenant.py", "--identities", str(n), "--out", folder],
                       check=True)
        projects.append((f"synthetic, {n:,} identities", folder, n))

    rows = []
    print()
    print(f"{'input':<34} {'size':>9} {'files':>5} | {'check':>9} {'peak':>8} {'×true':>7} {'×json':>6} "
          f"{'mem/in':>6}{' | build     peak    ×json' if has_build else ''} | "
          f"{'json p+d':>9} {'parse':>7} {'dump':>7} {'peak':>8}")
    for name, folder, n in projects:
        size, files = source_bytes(folder)
        doc = work / f"json-{size}.json"
        if not doc.exists():
            subprocess.run([baseline, "generate", str(size), doc], check=True)
        js = measure([baseline, "roundtrip", str(doc)], args.repeat, args.budget)
        phases = [dict(re.findall(r"(\w+)_ms=([\d.]+)", s.stdout)) for s in js.samples]
        parse_ms = statistics.median(float(p["parse"]) for p in phases)
        dump_ms = statistics.median(float(p["dump"]) for p in phases)
        check = measure([trustc, "check", AS_OF, "--format=json", str(folder)], args.repeat, args.budget)
        row = {"name": name, "n": n, "bytes": size, "check": check, "json": js}
        line = (f"{name:<34} {fmt_mb(size):>9} {files:>5} | {check.wall_ms:7.1f}ms {check.rss_mb:5.0f}MiB "
                f"{check.wall_ms / true.wall_ms:7.0f} {check.wall_ms / js.wall_ms:6.1f} "
                f"{check.rss_mb * 1048576 / size if size else 0:6.1f}")
        if has_build:
            out = work / "build-out"
            b = measure([trustc, "build", AS_OF, str(folder), "-o", str(out)], args.repeat, args.budget,
                        before=lambda: shutil.rmtree(out, ignore_errors=True))
            row["build"] = b
            line += f" | {b.wall_ms:7.1f}ms {b.rss_mb:5.0f}MiB {b.wall_ms / js.wall_ms:5.1f}"
        line += f" | {js.wall_ms:7.1f}ms {parse_ms:5.1f}ms {dump_ms:5.1f}ms {js.rss_mb:5.0f}MiB"
        rows.append(row)
        print(line, flush=True)

    synthetic = [r for r in rows if r["n"] and r["n"] >= 1000]
    print()
    for a, b in zip(synthetic, synthetic[1:]):
        grow = b["bytes"] / a["bytes"]
        parts = [f"input ×{grow:.1f}", f"check time ×{b['check'].wall_ms / a['check'].wall_ms:.1f}",
                 f"check memory ×{b['check'].rss_mb / a['check'].rss_mb:.1f}",
                 f"json time ×{b['json'].wall_ms / a['json'].wall_ms:.1f}"]
        if has_build:
            parts.append(f"build time ×{b['build'].wall_ms / a['build'].wall_ms:.1f}")
        print(f"growth {a['n']:,} → {b['n']:,} identities: " + ", ".join(parts))
    print("(columns: median wall time and peak resident memory of the process; ×true and ×json are ratios of"
          " wall times to the bare process start and to nlohmann_json reading, parsing and dumping JSON of the same"
          " size in one process; mem/in is peak memory over input size; parse and dump are nlohmann's own phases)")
    print("QUALITY.md targets: check of the largest example in single-digit ms; build of ~10 MB within 5× of"
          " the JSON baseline; peak memory under 10× the input; 10× the input costs at most ~11× the time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
