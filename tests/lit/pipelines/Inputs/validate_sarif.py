#!/usr/bin/env python3
"""Validates a SARIF log against the official SARIF 2.1.0 schema (draft-04).

usage: validate_sarif.py SCHEMA LOG
Prints `valid` or the first errors and exits 1.
"""
import json
import sys

import jsonschema


def main() -> int:
    schema_path, log_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(log_path, encoding="utf-8") as f:
        log = json.load(f)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    for e in errors[:10]:
        print(f"invalid at {'/'.join(str(p) for p in e.path)}: {e.message}")
    if errors:
        return 1
    print("valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
