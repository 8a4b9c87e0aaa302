#!/usr/bin/env python3
"""Starts a command, sends it SIGTERM after SECONDS, and succeeds if it was
still running then and ended by that signal (not by a crash of its own).

    kill-after.py SECONDS COMMAND [ARG...]
"""
import signal
import subprocess
import sys
import time


def main():
    seconds = float(sys.argv[1])
    proc = subprocess.Popen(sys.argv[2:])
    time.sleep(seconds)
    if proc.poll() is not None:
        print(f"kill-after.py: {sys.argv[2]} ended early with {proc.returncode}",
              file=sys.stderr)
        return 1
    proc.send_signal(signal.SIGTERM)
    code = proc.wait(timeout=60)
    if code != -signal.SIGTERM:
        print(f"kill-after.py: {sys.argv[2]} ended with {code}, expected "
              f"SIGTERM", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
