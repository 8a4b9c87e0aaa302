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
  - at most 6*8 + 12 = 60 lanes of arithmetic (valu, alu) run per cycle,
    `LANES`; the flow engine's `vselect` only selects.

The shared arguments:
  - streaming(L, S): every output word is a new value computed from loaded
    words, at least L load and S store slots are needed. Each needed word
    reaches the outputs along a dataflow path that starts at one of its
    loads; those loads cover every needed word, so they take at least L
    slots, and the last cycle holding one is cycle ceil(L/2) or later. Its
    word goes through at least one operation (one cycle) to a store (one
    more), so T >= ceil(L/2) + 2. No useful store happens before cycle 3
    (load, operate, store), so T >= ceil(S/2) + 2.
  - chain_then_stores(d, S): every stored word is the end of a chain of d
    dependent operations that starts at a loaded word. The first load's
    word exists from cycle 2, so no stored value exists before cycle d + 2:
    the S store slots, at most 2 a cycle, all fall in cycles d + 2 .. T,
    so T >= d + 1 + ceil(S/2). (The chain and the stores counted apart
    give only max(d + 2, ceil(S/2) + 2).)
  - work(K): K lanes of essential arithmetic run in cycles 2 .. T-1
    (nothing is loaded before cycle 1 ends; an operation in the last cycle
    could not be stored), so T >= ceil(K/60) + 2.

Essential work is the arithmetic the kernel does on its data as written,
per item: address arithmetic is not counted (uniform once vectorized), a
multiply followed by an add counts once (the machine's `multiply_add`), and
work a compiler could share or fold is not counted. It is the issue's
definition of the bound (essential loads and stores / 2, essential lane
work / 60, the dependence chain): a bound on programs that do the kernel's
operations, not on every program that computes the same words (a program
may find an algebraic shortcut the kernel does not spell out). The loads
and stores are counted for any program. A bound above a measured cycle
count is a wrong derivation; zoo.py reports it as such.
"""
import math

LANES = 6 * 8 + 12


def groups(words):
    """Fewest 8-word slots that cover `words` contiguous words."""
    return math.ceil(words / 8)


def streaming(loads, stores):
    return max(math.ceil(loads / 2) + 2, math.ceil(stores / 2) + 2)


def chain_then_stores(depth, stores):
    return depth + 1 + math.ceil(stores / 2)


def work(lanes):
    return math.ceil(lanes / LANES) + 2


def axpy(n):
    # a, x and y are contiguous words [0, 2n+1) and must all be read; out is
    # n contiguous words; each out word is one multiply_add.
    return max(streaming(groups(2 * n + 1), groups(n)), work(n))


def table_lookup(n, rounds):
    # Values: n contiguous words read and written in place. Each round of
    # each item: shift, and, add, shift, xor (5 lanes; the shift amount is
    # uniform) and the lookup t = table[(v >> s) & 15], made once the
    # round's v is known, as written. A lookup takes one of two routes:
    #  - through memory: one load slot (a gather lane, load_offset or load)
    #    and one lane computing its address from the index;
    #  - in scratch, with no data-dependent load: scratch addresses are fixed
    #    in the instructions, so the lanes computing v' from v read a fixed
    #    set of words besides v; since v' = u ^ (u << 3) is a bijection of
    #    u = v + t, v and v' give back t = table[k] for every k: those words
    #    determine all 16 table words, so there are at least 16 of them, and
    #    a tree of (at most 3-input) lanes with 17 leaves has >= 8 lanes.
    # With m lookups through memory: m load slots and 5N + 8(N - m) + m
    # lanes, N = n * rounds, minimized over m. Chain: load v, 6 dependent
    # ops per round (shift, and, lookup, add, shift, xor), the store.
    lookups = n * rounds
    split = min(max(math.ceil(m / 2),
                    math.ceil((5 * lookups + 8 * (lookups - m) + m) / LANES))
                for m in range(0, lookups + 1, max(1, lookups // 512)))
    return max(streaming(groups(n), groups(n)), 2 + split,
               chain_then_stores(6 * rounds, groups(n)))


def stencil(n, steps):
    # A (n words) must be read; B is zero and fully overwritten (the end
    # words are copies, which may be stored in cycle 2). Each step computes
    # n - 2 inner words, each 2 * c + l (one multiply_add), + r, >> 2: 3
    # lanes. Intermediate steps may stay in scratch (no essential memory
    # traffic), their arithmetic may not be skipped.
    stores = groups(n) + (groups(n - 2) if steps >= 2 else 0)
    return max(math.ceil(groups(n) / 2) + 2, math.ceil(stores / 2) + 1,
               work(3 * (n - 2) * steps), 3 * steps + 2)


def matvec(rows, cols):
    # x and M are contiguous words [0, cols + rows*cols), all read; y is
    # rows words. Each product-and-add is one multiply_add: rows * cols
    # lanes; a row's chain of cols of them can be a tree (log depth).
    return max(streaming(groups(cols + rows * cols), groups(rows)),
               work(rows * cols))


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
    # The n - 1 adds are essential work too.
    return max(math.ceil(groups(n) / 2) + 2, sum_depth(n), work(n - 1))


def sum_depth(n):
    """reduce_sum's T for a sum of n > 1 loaded words (the argument above:
    the least T with sum_{k=1}^{T-2} min(16, 3^k) >= n)."""
    t, covered = 2, 0
    while covered < n:
        t += 1
        covered += min(16, 3 ** (t - 2))
    return t


def column_sum(rows, cols):
    # in (rows x cols contiguous words) is read and out (cols words)
    # written; each out word is the sum of its column's rows words: rows - 1
    # lanes of adds, and a sum of rows loaded words (reduce_sum's argument,
    # sum_depth). With rows = 1 the out words are copies: a load, then a
    # store, no operation between them.
    loads, stores = groups(rows * cols), groups(cols)
    if rows == 1:
        return max(math.ceil(loads / 2) + 1, math.ceil(stores / 2) + 1)
    return max(streaming(loads, stores), work((rows - 1) * cols),
               sum_depth(rows))


def thread_hash(n):
    # Only the seed (one word) is read; out is n contiguous words. Each item:
    # xor, multiply, shift, xor, multiply, shift, xor (7 lanes), a chain of
    # 7 between the seed's load and the store of every out word.
    return max(work(7 * n), chain_then_stores(7, groups(n)))


def inplace(n, passes):
    # x (n words) read and written once whatever the number of passes (the
    # passes can be fused in scratch); each pass: shift, xor, add (3 lanes,
    # each depending on the one before: a chain of 3 per pass for every
    # word).
    return max(streaming(groups(n), groups(n)), work(3 * passes * n),
               chain_then_stores(3 * passes, groups(n)))


def big_state(n, rounds):
    # 6n words of state read and written; each round six mixes of 3 lanes
    # (shift, xor, add), each depending on the one before through its xor
    # and add (2 dependent lanes): 12 per round on the chain.
    return max(streaming(groups(6 * n), groups(6 * n)), work(18 * n * rounds),
               12 * rounds + 2)


def complex_mul(n):
    # a and b (4n contiguous words) are read, out (2n words) written. Each
    # out word depends on four loaded words (two of a, two of b) and a lane
    # reads at most three words: at least 2 lanes per out word, 4 per item
    # (the real part, a difference of two products, takes 3: a
    # multiply-add adds, it cannot subtract a product). Chain: a product,
    # then the multiply-add or difference, then the store.
    return max(streaming(groups(4 * n), groups(2 * n)), work(4 * n),
               chain_then_stores(2, groups(2 * n)))


# Bounds under a further model (see each function), shown beside the
# table, never in the bound column: none at present.
MODEL_BOUNDS = {}

BOUNDS = {
    "axpy": axpy,
    "table_lookup": table_lookup,
    "stencil": stencil,
    "matvec": matvec,
    "reduce_sum": reduce_sum,
    "thread_hash": thread_hash,
    "inplace": inplace,
    "big_state": big_state,
    "column_sum": column_sum,
    "complex_mul": complex_mul,
}
