#!/usr/bin/env python3
"""The kernel zoo against hand-derived lower bounds.

For every kernel of examples/zoo and a few shapes each (the default first),
compiles it with the contract command line
(`xyz-opt K --xyz-specialize=S --xyz-schedule | xyz-translate --vliw-to-json`,
with `stats=1` for the op counts), checks the program against the source
interpreter (`xyz-interp K --shape S --random-image 1 --seeds 2 --check`),
runs it on xyz-run (from the first checked image, with `--stats`) for its
cycles, and prints markdown tables:

  - per kernel and shape: cycles, check, compile time, the lower bound of
    that kernel at that shape (bench/zoo/bounds.py: essential loads and
    stores / 2, essential lane work / 60, the dependence chain), the floor of this program (the largest
    per-engine floor ceil(ops / slots) of its op counts), cycles / bound,
    and the geometric mean of cycles / bound over the default shapes;
  - cycles with each optimization switched off in turn (vectorize=0, ...),
    each program checked the same way.

A failed check (or a bound above the measured cycles, which would mean a
wrong derivation) is printed in the table in capitals and makes the script
exit 1, as does a shape where switching one optimization off makes the
program faster than the default pipeline (marked **faster**): the suite
runs it (ctest `bench-zoo`, in the normal build; not in sanitizer builds).

  bench/zoo/zoo.py --bindir build/bin                 # all shapes
  bench/zoo/zoo.py --bindir build/bin --quick         # default shapes only
  bench/zoo/zoo.py --bindir build/bin --update-docs   # also rewrite docs/zoo.md
"""
import argparse
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
from bounds import BOUNDS, MODEL_BOUNDS  # noqa: E402
from common import (ENGINES, LIMITS, ROOT, compile_kernel,  # noqa: E402
                    run_counts)

ZOO = os.path.join(ROOT, "examples", "zoo")
DOC = os.path.join(ROOT, "docs", "zoo.md")
BEGIN, END = "<!-- zoo-table begin -->", "<!-- zoo-table end -->"

# Shapes per kernel, parameters in the kernel's order; the first is the
# kernel's default (checked against `xyz-interp --list-params`), the others
# include sizes that are not a multiple of 8.
SHAPES = {
    "axpy": [(1000,), (64,), (257,), (2048,)],
    "table_lookup": [(256, 8), (100, 8), (257, 3), (64, 10)],
    "stencil": [(512, 4), (100, 1), (203, 3), (1024, 2)],
    "matvec": [(128, 16), (100, 12), (13, 5), (64, 64)],
    "reduce_sum": [(1024,), (100,), (1001,), (4096,)],
    # thread_hash stops compiling between n=1464 and 1472 (scratch exhausted;
    # docs/zoo.md), so its largest shape stays below that.
    "thread_hash": [(1024,), (77,), (300,), (1200,)],
    "inplace": [(1024, 3), (300, 1), (1001, 4)],
    "big_state": [(192, 4), (100, 3), (37, 4)],
    "column_sum": [(64, 8), (100, 24), (16, 200), (512, 16)],
    "complex_mul": [(256,), (100,), (13,), (1000,)],
}
# Each optimization switched off in turn (xyz-opt --help, --xyz-schedule).
SWITCHES = ["vectorize=0", "fuse-multiply-add=0", "gather-to-select=0",
            "gather-to-select-groups=0", "hoist-uniform=0",
            "forward-memory=0", "carry-constants=0", "ranges=0",
            "simplify=0", "opt-level=0", "best-of=0"]
SEED, SEEDS = 1, 2


def params(bindir, kernel):
    """The kernel's parameter names and defaults, from --list-params."""
    out = subprocess.run(
        [os.path.join(bindir, "xyz-interp"), kernel, "--list-params"],
        capture_output=True, text=True, check=True).stdout
    return [(name, int(default)) for name, default in
            re.findall(r"^(\w+): default (\d+)", out, re.M)]


def measure(bindir, kernel, shape, options, tmp, timeout, seen=None):
    """Compiles, checks and runs one program. Returns a dict: cycles,
    check ("ok" or what failed), compile_s, counts{engine: ops}.
    `seen`, if given, maps the programs of this kernel and shape
    checked so far (their JSON) to their results: a program byte for byte
    the same as one of them (an option that changes nothing here) takes
    its check and cycles instead of running again; the dict gets this one."""
    prog = os.path.join(tmp, "prog.json")
    image = os.path.join(tmp, "image.json")
    try:
        compiled = compile_kernel(bindir, kernel, shape, prog, options, timeout)
    except RuntimeError as e:
        # The tool's first error line, without the file name.
        error = re.search(r"error: (.*)", str(e))
        return {"cycles": None, "check": "COMPILE FAILED: %s"
                % (error.group(1) if error else str(e).splitlines()[0]),
                "compile_s": None, "counts": {}}
    if compiled is None:
        return {"cycles": None, "check": "COMPILE > %g s" % timeout,
                "compile_s": None, "counts": {}}
    compile_s, counts = compiled
    program = None
    if seen is not None:
        with open(prog, "rb") as f:
            program = f.read()
        if program in seen:
            return dict(seen[program], compile_s=compile_s, counts=counts)
    if os.path.exists(image):  # never run on a previous shape's image
        os.remove(image)
    checked = subprocess.run(
        [os.path.join(bindir, "xyz-interp"), kernel, "--shape", shape,
         "--random-image", str(SEED), "--seeds", str(SEEDS),
         "--dump-initial-mem", image, "--check", prog],
        capture_output=True, text=True)
    out = checked.stdout + checked.stderr
    if checked.returncode == 0 and "expect: ok" in out:
        check = "ok"
    else:
        lines = [l.replace(tmp + os.sep, "") for l in out.splitlines()
                 if l.strip()]
        check = "CHECK FAILED: %s" % (lines[-1] if lines else
                                      "exit %d" % checked.returncode)
    ran = subprocess.run(
        [os.path.join(bindir, "xyz-run"), prog, "--mem", image, "--stats"],
        capture_output=True, text=True)
    cycles = re.search(r"cycles: (\d+)", ran.stdout)
    cycles = int(cycles.group(1)) if cycles else None
    interp_cycles = re.search(r"cycles: (\d+)", out)
    if check == "ok" and (cycles is None or interp_cycles is None
                          or int(interp_cycles.group(1)) != cycles):
        check = "RUN DISAGREES: xyz-run %s, xyz-interp --check %s" % (
            cycles, interp_cycles and interp_cycles.group(1))
    ran_counts = run_counts(ran.stdout)
    if ran_counts and counts and ran_counts != {
            e: n for e, n in counts.items() if e in ENGINES}:
        print("warning: %s %s: remark counts %s differ from xyz-run's %s"
              % (kernel, shape, counts, ran_counts), file=sys.stderr)
    result = {"cycles": cycles, "check": check, "compile_s": compile_s,
              "counts": counts or ran_counts}
    if seen is not None:
        seen[program] = result
    return result


def program_floor(counts):
    """The largest per-engine floor ceil(ops / slots) and its engine."""
    floors = {e: math.ceil(counts.get(e, 0) / LIMITS[e]) for e in ENGINES}
    engine = max(ENGINES, key=lambda e: floors[e])
    return floors[engine], engine


def fmt_int(x):
    return "{:,}".format(x) if x is not None else "-"


class Zoo:
    def __init__(self, args, tmp):
        self.args, self.tmp = args, tmp
        self.results = {}  # (kernel, shape, options) -> measure's result
        self.programs = {}  # (kernel, shape) -> {program JSON: result}
        self.failures = []
        self.lines = []

    def out(self, line=""):
        print(line)
        sys.stdout.flush()
        self.lines.append(line)

    def kernels(self):
        """(name, path, [(shape string, shape tuple, is default)])."""
        for name, shapes in SHAPES.items():
            path = os.path.join(ZOO, name + ".mlir")
            names = params(self.args.bindir, path)
            defaults = tuple(d for _, d in names)
            if shapes[0] != defaults:
                sys.exit("zoo.py: %s: the first shape %s is not the kernel's "
                         "default %s" % (name, shapes[0], defaults))
            if self.args.quick:
                shapes = shapes[:1]
            yield name, path, [
                (" ".join("%s=%d" % (p, v) for (p, _), v in zip(names, s)),
                 s, s == defaults) for s in shapes]

    def measure(self, name, path, shape, options=()):
        # The default pipeline is measured once per shape (both tables);
        # an option that leaves the program as it was is not run again.
        if (path, shape, options) in self.results:
            return self.results[(path, shape, options)]
        r = measure(self.args.bindir, path, shape, options, self.tmp,
                    self.args.timeout,
                    self.programs.setdefault((path, shape), {}))
        self.results[(path, shape, options)] = r
        if r["check"] != "ok":
            self.failures.append("%s %s %s: %s" % (
                name, shape, " ".join(options) or "(full pipeline)",
                r["check"]))
        return r

    def cycles_table(self, kernels):
        self.out("| kernel | shape | cycles | check | compile (s) "
                 "| bound | floor (this program) "
                 "| cycles / bound |")
        self.out("|---|---|--:|---|--:|--:|--:|--:|")
        ratios, models = [], []
        for name, path, shapes in kernels:
            for shape, values, default in shapes:
                r = self.measure(name, path, shape)
                bound = BOUNDS[name](*values)
                floor, engine = (program_floor(r["counts"]) if r["counts"]
                                 else (None, "-"))
                ratio = r["cycles"] / bound if r["cycles"] else None
                if r["cycles"] is not None and bound > r["cycles"]:
                    self.failures.append(
                        "%s %s: bound %d above the measured %d cycles "
                        "(bench/zoo/bounds.py is wrong)"
                        % (name, shape, bound, r["cycles"]))
                    r["check"] += "; BOUND ABOVE CYCLES"
                if default and ratio:
                    ratios.append(ratio)
                if name in MODEL_BOUNDS and r["cycles"]:
                    fn, model = MODEL_BOUNDS[name]
                    models.append((name, shape, fn(*values), model,
                                   fn.__name__, r["cycles"]))
                self.out("| `%s` | %s%s | %s | %s | %s | %s | %s (%s) | %s |" % (
                    name, shape, " (default)" if default else "",
                    fmt_int(r["cycles"]), r["check"],
                    "%.2f" % r["compile_s"] if r["compile_s"] else "-",
                    fmt_int(bound), fmt_int(floor), engine,
                    "%.2f" % ratio if ratio else "-"))
        if ratios:
            geomean = math.exp(sum(map(math.log, ratios)) / len(ratios))
            self.out()
            self.out("Geometric mean of cycles / bound over the %d default "
                     "shapes: **%.2f**." % (len(ratios), geomean))
        last = None
        for name, shape, bound, model, fn, cycles in models:
            if name != last:
                self.out()
                self.out("`%s` under a model (%s; `bounds.%s`), not a bound "
                         "for any program:" % (name, model, fn))
                self.out()
                last = name
            self.out("- %s: %s cycles, cycles / that %.2f"
                     % (shape, fmt_int(bound), cycles / bound))

    def switches_table(self, kernels):
        self.out("| kernel | shape | full | " + " | ".join(
            "`%s`" % s for s in SWITCHES) + " |")
        self.out("|---|---|--:|" + "--:|" * len(SWITCHES))
        for name, path, shapes in kernels:
            if self.args.switch_shapes is not None:
                shapes = shapes[:self.args.switch_shapes]
            for shape, _, _ in shapes:
                cells = []
                full = None
                for options in [()] + [(s,) for s in SWITCHES]:
                    r = self.measure(name, path, shape, options)
                    cell = fmt_int(r["cycles"])
                    if r["check"] != "ok":
                        cell += " **%s**" % r["check"].split(":")[0]
                    elif not options:
                        full = r["cycles"]
                    elif full is not None and r["cycles"] is not None and \
                            r["cycles"] < full:
                        # The default pipeline must be no slower than
                        # any one optimization switched off.
                        cell += " **faster**"
                        self.failures.append(
                            "%s %s: %s gives %d cycles, the default %d"
                            % (name, shape, options[0], r["cycles"], full))
                    cells.append(cell)
                self.out("| `%s` | %s | %s |" % (name, shape,
                                                  " | ".join(cells)))


def update_docs(lines):
    text = open(DOC).read()
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        sys.exit("zoo.py: %s has no %s ... %s markers" % (DOC, BEGIN, END))
    table = "\n".join(lines).strip("\n")
    text = text[:start + len(BEGIN)] + "\n" + table + "\n" + text[end:]
    with open(DOC, "w") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bindir", default=os.path.join(ROOT, "build", "bin"),
                        help="directory holding xyz-opt, xyz-translate, "
                        "xyz-run and xyz-interp")
    parser.add_argument("--quick", action="store_true",
                        help="the default shape of each kernel only")
    parser.add_argument("--update-docs", action="store_true",
                        help="rewrite the tables in docs/zoo.md between "
                        "the zoo-table markers")
    parser.add_argument("--switch-shapes", type=int, default=None,
                        help="switch the optimizations off on each kernel's "
                        "first N shapes only (default: every shape)")
    parser.add_argument("--timeout", type=float, default=300,
                        help="give up on a compile after this many seconds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        zoo = Zoo(args, tmp)
        kernels = list(zoo.kernels())
        zoo.cycles_table(kernels)
        zoo.out()
        zoo.out("Cycles with one optimization switched off "
                "(`--xyz-schedule=\"<option>\"`), each program checked "
                "the same way:")
        zoo.out()
        zoo.switches_table(kernels)
    if zoo.failures:
        print("\n%d FAILED:" % len(zoo.failures), file=sys.stderr)
        for f in zoo.failures:
            print("  " + f, file=sys.stderr)
    elif args.update_docs:
        update_docs(zoo.lines)
    return 1 if zoo.failures else 0


if __name__ == "__main__":
    sys.exit(main())
