#!/usr/bin/env python3
"""End-to-end check of the second kernel, examples/tree_hash_ternary.mlir.

The ternary tree walk (see the kernel's header comment): for each shape,
compile it with the contract command line (xyz-opt --xyz-specialize=...
--xyz-schedule | xyz-translate --vliw-to-json), build a memory image here
(header, random node values and input values from a seed, zero indices),
run it with xyz-run --strict, and compare the whole final memory with a
Python reference of the kernel (32-bit wrap-around): the values and indices
regions must hold the reference's, everything else must be unchanged.

For the big shape the kernel is also compiled with the general passes
switched off (gather-to-select=0, then gather-to-select=0 vectorize=0
fuse-multiply-add=0); every variant must be correct, and the default
pipeline must take strictly fewer cycles than both. Any failure is printed
and the script exits 1; the last line is 'N passed, N failed'.
"""
import argparse
import json
import os
import random
import re
import sys

from e2e_common import compile_kernel, run, run_checks

MASK = 0xFFFFFFFF
HEADER = 7
BATCHES = [1, 5, 8, 9, 64, 100]
BIG = (5, 12, 256)
# The pipelines the big shape is compiled with; the first must win.
VARIANTS = [
    ("default", "--xyz-schedule"),
    ("gather-to-select=0", "--xyz-schedule=gather-to-select=0"),
    ("gather-to-select=0 vectorize=0 fuse-multiply-add=0",
     "--xyz-schedule=gather-to-select=0 vectorize=0 fuse-multiply-add=0"),
]


def shapes():
    # Heights 0..5, rounds 1..12 and the batches, combined so that each
    # value appears several times without the full product.
    out = set()
    for k in range(24):
        out.add((k % 6, 1 + (k * 5) % 12, BATCHES[(k + k // 6) % 6]))
    out |= {(0, 12, 100), (5, 12, 9), (2, 3, 1)}
    return sorted(out)


def n_nodes(height):
    return (3 ** (height + 1) - 1) // 2


def hash2(a):
    a = ((a + 0x3C6EF372) + (a << 7)) & MASK
    a = ((a ^ 0x9E3779B9) ^ (a >> 11)) & MASK
    a = ((a * 0x2C1B3C6D) ^ (a >> 15)) & MASK
    a = ((a + 0x5BD1E995) + (a << 2)) & MASK
    return a


def layout(h, b):
    forest_p = HEADER
    indices_p = forest_p + n_nodes(h)
    values_p = indices_p + b
    return forest_p, indices_p, values_p


def image(h, r, b, seed):
    rng = random.Random(seed * 1000003 + h * 10007 + r * 101 + b)
    forest_p, indices_p, values_p = layout(h, b)
    mem = [r, n_nodes(h), b, h, forest_p, indices_p, values_p]
    mem += [rng.getrandbits(32) for _ in range(n_nodes(h))]
    mem += [0] * b
    mem += [rng.getrandbits(32) for _ in range(b)]
    return mem


def reference(mem):
    mem = list(mem)
    r, nodes, b = mem[0], mem[1], mem[2]
    forest_p, indices_p, values_p = mem[4], mem[5], mem[6]
    for _ in range(r):
        for i in range(b):
            idx = mem[indices_p + i]
            val = hash2(mem[values_p + i] ^ mem[forest_p + idx])
            idx = 3 * idx + 1 + val % 3
            if idx >= nodes:
                idx = 0
            mem[values_p + i] = val
            mem[indices_p + i] = idx
    return mem


def compile_shape(args, h, r, b, workdir, schedule="--xyz-schedule", tag=""):
    return compile_kernel(args.bindir, args.kernel,
                          f"height={h} rounds={r} batch={b}",
                          os.path.join(workdir, f"h{h}-r{r}-b{b}{tag}.json"),
                          schedule)


def run_and_compare(args, prog, h, r, b, seed, workdir, tag=""):
    """Runs prog on a fresh image; returns (cycles, error or None)."""
    name = f"h{h}-r{r}-b{b}-s{seed}{tag}"
    mem = image(h, r, b, seed)
    mem_path = os.path.join(workdir, name + ".mem.json")
    out_path = os.path.join(workdir, name + ".out.json")
    with open(mem_path, "w") as f:
        json.dump(mem, f)
    res = run([os.path.join(args.bindir, "xyz-run"), prog, "--strict",
               "--mem", mem_path, "--dump-mem", out_path])
    if res.returncode != 0:
        return None, f"xyz-run failed: {(res.stdout + res.stderr).strip()[:400]}"
    m = re.search(r"^cycles: (\d+)$", res.stdout, re.M)
    if not m:
        return None, f"no 'cycles: N' line in {res.stdout.strip()[:200]!r}"
    with open(out_path) as f:
        got = json.load(f)
    want = reference(mem)
    if len(got) != len(want):
        return None, f"memory has {len(got)} words, expected {len(want)}"
    if got != want:
        forest_p, indices_p, values_p = layout(h, b)
        bad = next(a for a in range(len(want)) if got[a] != want[a])
        if bad >= values_p:
            where = f"values[{bad - values_p}]"
        elif bad >= indices_p:
            where = f"indices[{bad - indices_p}]"
        else:
            where = f"mem[{bad}] (not an output)"
        return None, (f"seed {seed}: {where} = {got[bad]}, expected "
                      f"{want[bad]}")
    return int(m.group(1)), None


def check_shape(args, shape, workdir):
    h, r, b = shape
    prog, err = compile_shape(args, h, r, b, workdir)
    if err:
        return [f"h={h} r={r} b={b}: {err}"], None
    errors = []
    for seed in range(args.seeds):
        _, err = run_and_compare(args, prog, h, r, b, seed, workdir)
        if err:
            errors.append(f"h={h} r={r} b={b}: {err}")
    return errors, None


def check_big(args, workdir):
    """The big shape under each pipeline: all correct, the default fastest."""
    h, r, b = BIG
    errors, cycles = [], {}
    for i, (name, schedule) in enumerate(VARIANTS):
        prog, err = compile_shape(args, h, r, b, workdir, schedule, f"-v{i}")
        if err:
            errors.append(f"h={h} r={r} b={b} [{name}]: {err}")
            continue
        for seed in range(args.seeds):
            c, err = run_and_compare(args, prog, h, r, b, seed, workdir,
                                     f"-v{i}")
            if err:
                errors.append(f"h={h} r={r} b={b} [{name}]: {err}")
            else:
                cycles[name] = c
    report = (f"h={h} r={r} b={b} cycles: " +
              ", ".join(f"{name}: {cycles.get(name, '?')}"
                        for name, _ in VARIANTS))
    if len(cycles) == len(VARIANTS):
        best = cycles[VARIANTS[0][0]]
        for name, _ in VARIANTS[1:]:
            if not best < cycles[name]:
                errors.append(f"h={h} r={r} b={b}: the default pipeline "
                              f"takes {best} cycles, not fewer than "
                              f"{name}'s {cycles[name]}")
    return errors, report


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bindir", default="build/bin")
    p.add_argument("--kernel", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples",
        "tree_hash_ternary.mlir"))
    p.add_argument("--seeds", type=int, default=2)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = p.parse_args()

    checks = [lambda w: check_big(args, w)]
    checks += [lambda w, s=s: check_shape(args, s, w) for s in shapes()]
    return run_checks(checks, args.jobs)


if __name__ == "__main__":
    sys.exit(main())
