#!/usr/bin/env python3
"""Tests of the take-home drop-in (takehome/, docs/takehome.md) against the
stand-in harness (stand_in_harness.py):

- the live drop-in, linked into a directory the way a take-home user links
  it, compiles and runs correctly at several shapes (the headline twice),
  with xyz-run agreeing on cycles and memory;
- precompiled programs ($XYZ_PROGRAM_DIR) are used without any tool;
- the inlined file (`xyz_takehome.py emit`) runs alone, with no tools and
  no xyz_takehome.py, and refuses another shape;
- errors reach the harness as exceptions with the tool's message: tools
  missing, a shape the kernel rejects (height 30), n_nodes not matching the
  height, a copied drop-in without XYZ_HOME;
- JSON -> harness form -> JSON is exact (the compiled headline program
  byte for byte, and a program with debug slots, empty engine lists and
  empty bundles), and nested debug arrays become tuples.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(HERE, "..", "e2e"))
sys.path.insert(0, os.path.join(REPO, "takehome"))
from e2e_common import run, run_checks  # noqa: E402
import xyz_takehome  # noqa: E402

HARNESS = os.path.join(HERE, "stand_in_harness.py")
DROP_IN = os.path.join(REPO, "takehome", "perf_takehome.py")
NO_TOOLS = "/nonexistent/xyz-bin"


def env_with(**kw):
    env = {k: v for k, v in os.environ.items()
           if k not in ("XYZ_BIN", "XYZ_HOME", "XYZ_PROGRAM_DIR",
                        "XYZ_KERNEL")}
    env.update(kw)
    return env


def harness(directory, shape, env, *extra):
    return run([sys.executable, HARNESS, "--dir", directory, "--shape",
                *map(str, shape), *extra], env=env)


def expect_ok(name, r, runs=1):
    if r.returncode != 0:
        return [f"{name}: exit {r.returncode}: {(r.stdout + r.stderr)[-600:]}"]
    if r.stdout.count("values ok") != runs:
        return [f"{name}: expected {runs} correct runs: {r.stdout[-400:]}"]
    return []


def expect_exception(name, r, *needles):
    out = r.stdout + r.stderr
    if r.returncode != 3 or "EXCEPTION" not in out:
        return [f"{name}: expected an exception in build_kernel, got exit "
                f"{r.returncode}: {out[-400:]}"]
    return [f"{name}: message lacks {n!r}: {out[-400:]}"
            for n in needles if n not in out]


def link_drop_in(workdir, name):
    d = os.path.join(workdir, name)
    os.makedirs(d, exist_ok=True)
    os.symlink(DROP_IN, os.path.join(d, "perf_takehome.py"))
    return d


def live_shape(bindir, shape, runs):
    def check(workdir):
        d = link_drop_in(workdir, "live-%d-%d-%d" % shape)
        r = harness(d, shape, env_with(XYZ_BIN=bindir), "--runs", str(runs),
                    "--xyz-run", os.path.join(bindir, "xyz-run"))
        errors = expect_ok(f"live {shape}", r, runs)
        return errors, None if errors else f"live {shape}: " + \
            r.stdout.splitlines()[-1]
    return check


def precompiled(bindir):
    def check(workdir):
        progs = os.path.join(workdir, "programs")
        os.makedirs(progs)
        r = run([sys.executable, os.path.join(REPO, "takehome",
                                              "xyz_takehome.py"),
                 "compile", "--bindir", bindir, "--height", "5", "--rounds",
                 "4", "--batch", "40", "-o", progs])
        if r.returncode != 0:
            return [f"compile: {r.stderr[-400:]}"]
        d = link_drop_in(workdir, "precompiled")
        r = harness(d, (5, 4, 40),
                    env_with(XYZ_BIN=NO_TOOLS, XYZ_PROGRAM_DIR=progs))
        errors = expect_ok("precompiled (5, 4, 40), no tools", r)
        # A shape with no precompiled file is compiled, and there is no tool.
        r = harness(d, (5, 4, 41),
                    env_with(XYZ_BIN=NO_TOOLS, XYZ_PROGRAM_DIR=progs),
                    "--build-only")
        errors += expect_exception("precompiled dir, other shape", r,
                                   "xyz-opt", "not found")
        return errors
    return check


def inline(bindir, shape):
    def check(workdir):
        d = os.path.join(workdir, "inline")
        os.makedirs(d)
        out = os.path.join(d, "perf_takehome.py")
        # Emitting over the link of the live drop-in replaces the link and
        # leaves its target alone.
        target = os.path.join(workdir, "linked_target.py")
        shutil.copy(DROP_IN, target)
        os.symlink(target, out)
        height, rounds, batch = shape
        r = run([sys.executable, os.path.join(REPO, "takehome",
                                              "xyz_takehome.py"),
                 "emit", "--bindir", bindir, "--height", str(height),
                 "--rounds", str(rounds), "--batch", str(batch), "-o", out])
        if r.returncode != 0:
            return [f"emit: {r.stderr[-400:]}"]
        with open(out) as f:
            text = f.read()
        errors = [f"inline file mentions {w!r}" for w in
                  ("import subprocess", "xyz_takehome\n", "import xyz")
                  if w in text]
        with open(target) as f, open(DROP_IN) as g:
            if os.path.islink(out) or f.read() != g.read():
                errors.append("emit wrote through the link")
        # No tools anywhere: no XYZ_BIN, no PATH, nothing beside the file.
        env = env_with(XYZ_BIN=NO_TOOLS, PATH="/nonexistent")
        r = harness(d, shape, env, "--runs", "2", "--xyz-run",
                    os.path.join(bindir, "xyz-run"))
        errors += expect_ok(f"inline {shape}", r, 2)
        other = (4, 8, 65) if shape == (4, 8, 64) else (4, 8, 64)
        r = harness(d, other, env, "--build-only")
        errors += expect_exception("inline, other shape", r, "ValueError",
                                   "holds the kernel for")
        return errors, None if errors else \
            f"inline {shape}: ok, {len(text)} bytes, no tools"
    return check


def errors_reach_harness(bindir):
    def check(workdir):
        d = link_drop_in(workdir, "errors")
        errors = []
        r = harness(d, (4, 8, 64), env_with(XYZ_BIN=NO_TOOLS),
                    "--build-only")
        errors += expect_exception("tools missing", r, "XyzError", "xyz-opt",
                                   "not found", NO_TOOLS)
        r = harness(d, (30, 16, 256), env_with(XYZ_BIN=bindir),
                    "--build-only")
        errors += expect_exception("height 30", r, "XyzError",
                                   "xyz-opt failed",
                                   "height must be < 24")
        r = harness(d, (4, 8, 64), env_with(XYZ_BIN=bindir), "--build-only",
                    "--n-nodes", "30")
        errors += expect_exception("n_nodes mismatch", r, "ValueError",
                                   "n_nodes = 30")
        # A copy (not a link) finds xyz only through XYZ_HOME.
        c = os.path.join(workdir, "copied")
        os.makedirs(c)
        shutil.copy(DROP_IN, c)
        r = harness(c, (4, 8, 64), env_with(XYZ_BIN=bindir), "--build-only")
        errors += expect_exception("copy without XYZ_HOME", r, "XYZ_HOME")
        r = harness(c, (4, 8, 64), env_with(XYZ_BIN=bindir, XYZ_HOME=REPO))
        errors += expect_ok("copy with XYZ_HOME", r)
        return errors
    return check


TRICKY = [
    {"load": [["const", 0, 7], ["const", 1, -3]]},
    {"debug": [["compare", 0, [0, 1, "idx"]],
               ["vcompare", 0, [[0, 0, "val"], [0, 1, "val"]]],
               ["comment", "a \"quoted\"\n \u00e9 text"],
               ["comment", {"k": [1, 2.5, None, True]}]],
     "alu": [["+", 2, 0, 1]]},
    {},
    {"flow": [], "debug": [["comment", "x"]], "store": []},
]


def round_trips(bindir, shape):
    def check(workdir):
        errors = []
        text = xyz_takehome.compile_json(*shape, bindir=bindir)
        bundles = xyz_takehome.to_harness(text)
        if xyz_takehome.to_json(bundles) != text:
            errors.append(f"{shape}: JSON -> harness -> JSON is not exact")
        tricky = xyz_takehome.to_harness(json.dumps(TRICKY))
        if xyz_takehome.to_json_value(tricky) != TRICKY:
            errors.append("tricky program: round trip not exact")
        if tricky[1]["debug"][0] != ("compare", 0, (0, 1, "idx")) or \
                tricky[1]["debug"][1][2][1] != (0, 1, "val"):
            errors.append(f"debug slots not tuples: {tricky[1]['debug']}")
        if list(tricky[3]) != ["flow", "debug", "store"] or tricky[2] != {}:
            errors.append("engine order or empty bundles not kept")
        # The tool reads back what the conversion writes, unchanged.
        src = xyz_takehome.to_json(tricky)
        r = run([os.path.join(bindir, "xyz-translate"), "--json-to-vliw"],
                input=src)
        r2 = run([os.path.join(bindir, "xyz-translate"), "--vliw-to-json"],
                 input=r.stdout)
        if r.returncode or r2.returncode or \
                json.loads(r2.stdout) != TRICKY:
            errors.append(f"xyz-translate round trip: {r.stderr}{r2.stderr}")
        for bad in ('[{"alu": [[1, 2, 3, 4]]}]', '[{"gpu": []}]', '{}',
                    '[{"flow": [["halt"], ["halt"]]}]', '[[]]', '[{"load"'):
            try:
                xyz_takehome.to_harness(bad)
                errors.append(f"accepted a malformed program: {bad}")
            except xyz_takehome.XyzError:
                pass
        return errors
    return check


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bindir", required=True)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--quick", action="store_true",
                    help="small shapes only (sanitizer builds)")
    args = ap.parse_args()
    bindir = os.path.abspath(args.bindir)
    big = (4, 8, 64) if args.quick else (10, 16, 256)
    checks = [live_shape(bindir, big, 1 if args.quick else 2),
              live_shape(bindir, (3, 5, 13), 1),
              precompiled(bindir),
              inline(bindir, big),
              errors_reach_harness(bindir),
              round_trips(bindir, big)]
    if not args.quick:
        checks += [live_shape(bindir, (4, 8, 64), 1),
                   live_shape(bindir, (0, 1, 1), 1),
                   live_shape(bindir, (7, 20, 300), 1)]
    return run_checks(checks, args.jobs, "takehome: ")


if __name__ == "__main__":
    sys.exit(main())
