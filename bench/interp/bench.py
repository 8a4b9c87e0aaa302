#!/usr/bin/env python3
"""Interpreter benchmark: generates a long loop of full bundles and times xyz-run.

The program keeps every engine full in every cycle (12 alu + 6 valu + 2 load +
2 store + 1 flow = 23 slots, 48 + 16 lanes of vector work) in a two-bundle
loop run --iterations times, so cycles = 2 * iterations + a few. It is legal
under --strict (no word is written twice in a bundle). Reports simulated
cycles/s and slot ops/s, from xyz-run's own --time line (the run only, no
parsing) and from the wall time of the whole process.

  bench/interp/bench.py --xyz-run build-sim/bin/xyz-run [--iterations N]
                       [--vs-python]

With --vs-python it also runs the same program on bench/interp/pysim.py
(a plain Python simulator of the machine, standing in for the spec's
reference, which is not part of the project) and prints how many times
faster xyz-run is, whole process against whole process.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

MEM_WORDS = 64


def full_bundle(last):
    """One bundle with every slot of every engine used. Scratch layout:
    0..7 memory addresses, 8 loop counter, 9 = 1, 16.. alu words,
    64.. vectors, 200.. load destinations."""
    alu = [["+", 16 + i, 16 + i, 32 + i] for i in range(11)]
    alu.append(["-", 8, 8, 9] if not last else ["^", 27, 27, 9])
    valu = [["*", 64 + 8 * i, 64 + 8 * i, 128 + 8 * i] for i in range(5)]
    valu.append(["multiply_add", 112, 112, 128, 136])
    load = [["load", 200, 0], ["vload", 208, 1]]
    store = [["store", 2, 16], ["vstore", 3, 64]]
    flow = [["cond_jump_rel", 8, -2]] if last else [["add_imm", 216, 216, 1]]
    return {"alu": alu, "valu": valu, "load": load, "store": store, "flow": flow}


def make_program(iterations):
    init = [
        {"load": [["const", 0, 0], ["const", 1, 8]]},
        {"load": [["const", 2, 16], ["const", 3, 24]]},
        {"load": [["const", 8, iterations], ["const", 9, 1]]},
        {"valu": [["vbroadcast", 128 + 8 * i, 9] for i in range(2)]},
    ]
    return init + [full_bundle(False), full_bundle(True)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xyz-run", default="build-sim/bin/xyz-run")
    parser.add_argument("--iterations", type=int, default=500000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--vs-python", action="store_true",
                        help="also time bench/interp/pysim.py, a plain Python "
                        "simulator built like the spec's reference, on the "
                        "same program (whole process, once: ~25 s at the "
                        "default iterations)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        prog = os.path.join(tmp, "loop.json")
        mem = os.path.join(tmp, "mem.json")
        with open(prog, "w") as f:
            json.dump(make_program(args.iterations), f)
        with open(mem, "w") as f:
            json.dump(list(range(MEM_WORDS)), f)
        cmd = [args.xyz_run, prog, "--mem", mem, "--stats", "--time"]
        if args.strict:
            cmd.append("--strict")
        best = None
        for _ in range(args.repeat):
            start = time.perf_counter()
            out = subprocess.run(cmd, capture_output=True, text=True)
            wall = time.perf_counter() - start
            if out.returncode != 0:
                sys.exit("xyz-run failed:\n" + out.stderr)
            run_time = float(re.search(r"time: ([0-9.]+) s", out.stdout).group(1))
            if best is None or run_time < best[0]:
                best = (run_time, wall, out.stdout)
        run_time, wall, stdout = best
        cycles = int(re.search(r"cycles: (\d+)", stdout).group(1))
        slots = sum(int(n) for n in re.findall(r"^\w+: (\d+) /", stdout, re.M))
        print(stdout, end="")
        print(f"cycles {cycles}, slot ops {slots}")
        print(f"run only : {run_time:.3f} s, {cycles / run_time / 1e6:.2f} M cycles/s, "
              f"{slots / run_time / 1e6:.1f} M slot ops/s")
        print(f"process  : {wall:.3f} s, {cycles / wall / 1e6:.2f} M cycles/s, "
              f"{slots / wall / 1e6:.1f} M slot ops/s")
        if args.vs_python:
            pysim = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                 "pysim.py")
            start = time.perf_counter()
            out = subprocess.run([sys.executable, pysim, prog, "--mem", mem],
                                 capture_output=True, text=True)
            py_wall = time.perf_counter() - start
            if out.returncode != 0 or f"cycles: {cycles}" not in out.stdout:
                sys.exit("pysim.py disagrees or failed:\n" + out.stdout +
                         out.stderr)
            print(f"python   : {py_wall:.3f} s, "
                  f"{slots / py_wall / 1e6:.2f} M slot ops/s "
                  f"(bench/interp/pysim.py, whole process)")
            print(f"ratio    : {py_wall / wall:.0f}x (whole process)")


if __name__ == "__main__":
    main()
