#!/usr/bin/env python3
"""A stand-in for the performance take-home's submission harness, written
for xyz's tests: same interface, our own code.

Like the take-home's tests it puts a directory first on sys.path, does
`from perf_takehome import KernelBuilder`, calls
`kb.build_kernel(forest_height, n_nodes, batch_size, rounds)`, and runs
`kb.instrs` with `kb.debug_info()` on a machine. The machine here is a small
Python interpreter of ../shared/spec/machine.md that insists on the
harness's form (bundles are dicts, slots are tuples of an opcode and ints);
the result is judged against a Python reference of tree-hash. With
--xyz-run, the same bundles are also written back as JSON and run by
xyz-run on the same image: cycles and final memory must agree.

Exit codes: 0 all runs correct; 1 a wrong result or a machine fault;
3 build_kernel (or the import) raised, printed as
`EXCEPTION <type>: <message>`.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

VLEN = 8
SCRATCH = 1536
LIMITS = {"alu": 12, "valu": 6, "load": 2, "store": 2, "flow": 1,
          "debug": 64}
M = 2 ** 32
HASH = [("+", 0x7ED55D16, "+", "<<", 12), ("^", 0xC761C23C, "^", ">>", 19),
        ("+", 0x165667B1, "+", "<<", 5), ("+", 0xD3A2646C, "^", "<<", 9),
        ("+", 0xFD7046C5, "+", "<<", 3), ("^", 0xB55A4F09, "^", ">>", 16)]


class Fault(Exception):
    pass


def _div(a, b):
    if b == 0:
        raise Fault("division by zero")
    return a // b


def _mod(a, b):
    if b == 0:
        raise Fault("division by zero")
    return a % b


def _cdiv(a, b):
    if b == 0:
        raise Fault("division by zero")
    return -(-a // b)


BINARY = {
    "+": lambda a, b: (a + b) % M, "-": lambda a, b: (a - b) % M,
    "*": lambda a, b: (a * b) % M, "^": lambda a, b: a ^ b,
    "&": lambda a, b: a & b, "|": lambda a, b: a | b,
    "<<": lambda a, b: (a << b) % M if b < 32 else 0,
    ">>": lambda a, b: a >> b, "//": _div, "%": _mod, "cdiv": _cdiv,
    "<": lambda a, b: int(a < b), "==": lambda a, b: int(a == b),
}

ARITY = {  # operands after the opcode, per engine and opcode
    "load": {"load": 2, "load_offset": 3, "vload": 2, "const": 2},
    "store": {"store": 2, "vstore": 2},
    "flow": {"select": 4, "vselect": 4, "add_imm": 3, "halt": 0, "pause": 0,
             "trace_write": 1, "cond_jump": 2, "cond_jump_rel": 2, "jump": 1,
             "jump_indirect": 1, "coreid": 1},
    "alu": {op: 3 for op in BINARY},
    "valu": dict({op: 3 for op in BINARY}, vbroadcast=2, multiply_add=4),
}


def check_form(instrs):
    """The harness's form: a list of dicts of engine -> list of tuples."""
    if not isinstance(instrs, list):
        raise Fault(f"instrs is a {type(instrs).__name__}, not a list")
    for b, bundle in enumerate(instrs):
        if not isinstance(bundle, dict):
            raise Fault(f"bundle {b} is not a dict")
        for engine, slots in bundle.items():
            if engine not in LIMITS:
                raise Fault(f"bundle {b}: unknown engine {engine!r}")
            if not isinstance(slots, list) or len(slots) > LIMITS[engine]:
                raise Fault(f"bundle {b}, {engine}: not a list of at most "
                            f"{LIMITS[engine]} slots")
            for s, slot in enumerate(slots):
                where = f"bundle {b}, {engine} slot {s} {slot!r}"
                if not isinstance(slot, tuple) or not slot or \
                        not isinstance(slot[0], str):
                    raise Fault(f"{where}: not a tuple starting with an "
                                "opcode")
                if engine == "debug":
                    continue
                arity = ARITY[engine].get(slot[0])
                if arity is None or len(slot) != arity + 1:
                    raise Fault(f"{where}: unknown opcode or wrong arity")
                if not all(type(x) is int for x in slot[1:]):
                    raise Fault(f"{where}: operands must be ints")


def run_machine(instrs, mem, max_cycles=10_000_000):
    """Runs one core over `mem` (changed in place); returns the cycles."""
    scratch = [0] * SCRATCH
    pc = cycles = 0

    def sc(a):
        if not 0 <= a < SCRATCH:
            raise Fault(f"scratch address {a} out of range")
        return scratch[a]

    def mm(a):
        if not 0 <= a < len(mem):
            raise Fault(f"memory address {a} out of range")
        return mem[a]

    while pc < len(instrs):
        bundle = instrs[pc]
        pc += 1
        sw, mw = {}, {}
        nextpc, halted = pc, False
        for engine, slots in bundle.items():
            if engine == "debug":
                continue
            for slot in slots:
                op, args = slot[0], slot[1:]
                try:
                    if engine == "alu":
                        d, a, b = args
                        sw[d] = BINARY[op](sc(a), sc(b))
                    elif engine == "valu":
                        if op == "vbroadcast":
                            d, a = args
                            for i in range(VLEN):
                                sw[d + i] = sc(a)
                        elif op == "multiply_add":
                            d, a, b, c = args
                            for i in range(VLEN):
                                sw[d + i] = (sc(a + i) * sc(b + i) +
                                             sc(c + i)) % M
                        else:
                            d, a, b = args
                            f = BINARY[op]
                            for i in range(VLEN):
                                sw[d + i] = f(sc(a + i), sc(b + i))
                    elif engine == "load":
                        if op == "const":
                            sw[args[0]] = args[1] % M
                        elif op == "load":
                            sw[args[0]] = mm(sc(args[1]))
                        elif op == "load_offset":
                            d, a, o = args
                            sw[d + o] = mm(sc(a + o))
                        else:
                            d, a = args
                            base = sc(a)
                            for i in range(VLEN):
                                sw[d + i] = mm(base + i)
                    elif engine == "store":
                        a, s = args
                        if op == "store":
                            mm(sc(a))
                            mw[sc(a)] = sc(s)
                        else:
                            base = sc(a)
                            for i in range(VLEN):
                                mm(base + i)
                                mw[base + i] = sc(s + i)
                    else:  # flow
                        if op in ("select", "vselect"):
                            d, c, a, b = args
                            n = 1 if op == "select" else VLEN
                            for i in range(n):
                                sw[d + i] = sc(a + i) if sc(c + i) else \
                                    sc(b + i)
                        elif op == "add_imm":
                            sw[args[0]] = (sc(args[1]) + args[2]) % M
                        elif op == "halt":
                            halted = True
                        elif op == "cond_jump":
                            if sc(args[0]):
                                nextpc = args[1]
                        elif op == "cond_jump_rel":
                            if sc(args[0]):
                                nextpc = pc + args[1]
                        elif op == "jump":
                            nextpc = args[0]
                        elif op == "jump_indirect":
                            nextpc = sc(args[0])
                        elif op == "coreid":
                            sw[args[0]] = 0
                        # pause (disabled, as in the benchmark harness) and
                        # trace_write change nothing judged here
                except Fault as e:
                    raise Fault(f"bundle {pc - 1}, {engine} {slot!r}: {e}")
        for a, v in sw.items():
            sc(a)
            scratch[a] = v
        for a, v in mw.items():
            mem[a] = v
        if any(e != "debug" for e in bundle):
            cycles += 1
            if cycles > max_cycles:
                raise Fault("cycle limit")
        if nextpc < 0:
            raise Fault(f"jump to negative pc {nextpc}")
        pc = nextpc
        if halted:
            break
    return cycles


def image(height, batch, rounds, rng):
    """The tree-hash memory image of the spec, exactly its length."""
    n = 2 ** (height + 1) - 1
    forest_p, indices_p = 7, 7 + n
    values_p = indices_p + batch
    return ([rounds, n, batch, height, forest_p, indices_p, values_p] +
            [rng.randrange(2 ** 30) for _ in range(n)] + [0] * batch +
            [rng.randrange(2 ** 30) for _ in range(batch)])


def reference_values(mem):
    rounds, n, batch, _, forest_p, indices_p, values_p = mem[:7]
    idx = mem[indices_p:indices_p + batch]
    val = mem[values_p:values_p + batch]
    for _ in range(rounds):
        for i in range(batch):
            v = val[i] ^ mem[forest_p + idx[i]]
            for op1, c, op2, op3, k in HASH:
                x = BINARY[op1](v, c)
                y = BINARY[op3](v, k)
                v = BINARY[op2](x, y)
            val[i] = v
            j = 2 * idx[i] + (1 if v % 2 == 0 else 2)
            idx[i] = 0 if j >= n else j
    return val


def xyz_run(xyz_run_path, instrs, mem):
    """Cycles and final memory of the bundles written back as JSON, by
    xyz-run."""
    with tempfile.TemporaryDirectory() as d:
        prog, img = os.path.join(d, "p.json"), os.path.join(d, "m.json")
        with open(prog, "w") as f:
            json.dump(instrs, f)  # tuples are written as arrays
        with open(img, "w") as f:
            json.dump(mem, f)
        r = subprocess.run([xyz_run_path, prog, "--mem", img, "--dump-mem",
                            "-"], capture_output=True, text=True)
        if r.returncode != 0:
            raise Fault(f"xyz-run: {r.stderr.strip()}")
        cycles = int(r.stderr.split("cycles:")[1].split()[0])
        return cycles, json.loads(r.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True,
                    help="directory holding the perf_takehome.py to test")
    ap.add_argument("--shape", type=int, nargs=3, required=True,
                    metavar=("HEIGHT", "ROUNDS", "BATCH"))
    ap.add_argument("--n-nodes", type=int,
                    help="pass this n_nodes instead of the height's")
    ap.add_argument("--runs", type=int, default=1,
                    help="runs on fresh random images, one kernel")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--build-only", action="store_true",
                    help="only build the kernel (no image is made)")
    ap.add_argument("--xyz-run", help="also run the bundles with xyz-run")
    args = ap.parse_args()
    height, rounds, batch = args.shape
    n_nodes = args.n_nodes if args.n_nodes is not None else \
        2 ** (height + 1) - 1

    sys.path.insert(0, os.path.abspath(args.dir))
    try:
        from perf_takehome import KernelBuilder
        kb = KernelBuilder()
        kb.build_kernel(height, n_nodes, batch, rounds)
        info = kb.debug_info()
    except Exception as e:
        print(f"EXCEPTION {type(e).__name__}: {e}")
        return 3
    if not isinstance(getattr(info, "scratch_map", None), dict):
        print("FAIL: debug_info() has no scratch_map dict")
        return 1
    try:
        check_form(kb.instrs)
    except Fault as e:
        print(f"FAIL: form: {e}")
        return 1
    print(f"bundles: {len(kb.instrs)}")
    if args.build_only:
        return 0

    rng = random.Random(args.seed)
    for run in range(args.runs):
        mem = image(height, batch, rounds, rng)
        values_p = mem[6]
        want = reference_values(mem)
        start = list(mem)
        try:
            cycles = run_machine(kb.instrs, mem)
        except Fault as e:
            print(f"FAIL: run {run}: fault: {e}")
            return 1
        got = mem[values_p:values_p + batch]
        if got != want:
            i = next(i for i in range(batch) if got[i] != want[i])
            print(f"FAIL: run {run}: values[{i}] = {got[i]}, want {want[i]}")
            return 1
        line = f"run {run}: cycles {cycles}, values ok"
        if args.xyz_run:
            try:
                xc, xmem = xyz_run(args.xyz_run, kb.instrs, start)
            except Fault as e:
                print(f"FAIL: run {run}: {e}")
                return 1
            if xc != cycles or xmem != mem:
                print(f"FAIL: run {run}: xyz-run gives {xc} cycles "
                      f"(here {cycles}), memory "
                      f"{'equal' if xmem == mem else 'different'}")
                return 1
            line += ", xyz-run agrees"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
