#!/usr/bin/env python3
"""Benchmark of the language server (not a test): how long diagnostics take
to arrive after an edit, and how the server's memory grows over many edits.

usage: scripts/bench-lsp.py [--trustc PATH] [--edits N] [--latency-edits N] [FILE]

FILE is the manifest to edit (default: the largest file of the largest
project under examples/, else a generated manifest of about 400 lines in a temporary
project). For the latency, each edit waits for its diagnostics; the median,
90th percentile and maximum are printed. For memory, N edits are sent with a
request after every 50 (so each is analysed), and the resident set size of
the server is sampled from /proc.
"""
import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def generated_project():
    """A project of one manifest with many identities, grants and scopes."""
    folder = tempfile.mkdtemp(prefix="trustc-bench-")
    lines = ['environment prod {', '  production = true', '}', 'owner team {', '  contact = "team@contoso.com"', '}',
             'management_group corp "mg-corp" {',
             '  subscription sub "00000000-0000-0000-0000-000000000001" {', '    environment = prod']
    for i in range(20):
        lines += [f'    resource_group rg-{i} {{', f'      resource kv-{i} "Microsoft.KeyVault/vaults"', '    }']
    lines += ['  }', '}']
    for i in range(20):
        lines += [f'workload app-{i} {{', '  environment = prod', '  owner = team', '  kind = runtime', '}',
                  f'identity app-{i}-mi : user_assigned in rg-{i} {{', f'  workload = app-{i}', '  owner = team',
                  '  review {', '    every = 90d', '    last = 2026-10-01', '  }',
                  f'  grant "Key Vault Secrets User" on kv-{i}', '}']
    path = os.path.join(folder, "tenant.trust")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def largest_example():
    """The largest manifest of the largest example project (the server
    analyses the whole project on every edit)."""
    projects = []
    examples = os.path.join(ROOT, "examples")
    for name in sorted(os.listdir(examples)):
        folder = os.path.join(examples, name)
        files = [os.path.join(folder, f) for f in sorted(os.listdir(folder)) if f.endswith(".trust")] \
            if os.path.isdir(folder) else []
        if files:
            projects.append((sum(os.path.getsize(f) for f in files), files))
    if not projects:
        return None
    files = max(projects)[1]
    return max(files, key=os.path.getsize)


class Client:
    def __init__(self, command):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.buffer = b""
        self.next_id = 1

    def send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def receive(self):
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end >= 0:
                length = int(self.buffer[:end].split(b":")[1])
                if len(self.buffer) >= end + 4 + length:
                    body = self.buffer[end + 4:end + 4 + length]
                    self.buffer = self.buffer[end + 4 + length:]
                    return json.loads(body)
            select.select([self.proc.stdout], [], [], 60)
            chunk = os.read(self.proc.stdout.fileno(), 1 << 16)
            if not chunk:
                raise SystemExit("the server stopped")
            self.buffer += chunk

    def request(self, method, params):
        rid = self.next_id
        self.next_id += 1
        self.send({"id": rid, "method": method, "params": params})
        while True:
            m = self.receive()
            if m.get("id") == rid and "method" not in m:
                return m

    def wait_diagnostics(self, uri, version):
        while True:
            m = self.receive()
            p = m.get("params", {})
            if m.get("method") == "textDocument/publishDiagnostics" and p.get("uri") == uri and p.get("version") == version:
                return p["diagnostics"]

    def rss_kib(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trustc", default=os.path.join(ROOT, "build", "bin", "trustc"))
    ap.add_argument("--edits", type=int, default=3000)
    ap.add_argument("--latency-edits", type=int, default=50)
    ap.add_argument("file", nargs="?")
    args = ap.parse_args()
    path = os.path.abspath(args.file or largest_example() or generated_project())
    text = open(path, encoding="utf-8").read()
    uri = "file://" + path
    print(f"manifest: {path} ({len(text.splitlines())} lines, {len(text)} bytes)")

    client = Client([args.trustc, "lsp", "--as-of=2026-11-22"] + (["--stdlib=" + os.environ["BENCH_STDLIB"]] if os.environ.get("BENCH_STDLIB") else []))
    client.request("initialize", {"capabilities": {}})
    client.send({"method": "initialized", "params": {}})
    started = time.perf_counter()
    client.send({"method": "textDocument/didOpen",
                 "params": {"textDocument": {"uri": uri, "languageId": "trust", "version": 1, "text": text}}})
    first = client.wait_diagnostics(uri, 1)
    print(f"first diagnostics after opening: {(time.perf_counter() - started) * 1000:.1f} ms "
          f"({len(first)} diagnostics)")

    # Latency: an edit at the end of the file (a comment added, then removed).
    lines = text.split("\n")
    last_line, last_col = len(lines) - 1, len(lines[-1])
    version = 1
    samples = []
    for i in range(args.latency_edits):
        version += 1
        if i % 2 == 0:
            change = {"range": {"start": {"line": last_line, "character": last_col},
                                "end": {"line": last_line, "character": last_col}}, "text": "#"}
        else:
            change = {"range": {"start": {"line": last_line, "character": last_col},
                                "end": {"line": last_line, "character": last_col + 1}}, "text": ""}
        started = time.perf_counter()
        client.send({"method": "textDocument/didChange",
                     "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
        client.wait_diagnostics(uri, version)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    print(f"diagnostics after an edit ({len(samples)} edits): median {statistics.median(samples):.1f} ms, "
          f"p90 {samples[int(len(samples) * 0.9) - 1]:.1f} ms, max {samples[-1]:.1f} ms")

    # Memory over many edits: each followed by a hover so that it is analysed.
    rss = [client.rss_kib()]
    for i in range(args.edits):
        version += 1
        change = ({"range": {"start": {"line": last_line, "character": last_col},
                             "end": {"line": last_line, "character": last_col}}, "text": f"# {i}"}
                  if i % 2 == 0 else
                  {"range": {"start": {"line": last_line, "character": last_col},
                             "end": {"line": last_line, "character": last_col + len(f'# {i - 1}')}}, "text": ""})
        client.send({"method": "textDocument/didChange",
                     "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
        client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})
        if (i + 1) % max(1, args.edits // 10) == 0:
            rss.append(client.rss_kib())
    print(f"resident memory over {args.edits} analysed edits (MiB): " +
          " ".join(f"{r / 1024:.0f}" for r in rss))
    client.request("shutdown", {})
    client.send({"method": "exit"})
    client.proc.wait(timeout=30)


if __name__ == "__main__":
    main()
