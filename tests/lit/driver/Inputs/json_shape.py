"""Checks that stdin is the JSON document `trustc check --format=json` prints.

usage: json_shape.py ERRORS WARNINGS

The document is exactly {"diagnostics": [...], "summary": {"errors": N,
"warnings": N}}; every diagnostic has exactly the keys code, severity, message,
file, line, column, end_line, end_column, notes (in this order), plus "fix"
when it has one; every note has message, file, line, column, end_line and
end_column; lines and columns are 1-based (or null for a note without a place).
"""
import json
import sys

DIAGNOSTIC = ["code", "severity", "message", "file", "line", "column", "end_line", "end_column", "notes"]
NOTE = ["message", "file", "line", "column", "end_line", "end_column"]

doc = json.load(sys.stdin)
assert list(doc) == ["diagnostics", "summary"], list(doc)
assert list(doc["summary"]) == ["errors", "warnings"], list(doc["summary"])
assert doc["summary"] == {"errors": int(sys.argv[1]), "warnings": int(sys.argv[2])}, doc["summary"]
for d in doc["diagnostics"]:
    keys = list(d)
    assert keys[: len(DIAGNOSTIC)] == DIAGNOSTIC, keys
    assert set(keys[len(DIAGNOSTIC):]) <= {"fix", "suppressed", "justification"}, keys
    assert d["severity"] in ("error", "warning", "info"), d
    assert isinstance(d["file"], str) and d["line"] >= 1 and d["column"] >= 1, d
    assert (d["end_line"], d["end_column"]) > (d["line"], d["column"]), d
    for n in d["notes"]:
        assert list(n) == NOTE, list(n)
        if n["file"] is not None:
            assert n["line"] >= 1 and n["column"] >= 1, n
    print(d["code"], d["severity"], f'{d["line"]}:{d["column"]}-{d["end_line"]}:{d["end_column"]}', d["message"])
print("ok")
