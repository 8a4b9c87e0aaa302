#!/usr/bin/env python3
"""A plain Python simulator of the machine: the yardstick for xyz-run's speed.

The spec's machine is that of a public puzzle whose reference is a Python
simulator of about 400 lines. That reference is not part of this project,
so this file stands in for it: the same design written here from
docs/machine.md (a bundle is a dict of engine -> slot lists, every slot
dispatched on its opcode, writes buffered in dicts and applied at the end
of the bundle, arithmetic on Python ints reduced mod 2^32, cores stepped
in id order). It checks nothing the spec calls an error beyond what Python
raises itself, and it exists to be timed, not trusted: xyz-run is the
implementation, checked against the golden cases.

  bench/interp/pysim.py PROGRAM.json --mem MEM.json [--cores N] [--dump-mem OUT]

prints `cycles: N` like xyz-run. `bench/interp/bench.py --vs-python`
times both on the same programs.
"""
import argparse
import json
import sys

MASK = (1 << 32) - 1
VLEN = 8
SCRATCH = 1536
LIMITS = {"alu": 12, "valu": 6, "load": 2, "store": 2, "flow": 1, "debug": 64}


def binop(op, a, b):
    if op == "+":
        return (a + b) & MASK
    if op == "-":
        return (a - b) & MASK
    if op == "*":
        return (a * b) & MASK
    if op == "^":
        return a ^ b
    if op == "&":
        return a & b
    if op == "|":
        return a | b
    if op == "<<":
        return (a << b) & MASK if b < 32 else 0
    if op == ">>":
        return a >> b if b < 32 else 0
    if op == "<":
        return int(a < b)
    if op == "==":
        return int(a == b)
    if op == "//":
        return a // b
    if op == "%":
        return a % b
    if op == "cdiv":
        return (a + b - 1) // b
    raise ValueError(f"unknown ALU op {op!r}")


class Core:
    def __init__(self, cid):
        self.id = cid
        self.pc = 0
        self.running = True
        self.scratch = [0] * SCRATCH


class Machine:
    def __init__(self, program, mem, cores):
        self.program = program
        self.mem = mem
        self.cores = [Core(i) for i in range(cores)]
        self.cycles = 0

    def run(self):
        while any(c.running for c in self.cores):
            charged = False
            for core in self.cores:
                if not core.running:
                    continue
                if core.pc >= len(self.program):
                    core.running = False
                    continue
                bundle = self.program[core.pc]
                core.pc += 1
                if any(engine != "debug" for engine in bundle):
                    charged = True
                self.step(core, bundle)
            if charged:
                self.cycles += 1

    def step(self, core, bundle):
        s = core.scratch
        sw = {}
        mw = {}
        for engine, slots in bundle.items():
            if len(slots) > LIMITS[engine]:
                raise ValueError(f"{engine}: {len(slots)} slots")
            for slot in slots:
                getattr(self, "do_" + engine)(core, s, sw, mw, *slot)
        for addr, value in sw.items():
            s[addr] = value
        for addr, value in mw.items():
            self.mem[addr] = value

    def do_alu(self, core, s, sw, mw, op, dest, a, b):
        sw[dest] = binop(op, s[a], s[b])

    # A vector op is its scalar op on each lane, as the spec words it.

    def do_valu(self, core, s, sw, mw, op, dest, *args):
        if op == "vbroadcast":
            for i in range(VLEN):
                sw[dest + i] = s[args[0]]
        elif op == "multiply_add":
            a, b, c = args
            for i in range(VLEN):
                sw[dest + i] = (s[a + i] * s[b + i] + s[c + i]) & MASK
        else:
            a, b = args
            for i in range(VLEN):
                self.do_alu(core, s, sw, mw, op, dest + i, a + i, b + i)

    def do_load(self, core, s, sw, mw, op, dest, *args):
        if op == "load":
            sw[dest] = self.mem[s[args[0]]]
        elif op == "load_offset":
            addr, off = args
            sw[dest + off] = self.mem[s[addr + off]]
        elif op == "vload":
            base = s[args[0]]
            for i in range(VLEN):
                sw[dest + i] = self.mem[base + i]
        elif op == "const":
            sw[dest] = args[0] & MASK
        else:
            raise ValueError(f"unknown load op {op!r}")

    def do_store(self, core, s, sw, mw, op, addr, src):
        if op == "store":
            mw[s[addr]] = s[src]
        elif op == "vstore":
            base = s[addr]
            for i in range(VLEN):
                mw[base + i] = s[src + i]
        else:
            raise ValueError(f"unknown store op {op!r}")

    def do_flow(self, core, s, sw, mw, op, *args):
        if op == "select":
            dest, cond, a, b = args
            sw[dest] = s[a] if s[cond] != 0 else s[b]
        elif op == "vselect":
            dest, cond, a, b = args
            for i in range(VLEN):
                sw[dest + i] = s[a + i] if s[cond + i] != 0 else s[b + i]
        elif op == "add_imm":
            dest, a, imm = args
            sw[dest] = (s[a] + imm) & MASK
        elif op == "halt":
            core.running = False
        elif op == "pause":
            pass
        elif op == "trace_write":
            pass
        elif op == "cond_jump":
            if s[args[0]] != 0:
                core.pc = args[1]
        elif op == "cond_jump_rel":
            if s[args[0]] != 0:
                core.pc += args[1]
        elif op == "jump":
            core.pc = args[0]
        elif op == "jump_indirect":
            core.pc = s[args[0]]
        elif op == "coreid":
            sw[args[0]] = core.id
        else:
            raise ValueError(f"unknown flow op {op!r}")

    def do_debug(self, core, s, sw, mw, *slot):
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program")
    parser.add_argument("--mem", required=True)
    parser.add_argument("--cores", type=int, default=1)
    parser.add_argument("--dump-mem")
    args = parser.parse_args()
    with open(args.program) as f:
        program = json.load(f)
    with open(args.mem) as f:
        mem = [w & MASK for w in json.load(f)]
    machine = Machine(program, mem, args.cores)
    machine.run()
    print(f"cycles: {machine.cycles}")
    if args.dump_mem:
        with open(args.dump_mem, "w") as f:
            json.dump(machine.mem, f)


if __name__ == "__main__":
    sys.exit(main())
