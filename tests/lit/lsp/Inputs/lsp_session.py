"""Drives `trustc lsp` through a scripted JSON-RPC session and prints every
message the server sends, one compact JSON line each (keys sorted), for
FileCheck.

usage: lsp_session.py SCRIPT DIR -- COMMAND [ARG...]

The script is read from the lines of SCRIPT that start with `IN:` (so a lit
test keeps its session next to its CHECK lines). `${DIR}` in a line becomes
DIR (absolute). Each line is one of:
  {json}        send a message framed with Content-Length; when it has an
                "id" and a "method", wait for the response with that id
  raw TEXT      send TEXT framed with its Content-Length (malformed JSON)
  bytes TEXT    send TEXT as it is, no framing (TEXT uses Python escapes)
  wait METHOD [TEXT]
                wait for a notification of METHOD (whose JSON contains TEXT)
  write FILE TEXT
                write TEXT (Python escapes) to FILE, as another program would
  change N      send N edits to the document opened last (inserting and
                deleting a character at its end), without waiting
At the end the input is closed and the exit status printed.
"""
import json
import os
import select
import subprocess
import sys
import time

TIMEOUT = 30.0

script_path, root = sys.argv[1], os.path.abspath(sys.argv[2])
command = sys.argv[sys.argv.index("--") + 1:]
lines = []
with open(script_path, encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        for prefix in ("# IN:", "// IN:", "IN:"):
            if line.startswith(prefix):
                lines.append(line[len(prefix):].strip().replace("${DIR}", root))
                break

proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
buffer = b""


def frame(body):
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def send(data):
    proc.stdin.write(data)
    proc.stdin.flush()


def read_message(deadline):
    """The next message, or None at end of output or time-out."""
    global buffer
    while True:
        head_end = buffer.find(b"\r\n\r\n")
        if head_end >= 0:
            headers = buffer[:head_end].decode("ascii", "replace").split("\r\n")
            length = next(int(h.split(":")[1]) for h in headers if h.lower().startswith("content-length:"))
            if len(buffer) >= head_end + 4 + length:
                body = buffer[head_end + 4:head_end + 4 + length]
                buffer = buffer[head_end + 4 + length:]
                return json.loads(body)
        left = deadline - time.monotonic()
        if left <= 0:
            print("TIMEOUT")
            return None
        ready, _, _ = select.select([proc.stdout], [], [], left)
        if not ready:
            continue
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            return None
        buffer += chunk


def show(message):
    print(json.dumps(message, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
    sys.stdout.flush()


def wait_for(predicate):
    deadline = time.monotonic() + TIMEOUT
    while True:
        message = read_message(deadline)
        if message is None:
            return False
        show(message)
        if predicate(message):
            return True


last_open = None
version = 1000
for line in lines:
    if line.startswith("raw "):
        send(frame(line[4:].encode()))
    elif line.startswith("bytes "):
        send(line[6:].encode().decode("unicode_escape").encode("latin-1"))
    elif line.startswith("write "):
        path, _, text = line[6:].partition(" ")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.encode("latin-1", "backslashreplace").decode("unicode_escape"))
    elif line.startswith("wait "):
        method, _, text = line[5:].strip().partition(" ")
        wait_for(lambda m: m.get("method") == method and text in json.dumps(m, ensure_ascii=False, separators=(",", ":")))
    elif line.startswith("change "):
        for i in range(int(line[7:])):
            version += 1
            text = last_open["text"]
            end = text.count("\n")
            col = len(text) - (text.rfind("\n") + 1)
            edit = ({"range": {"start": {"line": end, "character": col}, "end": {"line": end, "character": col}},
                     "text": "#"} if i % 2 == 0 else
                    {"range": {"start": {"line": end, "character": col}, "end": {"line": end, "character": col + 1}},
                     "text": ""})
            send(frame(json.dumps({"jsonrpc": "2.0", "method": "textDocument/didChange",
                                   "params": {"textDocument": {"uri": last_open["uri"], "version": version},
                                              "contentChanges": [edit]}}).encode()))
    else:
        message = json.loads(line)
        if message.get("method") == "textDocument/didOpen":
            last_open = dict(message["params"]["textDocument"])
        send(frame(json.dumps(message).encode()))
        if "id" in message and "method" in message:
            wait_for(lambda m: m.get("id") == message["id"] and "method" not in m)

proc.stdin.close()
while (message := read_message(time.monotonic() + TIMEOUT)) is not None:
    show(message)
try:
    status = proc.wait(timeout=TIMEOUT)
except subprocess.TimeoutExpired:
    proc.kill()
    status = "killed"
print(f"exit status {status}")
