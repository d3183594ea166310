"""Applies the fix of every diagnostic in `trustc check --format=json` output
(read from stdin) to the files it edits, as an editor's quick fix would.
Edits are 1-based line/column ranges in code points; later ones first."""
import json
import sys

diagnostics = json.load(sys.stdin)["diagnostics"]
edits = [e for d in diagnostics if d.get("fix") for e in d["fix"]["edits"]]
by_file = {}
for e in edits:
    by_file.setdefault(e["file"], []).append(e)
for path, file_edits in by_file.items():
    lines = open(path, encoding="utf-8").read().split("\n")

    def offset(line, column):
        return sum(len(l) + 1 for l in lines[: line - 1]) + column - 1

    text = "\n".join(lines)
    for e in sorted(file_edits, key=lambda e: (e["line"], e["column"]), reverse=True):
        start, end = offset(e["line"], e["column"]), offset(e["end_line"], e["end_column"])
        text = text[:start] + e["replacement"] + text[end:]
    open(path, "w", encoding="utf-8").write(text)
print(f"{len(edits)} edit(s) applied")
