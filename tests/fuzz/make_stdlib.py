#!/usr/bin/env python3
"""Writes the reduced standard library the `fuzz_check` target compiles against.

Every stdlib/*.trust file is copied whole, except the role catalogue
(roles.trust, ~900 roles), of which only the well-known roles and the roles
granted anywhere in tests/ and examples/ are kept: the fuzzer then spends its
time on the input, not on re-parsing the catalogue (see docs/reliability.md).

usage: make_stdlib.py SOURCE_ROOT OUTPUT_DIR
"""
import pathlib
import re
import sys

WELL_KNOWN = {
    "Owner", "Contributor", "Reader", "User Access Administrator",
    "Role Based Access Control Administrator", "Managed Identity Contributor",
    "Managed Identity Operator", "Website Contributor", "AcrPull", "AcrPush",
    "Key Vault Secrets User", "Key Vault Administrator", "Storage Blob Data Reader",
    "Storage Blob Data Contributor", "Cognitive Services OpenAI User",
    "Cognitive Services OpenAI Contributor", "Search Index Data Reader",
}

ROLE_HEADER = re.compile(r'^builtin role "([^"]+)"')
GRANTED = re.compile(r'\bgrant\s+"([^"\n]+)"')


def granted_roles(root: pathlib.Path) -> set:
    names = set()
    for folder in ("tests", "examples"):
        for path in (root / folder).rglob("*.trust"):
            try:
                names.update(GRANTED.findall(path.read_text(encoding="utf-8", errors="replace")))
            except OSError:
                pass
    return names


def reduce_roles(text: str, keep: set) -> str:
    """Keeps the file's comments and the role blocks (header line to the
    closing `}` in column 0) whose name is in `keep`."""
    out, block, keeping = [], [], False
    for line in text.splitlines(keepends=True):
        header = ROLE_HEADER.match(line)
        if header:
            block, keeping = [line], header.group(1) in keep
            continue
        if block:
            block.append(line)
            if line.rstrip("\r\n") == "}":
                if keeping:
                    out.extend(block + ["\n"])
                block = []
            continue
        if line.startswith("//"):
            out.append(line)
    return "".join(out)


def main() -> int:
    root, out_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    keep = WELL_KNOWN | granted_roles(root)
    for path in sorted((root / "stdlib").glob("*.trust")):
        text = path.read_text(encoding="utf-8")
        if path.name == "roles.trust":
            text = reduce_roles(text, keep)
            if "builtin role" not in text:
                print(f"make_stdlib.py: no role kept from {path}", file=sys.stderr)
                return 1
        (out_dir / path.name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
