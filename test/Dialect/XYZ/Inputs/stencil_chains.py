"""Prints an expanded two-step 3-point stencil as an xyz.kernel, the form
`--xyz-forward-memory` sees after thread expansion: step 1 loads `groups`
vectors of A at 0, 1, 2, 8, 9, 10, ... and stores each result to B; step 2
loads B the same way. Every step-1 result stays in scratch until step 2
reads it, so the program holds about 8 * groups words at once.

usage: stencil_chains.py GROUPS
"""
import sys

groups = int(sys.argv[1])
base_b = 8 * groups + 64
lines = ["xyz.kernel @chains() {"]
consts = set()


def const(v):
    consts.add(v)
    return "%%c%d" % v


body = []
for step, (src, dst) in enumerate([(0, base_b), (base_b, 2 * base_b)]):
    for g in range(groups):
        a = src + 8 * g
        n = "s%dg%d" % (step, g)
        body.append("  %%%s_l = xyz.vload %s : vector<8xi32>" % (n, const(a)))
        body.append("  %%%s_c = xyz.vload %s : vector<8xi32>" % (n, const(a + 1)))
        body.append("  %%%s_r = xyz.vload %s : vector<8xi32>" % (n, const(a + 2)))
        body.append("  %%%s_s = arith.addi %%%s_l, %%%s_c : vector<8xi32>" % (n, n, n))
        body.append("  %%%s_t = arith.addi %%%s_s, %%%s_r : vector<8xi32>" % (n, n, n))
        body.append("  xyz.vstore %%%s_t, %s : vector<8xi32>" % (n, const(dst + 8 * g + 1)))
for v in sorted(consts):
    lines.append("  %%c%d = arith.constant %d : i32" % (v, v))
lines += body
lines.append("  xyz.return")
lines.append("}")
print("\n".join(lines))
