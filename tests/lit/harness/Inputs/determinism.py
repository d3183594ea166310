#!/usr/bin/env python3
"""Byte-identical output whatever the run's circumstances (docs/reliability.md).

For each project (every examples/* folder, a generated tenant split into
several files, and the same tenant with compile errors in several files),
`trustc check --format=json` (stdout) and `trustc check` (stderr, text) must
give the same bytes and exit status:
  - when run twice, a second apart,
  - with the files given in sorted, reversed and shuffled orders, or as the folder,
  - under LC_ALL=C and a UTF-8 locale,
  - under time zones 14 hours ahead of and 11 hours behind UTC,
  - from another working directory (the project copied elsewhere, same relative paths).
When `trustc build` exists, the folder it writes (`-o DIR`) must hold the same
files with the same bytes under every one of these variations too; while it
does not, that part is skipped with a message.

usage: determinism.py --trustc PATH --work DIR
"""
import argparse
import json
import os
import pathlib
import random
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[4]
AS_OF = "--as-of=2026-11-22"


def utf8_locale() -> str:
    r = subprocess.run(["locale", "-a"], capture_output=True, text=True)
    names = r.stdout.split()
    for preferred in ("en_US.utf8", "de_DE.utf8", "C.utf8"):
        if preferred in names:
            return preferred
    return "C.UTF-8"


def has_build(trustc: str) -> bool:
    return subprocess.run([trustc, "build", "--help"], capture_output=True).returncode == 0


class Variation:
    def __init__(self, name, order="sorted", env=None, where="a", delay=0.0):
        self.name, self.order, self.env, self.where, self.delay = name, order, env or {}, where, delay


def variations(locale: str) -> list:
    return [
        Variation("base"),
        Variation("again a second later", delay=1.1),
        Variation("files reversed", order="reversed"),
        Variation("files shuffled (seed 1)", order="shuffle1"),
        Variation("files shuffled (seed 2)", order="shuffle2"),
        Variation("the folder instead of the files", order="folder"),
        Variation("LC_ALL=C", env={"LC_ALL": "C", "LANG": "C"}),
        Variation(f"LC_ALL={locale}", env={"LC_ALL": locale, "LANG": locale}),
        Variation("TZ=Pacific/Kiritimati (UTC+14)", env={"TZ": "Pacific/Kiritimati"}),
        Variation("TZ=Pacific/Pago_Pago (UTC-11)", env={"TZ": "Pacific/Pago_Pago"}),
        Variation("another working directory", where="b"),
    ]


def arguments(files: list, order: str) -> list:
    if order == "folder":
        return ["."]
    if order == "reversed":
        return list(reversed(files))
    if order.startswith("shuffle"):
        shuffled = list(files)
        random.Random(int(order[-1])).shuffle(shuffled)
        return shuffled
    return list(files)


def tree_of(folder: pathlib.Path) -> dict:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_project(trustc: str, name: str, source: pathlib.Path, work: pathlib.Path, build: bool, locale: str,
                expect_errors: bool) -> list:
    places = {"a": work / name / "a" / "project", "b": work / name / "elsewhere" / "deeper" / "project"}
    for place in places.values():
        shutil.copytree(source, place)
    files = sorted(p.relative_to(places["a"]).as_posix() for p in places["a"].rglob("*.trust"))
    base_env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "LANG", "LANGUAGE")}
    base_env.update({"LC_ALL": "C.UTF-8", "TZ": "UTC"})
    results, problems = {}, []
    for k, v in enumerate(variations(locale)):
        time.sleep(v.delay)
        env = dict(base_env, **v.env)
        cwd = places[v.where]
        args = arguments(files, v.order)
        js = subprocess.run([trustc, "check", AS_OF, "--format=json"] + args, cwd=cwd, env=env, capture_output=True)
        tx = subprocess.run([trustc, "check", AS_OF, "--color=never"] + args, cwd=cwd, env=env, capture_output=True)
        outcome = {"json exit": js.returncode, "json": js.stdout, "text exit": tx.returncode, "text": tx.stderr}
        if build:
            out = work / name / f"out-{k}"
            b = subprocess.run([trustc, "build", AS_OF] + args + ["-o", str(out)], cwd=cwd, env=env,
                               capture_output=True)
            outcome["build exit"] = b.returncode
            outcome["build output"] = tree_of(out)
        results[v.name] = outcome
    base = results["base"]
    try:
        count = sum(1 for d in json.loads(base["json"])["diagnostics"] if not d.get("suppressed"))
    except (ValueError, KeyError):
        return [f"{name}: `check --format=json` does not print the diagnostics document"]
    if expect_errors and (base["json exit"] != 1 or count == 0):
        problems.append(f"{name}: expected errors, found exit {base['json exit']} and {count} diagnostics")
    if not expect_errors and base["json exit"] != 0:
        problems.append(f"{name}: expected a clean check, found exit {base['json exit']}")
    if build and not expect_errors and not base["build output"]:
        problems.append(f"{name}: `trustc build` wrote nothing")
    for vname, outcome in results.items():
        for key, value in outcome.items():
            if value != base[key]:
                problems.append(f"{name}: {key} differs under `{vname}`")
    print(f"{name}: {len(files)} files, {count} diagnostics; {len(results)} runs compared"
          + (f", {len(base.get('build output', {}))} built files" if build else ""))
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trustc", required=True)
    ap.add_argument("--work", required=True, type=pathlib.Path)
    args = ap.parse_args()
    trustc = os.path.abspath(args.trustc)
    work = args.work.resolve()
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    gen = ROOT / "bench" / "gen_tenant.py"
    tenant, broken = work / "src" / "tenant", work / "src" / "tenant-with-errors"
    subprocess.run([sys.executable, gen, "--identities", "300", "--max-file-bytes", "32768", "--out", tenant], check=True)
    subprocess.run([sys.executable, gen, "--identities", "300", "--max-file-bytes", "32768", "--out", broken,
                    "--errors"], check=True)
    projects = [("tenant", tenant, False), ("tenant-with-errors", broken, True)]
    examples = ROOT / "examples"
    if examples.is_dir():
        # An example with its own golden test (tests/lit/examples/NAME.test)
        # shows findings on purpose: it is compared as a project with errors.
        golden = ROOT / "tests" / "lit" / "examples"
        projects += [(f"examples/{p.name}", p, (golden / f"{p.name}.test").exists())
                     for p in sorted(examples.iterdir()) if p.is_dir()]
    build = has_build(trustc)
    if not build:
        print("skipped: `trustc build` is not available yet; only `check` output is compared")
    locale = utf8_locale()
    problems = []
    for name, source, errors in projects:
        problems += run_project(trustc, name.replace("/", "-"), source, work, build, locale, errors)
    for p in problems:
        print(f"FAIL {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
