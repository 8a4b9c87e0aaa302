#!/usr/bin/env python3
"""End-to-end check of the tree-hash kernel over many shapes.

For each shape: compile examples/tree_hash.mlir with the contract command line
(xyz-opt --xyz-specialize=... --xyz-schedule | xyz-translate --vliw-to-json),
run the JSON program with xyz-run's tree-hash check over several seeds, and
run it on the golden images of ../shared/golden/tree-hash (memory computed by
an independent implementation of the machine). Any failure is printed and the
script exits 1; the last line is 'N passed, N failed'.
"""
import argparse
import itertools
import json
import os
import sys

from e2e_common import compile_kernel, run, run_checks


def shapes(full, quick=False):
    # Every height 0..11, every rounds 1..20, and the batches the issue names,
    # combined so each value appears several times without the full product.
    batches = [1, 7, 8, 9, 255, 256, 257, 300]
    small = [1, 2, 3, 5, 7, 8, 9, 13, 16, 17, 24, 31]
    out = set()
    for h in range(0, 12):
        for r in range(1, 21):
            b = small[(h * 7 + r) % len(small)]
            if full or (h + r) % 3 == 0:
                out.add((h, r, b))
    for i, b in enumerate(batches):
        out.add((i % 12, 1 + (i * 5) % 20, b))
        out.add(((i * 5 + 3) % 12, 16, b))
    out.add((10, 16, 256))  # the headline
    if quick:
        # Sanitizer builds run 3-10x slower: every height 0..11 once, each
        # named batch once, and the headline.
        out = {(h, 1 + (h * 3) % 20, small[h % len(small)]) for h in range(12)}
        out |= {(i % 12, 1 + (i * 5) % 20, b) for i, b in enumerate(batches)}
        out.add((10, 16, 256))
    return sorted(out)


def compile_shape(bindir, src, h, r, b, workdir):
    return compile_kernel(bindir, src, f"height={h} rounds={r} batch={b}",
                          os.path.join(workdir, f"h{h}-r{r}-b{b}.json"))


def check_shape(args, shape, workdir):
    h, r, b = shape
    prog, err = compile_shape(args.bindir, args.kernel, h, r, b, workdir)
    if err:
        return [f"h={h} r={r} b={b}: {err}"]
    errors = []
    for seed in range(args.seeds):
        res = run([os.path.join(args.bindir, "xyz-run"), prog, "--strict",
                   "--kernel", "tree-hash", f"--height={h}", f"--rounds={r}",
                   f"--batch={b}", f"--seed={seed}"])
        if res.returncode != 0 or "check: ok" not in res.stdout:
            errors.append(f"h={h} r={r} b={b} seed={seed}: "
                          f"{(res.stdout + res.stderr).strip()[:400]}")
    return errors


def check_golden(args, path, workdir):
    with open(path) as f:
        case = json.load(f)
    h, r, b = case["height"], case["rounds"], case["batch"]
    prog, err = compile_shape(args.bindir, args.kernel, h, r, b, workdir)
    if err:
        return [f"{path}: {err}"]
    mem = os.path.join(workdir, os.path.basename(path) + ".mem")
    out = mem + ".out"
    with open(mem, "w") as f:
        json.dump(case["mem"], f)
    res = run([os.path.join(args.bindir, "xyz-run"), prog, "--strict",
               "--mem", mem, "--dump-mem", out])
    if res.returncode != 0:
        return [f"{path}: xyz-run failed: {res.stderr.strip()[:400]}"]
    with open(out) as f:
        final = json.load(f)
    values_p = case["mem"][6]
    got = final[values_p:values_p + b]
    if got != case["expected_values"]:
        bad = next(i for i in range(b) if got[i] != case["expected_values"][i])
        return [f"{path}: values[{bad}] = {got[bad]}, "
                f"expected {case['expected_values'][bad]}"]
    return []


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bindir", required=True)
    p.add_argument("--kernel", required=True)
    p.add_argument("--golden", required=True)
    p.add_argument("--seeds", type=int, default=3)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--full", action="store_true",
                   help="every height x rounds pair, not a sample")
    p.add_argument("--quick", action="store_true",
                   help="a small sample and one seed (sanitizer builds)")
    args = p.parse_args()
    if args.quick:
        args.seeds = 1

    golden = sorted(os.path.join(args.golden, f)
                    for f in os.listdir(args.golden) if f.endswith(".json"))
    if not golden:
        print(f"no golden tree-hash images in {args.golden}")
        return 1
    checks = [lambda w, s=s: check_shape(args, s, w)
              for s in shapes(args.full, args.quick)]
    checks += [lambda w, g=g: check_golden(args, g, w) for g in golden]
    return run_checks(checks, args.jobs, "tree-hash end-to-end: ")


if __name__ == "__main__":
    sys.exit(main())
