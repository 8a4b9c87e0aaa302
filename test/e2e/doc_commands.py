#!/usr/bin/env python3
"""Runs the commands of the docs' console blocks and compares their output.

Every ```console block of the given markdown files is a session: lines
starting with `$ ` are commands (run with bash, standard error merged into
standard output, in a scratch directory where `examples` is the
repository's), the lines after one up to the next command are its expected
output, compared exactly (trailing spaces ignored). The tools come first on
the PATH (--bindir). Exit codes are not compared: a page may show a failing
check. The last line is 'N passed, N failed' (one per command).

  doc_commands.py --bindir build/bin --root . docs/writing-kernels.md
"""
import argparse
import os
import subprocess
import sys
import tempfile


def sessions(path):
    """[(line number, command, [expected lines])] per console block."""
    blocks, current, in_block = [], None, False
    with open(path) as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not in_block and line.strip() == "```console":
                in_block, current = True, []
                continue
            if in_block and line.strip() == "```":
                in_block = False
                blocks.append(current)
                continue
            if not in_block:
                continue
            if line.startswith("$ "):
                current.append((number, line[2:], []))
            elif current:
                current[-1][2].append(line.rstrip())
    return blocks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bindir", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("pages", nargs="+")
    args = parser.parse_args()
    env = dict(os.environ)
    env["PATH"] = os.path.abspath(args.bindir) + os.pathsep + env["PATH"]
    passed = failed = 0
    for page in args.pages:
        with tempfile.TemporaryDirectory() as work:
            os.symlink(os.path.join(os.path.abspath(args.root), "examples"),
                       os.path.join(work, "examples"))
            for block in sessions(page):
                for number, command, expected in block:
                    res = subprocess.run(["bash", "-c", command], cwd=work,
                                         env=env, stdout=subprocess.PIPE,
                                         stderr=subprocess.STDOUT, text=True,
                                         timeout=300)
                    got = [l.rstrip() for l in res.stdout.splitlines()]
                    if got == expected:
                        passed += 1
                        continue
                    failed += 1
                    print(f"{page}:{number}: $ {command}")
                    print("  expected:\n" + "\n".join(
                        "    " + l for l in expected))
                    print("  got:\n" + "\n".join("    " + l for l in got))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
