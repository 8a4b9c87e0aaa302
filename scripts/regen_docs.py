#!/usr/bin/env python3
"""Regenerates every measured figure and table in README.md and docs/.

A figure in the docs sits between markers naming what produces it:

    <!-- regen:headline-cycles -->1,032<!-- /regen -->

This script runs the benches (bench/...), computes every key, prints each
key with its value, and rewrites the text between the markers; with
--check it only compares and exits 1 if any figure differs. It also copies
the HTML view's screenshot (taken in headless Chromium by
test/browser/html_view.py) to docs/img/headline-html.png, and runs
bench/zoo/zoo.py --update-docs for the zoo tables. Figures of the past
(docs/history.md) are dated records and carry no markers.

    scripts/regen_docs.py --bindir build/bin            # everything (~10 min)
    scripts/regen_docs.py --only headline naive          # some producers
    scripts/regen_docs.py --check                        # compare only
    scripts/regen_docs.py --list                         # producers and keys

Timings (compile seconds, interpreter speed, view write times) are this
machine's at the time of the run; the cycle figures are exact and stable.
"""
import argparse
import glob
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
sys.path.insert(0, os.path.join(ROOT, "bench", "naive"))
from common import LIMITS, compile_kernel  # noqa: E402

MARKER = re.compile(r"<!-- regen:([\w-]+) -->(.*?)<!-- /regen -->", re.S)
HEADLINE = "height=10 rounds=16 batch=256"


def n(x):
    """1032 -> "1,032"."""
    return "{:,}".format(x)


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, **kw)
    if r.returncode != 0:
        sys.exit("regen_docs: %s failed:\n%s%s" % (" ".join(cmd), r.stdout, r.stderr))
    return r.stdout


def tool(ctx, name):
    return os.path.join(ctx.bindir, name)


def compile_headline(ctx, options=()):
    prog = os.path.join(ctx.tmp, "headline%d.json" % len(options))
    seconds, counts = compile_kernel(ctx.bindir, "examples/tree_hash.mlir",
                                     HEADLINE, prog, options)
    return prog, seconds, counts


# Producers: each returns {key: text}.

def p_naive(ctx):
    import naive
    cycles, check, _, seconds = naive.measure(ctx.bindir, 10, 16, 256)
    assert check == "check: ok", check
    # xyz-translate reading it back (docs/xyz-translate.md).
    path = os.path.join(ctx.tmp, "naive.json")
    with open(path, "w") as f:
        import json
        json.dump(naive.build(16, 256), f, separators=(",", ":"))
    start = time.perf_counter()
    run([tool(ctx, "xyz-translate"), "--json-to-vliw", path, "-o", os.devnull])
    read = time.perf_counter() - start
    return {"naive-cycles": n(cycles),
            "naive-run": "%.1f s" % seconds,
            "json-read": "%.2f s for the naive program: %s, %s bundles" % (
                read, size(path), n(cycles))}


def p_headline(ctx):
    prog, seconds, counts = compile_headline(ctx)
    out = run([tool(ctx, "xyz-run"), prog, "--kernel", "tree-hash", "--shape",
               HEADLINE, "--seed", "1", "--stats"])
    assert "check: ok" in out, out
    cycles = int(re.search(r"cycles: (\d+)", out).group(1))
    v, a, l, fl = (counts[e] for e in ("valu", "alu", "load", "flow"))
    floors = {"VALU": math.ceil(v / 6), "loads": math.ceil(l / 2),
              "vector": math.ceil((8 * v + a) / 60), "flow": fl}
    parts = [("VALU", "VALU %s / 6 = %s" % (n(v), n(floors["VALU"]))),
             ("loads", "loads %s / 2 = %s" % (n(l), n(floors["loads"])))]
    if "load ramp" in counts:
        floors["loads with ramp"] = counts["load ramp"]
        parts.append(("loads with ramp", "loads with their ramp and drain %s"
                      % n(counts["load ramp"])))
    parts += [("vector", "vector work (8 x VALU + ALU) / 60 = %s"
               % n(floors["vector"])),
              ("flow", "flow %s" % n(fl))]
    binding = max(floors, key=floors.get)
    gap = 100.0 * (cycles - floors[binding]) / floors[binding]
    parts = [text + (" (binding)" if key == binding else "")
             for key, text in parts]
    alu = re.search(r"^alu: .*\)", out, re.M).group(0)
    # xyz-run.md's --shape example, run as it is written.
    prog_copy = os.path.join(ctx.tmp, "prog.json")
    shutil.copy(prog, prog_copy)
    console = []
    for args in (["--shape", HEADLINE],
                 ["--height", "10", "--rounds", "16", "--batch", "256"]):
        shown = " ".join(a if " " not in a else '"%s"' % a for a in args)
        console.append("$ xyz-run prog.json --kernel tree-hash " + shown)
        console.append(subprocess.run(
            [tool(ctx, "xyz-run"), "prog.json", "--kernel", "tree-hash"] + args,
            cwd=ctx.tmp, capture_output=True, text=True).stdout.rstrip("\n"))
    return {"shape-console": "```console\n" + "\n".join(console) + "\n```",
            "headline-valu-ops": n(v), "headline-load-ops": n(l),
            "headline-flow-ops": n(fl),"headline-cycles": n(cycles), "headline-cycles-raw": str(cycles),
            "headline-floors": "; ".join(parts) +
            ": %.1f%% above the binding floor" % gap,
            "headline-bound": n(floors[binding]),
            "headline-binding": binding,
            "headline-alu-stats": alu}


def p_compile(ctx):
    out = run([sys.executable, "bench/compile/compile_time.py", "--bindir",
               ctx.bindir, "--batches", "256", "512", "1024", "2048", "4096",
               "--rounds", "128"])
    rows = {}
    for m in re.finditer(r"^\| (\d+)/(\d+)/(\d+) \| ([0-9.]+) \| (\d+) \| "
                         r"([0-9.]+) \| (.*?) \|", out, re.M):
        h, r, b = (int(x) for x in m.group(1, 2, 3))
        rows[(r, b)] = (float(m.group(4)), int(m.group(5)), m.group(6), m.group(7))
    head, big, long = rows[(16, 256)], rows[(16, 4096)], rows[(128, 256)]
    per_item = ", ".join("%s at %s" % (rows[(16, b)][2], n(b))
                         for b in (256, 512, 1024, 2048, 4096))
    return {"per-item-line": per_item,"compile-line":
            "%.1f s (2 cores); grows about linearly with batch and rounds: "
            "batch 4096 %.1f s (%s cycles, %s per item), rounds 128 %.1f s "
            "(%s cycles)" % (head[0], big[0], n(big[1]), big[2], long[0],
                             n(long[1]))}


def p_shapes(ctx):
    out = run([sys.executable, "bench/schedule/shapes.py", "--bindir", ctx.bindir])
    table = "\n".join(l for l in out.splitlines() if l.startswith("|"))
    cycles = {m.group(1): int(m.group(2)) for m in
              re.finditer(r"^\| (\d+/\d+/\d+) \| (\d+) \|", out, re.M)}
    line = "; ".join("%s: %s" % (s, n(cycles[s])) for s in
                     ["10/16/128", "8/16/256", "4/16/256", "11/20/300", "4/8/64"])
    return {"shapes-table": table, "shapes-line": line}


def p_opcounts(ctx):
    out = run([sys.executable, "bench/schedule/shapes.py", "--bindir",
               ctx.bindir, "--opcounts"])
    table = "\n".join(l for l in out.splitlines() if l.startswith("|"))
    cyc = [int(m.group(1)) for m in re.finditer(
        r"^\| (?:full|without [^|]*) \|(?: \d+ \|){5} (\d+) \|", out, re.M)]
    full, nofma, scalar, nogather, noranges, nosimplify = cyc
    prose = ("Read bottom-up: simplification takes the scalar program from "
             "%s to %s cycles, value ranges to %s; gather-to-select gives "
             "%s, no gain for scalar code (the ALU binds, not the loads); "
             "vectorization takes "
             "it to %s (%.1fx), multiply-add fusion (with the offset "
             "hoisting) and per-group gather replacement to %s (%.1fx)." % (
                 n(nosimplify), n(noranges), n(nogather), n(scalar), n(nofma),
                 scalar / nofma, n(full), nofma / full))
    return {"opcounts-table": table, "opcounts-prose": prose,
            "scalar-cycles": n(nosimplify)}


def p_ternary(ctx):
    kernel = "examples/tree_hash_ternary.mlir"
    shape = "height=5 rounds=12 batch=256"
    cycles = []
    for options in [(), ("gather-to-select=0",),
                    ("gather-to-select=0", "vectorize=0", "fuse-multiply-add=0")]:
        prog = os.path.join(ctx.tmp, "ternary.json")
        compile_kernel(ctx.bindir, kernel, shape, prog, options)
        out = run([tool(ctx, "xyz-interp"), kernel, "--shape", shape,
                   "--random-image", "1", "--check", prog])
        assert "expect: ok" in out, out
        cycles.append(int(re.search(r"cycles: (\d+)", out).group(1)))
    return {"ternary-line": "%s cycles; %s without gather replacement, %s "
            "without it, vectorization and fusion" % tuple(map(n, cycles)),
            "ternary-cycles": n(cycles[0])}


def p_allreduce(ctx):
    out = run([sys.executable, "bench/allreduce/table.py", "--bindir",
               ctx.bindir, "--examples", "examples"])
    table = "\n".join(l for l in out.splitlines() if l.startswith("|"))
    m = re.search(r"^\| 4 \| 1024 \| (\d+) \| (\d+) \| (\d+) \|", out, re.M)
    return {"allreduce-table": table,
            "allreduce-line": "%s cycles (floor %s)" % (m.group(1), m.group(3))}


def p_zoo(ctx):
    out = run([sys.executable, "bench/zoo/zoo.py", "--bindir", ctx.bindir]
              + ([] if ctx.check else ["--update-docs"]))
    rows = re.findall(r"^\| `(\w+)` \| (.+?)( \(default\))? \| ([\d,]+) \| ok "
                      r"\| [\d.-]+ \| ([\d,]+) \| [^|]* \| ([\d.]+) \|$", out,
                      re.M)
    ratios = [float(r[5]) for r in rows]
    default = sorted(((float(r[5]), r) for r in rows if r[2]), key=lambda x: x[0])
    geo = lambda xs: math.exp(sum(map(math.log, xs)) / len(xs))
    first = default[0][1]
    parts = ["`%s` %s / %s = %.2f" % (first[0], first[3], first[4], default[0][0])]
    parts += ["`%s` %.2f" % (r[0], ratio) for ratio, r in default[1:]]
    above = [r for r in rows if float(r[5]) > 1.5]
    reduce_sum = [r for r in rows if r[0] == "reduce_sum" and r[2]][0]
    shape_n = int(re.search(r"n=(\d+)", reduce_sum[1]).group(1))
    return {"zoo-line": ", ".join(parts) +
            "; geometric mean %.2f (%.2f over all %d shapes)" % (
                geo([d[0] for d in default]), geo(ratios), len(rows)),
            "zoo-above": str(len(above)),
            "reduce-sum-line": "%s words in %s cycles" % (
                n(shape_n), reduce_sum[3])}


def p_interp(ctx):
    rows, line, python = [], None, None
    for mode, extra in (("default", ["--vs-python"]),
                        ("`--strict`", ["--strict"])):
        out = run([sys.executable, "bench/interp/bench.py", "--xyz-run",
                   tool(ctx, "xyz-run")] + extra)
        py = re.search(r"python   : ([0-9.]+) s.*\nratio    : (\d+)x", out)
        if py:
            python = "%.1f s; xyz-run is %sx faster, whole process against " \
                     "whole process" % (float(py.group(1)), py.group(2))
        run_only = re.search(r"run only : ([0-9.]+) s, ([0-9.]+) M cycles/s, "
                             r"([0-9.]+) M slot ops/s", out)
        process = re.search(r"process  : ([0-9.]+) s, ([0-9.]+) M cycles/s, "
                            r"([0-9.]+) M slot ops/s", out)
        rows.append("| %s | %s s: %s M cycles/s, %s M slot ops/s | %s s: %s M "
                    "cycles/s, %s M slot ops/s |" % ((mode,) + run_only.groups()
                                                     + process.groups()))
        if line is None:
            line = "%.0f M slot ops/s, %.1f M cycles/s" % (
                float(run_only.group(3)), float(run_only.group(2)))
    return {"interp-line": line, "interp-python": python,
            "interp-table": "\n".join(
                ["| mode | run only | whole process |", "|---|---|---|"] + rows)}


# The rows of xyz-dialect.md's table of constructs: (kernel, shape, label).
CONSTRUCTS = [
    ("signed_arith", "n=64", "`signed_arith` (12 signed ops per thread)"),
    ("signed_const", "n=64",
     "`signed_const` (signed compares, min and max with constants)"),
    ("mul_high", "n=64", "`mul_high` (high words of products, via i64)"),
    ("bool_xor", "n=64", "`bool_xor` (i1 arithmetic, xor ranges)"),
    ("if_select", "n=64", "`if_select` (nested ifs, two results)"),
    ("masked_store", "n=64", "`masked_store`"),
    ("bounded_loop", "n=64 steps=12",
     "`bounded_loop` (steps=12, active flag by hand)"),
    ("max_trips_loop", "n=64", "`max_trips_loop` (`xyz.max_trips = 15`)"),
    ("uniform_if", "n=64", "`uniform_if` (uniform conditions)"),
    ("reduce_threads", "n=64", "`reduce_threads` (a sum and a max over threads)"),
    ("index_math", "n=64", "`index_math` (`index` arithmetic in the body)"),
    ("tmp_buffer", "n=64", "`tmp_buffer` (a buffer that is not an output)"),
    ("records", "n=64 s=3", "`records` (three fields per record, stride 3)"),
    ("clamped_stencil_2d", "w=64 h=5",
     "`clamped_stencil_2d` (2-D stencil, `t / w` and `t % w`, clamped)"),
    ("matmul", "m=64 k=3 p=7", "`matmul` (matrix product, a thread per cell)"),
    ("matmul_loops", "m=5 k=4 p=64",
     "`matmul_loops` (matrix product in plain loops: the column loop threads)"),
    ("interior_stencil", "w=66 h=5",
     "`interior_stencil` (3x3 blur, neighbours loaded under an interior test)"),
    ("thread_sort", "n=64 m=4",
     "`thread_sort` (each thread sorts its 4 words in place, stride 4)"),
    ("saturate", "n=64",
     "`saturate` (clamp, saturating adds, distance: 3 selects, 4 min/max)"),
    ("scatter_in_place", "n=64",
     "`scatter_in_place` (a hash written to one of two words, in place)"),
    ("masked_slot_update", "n=64",
     "`masked_slot_update` (a masked store at a word the thread loads)"),
    ("private_histogram", "n=64",
     "`private_histogram` (4 read-modify-writes of the thread's own bins)"),
    ("reverse_pass", "n=64",
     "`reverse_pass` (a second loop reads the first one's output reversed)"),
    ("smooth_rounds", "n=64 rounds=4",
     "`smooth_rounds` (two loops a round, the intermediate stores gone)"),
    ("odd_even_sort", "n=64 rounds=4",
     "`odd_even_sort` (pairs compare-exchanged in place, words forwarded)"),
    ("exchange_toward", "n=64 rounds=4",
     "`exchange_toward` (`select(i < p, min, max)` as one compare)"),
    ("row_threshold", "n=64 w=13",
     "`row_threshold` (a thread per row: its column loop on lanes)"),
    ("prefix_sum", "n=64",
     "`prefix_sum` (a running sum stored every step, 8 words a chunk)"),
    ("mode_loops", "n=64",
     "`mode_loops` (a loop in each arm of a uniform `scf.if`, on lanes)"),
    ("argmax", "n=64",
     "`argmax` (first maximum and last signed minimum with their picks)"),
]


def p_constructs(ctx):
    out = run([sys.executable, "test/e2e/constructs.py", "--bindir",
               ctx.bindir, "--examples", "examples/constructs"])
    got = {}
    for m in re.finditer(r"^cycles (\w+) (.*?): default (\d+), opt-level=0 "
                         r"(\d+), all-off (\d+)$", out, re.M):
        got[(m.group(1), m.group(2))] = tuple(int(x) for x in m.group(3, 4, 5))
    rows = ["| kernel | default | `opt-level=0` | every optional stage off |",
            "|---|--:|--:|--:|"]
    for name, shape, label in CONSTRUCTS:
        rows.append("| %s | %s | %s | %s |" % ((label,) + tuple(
            map(n, got[(name, shape)]))))
    masked = got[("masked_store", "n=64")]
    return {"constructs-table": "\n".join(rows),
            "masked-store-line": "%s cycles; %s with `--xyz-schedule=\"opt-level=0\"`, "
            "%s with every optional stage off" % tuple(map(n, masked))}


def p_optlevels(ctx):
    """The headline at each search level: cycles and compile time."""
    figures = {}
    compile_headline(ctx)  # warm the file cache: the first compile is slower
    for level in (0, 1, 2):
        prog, seconds, _ = compile_headline(ctx, ("opt-level=%d" % level,))
        out = run([tool(ctx, "xyz-run"), prog, "--kernel", "tree-hash",
                   "--shape", HEADLINE])
        assert "check: ok" in out, out
        cycles = int(re.search(r"cycles: (\d+)", out).group(1))
        figures["optlevel-%d" % level] = "%s cycles, %.2f s" % (n(cycles), seconds)
    return figures


def size(path):
    b = os.path.getsize(path)
    return "%.2f MB" % (b / 1e6) if b >= 1e6 else "%d KB" % round(b / 1e3)


def p_views(ctx):
    """Sizes and times of the headline's views (docs/trace.md)."""
    base = os.path.join(ctx.tmp, "th")
    opt = subprocess.run([tool(ctx, "xyz-opt"), "examples/tree_hash.mlir",
                          "--xyz-specialize=" + HEADLINE,
                          "--xyz-schedule=remarks=all",
                          "--mlir-print-debuginfo"],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    remarks = base + ".remarks"
    with open(remarks, "w") as f:
        f.write(opt.stderr)
    run([tool(ctx, "xyz-translate"), "--vliw-to-json", "-o", base + ".json",
         "--locations-file=" + base + ".locs.json"], input=opt.stdout)
    common_args = [base + ".json", "--kernel", "tree-hash", "--shape", HEADLINE,
                   "--locations", base + ".locs.json"]

    def timed(extra):
        best = None
        for _ in range(3):
            start = time.perf_counter()
            run([tool(ctx, "xyz-run")] + common_args + extra)
            t = time.perf_counter() - start
            best = t if best is None else min(best, t)
        return best
    plain = timed([])
    t_trace = timed(["--trace", base + ".trace.json"])
    t_html = timed(["--html", base + ".html", "--remarks", remarks])
    t_prof = timed(["--profile"])
    import json
    events = json.load(open(base + ".trace.json"))["traceEvents"]
    slots = sum(1 for e in events if e["ph"] == "X")
    counters = sum(1 for e in events if e["ph"] == "C")
    gz = lambda p: len(__import__("gzip").compress(open(p, "rb").read()))
    table = "\n".join([
        "| output | size | whole `xyz-run` process |",
        "|---|---|---|",
        "| `tree_hash.trace.json` | %s (%d KB gzipped): %s slot events, %s "
        "counter events | %.2f s (%.2f s without views) |" % (
            size(base + ".trace.json"), gz(base + ".trace.json") // 1000,
            n(slots), n(counters), t_trace, plain),
        "| `tree_hash.html` (with `--remarks`) | %s (%d KB gzipped) | %.2f s |"
        % (size(base + ".html"), gz(base + ".html") // 1000, t_html),
        "| `--profile` (text) | %s source lines | %.2f s |" % (
            re.search(r"; (\d+) source lines", run(
                [tool(ctx, "xyz-run")] + common_args + ["--profile"])).group(1),
            t_prof),
        "| `tree_hash.locs.json` | %s | written by `xyz-translate` |"
        % size(base + ".locs.json")])
    profile = run([tool(ctx, "xyz-run")] + common_args +
                  ["--remarks", remarks, "--profile", "--profile-lines", "15"])
    profile = profile[profile.index("profile:"):]
    noloc = re.search(r"^\(no location\)((?:\s+\d+){5})", run(
        [tool(ctx, "xyz-run")] + common_args + ["--profile"]), re.M)
    noloc_slots = sum(int(x) for x in noloc.group(1).split())
    nofma = os.path.join(ctx.tmp, "nofma")
    opt = run([tool(ctx, "xyz-opt"), "examples/tree_hash.mlir",
               "--xyz-specialize=" + HEADLINE,
               "--xyz-schedule=fuse-multiply-add=0", "--mlir-print-debuginfo"])
    run([tool(ctx, "xyz-translate"), "--vliw-to-json", "-o", nofma + ".json",
         "--locations-file=" + nofma + ".locs.json"], input=opt)
    diff = run([tool(ctx, "xyz-run")] + common_args +
               ["--baseline", nofma + ".json", "--baseline-locations",
                nofma + ".locs.json", "--profile-lines", "8"])
    diff = diff[diff.index("diff:"):]
    fence = lambda text: "```\n" + text.rstrip("\n") + "\n```"
    return {"views-table": table, "views-slots": n(slots),
            "profile-example": fence(profile), "diff-example": fence(diff),
            "noloc-line": "%s of %s" % (n(noloc_slots), n(slots))}


def p_screenshot(ctx):
    out_dir = os.path.join(ctx.tmp, "browser")
    r = subprocess.run([sys.executable, "test/browser/html_view.py", "--bindir",
                        ctx.bindir, "--out-dir", out_dir], cwd=ROOT,
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("regen_docs: the browser test failed or was skipped:\n"
                 + r.stdout + r.stderr)
    ctx.screenshot = os.path.join(out_dir, "tree_hash.png")
    return {}


PRODUCERS = [("naive", p_naive), ("headline", p_headline),
             ("compile", p_compile), ("shapes", p_shapes),
             ("opcounts", p_opcounts), ("ternary", p_ternary),
             ("allreduce", p_allreduce), ("zoo", p_zoo), ("interp", p_interp),
             ("constructs", p_constructs), ("optlevels", p_optlevels),
             ("views", p_views), ("screenshot", p_screenshot)]


class Context:
    pass


def doc_files():
    return [os.path.join(ROOT, "README.md")] + sorted(
        glob.glob(os.path.join(ROOT, "docs", "*.md")))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bindir", default=os.path.join(ROOT, "build", "bin"))
    ap.add_argument("--only", nargs="*", help="producers to run (default: all)")
    ap.add_argument("--check", action="store_true",
                    help="compare only; exit 1 if a figure differs")
    ap.add_argument("--list", action="store_true",
                    help="list the producers and the keys the docs use")
    args = ap.parse_args()
    used = {}
    for path in doc_files():
        for m in MARKER.finditer(open(path).read()):
            used.setdefault(m.group(1), []).append(os.path.relpath(path, ROOT))
    if args.list:
        for name, _ in PRODUCERS:
            print(name)
        for key, paths in sorted(used.items()):
            print("  %s: %s" % (key, ", ".join(sorted(set(paths)))))
        return 0
    names = [p[0] for p in PRODUCERS]
    for name in args.only or []:
        if name not in names:
            sys.exit("regen_docs: no producer '%s' (%s)" % (name, ", ".join(names)))
    ctx = Context()
    ctx.bindir = os.path.abspath(args.bindir)
    ctx.check = args.check
    ctx.screenshot = None
    values = {}
    with tempfile.TemporaryDirectory() as tmp:
        ctx.tmp = tmp
        for name, producer in PRODUCERS:
            if args.only and name not in args.only:
                continue
            start = time.perf_counter()
            got = producer(ctx)
            print("== %s (%.0f s)" % (name, time.perf_counter() - start))
            for key, value in got.items():
                print("%s: %s" % (key, value))
            values.update(got)
            sys.stdout.flush()
        differ = 0
        for path in doc_files():
            text = open(path).read()
            changed = []  # (key, file) of figures that differ

            def replace(m):
                key, old = m.group(1), m.group(2)
                if key not in values:
                    return m.group(0)
                new = values[key]
                if "\n" in new:
                    new = "\n" + new + "\n"
                if new != old:
                    changed.append((key, os.path.relpath(path, ROOT)))
                return "<!-- regen:%s -->%s<!-- /regen -->" % (key, new)
            new_text = MARKER.sub(replace, text)
            for key, rel in changed:
                print("%s: %s %s" % ("differs" if args.check else "updated",
                                     rel, key))
            differ += len(changed)
            if not args.check and new_text != text:
                with open(path, "w") as f:
                    f.write(new_text)
        if ctx.screenshot and not args.check:
            shutil.copy(ctx.screenshot,
                        os.path.join(ROOT, "docs", "img", "headline-html.png"))
            print("updated: docs/img/headline-html.png")
    unknown = sorted(k for k in used if k not in values and
                     (not args.only))
    if unknown:
        print("regen_docs: keys without a producer: %s" % ", ".join(unknown))
        return 1
    return 1 if args.check and differ else 0


if __name__ == "__main__":
    sys.exit(main())
