"""Runs a command and checks its exit status.

usage: expect_exit.py STATUS COMMAND [ARG...]

Prints the command's standard output and standard error (merged, in that
order) so a FileCheck can read them, and fails when the command exits with
another status, is killed by a signal, or prints a crash report.
"""
import subprocess
import sys

expected = int(sys.argv[1])
result = subprocess.run(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
sys.stdout.buffer.write(result.stdout)
sys.stdout.buffer.write(result.stderr)
sys.stdout.flush()
crash_marks = [b"terminate called", b"Segmentation fault", b"Aborted", b"AddressSanitizer", b"runtime error:"]
if any(mark in result.stderr for mark in crash_marks):
    sys.exit("crash report in the output")
if result.returncode != expected:
    sys.exit(f"expected exit status {expected}, got {result.returncode}")
