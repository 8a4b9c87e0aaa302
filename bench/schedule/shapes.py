#!/usr/bin/env python3
"""Schedule quality over tree-hash shapes: cycles against per-engine floors.

Compiles examples/tree_hash.mlir at each shape with
`xyz-opt --xyz-specialize=... --xyz-schedule=stats=1`, translates it to JSON,
runs it with `xyz-run --kernel tree-hash ... --stats` (reference check) and
prints a markdown table: cycles, check, compile time, the op count of each
engine (from the scheduler's stats remark, cross-checked with xyz-run's),
the per-engine floors (valu/6, alu/12, load/2, store/2, flow/1), the combined
vector floor (8*VALU + ALU)/60 (a VALU op may run as 8 ALU ops, so the two
engines together do at most 60 ALU-op equivalents per cycle), the binding
floor (the largest per-engine floor) and the gap of the schedule above it,
the loads' floor with their ramp and drain (from the remark: the first
gather waits for the rounds before it, the last is followed by its round's
hash; sched::spanFloor), and the gap above the balanced floor
max((8V+A)/60, load/2, store/2, flow, loads with ramp).

  bench/schedule/shapes.py --bindir build/bin            # the shapes table
  bench/schedule/shapes.py --bindir build/bin --opcounts # what each stage buys
  ... --timeout S   # a compile taking longer than S seconds is reported as such

--opcounts compiles the headline shape with the pipeline's stages switched
off one by one, cumulatively (fuse-multiply-add, vectorize, gather-to-select,
ranges, simplify), and prints op counts per engine and cycles for each.
"""
import argparse
import math
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import (ENGINES, KERNEL, LIMITS, ROOT, compile_kernel,  # noqa: E402
                    run_counts, run_tree_hash)
HEADLINE = (10, 16, 256)
# (height, rounds, batch): the headline, then heights, rounds and batches
# varied around it, and a few corners.
SHAPES = [
    HEADLINE,
    (4, 16, 256), (8, 16, 256), (11, 16, 256),
    (10, 8, 256), (10, 20, 256),
    (10, 16, 8), (10, 16, 64), (10, 16, 128), (10, 16, 300),
    (4, 8, 64), (8, 20, 128), (11, 20, 300),
]
# Stages switched off cumulatively for --opcounts, last in the pipeline first.
STAGES = ["fuse-multiply-add", "vectorize", "gather-to-select", "ranges",
          "simplify"]


def compile_and_run(bindir, shape, options=(), tmp=".", timeout=None):
    """Returns a dict: cycles, check, compile_s, counts{engine: ops};
    None when compiling takes longer than `timeout` seconds."""
    prog = os.path.join(tmp, "prog.json")
    compiled = compile_kernel(
        bindir, KERNEL, "height=%d rounds=%d batch=%d" % shape, prog,
        options, timeout)
    if compiled is None:
        return None
    compile_s, counts = compiled
    cycles, check, out = run_tree_hash(bindir, prog, shape,
                                       ["--seed", "1", "--stats"])
    ran = run_counts(out)
    if not counts:
        counts = ran
    elif ran and ran != {e: n for e, n in counts.items() if e in ENGINES}:
        print("warning: %s: remark counts %s differ from xyz-run's %s"
              % (shape, counts, ran), file=sys.stderr)
    return {
        "cycles": cycles,
        "check": check,
        "compile_s": compile_s,
        "counts": counts,
    }


def floors(counts):
    """Per-engine floors of the emitted program, the combined vector floor,
    the binding floor (engine, cycles) and the balanced floor.

    The counts are the emitted program's: a VALU op the scheduler moved to
    the ALU counts as 8 ALU ops. So max(per-engine floors) bounds this
    program's schedule, while the combined floor (8*VALU + ALU)/60 does not
    depend on that choice (it is a weighted mean of valu/6 and alu/12, so
    never above both); max(combined, load/2, store/2, flow) is the floor of
    any VALU/ALU balance ("balanced"), with the loads' floor counting their
    ramp and drain where the remark gives it."""
    f = {e: math.ceil(counts.get(e, 0) / LIMITS[e]) for e in ENGINES}
    f["vec"] = math.ceil((8 * counts.get("valu", 0) + counts.get("alu", 0)) / 60)
    name = max(ENGINES, key=lambda k: f[k])
    balanced = max(f["vec"], f["load"], f["store"], f["flow"],
                   counts.get("load ramp", 0))
    return f, name, balanced


def gap(cycles, bound):
    return 100.0 * (cycles - bound) / bound if bound and cycles else 0.0


def fmt_shape(shape):
    return "%d/%d/%d" % shape


def shapes_table(bindir, tmp, timeout):
    print("| shape (h/r/b) | cycles | check | compile (s) | valu | alu | load "
          "| store | flow | valu/6 | alu/12 | load/2 | store/2 | flow "
          "| (8V+A)/60 | loads with ramp | binding floor | gap "
          "| gap to balanced |")
    print("|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for shape in SHAPES:
        r = compile_and_run(bindir, shape, tmp=tmp, timeout=timeout)
        if r is None:
            print("| %s | | compile > %d s | | | | | | | | | | | | | | | | |"
                  % (fmt_shape(shape), timeout))
            continue
        c = r["counts"]
        f, name, balanced = floors(c)
        print("| %s | %s | %s | %.2f | %s | %s | %s | %s | %s | %s | %s | %s "
              "| %s | %s | %s | %s | %d (%s) | %.1f%% | %.1f%% |" % (
                  fmt_shape(shape), r["cycles"], r["check"], r["compile_s"],
                  *(c.get(e, 0) for e in ENGINES),
                  f["valu"], f["alu"], f["load"], f["store"], f["flow"],
                  f["vec"], c.get("load ramp", ""), f[name], name,
                  gap(r["cycles"], f[name]),
                  gap(r["cycles"], balanced)))
        sys.stdout.flush()


def opcounts_table(bindir, tmp, timeout):
    print("Shape %s (height/rounds/batch)." % fmt_shape(HEADLINE))
    print()
    print("| pipeline | VALU | ALU | load | store | flow | cycles | bound | check |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|---|")
    for k in range(len(STAGES) + 1):
        off = STAGES[:k]
        options = ["%s=0" % s for s in off]
        label = "full" if not off else "without " + ", ".join(off)
        r = compile_and_run(bindir, HEADLINE, options, tmp=tmp, timeout=timeout)
        if r is None:
            print("| %s | | | | | | compile > %d s | | |" % (label, timeout))
            sys.stdout.flush()
            continue
        c = r["counts"]
        f, name, _ = floors(c)
        print("| %s | %s | %s | %s | %s | %s | %s | %d (%s) | %s |" % (
            label, *(c.get(e, 0) for e in ENGINES), r["cycles"], f[name],
            name, r["check"]))
        sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bindir", default=os.path.join(ROOT, "build", "bin"),
                        help="directory holding xyz-opt, xyz-translate, xyz-run")
    parser.add_argument("--opcounts", action="store_true",
                        help="op counts and cycles with stages switched off")
    parser.add_argument("--timeout", type=float, default=None,
                        help="give up on a compile after this many seconds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.opcounts:
            opcounts_table(args.bindir, tmp, args.timeout)
        else:
            shapes_table(args.bindir, tmp, args.timeout)


if __name__ == "__main__":
    main()
