#!/usr/bin/env python3
"""xyz as the performance take-home's KernelBuilder.

The take-home harness builds a kernel by calling
`KernelBuilder().build_kernel(forest_height, n_nodes, batch_size, rounds)` and
then runs `kb.instrs` (a list of bundles: dicts from engine name to a list of
slot tuples) with `kb.debug_info()` on its simulator. xyz produces the same
program as JSON (docs/xyz-translate.md), with slots as arrays. This module is
the glue between the two:

- `compile_json(height, rounds, batch)` runs the README's contract command
  line, `xyz-opt KERNEL --xyz-specialize=... --xyz-schedule | xyz-translate
  --vliw-to-json`, and returns the JSON text;
- `to_harness(json_program)` / `to_json(bundles)` convert between the two
  forms exactly (every JSON array becomes a tuple, including those nested in
  debug slots, and back; engine key order is kept);
- `program_for_shape(...)` gives the bundles of a shape, from a precompiled
  file if one is found, otherwise compiled;
- the command line `emit` writes a self-contained perf_takehome.py with the
  bundles of one shape inlined, which needs neither xyz nor this module.

Every failure is an `XyzError` (a RuntimeError) whose message carries the
tool's own diagnostics, so it reaches the harness as an ordinary exception.

Where things are found:
  tools    bindir argument, else $XYZ_BIN (nothing else is tried when it is
           set), else this checkout's build/bin, else $PATH
  kernel   kernel argument, else $XYZ_KERNEL, else examples/tree_hash.mlir
           of this checkout
  programs $XYZ_PROGRAM_DIR/tree_hash-h{H}-r{R}-b{B}.json, when that
           variable is set and the file exists (see the `compile` command)
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.realpath(__file__))
REPO = os.path.dirname(HERE)
TOOLS = ("xyz-opt", "xyz-translate")

# Engines and slot limits of the machine (../shared/spec/machine.md).
SLOT_LIMITS = {"alu": 12, "valu": 6, "load": 2, "store": 2, "flow": 1,
               "debug": 64}


class XyzError(RuntimeError):
    """A compile that could not be done: a tool missing or failing, or a
    program that is not in the machine's JSON form. `tool`, `returncode` and
    `stderr` say which tool failed and what it printed (None when no tool
    ran)."""

    def __init__(self, message, tool=None, returncode=None, stderr=None):
        super().__init__(message)
        self.tool = tool
        self.returncode = returncode
        self.stderr = stderr


def n_nodes_of(height):
    return 2 ** (height + 1) - 1


def check_shape(forest_height, n_nodes, batch_size, rounds):
    """The harness passes n_nodes as well as the height; the kernel derives
    it from the height, so they must agree."""
    for name, v in (("forest_height", forest_height), ("n_nodes", n_nodes),
                    ("batch_size", batch_size), ("rounds", rounds)):
        if not isinstance(v, int) or isinstance(v, bool):
            raise ValueError(f"{name} must be an int, got {v!r}")
    if forest_height >= 0 and n_nodes != n_nodes_of(forest_height):
        raise ValueError(
            f"n_nodes = {n_nodes} does not match forest_height = "
            f"{forest_height}: the tree-hash kernel has 2^(height+1) - 1 = "
            f"{n_nodes_of(forest_height)} nodes")


def find_tools(bindir=None):
    """Returns {tool name: path} for xyz-opt and xyz-translate, or raises
    XyzError naming what is missing and where it was looked for."""
    if bindir is None:
        bindir = os.environ.get("XYZ_BIN") or None
    if bindir is not None:
        places = [bindir]
    else:
        places = [os.path.join(REPO, "build", "bin")]
    found, missing = {}, []
    for tool in TOOLS:
        path = None
        for d in places:
            p = os.path.join(d, tool)
            if os.path.isfile(p) and os.access(p, os.X_OK):
                path = p
                break
        if path is None and bindir is None:
            path = shutil.which(tool)
        if path is None:
            missing.append(tool)
        else:
            found[tool] = path
    if missing:
        where = (f"in {bindir} ($XYZ_BIN or bindir)" if bindir is not None
                 else f"in {places[0]} or on $PATH")
        raise XyzError(
            f"xyz tool(s) not found: {', '.join(missing)} (looked {where}); "
            f"build xyz (scripts/run.sh) or set XYZ_BIN to its build/bin",
            tool=missing[0])
    return found


def find_kernel(kernel=None):
    kernel = kernel or os.environ.get("XYZ_KERNEL") or \
        os.path.join(REPO, "examples", "tree_hash.mlir")
    if not os.path.isfile(kernel):
        raise XyzError(f"kernel source not found: {kernel} (set XYZ_KERNEL)")
    return kernel


def contract_commands(height, rounds, batch, bindir=None, kernel=None):
    """The two command lines of the README contract, as argument lists."""
    tools = find_tools(bindir)
    spec = f"height={height} rounds={rounds} batch={batch}"
    return ([tools["xyz-opt"], find_kernel(kernel),
             f"--xyz-specialize={spec}", "--xyz-schedule"],
            [tools["xyz-translate"], "--vliw-to-json"])


def _run(cmd, stdin_text, timeout):
    name = os.path.basename(cmd[0])
    try:
        r = subprocess.run(cmd, input=stdin_text, capture_output=True,
                           text=True, timeout=timeout)
    except OSError as e:
        raise XyzError(f"cannot run {name}: {e}", tool=name) from e
    except subprocess.TimeoutExpired as e:
        raise XyzError(f"{name} did not finish in {timeout} s", tool=name) \
            from e
    if r.returncode != 0:
        stderr = r.stderr.strip()
        raise XyzError(f"{name} failed (exit {r.returncode}):\n{stderr}",
                       tool=name, returncode=r.returncode, stderr=stderr)
    return r.stdout


def compile_json(height, rounds, batch, bindir=None, kernel=None,
                 timeout=600):
    """Compiles tree-hash at a shape through the contract command line and
    returns the JSON program text."""
    opt, translate = contract_commands(height, rounds, batch, bindir, kernel)
    return _run(translate, _run(opt, None, timeout), timeout)


def _tuples(x):
    if isinstance(x, list):
        return tuple(_tuples(e) for e in x)
    if isinstance(x, dict):
        return {k: _tuples(v) for k, v in x.items()}
    return x


def _lists(x):
    if isinstance(x, (tuple, list)):
        return [_lists(e) for e in x]
    if isinstance(x, dict):
        return {k: _lists(v) for k, v in x.items()}
    return x


def to_harness(program):
    """JSON program (text, or the parsed list) -> the harness's bundles: a
    list of dicts, engine keys in the same order, each engine a list of slot
    tuples. Only the shape of the form is checked here; the operands are the
    tool's and the harness's simulator runs them."""
    if isinstance(program, (str, bytes)):
        try:
            program = json.loads(program)
        except ValueError as e:
            raise XyzError(f"not a JSON program: {e}") from e
    if not isinstance(program, list):
        raise XyzError("a JSON program is an array of bundles")
    bundles = []
    for b, bundle in enumerate(program):
        if not isinstance(bundle, dict):
            raise XyzError(f"bundle {b} is not an object")
        out = {}
        for engine, slots in bundle.items():
            if engine not in SLOT_LIMITS:
                raise XyzError(f"bundle {b}: unknown engine '{engine}'")
            if not isinstance(slots, list) or len(slots) > SLOT_LIMITS[engine]:
                raise XyzError(f"bundle {b}, engine '{engine}': not a list "
                               f"of at most {SLOT_LIMITS[engine]} slots")
            for s, slot in enumerate(slots):
                if not (isinstance(slot, list) and slot
                        and isinstance(slot[0], str)):
                    raise XyzError(f"bundle {b}, engine '{engine}', slot {s}:"
                                   " not an array starting with an opcode")
            out[engine] = [_tuples(slot) for slot in slots]
        bundles.append(out)
    return bundles


def to_json_value(bundles):
    """The harness's bundles -> the parsed JSON program (lists)."""
    return [{engine: [_lists(slot) for slot in slots]
             for engine, slots in bundle.items()} for bundle in bundles]


def to_json(bundles):
    """The harness's bundles -> JSON text, one bundle per line, in the
    layout xyz-translate writes."""
    lines = [json.dumps(b) for b in to_json_value(bundles)]
    return "[" + ",\n ".join(lines) + "]\n"


def load_program(path):
    """A precompiled JSON program file -> the harness's bundles."""
    try:
        with open(path) as f:
            text = f.read()
    except OSError as e:
        raise XyzError(f"cannot read program {path}: {e}") from e
    try:
        return to_harness(text)
    except XyzError as e:
        raise XyzError(f"{path}: {e}") from e


def program_file_name(height, rounds, batch):
    return f"tree_hash-h{height}-r{rounds}-b{batch}.json"


def program_for_shape(forest_height, n_nodes, batch_size, rounds,
                      bindir=None, kernel=None, program_dir=None):
    """The bundles for the harness's build_kernel arguments: the precompiled
    program of that shape in program_dir ($XYZ_PROGRAM_DIR) if there is
    one, else a compile."""
    check_shape(forest_height, n_nodes, batch_size, rounds)
    program_dir = program_dir or os.environ.get("XYZ_PROGRAM_DIR")
    if program_dir:
        path = os.path.join(program_dir, program_file_name(
            forest_height, rounds, batch_size))
        if os.path.isfile(path):
            return load_program(path)
    return to_harness(compile_json(forest_height, rounds, batch_size,
                                   bindir, kernel))


INLINE_TEMPLATE = '''\
"""A drop-in perf_takehome.py for the performance take-home: the tree-hash
kernel compiled by xyz for ONE shape, its bundles inlined below. It needs
neither xyz nor any other file; any other shape raises ValueError.

shape:   forest_height={height}, n_nodes={n_nodes}, batch_size={batch}, rounds={rounds}
bundles: {n_bundles}{cycles_note}
made by: python3 takehome/xyz_takehome.py emit --height {height} --rounds {rounds} --batch {batch}
         (xyz {version})
"""

try:
    from problem import DebugInfo
except ImportError:  # outside the take-home checkout
    from dataclasses import dataclass

    @dataclass
    class DebugInfo:
        scratch_map: dict

SHAPE = ({height}, {n_nodes}, {batch}, {rounds})


class KernelBuilder:
    def __init__(self):
        self.instrs = []
        self.scratch_debug = {{}}

    def debug_info(self):
        return DebugInfo(scratch_map=self.scratch_debug)

    def build_kernel(self, forest_height, n_nodes, batch_size, rounds):
        asked = (forest_height, n_nodes, batch_size, rounds)
        if asked != SHAPE:
            raise ValueError(
                "this perf_takehome.py holds the kernel for (forest_height, "
                "n_nodes, batch_size, rounds) = %r, not %r; emit one for that "
                "shape or use xyz's takehome/perf_takehome.py, which compiles "
                "any shape" % (SHAPE, asked))
        self.instrs = [dict((e, list(s)) for e, s in b.items())
                       for b in BUNDLES]


BUNDLES = [
{bundle_lines}
]
'''


def _version():
    try:
        r = subprocess.run(["git", "-C", REPO, "describe", "--always",
                            "--dirty"], capture_output=True, text=True)
        return r.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def _cycles(json_text, height, rounds, batch, bindir):
    """Cycles and check of the program on the spec's image, via xyz-run, if
    it is there; None otherwise (the note is informative only)."""
    try:
        d = bindir or os.environ.get("XYZ_BIN") or \
            os.path.join(REPO, "build", "bin")
        run = os.path.join(d, "xyz-run")
        if not os.path.isfile(run):
            return None
        import tempfile
        with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
            f.write(json_text)
            f.flush()
            r = subprocess.run([run, f.name, "--kernel", "tree-hash",
                                "--height", str(height), "--rounds",
                                str(rounds), "--batch", str(batch)],
                               capture_output=True, text=True)
        lines = dict(l.split(": ", 1) for l in r.stdout.splitlines()
                     if ": " in l)
        return lines.get("cycles"), lines.get("check")
    except (OSError, ValueError):
        return None


def emit_inline(height, rounds, batch, bindir=None, kernel=None,
                program=None):
    """The text of a self-contained perf_takehome.py for one shape."""
    json_text = program if program is not None else \
        compile_json(height, rounds, batch, bindir, kernel)
    bundles = to_harness(json_text)
    c = _cycles(json_text, height, rounds, batch, bindir)
    note = f"\ncycles:  {c[0]} (xyz-run, check: {c[1]})" if c and c[0] else ""
    return INLINE_TEMPLATE.format(
        height=height, n_nodes=n_nodes_of(height), batch=batch,
        rounds=rounds, n_bundles=len(bundles), cycles_note=note,
        version=_version(),
        bundle_lines="\n".join(repr(b) + "," for b in bundles))


def _write(path, text):
    """Written beside the target and renamed, so a failure leaves no
    half-written drop-in."""
    if path == "-":
        sys.stdout.write(text)
        return
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="xyz for the performance take-home: compile a tree-hash "
        "shape into the harness's form")
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name, help_ in (
            ("emit", "write a self-contained perf_takehome.py with the "
             "bundles of one shape inlined"),
            ("compile", "write the JSON program of one shape (a file, or a "
             "directory for $XYZ_PROGRAM_DIR)")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("--height", type=int, required=True)
        p.add_argument("--rounds", type=int, required=True)
        p.add_argument("--batch", type=int, required=True)
        p.add_argument("--bindir", help="where xyz-opt and xyz-translate are")
        p.add_argument("--kernel", help="kernel source (default: "
                       "examples/tree_hash.mlir)")
        p.add_argument("-o", "--output", required=True)
        if name == "emit":
            p.add_argument("--program", help="a precompiled JSON program to "
                           "inline instead of compiling")
    args = ap.parse_args(argv)
    try:
        if args.cmd == "emit":
            program = None
            if args.program:
                with open(args.program) as f:
                    program = f.read()
            _write(args.output, emit_inline(args.height, args.rounds,
                                            args.batch, args.bindir,
                                            args.kernel, program))
        else:
            text = compile_json(args.height, args.rounds, args.batch,
                                args.bindir, args.kernel)
            out = args.output
            if os.path.isdir(out):
                out = os.path.join(out, program_file_name(
                    args.height, args.rounds, args.batch))
            _write(out, text)
    except (XyzError, OSError) as e:
        print(f"xyz_takehome: error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
