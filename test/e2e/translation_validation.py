#!/usr/bin/env python3
"""Translation validation: every kernel under examples/, compiled vs source.

Finds every .mlir file holding an `xyz.kernel` under the examples directory
(recursively: a kernel added in a new subdirectory joins by itself), reads
its shape parameters with `xyz-interp --list-params` (each may declare the
range the tests draw from, `xyz.test_range = [lo, hi]`), and draws shapes:
the default shape, every parameter at its low end, every parameter at its
high end, then random shapes in the ranges. Each shape is compiled with the
contract command line

    xyz-opt K --xyz-specialize="SHAPE" --xyz-schedule | xyz-translate --vliw-to-json

and checked with `xyz-interp K --shape SHAPE --random-image SEED --seeds N
--check prog.json`: the kernel's own memory-image declarations (xyz.region)
make random images, the program runs on the machine and the kernel on the
source interpreter, and their observable words must agree. A kernel with a
`cores` parameter runs on that many cores. Shapes the kernel rejects
(`xyz.require`) are skipped and counted. On a few shapes per kernel, each
`--xyz-schedule` option is switched off (or set to its other values) one at
a time (with --quick, each on every third kernel). The last line is
'N passed, N failed'; any failure exits 1.
"""
import argparse
import os
import threading
import random
import re
import sys
import zlib

from e2e_common import run, run_checks

# Each --xyz-schedule option switched away from its default, one at a time.
PIPELINE_VARIANTS = ["simplify=0", "ranges=0", "fuse-multiply-add=0",
                     "gather-to-select=0", "vectorize=0",
                     "gather-to-select-groups=0", "carry-constants=0",
                     "carry-into-tables=1",
                     "opt-level=0",
                     "opt-level=2"]

LOCK = threading.Lock()

PARAM_LINE = re.compile(r"^(\S+): default (-?\d+|none)"
                        r"(?:, test range \[(-?\d+), (-?\d+)\])?$")


def find_kernels(root):
    """Every .mlir file under `root` holding an xyz.kernel, sorted."""
    found = []
    for dirpath, _, files in os.walk(root):
        for name in files:
            path = os.path.join(dirpath, name)
            if name.endswith(".mlir"):
                with open(path) as f:
                    if "xyz.kernel @" in f.read():
                        found.append(path)
    return sorted(found)


def list_params(bindir, kernel):
    """[(name, default or None, lo, hi)] of the kernel, or an error."""
    res = run([os.path.join(bindir, "xyz-interp"), kernel, "--list-params"])
    if res.returncode != 0:
        return None, res.stderr.strip()[:300]
    params = []
    for line in res.stdout.splitlines():
        m = PARAM_LINE.match(line)
        if not m:
            return None, f"unexpected --list-params line '{line}'"
        name, default = m.group(1), m.group(2)
        default = None if default == "none" else int(default)
        if m.group(3) is not None:
            lo, hi = int(m.group(3)), int(m.group(4))
        elif default is not None:
            # No declared range: small shapes up to the default.
            lo, hi = min(1, default), max(min(1, default), min(default, 32))
        else:
            return None, (f"parameter '{name}' has neither a default nor "
                          f"an xyz.test_range")
        params.append((name, default, lo, hi))
    return params, None


def draw_shapes(kernel, params, count):
    """The default shape, the low and high ends, then random shapes."""
    def text(values):
        return " ".join(f"{n}={v}" for n, v in values)
    shapes = [""]  # every parameter at its default
    if params:
        shapes.append(text((n, lo) for n, _, lo, _ in params))
        shapes.append(text((n, hi) for n, _, _, hi in params))
    rng = random.Random(zlib.crc32(os.path.basename(kernel).encode()))
    attempts = 0
    while params and len(shapes) < count and attempts < 50 * count:
        attempts += 1
        shape = text((n, rng.randint(lo, hi)) for n, _, lo, hi in params)
        if shape not in shapes:
            shapes.append(shape)
    return shapes


def check_shape(args, kernel, shape, variant, seed, tally, workdir):
    """Compiles `kernel` at `shape` (with the pipeline option `variant`) and
    checks it on random images; a shape the kernel rejects is counted."""
    name = os.path.relpath(kernel, args.examples)
    tag = f"{name} [{shape or 'defaults'}]" + (f" {variant}" if variant else "")
    stem = os.path.join(workdir, re.sub(r"[^A-Za-z0-9]+", "-", tag))
    schedule = "--xyz-schedule" + (f"={variant}" if variant else "")
    opt = run([os.path.join(args.bindir, "xyz-opt"), kernel,
               f"--xyz-specialize={shape}", schedule])
    if opt.returncode != 0:
        if "is rejected by kernel" in opt.stderr:
            with LOCK:
                tally["rejected"] += 1
            return []
        return [f"{tag}: xyz-opt failed: {opt.stderr.strip()[:400]}"]
    tr = run([os.path.join(args.bindir, "xyz-translate"), "--vliw-to-json"],
             input=opt.stdout)
    if tr.returncode != 0:
        return [f"{tag}: xyz-translate failed: {tr.stderr.strip()[:400]}"]
    prog = stem + ".json"
    with open(prog, "w") as f:
        f.write(tr.stdout)
    res = run([os.path.join(args.bindir, "xyz-interp"), kernel,
               "--shape", shape, "--random-image", str(seed),
               "--seeds", str(args.seeds), "--check", prog])
    if res.returncode != 0 or "expect: ok" not in res.stdout:
        return [f"{tag}: xyz-interp --check: "
                f"{(res.stdout + res.stderr).strip()[:600]}"]
    with LOCK:
        tally["checked"] += 1
    return []


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bindir", required=True)
    p.add_argument("--examples", required=True)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--shapes", type=int, default=12,
                   help="shapes per kernel (default, low, high, random)")
    p.add_argument("--variant-shapes", type=int, default=1,
                   help="shapes per kernel each pipeline variant runs on")
    p.add_argument("--seeds", type=int, default=2,
                   help="random images per shape")
    p.add_argument("--quick", action="store_true",
                   help="a sample, for slow (sanitizer) builds")
    args = p.parse_args()
    if args.quick:
        args.shapes, args.variant_shapes = 3, 1

    kernels = find_kernels(args.examples)
    if not kernels:
        print(f"no kernels under {args.examples}")
        print("0 passed, 1 failed")
        return 1
    checks, tallies, errors = [], {}, []
    for k_index, kernel in enumerate(kernels):
        params, err = list_params(args.bindir, kernel)
        if err:
            errors.append(f"{kernel}: --list-params: {err}")
            continue
        tally = tallies[kernel] = {"shapes": 0, "rejected": 0, "checked": 0,
                                   "variants": 0}
        shapes = draw_shapes(kernel, params, args.shapes)
        tally["shapes"] = len(shapes)
        for i, shape in enumerate(shapes):
            checks.append(lambda w, k=kernel, s=shape, i=i, t=tally:
                          check_shape(args, k, s, None, 100 * i, t, w))
        # The variants on the low end (small; with --variant-shapes 2 also
        # the high end, the largest the test ranges allow), not the default
        # shape (the costliest). Quick
        # runs (sanitizer builds, which look for memory errors, not for
        # wrong programs) take each variant on every third kernel, in turn.
        for i, shape in enumerate(shapes[1:1 + args.variant_shapes]):
            for v, variant in enumerate(PIPELINE_VARIANTS):
                if args.quick and (k_index + v) % 3:
                    continue
                tally["variants"] += 1
                checks.append(lambda w, k=kernel, s=shape, v=variant, i=i,
                              t=tally:
                              check_shape(args, k, s, v, 7 + i, t, w))
    for e in errors:
        print("FAIL:", e)

    def summary():
        for kernel, t in tallies.items():
            print(f"{os.path.relpath(kernel, args.examples)}: "
                  f"{t['shapes']} shapes and {t['variants']} pipeline "
                  f"variants; {t['checked']} compiled programs agree with "
                  f"the source on {args.seeds} random images each; "
                  f"{t['rejected']} rejected by xyz.require")

    code = run_checks(checks, args.jobs, "translation validation: ",
                      before_total=summary, extra_failed=len(errors))
    return code


if __name__ == "__main__":
    sys.exit(main())
