#!/usr/bin/env python3
"""End-to-end: examples/constructs/thread_index.mlir (the thread index used
as data, vectorized as a lane-index vector) agrees with its source.

For each batch (multiples of 8 and not, so that the scalar tail runs too)
and each pipeline (the default, and vectorize=0): compile the kernel with the
contract command line, make a random image of `in` (words [0, batch)) and
`out` (words [batch, 2 batch)) from the kernel's xyz.region declarations,
and check the program against the source with xyz-interp --check: it must
print `expect: ok`. At each batch of 8 threads or more the vectorized
program must take fewer cycles than the scalar one. Prints the cycles per shape; the last
line is 'N passed, N failed'.
"""
import argparse
import os
import re
import sys

from e2e_common import compile_kernel, run, run_checks

BATCHES = [1, 7, 8, 9, 16, 17, 63, 100, 256, 257]
PIPELINES = [("vectorized", "--xyz-schedule"),
             ("scalar", "--xyz-schedule=vectorize=0")]


def compile_and_check(args, batch, label, schedule, workdir):
    """Returns (errors, cycles)."""
    src = os.path.join(args.examples, "constructs", "thread_index.mlir")
    shape = f"batch={batch}"
    tag = f"thread_index {shape} {label}"
    stem = os.path.join(workdir, f"thread_index-{batch}-{label}")
    prog, err = compile_kernel(args.bindir, src, shape, stem + ".json",
                               schedule)
    if err:
        return [f"{tag}: {err}"], None
    # The kernel's xyz.region declarations make the random image; the
    # source interpreter is the reference.
    res = run([os.path.join(args.bindir, "xyz-interp"), src, "--shape", shape,
               "--random-image", str(batch), "--check", prog])
    if res.returncode != 0 or "expect: ok" not in res.stdout:
        return [f"{tag}: xyz-interp --check: "
                f"{(res.stdout + res.stderr).strip()[:300]}"], None
    m = re.search(r"cycles: (\d+)", res.stdout)
    return [], int(m.group(1)) if m else None


def check(args, batch, workdir):
    errors, cycles = [], {}
    for label, schedule in PIPELINES:
        e, c = compile_and_check(args, batch, label, schedule, workdir)
        errors += e
        cycles[label] = c
    if errors:
        return errors
    report = (f"batch={batch}: {cycles['vectorized']} cycles vectorized, "
              f"{cycles['scalar']} with vectorize=0")
    if batch >= 8 and not cycles["vectorized"] < cycles["scalar"]:
        errors.append(f"thread_index batch={batch}: not faster vectorized: "
                      f"{report}")
    return errors, report


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bindir", required=True)
    p.add_argument("--examples", required=True)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = p.parse_args()
    checks = [lambda w, b=b: check(args, b, w) for b in BATCHES]
    return run_checks(checks, args.jobs, "thread index end-to-end: ")


if __name__ == "__main__":
    sys.exit(main())
