#!/usr/bin/env python3
"""End-to-end: the small kernels of examples/constructs/ agree with xyz-interp.

Each kernel (signed arithmetic, signed compares with constants, the
high word of a product, i1 arithmetic and xor ranges, if-conversion on per-thread and uniform
conditions, masked stores, loops with
data-dependent trip counts, written under a constant bound or declaring
their maximum with xyz.max_trips, reductions across threads, signed
min/max and conditional reduction loops, a histogram, chained
selects, Horner's rule over 200 coefficients, a buffer that is not an
output, an array of records, a 2-D stencil with clamped neighbours, a
matrix product (with a thread per cell, and in plain loops), a stencil of interior cells, per-thread sorting in place,
saturating arithmetic, a scatter in place, an odd-even transposition sort
in place, a compare-exchange toward a direction, a thread per row with its
column loop on lanes, a prefix sum, loops under a uniform condition, an
argmax and an argmin) is compiled at
batches 1, 7, 8, 13, 64 and 100 with the default pipeline, with
`opt-level=0` and with every optional stage off; a random image is built
from the layout the kernel's comment documents, and the source interpreter
and the machine run from it must agree on the observable words
(`xyz-interp --mem ... --check`, the machine strict). One line per
kernel reports the cycles at batch 64 with each pipeline. The last line is
'N passed, N failed'.
"""
import argparse
import json
import os
import random
import re
import sys

from e2e_common import compile_kernel, run, run_checks

BATCHES = [1, 7, 8, 13, 64, 100]
# Sanitizer builds look for memory errors, not for shapes: one scalar, one
# partial-group and one many-group batch.
QUICK_BATCHES = [1, 13, 64]
PIPELINES = {
    "default": "--xyz-schedule",
    "opt-level=0": "--xyz-schedule=opt-level=0",
    "all-off": "--xyz-schedule=simplify=0 ranges=0 vectorize=0 "
               "gather-to-select=0 gather-to-select-groups=0 "
               "fuse-multiply-add=0 opt-level=0",
}
INT_MIN, MINUS_ONE = 0x80000000, 0xFFFFFFFF


def word(rng):
    """A word that exercises signs and edges: any 32 bits, a small signed
    value, or one of the extremes."""
    kind = rng.randrange(4)
    if kind == 0:
        return rng.getrandbits(32)
    if kind == 1:
        return rng.randint(-20, 20) & 0xFFFFFFFF
    if kind == 2:
        return rng.choice([0, 1, INT_MIN, 0x7FFFFFFF, MINUS_ONE])
    return rng.randrange(1 << 16)


def signed_arith_image(n, rng):
    # a, b (b != 0, and no INT_MIN / -1: both undefined in MLIR), 12 outputs.
    a = [word(rng) for _ in range(n)]
    b = []
    for x in a:
        y = word(rng)
        while y == 0 or (x == INT_MIN and y == MINUS_ONE):
            y = word(rng)
        b.append(y)
    return a + b + [rng.getrandbits(32) for _ in range(12 * n)]


def if_select_image(n, rng):
    # x, y, lo, hi.
    return [word(rng) for _ in range(2 * n)] + \
        [rng.getrandbits(32) for _ in range(2 * n)]


def masked_store_image(n, rng):
    # x, out, acc: the words not stored must keep their initial values.
    return [word(rng) for _ in range(n)] + \
        [rng.getrandbits(32) for _ in range(2 * n)]


def masked_slot_update_image(n, rng):
    # key, slots (2 per thread; about half below the threshold).
    return [rng.getrandbits(32) for _ in range(3 * n)]


def private_histogram_image(n, rng):
    # x, bins (4 per thread, small counts).
    return [rng.getrandbits(32) for _ in range(n)] + \
        [rng.randrange(8) for _ in range(4 * n)]


def reverse_pass_image(n, rng):
    # x, tmp, out.
    return [rng.getrandbits(32) for _ in range(n)] + [0] * (2 * n)


def smooth_rounds_image(n, rng):
    # a (20-bit words), tmp.
    return [rng.getrandbits(20) for _ in range(n)] + [0] * n


def bounded_loop_image(n, rng):
    # x, out, last.
    return [word(rng) for _ in range(n)] + \
        [rng.getrandbits(32) for _ in range(2 * n)]


def max_trips_loop_image(n, rng):
    # x (any word: its low 4 bits are the trip count), out.
    return [rng.getrandbits(32) for _ in range(2 * n)]


def uniform_if_image(n, rng):
    # flag (below 5 or not, half the time each), count, x.
    return [rng.choice([rng.randrange(5), rng.getrandbits(32)]),
            rng.getrandbits(32)] + [word(rng) for _ in range(n)]


def signed_const_image(n, rng):
    # a (edge-case words), out (6n words).
    return [word(rng) for _ in range(n)] + [0] * (6 * n)


def mul_high_image(n, rng):
    # a, b (edge-case words), out (2n words).
    return [word(rng) for _ in range(2 * n)] + [0] * (2 * n)


def bool_xor_image(n, rng):
    # t (16 words), x (edge-case words), out (6n words).
    return [rng.getrandbits(32) for _ in range(16)] + \
        [word(rng) for _ in range(n)] + [0] * (6 * n)


def index_math_image(n, rng):
    # x (edge-case words: the sign bit matters), out (2n words).
    return [word(rng) for _ in range(n)] + [0] * (2 * n)


def reduce_threads_image(n, rng):
    # a (edge-case words: zeros, all ones, extremes), out (8 words).
    return [word(rng) for _ in range(n)] + \
        [rng.getrandbits(32) for _ in range(8)]


def reduce_signed_image(n, rng):
    # a (edge-case words: the sign bit matters), out (4 words).
    return [word(rng) for _ in range(n)] + \
        [rng.getrandbits(32) for _ in range(4)]


def histogram_image(n, rng):
    # h (16 counts, zero), a (words whose low 4 bits pick the count).
    return [0] * 16 + [rng.getrandbits(32) for _ in range(n)]


def select_chain_image(n, rng):
    # x (edge-case words), out (n words).
    return [word(rng) for _ in range(n)] + [0] * n


def horner_image(n, rng):
    # c (201 coefficients), x (n words), out (n words).
    return [rng.getrandbits(32) for _ in range(201 + n)] + [0] * n


def tmp_buffer_image(n, rng):
    # in (random words), tmp and out (n words each).
    return [rng.getrandbits(32) for _ in range(n)] + [0] * (2 * n)


def records_image(n, rng):
    # rec (3 words per record), out (n words).
    return [rng.getrandbits(32) for _ in range(3 * n)] + [0] * n


def clamped_stencil_2d_image(n, rng):
    # grid (n x 5 words, 28-bit), out (as many).
    return [rng.getrandbits(28) for _ in range(5 * n)] + [0] * (5 * n)


def matmul_image(n, rng):
    # A (n x 3), B (3 x 7), C (n x 7 words).
    return [rng.getrandbits(32) for _ in range(3 * n + 21)] + [0] * (7 * n)


def matmul_loops_image(n, rng):
    # A (5 x 4), B (4 x n), C (5 x n words).
    return [rng.getrandbits(32) for _ in range(20 + 4 * n)] + [0] * (5 * n)


def interior_stencil_image(n, rng):
    # grid ((n + 2) x 5 words, 24-bit), out (as many).
    return [rng.getrandbits(24) for _ in range(5 * (n + 2))] + [0] * (5 * (n + 2))


def saturate_image(n, rng):
    # bounds (lo, hi), a, b (edge-case words), out (4n words).
    return [word(rng) for _ in range(2 + 2 * n)] + [0] * (4 * n)


def scatter_in_place_image(n, rng):
    # a (pairs of words).
    return [rng.getrandbits(32) for _ in range(2 * n)]


def odd_even_sort_image(n, rng):
    # a (signed words, sorted in place): n >= 2.
    return [word(rng) for _ in range(max(n, 2))]


def exchange_toward_image(n, rng):
    # a (signed words), b, out.
    return [word(rng) for _ in range(n)] + [0] * (2 * n)


def row_threshold_image(n, rng):
    # thr, img (n rows of 13 edge-case words), bin, cnt, mx.
    return [word(rng)] + [word(rng) for _ in range(13 * n)] + \
        [0] * (13 * n + 2 * n)


def prefix_sum_image(n, rng):
    # a (edge-case words), pre, total.
    return [word(rng) for _ in range(n)] + [0] * (n + 1)


def mode_loops_image(odd):
    # mode (odd: the scan arm, even: the scaled copy), a, out, total.
    def image(n, rng):
        return [2 * rng.randrange(5) + odd] + \
            [word(rng) for _ in range(n)] + [0] * (n + 1)
    return image


def argmax_image(n, rng):
    # a (small words: many ties, some negative as signed), b, out.
    return [rng.choice([rng.randrange(16), rng.randrange(16) - 8 & 0xFFFFFFFF,
                        rng.getrandbits(32)]) for _ in range(n)] + \
        [rng.getrandbits(32) for _ in range(n)] + [0] * 4


def thread_sort_image(n, rng):
    # a (4 words per thread, sorted in place).
    return [rng.getrandbits(32) for _ in range(4 * n)]


KERNELS = [
    ("signed_arith", lambda n: f"n={n}", signed_arith_image),
    ("signed_const", lambda n: f"n={n}", signed_const_image),
    ("mul_high", lambda n: f"n={n}", mul_high_image),
    ("bool_xor", lambda n: f"n={n}", bool_xor_image),
    ("if_select", lambda n: f"n={n}", if_select_image),
    ("masked_store", lambda n: f"n={n}", masked_store_image),
    ("masked_slot_update", lambda n: f"n={n}", masked_slot_update_image),
    ("private_histogram", lambda n: f"n={n}", private_histogram_image),
    ("reverse_pass", lambda n: f"n={n}", reverse_pass_image),
    ("smooth_rounds", lambda n: f"n={n} rounds=4", smooth_rounds_image),
    ("bounded_loop", lambda n: f"n={n} steps=12", bounded_loop_image),
    ("bounded_loop", lambda n: f"n={n} steps=0", bounded_loop_image),
    ("max_trips_loop", lambda n: f"n={n}", max_trips_loop_image),
    ("uniform_if", lambda n: f"n={n}", uniform_if_image),
    ("reduce_threads", lambda n: f"n={n}", reduce_threads_image),
    ("index_math", lambda n: f"n={n}", index_math_image),
    ("reduce_signed", lambda n: f"n={n}", reduce_signed_image),
    ("histogram", lambda n: f"n={n}", histogram_image),
    ("select_chain", lambda n: f"n={n}", select_chain_image),
    ("horner", lambda n: f"n={n} deg=200", horner_image),
    ("tmp_buffer", lambda n: f"n={n}", tmp_buffer_image),
    ("records", lambda n: f"n={n} s=3", records_image),
    ("clamped_stencil_2d", lambda n: f"w={n} h=5", clamped_stencil_2d_image),
    ("matmul", lambda n: f"m={n} k=3 p=7", matmul_image),
    ("matmul_loops", lambda n: f"m=5 k=4 p={n}", matmul_loops_image),
    ("interior_stencil", lambda n: f"w={n + 2} h=5", interior_stencil_image),
    ("thread_sort", lambda n: f"n={n} m=4", thread_sort_image),
    ("saturate", lambda n: f"n={n}", saturate_image),
    ("scatter_in_place", lambda n: f"n={n}", scatter_in_place_image),
    ("odd_even_sort", lambda n: f"n={max(n, 2)} rounds=4",
     odd_even_sort_image),
    ("exchange_toward", lambda n: f"n={n} rounds=4", exchange_toward_image),
    ("row_threshold", lambda n: f"n={n} w=13", row_threshold_image),
    ("prefix_sum", lambda n: f"n={n}", prefix_sum_image),
    ("mode_loops", lambda n: f"n={n}", mode_loops_image(1)),
    ("mode_loops", lambda n: f"n={n}", mode_loops_image(0)),
    ("argmax", lambda n: f"n={n}", argmax_image),
]


def check(args, name, shape, image, pipeline, workdir, cycles):
    tag = f"{name} {shape} [{pipeline}]"
    src = os.path.join(args.examples, name + ".mlir")
    stem = os.path.join(workdir, re.sub(r"\W+", "-", tag))
    prog, err = compile_kernel(args.bindir, src, shape, stem + ".json",
                               PIPELINES[pipeline])
    if err:
        return [f"{tag}: {err}"]
    init = stem + ".init.json"
    with open(init, "w") as f:
        json.dump(image, f)
    # The source interpreter and the machine (strict) from the same image,
    # the observable words compared (docs/xyz-interp.md): a store to a
    # region that is not an output may be dropped.
    res = run([os.path.join(args.bindir, "xyz-interp"), src, "--shape", shape,
               "--mem", init, "--check", prog])
    if res.returncode != 0 or "expect: ok" not in res.stdout:
        return [f"{tag}: xyz-interp --check: "
                f"{(res.stdout + res.stderr).strip()[:300]}"]
    found = re.search(r"cycles: (\d+)", res.stdout)
    cycles[(name, shape, pipeline)] = int(found.group(1)) if found else None
    return []


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bindir", required=True)
    p.add_argument("--examples", required=True,
                   help="the examples/constructs directory")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--quick", action="store_true",
                   help="batches %s only, without opt-level=0 (sanitizer "
                   "builds: its stages are the default's, less search)"
                   % QUICK_BATCHES)
    args = p.parse_args()
    pipelines = [name for name in PIPELINES
                 if not (args.quick and name == "opt-level=0")]
    checks, cycles = [], {}
    for k, (name, shape_of, image_of) in enumerate(KERNELS):
        for batch in QUICK_BATCHES if args.quick else BATCHES:
            shape = shape_of(batch)
            image = image_of(batch, random.Random(f"{k} {batch}"))
            for pipeline in pipelines:
                checks.append(
                    lambda w, name=name, shape=shape, image=image,
                    pipeline=pipeline: check(args, name, shape, image,
                                             pipeline, w, cycles))
    status = run_checks(checks, args.jobs, "constructs end-to-end: ")
    for name, shape_of, _ in KERNELS:
        shape = shape_of(64)
        figures = ", ".join(
            f"{pipeline} {cycles.get((name, shape, pipeline))}"
            for pipeline in pipelines)
        print(f"cycles {name} {shape}: {figures}")
    return status


if __name__ == "__main__":
    sys.exit(main())
