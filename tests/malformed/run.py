#!/usr/bin/env python3
"""Runs trustc over the malformed-input corpus (README.md beside this file).

Every committed case (*.trust below this folder, first line `// expect: CODE`)
and every generated case (huge files, deep nesting, long tokens, too many
errors, binary garbage, truncations; written to the work folder because they
are large or numerous) must make `trustc check`:
  - exit with status 1 (not 0, not 2, not a signal),
  - print at least one `file:line:col: error: message [E####]` line, one of
    them with the expected code,
  - print no stack trace, sanitizer report or internal error,
  - write nothing (the folder it runs in is unchanged; text mode prints
    nothing on stdout),
and `trustc check --format=json` must exit 1 with a JSON document whose
diagnostics carry the expected code, a file, a line and a column. When the
`build` verb exists, `trustc build CASE -o DIR` must exit 1 and create nothing.

usage: run.py --trustc PATH --work DIR [--jobs N] [--only SUBSTRING]
"""
import argparse
import concurrent.futures
import json
import os
import pathlib
import random
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from outcome import error_codes, forbidden_in

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
AS_OF = "--as-of=2026-11-22"
EXPECT = re.compile(rb"^// expect: (E\d{4})")


class Case:
    def __init__(self, rel: str, codes: list, what: str):
        self.rel, self.codes, self.what = rel, codes, what  # codes: any one of them must appear


def limits() -> dict:
    text = (ROOT / "compiler" / "syntax" / "limits.h").read_text(encoding="utf-8")
    out = {}
    for name, value, shift in re.findall(r"(\w+)\s*=\s*(\d+)u?(?:\s*<<\s*(\d+))?;", text):
        out[name] = int(value) << int(shift or 0)
    for key in ("maxFileBytes", "maxNesting", "maxErrorsPerFile", "maxNameLength", "maxStringLength"):
        if key not in out:
            sys.exit(f"run.py: cannot read {key} from compiler/syntax/limits.h")
    return out


def committed_cases(tree: pathlib.Path) -> list:
    cases = []
    for path in sorted(tree.rglob("*.trust")):
        rel = path.relative_to(tree).as_posix()
        if rel.startswith("generated/"):
            continue
        m = EXPECT.match(path.read_bytes())
        if not m:
            sys.exit(f"run.py: {rel} does not start with `// expect: E####`")
        cases.append(Case(rel, [m.group(1).decode()], rel))
    return cases


VALID = """owner team-a { contact = "team-a@contoso.com" }
environment prod { production = true }
subscription sub-a "00000000-0000-0000-0000-0000000000a1" {
  environment = prod
  resource_group rg-a {
    resource st-a "Microsoft.Storage/storageAccounts" { name = "stapp" }
  }
}
workload app { environment = prod  owner = team-a  kind = runtime }
identity mi : user_assigned in rg-a {
  workload = app
  owner = team-a
  review { every = 90d  last = 2026-10-01 }
  grant "Storage Blob Data Reader" on st-a because "reads the documents \\"as is\\""
  trust github { repository = "contoso/app"  environment = "production" }
}
/* a block comment */
policy_assignment pa { policy = "00000000-0000-0000-0000-000000000001"  scope = sub-a }
"""


def generated_cases(tree: pathlib.Path) -> list:
    """Writes the large and numerous cases into tree/generated/ and returns them."""
    lim = limits()
    out = tree / "generated"
    out.mkdir()
    cases = []

    def write(name: str, data, codes: list, what: str) -> None:
        (out / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        cases.append(Case(f"generated/{name}", codes, what))

    decl = 'owner team-{0} {{ contact = "team-{0}@contoso.com" }}\n'
    big = []
    size, i = 0, 0
    while size <= lim["maxFileBytes"]:
        line = decl.format(i)
        big.append(line)
        size += len(line)
        i += 1
    write("huge_file.trust", "".join(big), ["E0003"], "a file one declaration over the size limit")
    write("huge_file_exact.trust", ("// " + "x" * (lim["maxFileBytes"] - 4) + "\n")[: lim["maxFileBytes"] + 1].ljust(
        lim["maxFileBytes"] + 1, "x"), ["E0003"], "a file of the size limit plus one byte")
    n = lim["maxNesting"]
    write("nesting_limit_plus_one.trust", "policy p { parameters = " + "{ a = " * n + "1" + " }" * n + " }\n",
          ["E0004"], f"objects nested {n + 1} deep")
    write("nesting_lists_deep.trust", "issuer i { fields = " + "[" * 10_000 + "]" * 10_000 + " }\n",
          ["E0004"], "lists nested 10,000 deep")
    write("nesting_unclosed_million.trust", "{" * 1_000_000, ["E0004"], "a million unclosed braces")
    write("nesting_mixed_deep.trust", "owner o { a = " + "[{ b = " * 5_000 + "\n", ["E0004"],
          "lists and objects alternating 10,000 deep, unclosed")
    write("name_limit_plus_one.trust", "owner " + "n" * (lim["maxNameLength"] + 1) + ' { contact = "a@contoso.com" }\n',
          ["E0006"], "a name one character over the limit")
    write("string_limit_plus_one.trust", 'owner o { contact = "a@contoso.com"  description = "' + "s" * (
        lim["maxStringLength"] + 1) + '" }\n', ["E0006"], "a string one byte over the limit")
    write("string_huge_unterminated.trust", 'owner o { description = "' + "s" * (4 << 20) + "\n", ["E0006", "E0101"],
          "an unterminated string of 4 MiB")
    write("errors_ten_thousand.trust", "".join(f"owner o{k} {{ contact = @ }}\n" for k in range(10_000)),
          ["E0005"], "10,000 lines with an error each")
    # 2,000, not more: the parser's prediction is quadratic in runs of `keyword name { ... }`
    # declarations (docs/performance.md); 10,000 take minutes under the sanitizers.
    write("unknown_names_two_thousand.trust", "".join(
        f"workload w{k} {{ environment = nowhere{k}  kind = runtime }}\n" for k in range(2_000)),
          ["E0200"], "2,000 references to undeclared names")
    write("garbage_tokens.trust", " ".join(["} ] = , . ; :"] * 20_000) + "\n", ["E0100"],
          "a long run of punctuation")
    rng = random.Random(20261122)
    for k in range(24):
        data = bytes(rng.randrange(256) for _ in range(rng.choice([1, 7, 100, 4096, 65536])))
        if b"\0" in data:
            codes = ["E0002"]
        else:
            try:
                data.decode("utf-8")
                codes = ["E0100", "E0103"]  # rare: random bytes that happen to be UTF-8
            except UnicodeDecodeError:
                codes = ["E0001"]
        write(f"binary_{k:02d}.trust", data, codes, f"{len(data)} random bytes")
    # Truncations of a valid file at every point inside a block (never at a
    # declaration boundary, where the rest would still be a valid file).
    depth, in_string, cuts = 0, False, []
    for pos, ch in enumerate(VALID):
        if in_string:
            if ch == "\\":
                continue
            if ch == '"' and VALID[pos - 1] != "\\":
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if depth > 0 and pos % 7 == 0:
            cuts.append(pos + 1)
    for cut in cuts:
        write(f"truncated_at_{cut:04d}.trust", VALID[:cut], ["E0100", "E0101", "E0102", "E0103"],
              f"the valid file cut after byte {cut}")
    return cases


def has_build(trustc: str) -> bool:
    r = subprocess.run([trustc, "build", "--help"], capture_output=True, text=True)
    return r.returncode == 0


def snapshot(tree: pathlib.Path) -> set:
    return {(p.relative_to(tree).as_posix(), p.stat().st_size) for p in tree.rglob("*")}


def check_one(trustc: str, tree: pathlib.Path, case: Case, build: bool, scratch: pathlib.Path) -> list:
    problems = []
    env = dict(os.environ, LC_ALL="C.UTF-8", TZ="UTC")
    env.pop("SOURCE_DATE_EPOCH", None)

    def run(args):
        r = subprocess.run([trustc] + args, cwd=tree, capture_output=True, env=env, timeout=120)
        return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")

    def clean(label, text):
        problems.extend(f"{label}: prints `{f}`" for f in forbidden_in(text))

    rc, out, err = run(["check", AS_OF, "--color=never", case.rel])
    if rc != 1:
        problems.append(f"text: exit status {rc}, expected 1")
    if out:
        problems.append(f"text: prints on stdout: {out[:200]!r}")
    clean("text", err)
    codes = error_codes(err)
    if not codes:
        problems.append("text: no `file:line:col: error: ... [E####]` line")
    elif not codes & set(case.codes):
        problems.append(f"text: expected {' or '.join(case.codes)}, found {', '.join(sorted(codes))}")

    rc, out, err = run(["check", AS_OF, "--format=json", case.rel])
    if rc != 1:
        problems.append(f"json: exit status {rc}, expected 1")
    clean("json", err + out)
    try:
        diags = json.loads(out)["diagnostics"]
        located = {d["code"] for d in diags
                   if d.get("severity") == "error" and d.get("file") and d.get("line", 0) >= 1 and d.get("column", 0) >= 1}
        if not located & set(case.codes):
            problems.append(f"json: no located error with {' or '.join(case.codes)}")
    except (ValueError, KeyError, TypeError) as e:
        problems.append(f"json: stdout is not the diagnostics document ({e})")

    if build:
        outdir = scratch / "out"
        rc, out, err = run(["build", AS_OF, case.rel, "-o", str(outdir)])
        if rc != 1:
            problems.append(f"build: exit status {rc}, expected 1")
        clean("build", err + out)
        if outdir.exists() and any(outdir.iterdir()):
            problems.append(f"build: wrote {sorted(p.name for p in outdir.iterdir())[:5]}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trustc", required=True)
    ap.add_argument("--work", required=True, type=pathlib.Path)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    args.trustc = os.path.abspath(args.trustc)
    args.work = args.work.resolve()

    if args.work.exists():
        shutil.rmtree(args.work)
    tree = args.work / "tree"
    shutil.copytree(HERE, tree, ignore=shutil.ignore_patterns("*.py", "*.md", "__pycache__"))
    cases = committed_cases(tree)
    committed = len(cases)
    cases += generated_cases(tree)
    cases = [c for c in cases if args.only in c.rel]
    build = has_build(args.trustc)
    if not build:
        print("note: `trustc build` is not available; only `check` is driven")
    before = snapshot(tree)

    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {}
        for k, case in enumerate(cases):
            scratch = args.work / "scratch" / str(k)
            scratch.mkdir(parents=True)
            futures[pool.submit(check_one, args.trustc, tree, case, build, scratch)] = case
        for future in concurrent.futures.as_completed(futures):
            case = futures[future]
            try:
                problems = future.result()
            except subprocess.TimeoutExpired:
                problems = ["did not finish within 120 s"]
            if problems:
                failures += 1
                print(f"FAIL {case.rel} ({case.what}):")
                for p in problems:
                    print(f"  {p}")
    after = snapshot(tree)
    if before != after:
        failures += 1
        print(f"FAIL files appeared or changed in the corpus folder: {sorted(after - before)[:10]}")
    print(f"{len(cases)} malformed inputs ({committed} committed, {len(cases) - committed} generated): "
          f"{len(cases) - failures} ok, {failures} failed")
    if committed < 150 and not args.only:
        print("FAIL the committed corpus must hold at least 150 files")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
