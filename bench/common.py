"""What the benches share: running a compiled tree-hash program with
xyz-run's reference check and reading what it reports."""
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KERNEL = os.path.join(ROOT, "examples", "tree_hash.mlir")


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
