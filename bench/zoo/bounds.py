"""Hand-derived lower bounds on the cycles of the zoo kernels
(examples/zoo/*.mlir): for each kernel, a number of cycles that no correct
program for that kernel and shape can beat on the machine of
docs/machine.md, whatever it computes and however it schedules.

The machine facts used (docs/machine.md):
  - per bundle: load 2 slots, store 2, valu 6 (8 lanes each), alu 12,
    flow 1 (`vselect` is 8 lanes); one bundle per cycle;
  - `vload`/`vstore` move 8 contiguous words, `load`/`load_offset`/`store`
    one: covering W contiguous words of memory takes at least ceil(W/8)
    load (or store) slots, `groups(W)`;
  - a value written in bundle t is first read in bundle t+1, and scratch
    starts all zero: nothing computed from the memory image exists before
    cycle 2, and a value computed in cycle t is stored in cycle t+1 at the
    earliest;
  - a lane of any operation reads at most 3 words (`multiply_add`,
    `vselect`) and writes one; at most 6*8 + 12 + 8 = 68 lanes of
    operations (valu, alu, vselect) run per cycle, `LANES`.

The shared arguments:
  - streaming(L, S): every output word is a new value computed from loaded
    words, at least L load and S store slots are needed. Each needed word
    reaches the outputs along a dataflow path that starts at one of its
    loads; those loads cover every needed word, so they take at least L
    slots, and the last cycle holding one is cycle ceil(L/2) or later. Its
    word goes through at least one operation (one cycle) to a store (one
    more), so T >= ceil(L/2) + 2. No useful store happens before cycle 3
    (load, operate, store), so T >= ceil(S/2) + 2.
  - work(K): K lanes of operations that depend on loaded data run in cycles
    2 .. T-1 (nothing is loaded before cycle 1 ends; an operation in the
    last cycle could not be stored), so T >= ceil(K/68) + 2.

These are bounds for any program, so they count only what the kernel's
meaning forces (the words it must read and write, the lanes of work that
cannot be shared), never the ops a particular compilation emits: a bound
above a measured cycle count would be a wrong derivation, and zoo.py
reports it as such.
"""
import math

LANES = 6 * 8 + 12 + 8


def groups(words):
    """Fewest 8-word slots that cover `words` contiguous words."""
    return math.ceil(words / 8)


def streaming(loads, stores):
    return max(math.ceil(loads / 2) + 2, math.ceil(stores / 2) + 2)


def work(lanes):
    return math.ceil(lanes / LANES) + 2


def axpy(n):
    # a, x and y are contiguous words [0, 2n+1) and must all be read; out is
    # n contiguous words; each out word is computed (a multiply and an add).
    return max(streaming(groups(2 * n + 1), groups(n)), work(n))


def table_lookup(n, rounds):
    # Values: n contiguous words read and written in place, each a new value
    # (streaming, one lane each). That is all this file can prove for any
    # program: a lookup may be a load, a select tree or arithmetic, and a
    # program may speculate across rounds, so no per-round cost is certain.
    # table_lookup_in_order below is the figure under a stated model.
    return max(streaming(groups(n), groups(n)), work(n))


def table_lookup_in_order(n, rounds):
    # A bound under a model, not for any program: each round's lookup is
    # made after the round's v is known, as the kernel writes it (no
    # speculation across rounds, no lane shared between items). Then each of
    # the N = n * rounds lookups t = table[(v >> s) & 15] takes one of two
    # routes:
    #  - through memory: at least one load slot (load, load_offset or a vload
    #    at a data-dependent address) and one lane computing that address
    #    from v (the address is not v itself);
    #  - in scratch, with no data-dependent load: scratch addresses are fixed
    #    in the instructions, so the lanes computing v' from v read a fixed
    #    set of words besides v, and since v' = u ^ (u << 3) (a bijection)
    #    with u = v + t, v and v' give back t = table[k] for every k: those
    #    words determine all 16 table words (512 bits), so there are at
    #    least 16 of them. A tree of 3-input lanes with 17 leaves has at least
    #    8 lanes (3g >= 17 + g - 1).
    # With m lookups through memory, cycles 2 .. T-1 hold m load slots and
    # 8(N - m) + m lanes: T >= 2 + max(m/2, (8N - 7m)/68), minimized over m.
    # Chain: load v, then each round at least an index lane and a lookup
    # (2 cycles: a load after its address, or a scratch tree of depth >= 3),
    # then one lane making the last v, then the store: T >= 2 * rounds + 3.
    lookups = n * rounds
    split = min(max(math.ceil(m / 2),
                    math.ceil((8 * (lookups - m) + m) / LANES))
                for m in range(lookups + 1))
    return max(table_lookup(n, rounds), 2 + split, 2 * rounds + 3)


def stencil(n, steps):
    # A (n words) must be read; B is zero and fully overwritten. After one
    # step only B changes (n words stored); after two or more, B holds step
    # steps-1 and A step `steps`, whose end words are A's own (n - 2 inner
    # words stored). The stored inner words are new values, one lane each
    # (intermediate steps need not be computed word by word: a program may
    # compute a later step from the inputs directly, so only the outputs
    # count). B's end words are copies, which may be stored in cycle 2:
    # stores give T >= ceil(S/2) + 1 only.
    stores = groups(n) + (groups(n - 2) if steps >= 2 else 0)
    outputs = (n - 2) * (2 if steps >= 2 else 1)
    return max(math.ceil(groups(n) / 2) + 2, math.ceil(stores / 2) + 1,
               work(outputs))


def matvec(rows, cols):
    # x and M are contiguous words [0, cols + rows*cols), all read; y is
    # rows words, each a new value. Each M word is read by some lane, a lane
    # reads at most 3 words: at least rows*cols/3 lanes.
    return max(streaming(groups(cols + rows * cols), groups(rows)),
               work(math.ceil(rows * cols / 3)))


def reduce_sum(n):
    # n contiguous words read, one word stored. For n = 1 the sum is the
    # word (load, store). Otherwise the sum is computed by a lane in cycle
    # T-1 at the latest; after cycle c it depends on at most 3^(T-1-c)
    # scratch words (lanes read at most 3 words), and on each word first
    # loaded in cycle c, each in its own scratch word: at most
    # min(16, 3^(T-1-c)) words are first loaded in cycle c <= T-2 (a word
    # reaches the sum along a path from one of its loads; "first loaded" is
    # the cycle of that load, and a store/load round trip on the way only
    # lengthens the path). T is the
    # least with sum_{k=1}^{T-2} min(16, 3^k) >= n: the log-depth combine of
    # the last loads.
    if n == 1:
        return 2
    t, covered = 2, 0
    while covered < n:
        t += 1
        covered += min(16, 3 ** (t - 2))
    return max(math.ceil(groups(n) / 2) + 2, t)


def thread_hash(n):
    # Only the seed (one word) is read; out is n contiguous words, each a new
    # value depending on the seed: stores in cycles 3 .. T, one lane each.
    return max(math.ceil(groups(n) / 2) + 2, work(n))


def inplace(n, passes):
    # x (n words) read and written once whatever the number of passes (the
    # passes can be fused), each word a new value.
    return max(streaming(groups(n), groups(n)), work(n))


def big_state(n, rounds):
    # 6n words of state read and written, each a new value.
    return max(streaming(groups(6 * n), groups(6 * n)), work(6 * n))


# Bounds under a stated model (see each function), shown beside the
# table, never in the bound column.
MODEL_BOUNDS = {
    "table_lookup": (table_lookup_in_order,
                     "each round's lookup made in turn, as written"),
}

BOUNDS = {
    "axpy": axpy,
    "table_lookup": table_lookup,
    "stencil": stencil,
    "matvec": matvec,
    "reduce_sum": reduce_sum,
    "thread_hash": thread_hash,
    "inplace": inplace,
    "big_state": big_state,
}
