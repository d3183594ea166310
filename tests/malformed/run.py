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

Three other kinds of case, named `E####_what` after the code they expect:
  - deploy/*.trust, first line `// expect-build: CODE`: deployment facts that
    only `trustc build` requires. `build` (text and --format=json) must exit 1
    with the code, print nothing on stdout in text mode and not create DIR;
  - projects/E####_*/: a folder with a manifest and a faulty trustc.json,
    checked as a folder (text and json, as above). `build` does not read
    trustc.json (docs/configuration.md), so it is not driven;
  - import-roles/, import-operations/, import-policies/: JSON files (or a
    folder, for import-policies) given to the verb the folder is named after.
    It must exit 1 with the code located in the input, print nothing on
    stdout, and with `-o FILE` not create FILE.

Every code of compiler/diagnostics/diagnostic_kinds.def must be the one
expected code of some case, or be listed in EXEMPT with the reason.

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
from outcome import forbidden_in, located_errors

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
AS_OF = "--as-of=2026-11-22"
EXPECT = re.compile(rb"^// expect(-build)?: (E\d{4})")
NAMED = re.compile(r"^(E\d{4})_[a-z0-9_]+(\.json)?$")
IMPORT_VERBS = ("import-roles", "import-operations", "import-policies")

# Codes that no input can produce, with the reason. The completeness check
# below fails for any other code without a case, and for a stale entry here.
EXEMPT = {
    # An internal failure reported instead of a crash: no input is known to
    # cause it (docs/errors/E0999.md); an input that did would be a bug to fix.
    "E0999": "the parser stopping unexpectedly is a bug, not a kind of input",
}


class Case:
    # verb: "check" (a .trust file; check, and build when it exists),
    # "build" (build only), "project" (a folder with trustc.json; check only)
    # or one of IMPORT_VERBS.
    def __init__(self, rel: str, codes: list, what: str, verb: str = "check"):
        self.rel, self.codes, self.what, self.verb = rel, codes, what, verb  # codes: any one of them must appear


def limits() -> dict:
    text = (ROOT / "compiler" / "syntax" / "limits.h").read_text(encoding="utf-8")
    out = {}
    for name, value, shift in re.findall(r"(\w+)\s*=\s*(\d+)u?(?:\s*<<\s*(\d+))?;", text):
        out[name] = int(value) << int(shift or 0)
    for key in ("maxFileBytes", "maxNesting", "maxErrorsPerFile", "maxNameLength", "maxStringLength"):
        if key not in out:
            sys.exit(f"run.py: cannot read {key} from compiler/syntax/limits.h")
    return out


def named_code(path: pathlib.Path) -> str:
    m = NAMED.match(path.name)
    if not m:
        sys.exit(f"run.py: {path.parent.name}/{path.name} is not named `E####_what` after the code it expects")
    return m.group(1)


def committed_cases(tree: pathlib.Path) -> list:
    cases = []
    folders = ("generated/", "projects/") + tuple(f"{v}/" for v in IMPORT_VERBS)
    for path in sorted(tree.rglob("*.trust")):
        rel = path.relative_to(tree).as_posix()
        if rel.startswith(folders):
            continue
        m = EXPECT.match(path.read_bytes())
        if not m:
            sys.exit(f"run.py: {rel} does not start with `// expect: E####`")
        if NAMED.match(path.name) and path.name[:5] != m.group(2).decode():
            sys.exit(f"run.py: {rel} is named after {path.name[:5]} but expects {m.group(2).decode()}")
        build_only = m.group(1) is not None
        if build_only != rel.startswith("deploy/"):
            sys.exit(f"run.py: {rel}: `// expect-build:` is for the files of deploy/, and only for them")
        cases.append(Case(rel, [m.group(2).decode()], rel, "build" if build_only else "check"))
    for path in sorted((tree / "projects").iterdir()):
        if not (path / "trustc.json").is_file():
            sys.exit(f"run.py: projects/{path.name} is not a folder with a trustc.json")
        cases.append(Case(f"projects/{path.name}", [named_code(path)], f"projects/{path.name}", "project"))
    for verb in IMPORT_VERBS:
        for path in sorted((tree / verb).iterdir()):
            cases.append(Case(f"{verb}/{path.name}", [named_code(path)], f"{verb}/{path.name}", verb))
    return cases


def declared_codes() -> list:
    text = (ROOT / "compiler" / "diagnostics" / "diagnostic_kinds.def").read_text(encoding="utf-8")
    codes = re.findall(r'^TRUSTC_DIAGNOSTIC\(\w+,\s*"(E\d{4})"', text, re.M)
    if not codes:
        sys.exit("run.py: no codes found in compiler/diagnostics/diagnostic_kinds.def")
    return codes


def coverage_problems(cases: list) -> list:
    """Every declared code is the one expected code of a case, or exempt."""
    declared = declared_codes()
    covered = {c.codes[0] for c in cases if len(c.codes) == 1}
    problems = [f"{code} has no malformed input (add one named `{code}_what`, or list it in EXEMPT with the reason)"
                for code in declared if code not in covered and code not in EXEMPT]
    problems += [f"{code} is in EXEMPT but {'has a case' if code in covered else 'is not declared'}"
                 for code in sorted(EXEMPT) if code in covered or code not in declared]
    problems += [f"{code} is expected by a case but not declared" for code in sorted(covered - set(declared))]
    return problems


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
    expected = " or ".join(case.codes)

    def run(args):
        r = subprocess.run([trustc] + args, cwd=tree, capture_output=True, env=env, timeout=120)
        return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")

    def clean(label, text):
        problems.extend(f"{label}: prints `{f}`" for f in forbidden_in(text))

    def in_case(file: str) -> bool:
        # The diagnostic points into the input (or, for a file, a file beside it
        # that it imports), not into the standard library or a stray trustc.json.
        if file == case.rel or file.startswith(case.rel + "/"):
            return True
        return case.rel.endswith(".trust") and os.path.dirname(file) == os.path.dirname(case.rel)

    def text_mode(label, args):
        rc, out, err = run(args)
        if rc != 1:
            problems.append(f"{label}: exit status {rc}, expected 1")
        if out:
            problems.append(f"{label}: prints on stdout: {out[:200]!r}")
        clean(label, err)
        located = located_errors(err)
        if not located:
            problems.append(f"{label}: no `file:line:col: error: ... [E####]` line")
        elif not {code for _, code in located} & set(case.codes):
            problems.append(f"{label}: expected {expected}, found {', '.join(sorted({c for _, c in located}))}")
        elif not any(in_case(f) and c in case.codes for f, c in located):
            problems.append(f"{label}: {expected} is not reported on {case.rel}")

    def json_mode(label, args):
        rc, out, err = run(args + ["--format=json"])
        if rc != 1:
            problems.append(f"{label}: exit status {rc}, expected 1")
        clean(label, err + out)
        try:
            diags = json.loads(out)["diagnostics"]
            located = {d["code"] for d in diags
                       if d.get("severity") == "error" and d.get("file") and d.get("line", 0) >= 1
                       and d.get("column", 0) >= 1}
            if not located & set(case.codes):
                problems.append(f"{label}: no located error with {expected}")
        except (ValueError, KeyError, TypeError) as e:
            problems.append(f"{label}: stdout is not the diagnostics document ({e})")

    outdir = scratch / "out"

    def writes_nothing(label):
        if outdir.exists():
            problems.append(f"{label}: created {outdir.name}/ holding {sorted(p.name for p in outdir.iterdir())[:5]}")
            shutil.rmtree(outdir)

    if case.verb in IMPORT_VERBS:
        text_mode(case.verb, [case.verb, case.rel])  # output would go to stdout, which must stay empty
        outfile = scratch / "out.trust"
        rc, out, err = run([case.verb, case.rel, "-o", str(outfile)])
        if rc != 1:
            problems.append(f"{case.verb} -o: exit status {rc}, expected 1")
        clean(f"{case.verb} -o", err + out)
        if outfile.exists():
            problems.append(f"{case.verb} -o: wrote {outfile.name}")
        return problems

    if case.verb == "build":
        text_mode("build", ["build", AS_OF, "--color=never", case.rel, "-o", str(outdir)])
        writes_nothing("build")
        json_mode("build json", ["build", AS_OF, case.rel, "-o", str(outdir)])
        writes_nothing("build json")
        return problems

    text_mode("text", ["check", AS_OF, "--color=never", case.rel])
    json_mode("json", ["check", AS_OF, case.rel])
    if build and case.verb == "check":
        rc, out, err = run(["build", AS_OF, case.rel, "-o", str(outdir)])
        if rc != 1:
            problems.append(f"build: exit status {rc}, expected 1")
        clean("build", err + out)
        writes_nothing("build")
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
    cases += generated_cases(tree)
    uncovered = coverage_problems(cases)
    cases = [c for c in cases if args.only in c.rel]
    build = has_build(args.trustc)
    if not build:
        print("note: `trustc build` is not available; only `check` is driven")
        cases = [c for c in cases if c.verb != "build"]
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
    committed = sum(1 for c in cases if not c.rel.startswith("generated/"))
    print(f"{len(cases)} malformed inputs ({committed} committed, {len(cases) - committed} generated): "
          f"{len(cases) - failures} ok, {failures} failed")
    for problem in uncovered:
        print(f"FAIL code coverage: {problem}")
    declared = declared_codes()
    print(f"{len(declared)} codes in diagnostic_kinds.def: {len(declared) - len(EXEMPT)} expected by an input, "
          f"{len(EXEMPT)} exempt ({', '.join(sorted(EXEMPT))})")
    if uncovered:
        return 1
    if committed < 150 and not args.only:
        print("FAIL the committed corpus must hold at least 150 files")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
