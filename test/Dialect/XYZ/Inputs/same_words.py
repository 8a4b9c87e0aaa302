"""Checks that two versions of the same straight-line functions compute the
same 32-bit words: evaluates every func.func of two generic-form MLIR files
(`xyz-opt -mlir-print-op-generic`) on the same inputs (edge values and
random words) and compares their results.

Understands the ops the multiply-add fusion reads and writes: arith.constant
(scalar or splat), addi, subi, muli, shli, shrui, shrsi, xori, andi, ori and
xyz.multiply_add, on i32 and vector<N x i32> (a scalar is one lane). A shift
by 32 or more gives 0, as on the machine. Prints, per function, the number of
multiply_add ops in the second file, so a test can also check the rewrite
happened.

usage: same_words.py BEFORE.mlir AFTER.mlir
"""
import random
import re
import sys

MASK = (1 << 32) - 1
OP = re.compile(r'^\s*(%[\w#]+) = "([\w.]+)"\(([^)]*)\)(.*)$')
FUNC = re.compile(r'sym_name = "(\w+)"')
ARGS = re.compile(r'^\s*\^bb0\((.*)\):')
RET = re.compile(r'^\s*"func.return"\(([^)]*)\)')


def lanes_of(type_text):
    m = re.search(r'vector<(\d+)xi32>', type_text)
    return int(m.group(1)) if m else 1


def parse(path):
    """{function: ([(argument, lanes)], [(result, op, operands, rest)],
    returns)}"""
    funcs, name = {}, None
    for line in open(path):
        m = FUNC.search(line)
        if m and '"func.func"' in line:
            name = m.group(1)
            funcs[name] = ([], [], [])
            continue
        if name is None:
            continue
        m = ARGS.match(line)
        if m:
            funcs[name][0].extend(
                (a.split(':', 1)[0].strip(), lanes_of(a.split(':', 1)[1]))
                for a in m.group(1).split(','))
            continue
        m = RET.match(line)
        if m:
            funcs[name][2].extend(v.strip() for v in m.group(1).split(','))
            name = None
            continue
        m = OP.match(line)
        if m:
            operands = [v.strip() for v in m.group(3).split(',') if v.strip()]
            funcs[name][1].append((m.group(1), m.group(2), operands, m.group(4)))
    return funcs


def signed(x):
    return x - (1 << 32) if x & (1 << 31) else x


BINARY = {
    'arith.addi': lambda a, b: a + b,
    'arith.subi': lambda a, b: a - b,
    'arith.muli': lambda a, b: a * b,
    'arith.shli': lambda a, b: a << b if b < 32 else 0,
    'arith.shrui': lambda a, b: a >> b if b < 32 else 0,
    'arith.shrsi': lambda a, b: signed(a) >> min(b, 31),
    'arith.xori': lambda a, b: a ^ b,
    'arith.andi': lambda a, b: a & b,
    'arith.ori': lambda a, b: a | b,
}


def run(func, args):
    params, ops, returns = func
    env = {name: v for (name, _), v in zip(params, args)}
    for result, op, operands, rest in ops:
        if op == 'arith.constant':
            value = int(re.search(r'value = (?:dense<)?(-?\d+)', rest).group(1))
            env[result] = [value & MASK] * lanes_of(rest.split('->')[-1])
        elif op in BINARY:
            a, b = (env[v] for v in operands)
            env[result] = [BINARY[op](x, y) & MASK for x, y in zip(a, b)]
        elif op == 'xyz.multiply_add':
            a, b, c = (env[v] for v in operands)
            env[result] = [(x * y + z) & MASK for x, y, z in zip(a, b, c)]
        else:
            raise SystemExit('same_words.py: unknown op ' + op)
    return [env[v] for v in returns]


def main():
    before, after = parse(sys.argv[1]), parse(sys.argv[2])
    rng = random.Random(2024)
    edges = [0, 1, 2, 3, 0x7FFFFFFF, 0x80000000, 0x80000001, MASK, MASK - 1]
    status = 0
    for name, func in before.items():
        checked = 0
        for trial in range(500):
            args = []
            for i, (_, lanes) in enumerate(func[0]):
                # Every pair of edge values for the first two arguments,
                # then random words.
                edge = edges[(trial // len(edges) ** min(i, 1) + i) % len(edges)]
                pick = (lambda: edge) if trial < len(edges) ** 2 \
                    else (lambda: rng.getrandbits(32))
                args.append([pick() for _ in range(lanes)])
            want = run(func, args)
            got = run(after[name], args)
            if want != got:
                print('MISMATCH @%s on %s: %s != %s' % (name, args, got, want))
                status = 1
                break
            checked += 1
        fused = sum(op == 'xyz.multiply_add' for _, op, _, _ in after[name][1])
        print('@%s: same words on %d inputs, %d multiply_add, %d ops -> %d'
              % (name, checked, fused,
                 sum(op != 'arith.constant' for _, op, _, _ in func[1]),
                 sum(op != 'arith.constant' for _, op, _, _ in after[name][1])))
    sys.exit(status)


main()
