#!/usr/bin/env python3
"""Cycles of the allreduce kernels next to the machine's floor.

For C in {1, 2, 4, 8} and N in {64, 1024, 8192}: compile both formulations
(examples/allreduce.mlir, examples/allreduce_rs_ag.mlir), run them on C cores
with xyz-run's check, and print a markdown table. The floor is the per-core
load/store work of the column-chunk formulation: each core reads C rows of
its ceil(N/C)-column chunk and writes them to C rows, 8 words per vload /
vstore, 2 loads and 2 stores per bundle.
"""
import argparse
import math
import os
import re
import subprocess
import tempfile


def run(bindir, kernel, c, n, workdir):
    prog = os.path.join(workdir, "p.json")
    opt = subprocess.run([os.path.join(bindir, "xyz-opt"), kernel,
                          f"--xyz-specialize=cores={c} n={n}", "--xyz-schedule"],
                         capture_output=True, text=True, check=True)
    subprocess.run([os.path.join(bindir, "xyz-translate"), "--vliw-to-json",
                    "-o", prog], input=opt.stdout, text=True, check=True)
    out = subprocess.run([os.path.join(bindir, "xyz-run"), prog,
                          f"--cores={c}", "--kernel", "allreduce", f"--n={n}"],
                         capture_output=True, text=True).stdout
    cycles = int(re.search(r"cycles: (\d+)", out).group(1))
    return cycles, "check: ok" in out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bindir", default="build/bin")
    p.add_argument("--examples", default="examples")
    args = p.parse_args()
    chunks = os.path.join(args.examples, "allreduce.mlir")
    rsag = os.path.join(args.examples, "allreduce_rs_ag.mlir")
    print("| cores | n | column chunks | reduce-scatter + barrier + all-gather "
          "| floor (loads, stores / 2 per bundle) |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as workdir:
        for c in (1, 2, 4, 8):
            for n in (64, 1024, 8192):
                a, ok_a = run(args.bindir, chunks, c, n, workdir)
                b, ok_b = run(args.bindir, rsag, c, n, workdir)
                chunk = math.ceil(n / c)
                vectors = math.ceil(c * chunk / 8)
                floor = math.ceil(vectors / 2)
                mark = lambda ok: "" if ok else " (WRONG)"
                print(f"| {c} | {n} | {a}{mark(ok_a)} | {b}{mark(ok_b)} "
                      f"| {floor} |")


if __name__ == "__main__":
    main()
