#!/usr/bin/env python3
"""The naive tree-hash program: the baseline every figure is measured from.

The kernel of docs/machine.md written as plain scalar code, one slot per
bundle, nothing optimized: load the seven header words, load every constant
once (0, 1, 2, the hash's constants and shift amounts, and each item's
index i), then for every round and item: load its index and value (an
address add and a load each), load its node, xor, the six hash stages
(three ALU ops each), the next index (`%`, `==`, a flow select, `*`, `+`),
the wrap (`<` and a select), and store index and value back. That is 36
slots per item and round. A `pause` opens and closes the loop, as in the
benchmark harness (a no-op costing its cycle).

At the headline shape this is 14 + 262 + 2 + 36 x 16 x 256 = 147,734
cycles, the naive figure the spec quotes. The script writes the program,
runs it with xyz-run's reference check and prints its cycles, so the
figure is measured, not quoted:

    bench/naive/naive.py --bindir build/bin [--shape "height=10 rounds=16 batch=256"]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HEADER = ["rounds", "n_nodes", "batch", "height", "forest_p", "indices_p",
          "values_p"]
# (op1, constant, op2, shift, amount) per stage (docs/machine.md).
STAGES = [("+", 0x7ED55D16, "+", "<<", 12), ("^", 0xC761C23C, "^", ">>", 19),
          ("+", 0x165667B1, "+", "<<", 5), ("+", 0xD3A2646C, "^", "<<", 9),
          ("+", 0xFD7046C5, "+", "<<", 3), ("^", 0xB55A4F09, "^", ">>", 16)]


def build(rounds, batch):
    """The program as a list of bundles (JSON form)."""
    program = []
    words = {}

    def word(name):
        if name not in words:
            words[name] = len(words)
        return words[name]

    def emit(engine, *slot):
        program.append({engine: [list(slot)]})

    for k, name in enumerate(HEADER):
        emit("load", "const", word("tmp"), k)
        emit("load", "load", word(name), word("tmp"))
    consts = {}

    def const(value):
        if value not in consts:
            consts[value] = word(("const", value))
            emit("load", "const", consts[value], value)
        return consts[value]

    for value in [0, 1, 2] + [v for s in STAGES for v in (s[1], s[4])] + \
            list(range(batch)):
        const(value)
    emit("flow", "pause")
    idx, val, node, addr = word("idx"), word("val"), word("node"), word("addr")
    t1, t2, t3 = word("t1"), word("t2"), word("t3")
    for _ in range(rounds):
        for i in range(batch):
            emit("alu", "+", addr, word("indices_p"), const(i))
            emit("load", "load", idx, addr)
            emit("alu", "+", addr, word("values_p"), const(i))
            emit("load", "load", val, addr)
            emit("alu", "+", addr, word("forest_p"), idx)
            emit("load", "load", node, addr)
            emit("alu", "^", val, val, node)
            for op1, c, op2, shift, k in STAGES:
                emit("alu", op1, t1, val, const(c))
                emit("alu", shift, t2, val, const(k))
                emit("alu", op2, val, t1, t2)
            emit("alu", "%", t1, val, const(2))
            emit("alu", "==", t1, t1, const(0))
            emit("flow", "select", t3, t1, const(1), const(2))
            emit("alu", "*", idx, idx, const(2))
            emit("alu", "+", idx, idx, t3)
            emit("alu", "<", t1, idx, word("n_nodes"))
            emit("flow", "select", idx, t1, idx, const(0))
            emit("alu", "+", addr, word("indices_p"), const(i))
            emit("store", "store", addr, idx)
            emit("alu", "+", addr, word("values_p"), const(i))
            emit("store", "store", addr, val)
    emit("flow", "pause")
    return program


def measure(bindir, height, rounds, batch, seed=0):
    """Writes, runs and checks the naive program; returns (cycles, check
    line, slots, seconds of the whole xyz-run process)."""
    program = build(rounds, batch)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "naive.json")
        with open(path, "w") as f:
            json.dump(program, f, separators=(",", ":"))
        start = time.perf_counter()
        ran = subprocess.run(
            [os.path.join(bindir, "xyz-run"), path, "--kernel", "tree-hash",
             "--shape", "height=%d rounds=%d batch=%d" % (height, rounds, batch),
             "--seed", str(seed), "--max-cycles", "100000000"],
            capture_output=True, text=True)
        seconds = time.perf_counter() - start
    cycles = re.search(r"^cycles: (\d+)", ran.stdout, re.M)
    check = re.search(r"^check: .*", ran.stdout, re.M)
    if ran.returncode != 0 or not cycles:
        sys.exit("naive program failed: %s%s" % (ran.stdout, ran.stderr))
    return int(cycles.group(1)), check.group(0), len(program), seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bindir", default=os.path.join(
        os.path.dirname(os.path.dirname(os.path.dirname(
            os.path.abspath(__file__)))), "build", "bin"))
    ap.add_argument("--shape", default="height=10 rounds=16 batch=256")
    ap.add_argument("--expect", type=int,
                    help="exit 1 unless the program takes this many cycles")
    args = ap.parse_args()
    shape = dict(p.split("=") for p in args.shape.split())
    height, rounds, batch = (int(shape[k]) for k in ("height", "rounds", "batch"))
    cycles, check, bundles, _ = measure(args.bindir, height, rounds, batch)
    print("naive tree-hash %s: %d bundles, cycles: %d, %s"
          % (args.shape, bundles, cycles, check))
    if args.expect is not None and cycles != args.expect:
        print("FAIL: expected %d cycles" % args.expect)
        return 1
    return 0 if check == "check: ok" else 1


if __name__ == "__main__":
    sys.exit(main())
