"""Where --xyz-gather-to-select-groups puts its replacements in a long
program.

  selection_spread.py gen N          a vector program of N groups: each loads
                                     8 words, looks them up in a 16-word table
                                     (a gather whose offset is 4 bits), then
                                     in a large one (a gather), then
                                     EXTRA vector ops
  selection_spread.py check N FILE   after the pass (printed with
                                     --mlir-print-debuginfo
                                     --mlir-print-local-scope): which groups' table
                                     gathers were replaced; prints how many
                                     and the longest run of groups in
                                     program order with none replaced

The load engine binds, so a replacement pays; the flow engine (one select
slot a cycle) and the vector engines (busy with EXTRA ops per group) have
room for some groups only. Spread evenly over program
order (past the ramp and the drain), the replaced groups leave no long run
without one; taken from the middle, they would be one block.
"""
import re
import sys

# Vector ops per group after the lookups.
EXTRA = 24


def gen(n):
    print('xyz.kernel @spread() attributes {xyz.outputs = ["out"]} {')
    print('  %one = arith.constant dense<1> : vector<8xi32>')
    print('  %two = arith.constant dense<2> : vector<8xi32>')
    print('  %base = arith.constant dense<100> : vector<8xi32>')
    for g in range(n):
        p = f'%g{g}_'
        print(f'  {p}a = arith.constant {8 * g} : i32')
        print(f'  {p}x = xyz.vload {p}a in "in" : vector<8xi32>')
        bits = []
        prev = f'{p}x'
        for k in range(4):
            print(f'  {p}b{k} = arith.andi {prev}, %one : vector<8xi32>')
            bits.append(f'{p}b{k}')
            if k < 3:
                print(f'  {p}s{k} = arith.shrui {prev}, %one : vector<8xi32>')
                prev = f'{p}s{k}'
        # ((b3 * 2 + b2) * 2 + b1) * 2 + b0: the doubling form the range
        # proof reads.
        print(f'  {p}i1 = xyz.multiply_add {bits[3]}, %two, {bits[2]} : vector<8xi32>')
        print(f'  {p}i2 = xyz.multiply_add {p}i1, %two, {bits[1]} : vector<8xi32>')
        print(f'  {p}i3 = xyz.multiply_add {p}i2, %two, {bits[0]} : vector<8xi32>')
        print(f'  {p}t = arith.addi {p}i3, %base : vector<8xi32>')
        print(f'  {p}w = xyz.gather {p}t in "tab" '
              '{xyz.address_range = array<i64: 100, 16>} : vector<8xi32> '
              f'loc("group{g}")')
        print(f'  {p}h = xyz.gather {p}w in "big" : vector<8xi32>')
        # Vector work enough that the vector engines, too, have room for
        # some groups' selections only.
        prev = f'{p}h'
        for k in range(EXTRA):
            print(f'  {p}e{k} = arith.xori {prev}, %base : vector<8xi32>')
            prev = f'{p}e{k}'
        print(f'  xyz.vstore {prev}, {p}a in "out" : vector<8xi32>')
    print('  xyz.return')
    print('}')


def check(n, path):
    text = open(path).read()
    # Printed with --mlir-print-debuginfo --mlir-print-local-scope.
    kept = set(int(m) for m in re.findall(
        r'xyz\.gather .* in "tab" .*loc\("group(\d+)"\)', text))
    replaced = [g for g in range(n) if g not in kept]
    longest = run = 0
    for g in range(n):
        run = 0 if g in replaced else run + 1
        longest = max(longest, run)
    print(f'replaced {len(replaced)} of {n}')
    print(f'longest run without {longest}')


if __name__ == '__main__':
    if sys.argv[1] == 'gen':
        gen(int(sys.argv[2]))
    else:
        check(int(sys.argv[2]), sys.argv[3])
