"""What the end-to-end scripts share: running commands and tallying checks.

A check is a callable (run on a thread pool with a scratch directory) that
returns a list of error strings, or (errors, report) to also print a line.
"""
import concurrent.futures
import os
import subprocess
import tempfile


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def run_checks(checks, jobs, label="", before_total=None, extra_failed=0):
    """Runs `checks` (callables taking the scratch directory), prints every
    failure, and last 'LABEL N passed, N failed'; returns the exit code.
    `before_total` (if given) is called just before the last line;
    `extra_failed` failures found outside the checks are counted."""
    passed, failed = 0, extra_failed
    with tempfile.TemporaryDirectory() as workdir, \
            concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        futures = [pool.submit(check, workdir) for check in checks]
        for future in futures:
            result = future.result()
            errors, report = result if isinstance(result, tuple) else \
                (result, None)
            if report:
                print(report)
            if errors:
                failed += 1
                for e in errors:
                    print("FAIL:", e)
            else:
                passed += 1
    if before_total:
        before_total()
    print(f"{label}{passed} passed, {failed} failed")
    return 1 if failed else 0


def compile_kernel(bindir, src, specialize, prog, schedule="--xyz-schedule"):
    """The contract command line: xyz-opt SRC --xyz-specialize=SPECIALIZE
    SCHEDULE | xyz-translate --vliw-to-json, written to PROG. Returns
    (prog, None) or (None, error)."""
    opt = run([os.path.join(bindir, "xyz-opt"), src,
               f"--xyz-specialize={specialize}", schedule])
    if opt.returncode != 0:
        return None, f"xyz-opt {schedule} failed: {opt.stderr.strip()[:400]}"
    tr = run([os.path.join(bindir, "xyz-translate"), "--vliw-to-json"],
             input=opt.stdout)
    if tr.returncode != 0:
        return None, f"xyz-translate failed: {tr.stderr.strip()[:400]}"
    with open(prog, "w") as f:
        f.write(tr.stdout)
    return prog, None
