#!/usr/bin/env python3
"""End-to-end check of the allreduce kernels over a grid of cores x n.

For each (C, N) and each formulation (examples/allreduce.mlir: column chunks,
examples/allreduce_rs_ag.mlir: reduce-scatter + barrier + all-gather):
compile with the contract command line, run on C cores with xyz-run's
allreduce check (--strict) over two seeds. The last line is
'N passed, N failed'.
"""
import argparse
import os
import sys

from e2e_common import run, run_checks


def shapes(quick=False):
    """Every core count 1-8 at sizes around the 8-word vector (76 shapes);
    quick (sanitizer builds, which look for memory errors, not for
    shapes): 1, 3 and 8 cores at a few sizes."""
    if quick:
        return [(c, n) for c in (1, 3, 8) for n in (1, 9, 100)] + [(4, 1024)]
    out = []
    for c in range(1, 9):
        for n in [1, 2, 7, 8, 9, 17, 64, 100, 257]:
            out.append((c, n))
    for c in [1, 3, 4, 8]:
        out.append((c, 1024))
    return out


def check(args, kernel, c, n, workdir):
    name = os.path.splitext(os.path.basename(kernel))[0]
    prog = os.path.join(workdir, f"{name}-c{c}-n{n}.json")
    opt = run([os.path.join(args.bindir, "xyz-opt"), kernel,
               f"--xyz-specialize=cores={c} n={n}", "--xyz-schedule"])
    if opt.returncode != 0:
        return [f"{name} C={c} N={n}: xyz-opt: {opt.stderr.strip()[:300]}"]
    tr = run([os.path.join(args.bindir, "xyz-translate"), "--vliw-to-json",
              "-o", prog], input=opt.stdout)
    if tr.returncode != 0:
        return [f"{name} C={c} N={n}: xyz-translate: {tr.stderr.strip()[:300]}"]
    errors = []
    for seed in range(args.seeds):
        res = run([os.path.join(args.bindir, "xyz-run"), prog, "--strict",
                   f"--cores={c}", "--kernel", "allreduce", f"--n={n}",
                   f"--seed={seed}"])
        if res.returncode != 0 or "check: ok" not in res.stdout:
            errors.append(f"{name} C={c} N={n} seed={seed}: "
                          f"{(res.stdout + res.stderr).strip()[:300]}")
    return errors


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bindir", required=True)
    p.add_argument("--examples", required=True)
    p.add_argument("--seeds", type=int, default=2)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--quick", action="store_true",
                   help="a sample of the shapes (sanitizer builds)")
    args = p.parse_args()
    kernels = [os.path.join(args.examples, k)
               for k in ("allreduce.mlir", "allreduce_rs_ag.mlir")]
    checks = [lambda w, k=k, c=c, n=n: check(args, k, c, n, w)
              for k in kernels for c, n in shapes(args.quick)]
    return run_checks(checks, args.jobs, "allreduce end-to-end: ")


if __name__ == "__main__":
    sys.exit(main())
