#!/usr/bin/env python3
"""End-to-end: the compiled programs agree with the source-level interpreter.

For each shape of each kernel: compile the kernel with the contract command
line, run it once with xyz-run's kernel check and --dump-initial-mem (the
image the kernel registry builds from a seed; for the ternary walk, which
has no registry entry, an image built here), interpret the kernel source on
that image with xyz-interp --shape (the oracle), and run the program again
with --expect on the interpreter's final image: it must print `expect: ok`.
Words of regions a kernel does not list in `xyz.outputs` and never reads
back are not observable, and the compiler drops their stores (tree-hash's
`indices`): the expected image keeps their initial values there.
The last line is 'N passed, N failed'.
"""
import argparse
import json
import os
import random
import sys

from e2e_common import compile_kernel, run, run_checks

TREE_HASH = [(0, 1, 1), (0, 4, 7), (1, 3, 9), (3, 16, 1), (5, 7, 300),
             (10, 16, 256), (4, 2, 8), (2, 20, 17)]
ALLREDUCE = [(1, 1), (2, 7), (3, 17), (4, 64), (8, 100), (5, 9)]
TERNARY = [(0, 1, 1), (2, 5, 9), (3, 12, 300)]


def ternary_image(h, r, b, seed):
    rng = random.Random(seed)
    n_nodes = (3 ** (h + 1) - 1) // 2
    forest_p = 7
    indices_p = forest_p + n_nodes
    values_p = indices_p + b
    header = [r, n_nodes, b, h, forest_p, indices_p, values_p]
    forest = [rng.getrandbits(30) for _ in range(n_nodes)]
    values = [rng.getrandbits(30) for _ in range(b)]
    return header + forest + [0] * b + values


def tree_hash_indices(image):
    """tree_hash.mlir's `indices` (not an output, never read back): words
    [indices_p, indices_p + batch) of the spec's header."""
    return [(image[5], image[5] + image[2])]


def check(args, name, src, shape_opt, prog_args, workdir, cores=1,
          image=None, unobservable=None):
    tag = f"{name} {shape_opt}"
    stem = os.path.join(workdir, f"{name}-{shape_opt.replace(' ', '-')}")
    prog, err = compile_kernel(args.bindir, src, shape_opt, stem + ".json")
    if err:
        return [f"{tag}: {err}"]
    xyz_run = os.path.join(args.bindir, "xyz-run")
    init = stem + ".init.json"
    if image is None:
        res = run([xyz_run, prog, "--strict", f"--cores={cores}",
                   "--dump-initial-mem", init] + prog_args)
        if res.returncode != 0 or "check: ok" not in res.stdout:
            return [f"{tag}: xyz-run --kernel: "
                    f"{(res.stdout + res.stderr).strip()[:300]}"]
    else:
        with open(init, "w") as f:
            json.dump(image, f)
    want = stem + ".want.json"
    res = run([os.path.join(args.bindir, "xyz-interp"), src,
               "--shape", shape_opt, f"--cores={cores}", "--mem", init,
               "--dump-mem", want])
    if res.returncode != 0:
        return [f"{tag}: xyz-interp: {res.stderr.strip()[:300]}"]
    if unobservable:
        with open(init) as f:
            initial = json.load(f)
        with open(want) as f:
            final = json.load(f)
        for lo, hi in unobservable(initial):
            final[lo:hi] = initial[lo:hi]
        with open(want, "w") as f:
            json.dump(final, f)
    res = run([xyz_run, prog, "--strict", f"--cores={cores}", "--mem", init,
               "--expect", want])
    if res.returncode != 0 or "expect: ok" not in res.stdout:
        return [f"{tag}: xyz-run --expect: "
                f"{(res.stdout + res.stderr).strip()[:300]}"]
    return []


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bindir", required=True)
    p.add_argument("--examples", required=True)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = p.parse_args()
    ex = args.examples
    checks = []
    for i, (h, r, b) in enumerate(TREE_HASH):
        checks.append(lambda w, h=h, r=r, b=b, i=i: check(
            args, "tree_hash", os.path.join(ex, "tree_hash.mlir"),
            f"height={h} rounds={r} batch={b}",
            ["--kernel", "tree-hash", f"--height={h}", f"--rounds={r}",
             f"--batch={b}", f"--seed={i}"], w,
            unobservable=tree_hash_indices))
    for name in ("allreduce", "allreduce_rs_ag"):
        for i, (c, n) in enumerate(ALLREDUCE):
            checks.append(lambda w, name=name, c=c, n=n, i=i: check(
                args, name, os.path.join(ex, name + ".mlir"),
                f"cores={c} n={n}",
                ["--kernel", "allreduce", f"--n={n}", f"--seed={i}"], w,
                cores=c))
    for i, (h, r, b) in enumerate(TERNARY):
        checks.append(lambda w, h=h, r=r, b=b, i=i: check(
            args, "tree_hash_ternary",
            os.path.join(ex, "tree_hash_ternary.mlir"),
            f"height={h} rounds={r} batch={b}", [], w,
            image=ternary_image(h, r, b, i)))
    return run_checks(checks, args.jobs, "interpreter oracle end-to-end: ")


if __name__ == "__main__":
    sys.exit(main())
