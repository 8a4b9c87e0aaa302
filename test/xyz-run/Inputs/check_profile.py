"""Checks xyz-run --profile output (and, given, a --baseline diff): rows
add up to the total, the total is --stats's, located rows name `kernel`
and a line holding their text. Prints one line per finding."""
import re
import sys

ENGINES = ["alu", "valu", "load", "store", "flow"]


def stats(text):
    return {e: int(n) for e, n in re.findall(r"^(\w+): (\d+) /", text, re.M)}


out = open(sys.argv[1]).read()
kernel = sys.argv[2]
head = re.search(r"^profile: (\d+) cycles; binding (\w+) .*; (\d+) source lines$",
                 out, re.M)
assert head, out
rows, total, remarks, last = [], None, [], None
for line in out[head.end():].splitlines()[2:]:
    if line.startswith("      remark: "):
        remarks.append((last, line.strip()[len("remark: "):]))
        continue
    m = re.match(r"^(.+?)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)%"
                 r"\s+(\S+)\s+(\S+)(?:  (.*))?$", line)
    assert m, "unparsed row: %r" % line
    slots = [int(m.group(i)) for i in range(2, 7)]
    if m.group(1) == "total":
        total = slots
        break
    rows.append((m.group(1), slots, m.group(10) or ""))
    last = m.group(1)
assert total is not None
assert len(rows) == int(head.group(3)), (len(rows), head.group(3))
sums = [sum(r[1][i] for r in rows) for i in range(5)]
assert sums == total, (sums, total)
assert dict(zip(ENGINES, total)) == stats(out), (total, stats(out))
for location, slots, text in rows:
    if location == "(no location)":
        continue
    path, line = location.rsplit(":", 1)
    assert path.endswith(kernel), location
    source = open(path).read().splitlines()[int(line) - 1].strip()
    assert source.startswith(text[:40]), (location, text, source)
print("profile ok: %d lines, binding %s" % (len(rows), head.group(2)))
for location, remark in remarks:
    print("remark on %s:%s: %s" % (kernel, location.rsplit(":", 1)[1], remark))

if len(sys.argv) > 3:
    diff = open(sys.argv[3]).read()
    base = stats(open(sys.argv[4]).read())
    for engine in ENGINES:
        m = re.search(r"^%s\s+(\d+)\s+(\d+)\s+(\S+)$" % engine, diff, re.M)
        assert m and int(m.group(1)) == base[engine], (engine, m and m.group(0), base)
        assert int(m.group(2)) == dict(zip(ENGINES, total))[engine]
        change = int(m.group(2)) - int(m.group(1))
        assert m.group(3) == ("0" if change == 0 else "%+d" % change), m.group(0)
    assert re.search(r"^lines: \d+ of \d+ changed", diff, re.M), diff
    print("diff ok")
