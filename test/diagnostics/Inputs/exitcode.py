#!/usr/bin/env python3
"""Runs a command and fails unless it exits with exactly the given code.

    exitcode.py CODE COMMAND [ARG...]

The command's stdout and stderr pass through unchanged, so the output can be
piped into FileCheck. `not` accepts any non-zero status, including a crash
(a signal, or an abort's 134); the diagnostics tests use this instead so that
a user error is proven to be exit code 1 and nothing else.
"""
import subprocess
import sys


def main():
    expected = int(sys.argv[1])
    result = subprocess.run(sys.argv[2:])
    if result.returncode != expected:
        how = (f"signal {-result.returncode}" if result.returncode < 0
               else f"exit code {result.returncode}")
        print(f"exitcode.py: {sys.argv[2]} ended with {how}, expected exit "
              f"code {expected}", file=sys.stderr)
        sys.stdout.flush()
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
