"""Runs a command and fails unless it exits with the given status.

usage: expect_status.py STATUS COMMAND [ARG...]
"""
import subprocess
import sys

expected = int(sys.argv[1])
status = subprocess.call(sys.argv[2:])
if status != expected:
    sys.exit(f"expected exit status {expected}, got {status}: {' '.join(sys.argv[2:])}")
