"""What the benches share: the machine's slot limits, compiling a kernel
with the contract command line, running a compiled tree-hash program with
xyz-run's reference check, and reading what the tools report."""
import os
import re
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KERNEL = os.path.join(ROOT, "examples", "tree_hash.mlir")

# Slots per bundle of each engine (docs/machine.md); debug slots are free.
ENGINES = ["valu", "alu", "load", "store", "flow"]
LIMITS = {"alu": 12, "valu": 6, "load": 2, "store": 2, "flow": 1}


def remark_counts(text):
    """Op counts per engine from the scheduler's `stats=1` remark, and under
    "load ramp" the load floor counting the cycles before the first load
    that waits for a chain can issue and after the last one (sched::
    spanFloor), where the remark gives it."""
    counts = {e: int(n) for e, n in
              re.findall(r"\b(alu|valu|load|store|flow) (\d+) ops", text)}
    ramp = re.search(r"load floor with its ramp (\d+)", text)
    if ramp:
        counts["load ramp"] = int(ramp.group(1))
    return counts


def run_counts(text):
    """Op counts per engine from `xyz-run --stats` ("alu: N / M (P%)")."""
    return {e: int(n) for e, n in
            re.findall(r"^(alu|valu|load|store|flow): (\d+) /", text, re.M)}


def compile_kernel(bindir, kernel, shape, prog, options=(), timeout=None):
    """Compiles `kernel` at `shape` (the --xyz-specialize string) with
    `xyz-opt --xyz-schedule=stats=1,<options>` and writes the JSON program
    to `prog`. Returns (seconds, op counts per engine from the remark), or
    None when compiling takes longer than `timeout` seconds. Raises
    RuntimeError with the tool's message when either tool fails."""
    schedule = " ".join(["stats=1"] + list(options))
    start = time.perf_counter()
    try:
        compiled = subprocess.run(
            [os.path.join(bindir, "xyz-opt"), kernel,
             "--xyz-specialize=" + shape, "--xyz-schedule=" + schedule],
            capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if compiled.returncode != 0:
        raise RuntimeError("xyz-opt failed on %s at %s: %s"
                           % (kernel, shape, compiled.stderr.strip()))
    translated = subprocess.run(
        [os.path.join(bindir, "xyz-translate"), "--vliw-to-json", "-o", prog],
        input=compiled.stdout, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if translated.returncode != 0:
        raise RuntimeError("xyz-translate failed on %s at %s: %s"
                           % (kernel, shape, translated.stderr.strip()))
    return seconds, remark_counts(compiled.stderr)


def run_tree_hash(bindir, prog, shape, extra=()):
    """Runs `prog` at `shape` (height, rounds, batch) with the reference
    check. Returns (cycles or None, check, xyz-run's whole output); check
    is "ok", "FAILED: ..." or "fault (exit N)"."""
    height, rounds, batch = shape
    ran = subprocess.run(
        [os.path.join(bindir, "xyz-run"), prog, "--kernel", "tree-hash",
         "--height", str(height), "--rounds", str(rounds),
         "--batch", str(batch), *extra],
        capture_output=True, text=True)
    out = ran.stdout + ran.stderr
    cycles = re.search(r"cycles: (\d+)", out)
    check = re.search(r"check: (\S+)", out)
    return (int(cycles.group(1)) if cycles else None,
            check.group(1) if check else "fault (exit %d)" % ran.returncode,
            out)
