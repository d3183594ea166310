"""What a run of trustc on bad input may and may not print; shared by the
malformed-input driver (run.py) and the fuzz regression replay
(tests/fuzz/replay.py)."""
import re

# `file:line:col: error: message [E####]`, the compiler-style diagnostic line,
# on a manifest or on a JSON input (trustc.json, the files of the import verbs).
DIAGNOSTIC = re.compile(
    r"^(?P<file>[^\s:][^:]*\.(?:trust|json)):(?P<line>\d+):(?P<col>\d+): error: .+ \[(?P<code>E\d{4})\]$", re.M)

# Signs of a crash, a sanitizer finding or an internal failure.
FORBIDDEN = ["internal error", "terminate called", "Sanitizer", "runtime error:", "Segmentation fault",
             "Aborted", "stack trace", "Stack trace", "#0 0x", "Traceback", "what():", "the parser stopped"]


def forbidden_in(text: str) -> list:
    return [f for f in FORBIDDEN if f in text]


def error_codes(stderr: str) -> set:
    return {m.group("code") for m in DIAGNOSTIC.finditer(stderr)}


def located_errors(stderr: str) -> set:
    """The (file, code) of every error line."""
    return {(m.group("file"), m.group("code")) for m in DIAGNOSTIC.finditer(stderr)}
