"""Writes a session script for lsp_session.py: a document opened, then
random incremental and whole-text edits (positions past line ends and past
the end, reversed ranges, multi-byte and astral characters, unbalanced
brackets, strings and comments) mixed with every request the server
answers at random positions. Deterministic for a seed.

usage: random_session.py SEED EDITS
"""
import json
import random
import sys

seed, edits = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
URI = "file://${DIR}/app.trust"
PIECES = ["{", "}", "[", "]", "\"", "\"x\"", "/*", "*/", "//", "#", "\n", " ", "=", ":", ";", ",", ".",
          "identity ", "grant ", "\"Reader\" ", "on ", "rg-ai-prod", "needs ", "suppress ", "trust github ",
          "é", "🔑", "\t", "2026-13-45", "90d", "00000000-0000-0000-0000-000000000000", "workload", "owner",
          "team-ai", "prod", "\u00a0", "\r\n", "because \"why\" ", "until 2027-01-01 "]
BASE = open(sys.argv[3], encoding="utf-8").read() if len(sys.argv) > 3 else "workload w {\n  owner = team-ai\n}\n"


def position():
    return {"line": rng.randint(0, 40), "character": rng.randint(0, 120)}


def send(message):
    message["jsonrpc"] = "2.0"
    print("IN: " + json.dumps(message, ensure_ascii=False))


send({"id": 1, "method": "initialize", "params": {"capabilities": {}}})
send({"method": "initialized", "params": {}})
send({"method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": URI, "languageId": "trust", "version": 1, "text": BASE}}})
request = 2
for version in range(2, edits + 2):
    roll = rng.random()
    if roll < 0.03:
        change = {"text": "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60)))}
    else:
        change = {"range": {"start": position(), "end": position()},
                  "text": "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 4)))}
    send({"method": "textDocument/didChange",
          "params": {"textDocument": {"uri": URI, "version": version}, "contentChanges": [change]}})
    if rng.random() < 0.3:
        method = rng.choice(["textDocument/hover", "textDocument/definition", "textDocument/references",
                             "textDocument/completion", "textDocument/formatting", "textDocument/codeAction"])
        params = {"textDocument": {"uri": URI}, "position": position(),
                  "range": {"start": position(), "end": position()}, "context": {"diagnostics": []},
                  "options": {"tabSize": 2, "insertSpaces": True}}
        send({"id": request, "method": method, "params": params})
        request += 1
# Back to a clean text: the server still analyses it correctly.
send({"method": "textDocument/didChange",
      "params": {"textDocument": {"uri": URI, "version": edits + 2}, "contentChanges": [{"text": BASE}]}})
print("IN: wait textDocument/publishDiagnostics \"version\":%d" % (edits + 2))
send({"id": request, "method": "shutdown"})
send({"method": "exit"})
