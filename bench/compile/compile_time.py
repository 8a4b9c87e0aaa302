#!/usr/bin/env python3
"""Compile time against the shape: how it grows with batch and rounds.

Runs the contract command line at each shape and times it whole, as a user
would (xyz-opt piped into xyz-translate, both counted):

  xyz-opt examples/tree_hash.mlir --xyz-specialize="height=H rounds=R batch=B" \\
      --xyz-schedule | xyz-translate --vliw-to-json > p.json
  xyz-run p.json --kernel tree-hash --height H --rounds R --batch B

and prints a markdown table: shape, compile seconds (wall, the pipe), cycles,
cycles per item (cycles / batch; per item-round for the rounds sweep, whose
batch is fixed, compare cycles / rounds), and xyz-run's reference check.

  bench/compile/compile_time.py --bindir build/bin           # both sweeps
  bench/compile/compile_time.py --bindir build/bin --batches 256 4096 --rounds 16
  ... --timeout S   # a compile taking longer than S seconds is reported as such

Defaults: height 10; batches 256, 512, 1024, 2048, 4096 at rounds 16, then
rounds 16, 32, 64, 128 at batch 256. The issue's targets (2 cores): batch
4096 under 10 s and at most the headline's 4.05 cycles per item; rounds 128
batch 256 under 5 s.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import KERNEL, ROOT, run_tree_hash  # noqa: E402


def compile_and_run(bindir, shape, tmp, timeout=None):
    """Returns (compile seconds, cycles, check); seconds is None past
    `timeout`."""
    prog = os.path.join(tmp, "p.json")
    opt = [os.path.join(bindir, "xyz-opt"), KERNEL,
           "--xyz-specialize=height=%d rounds=%d batch=%d" % shape,
           "--xyz-schedule"]
    translate = [os.path.join(bindir, "xyz-translate"), "--vliw-to-json"]
    start = time.perf_counter()
    with open(prog, "w") as out:
        producer = subprocess.Popen(opt, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE)
        consumer = subprocess.Popen(translate, stdin=producer.stdout,
                                    stdout=out, stderr=subprocess.PIPE)
        producer.stdout.close()
        try:
            consumer.wait(timeout=timeout)
            producer.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            producer.kill()
            consumer.kill()
            producer.wait()
            consumer.wait()
            return None, None, "compile > %g s" % timeout
    seconds = time.perf_counter() - start
    if producer.returncode != 0 or consumer.returncode != 0:
        return seconds, None, "compile failed: %s" % (
            producer.stderr.read().decode().strip().splitlines() or ["?"])[-1]
    cycles, check, _ = run_tree_hash(bindir, prog, shape)
    return seconds, cycles, check


def table(bindir, shapes, tmp, timeout):
    print("| shape (h/r/b) | compile (s) | cycles | cycles/item | check |")
    print("|---|--:|--:|--:|---|")
    for shape in shapes:
        seconds, cycles, check = compile_and_run(bindir, shape, tmp, timeout)
        print("| %d/%d/%d | %s | %s | %s | %s |" % (
            *shape, "%.2f" % seconds if seconds is not None else "",
            cycles if cycles is not None else "",
            "%.2f" % (cycles / shape[2]) if cycles else "", check),
            flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bindir", default=os.path.join(ROOT, "build", "bin"),
                        help="directory holding xyz-opt, xyz-translate, xyz-run")
    parser.add_argument("--height", type=int, default=10)
    parser.add_argument("--batches", type=int, nargs="*",
                        default=[256, 512, 1024, 2048, 4096],
                        help="batches swept at rounds 16")
    parser.add_argument("--rounds", type=int, nargs="*",
                        default=[16, 32, 64, 128],
                        help="rounds swept at batch 256")
    parser.add_argument("--timeout", type=float, default=None,
                        help="give up on a compile after this many seconds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.batches:
            table(args.bindir, [(args.height, 16, b) for b in args.batches],
                  tmp, args.timeout)
        if args.batches and args.rounds:
            print()
        if args.rounds:
            table(args.bindir, [(args.height, r, 256) for r in args.rounds],
                  tmp, args.timeout)


if __name__ == "__main__":
    main()
