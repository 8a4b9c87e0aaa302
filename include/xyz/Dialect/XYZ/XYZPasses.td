//===- XYZPasses.td - xyz dialect passes -------------------*- tablegen -*-===//

#ifndef XYZ_DIALECT_XYZ_XYZPASSES_TD
#define XYZ_DIALECT_XYZ_XYZPASSES_TD

include "mlir/Pass/PassBase.td"

def XYZSpecialize : Pass<"xyz-specialize", "::mlir::ModuleOp"> {
  let summary = "Bind a kernel's shape parameters and make the shape static";
  let description = [{
    Takes `name=value` pairs for the parameters the kernel declares (e.g.
    `--xyz-specialize="height=10 rounds=16 batch=256"`); parameters not given
    take the kernel's declared default. Binds them to constants, inlines
    helper calls, folds, checks `xyz.require` conditions, and fully unrolls
    every `scf.for` whose trip count became constant. The thread dimension
    (`xyz.foreach_thread`) stays for the vectorizer. Unknown or unbound
    parameters and shapes the kernel rejects are diagnosed.
  }];
  // The options are the kernel's own parameter names, so they are parsed by
  // hand (see initializeOptions) rather than declared here. `bind` holds
  // them as given, so that a printed pipeline (--dump-pass-pipeline) names
  // the shape: `xyz-specialize{bind=height=10,rounds=16,batch=256}`, which
  // parses back to the same bindings.
  let options = [
    ListOption<"bind", "bind", "std::string",
               "The bindings, name=value (the printed form of the options)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::scf::SCFDialect"];
}

def XYZExpandThreads : Pass<"xyz-expand-threads", "::xyz::KernelOp"> {
  let summary = "Replicate each foreach_thread body once per thread";
  let description = [{
    The scalar mapping of the thread dimension: every thread's body becomes
    straight-line code with the thread id a constant. Run after
    vectorization, which leaves only the tail threads (or none) to it.
    The work is bounded: expansion that would create more than `max-ops` ops
    (body ops x copies, over all loops of the kernel) is an error at the
    loop, before anything is created.
  }];
  let options = [
    Option<"maxOps", "max-ops", "uint64_t", /*default=*/"::xyz::kDefaultMaxOps",
           "The most ops expansion may create (a compile-time bound)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZVectorize : Pass<"xyz-vectorize", "::xyz::KernelOp"> {
  let summary = "Map threads onto the machine's vector lanes";
  let description = [{
    Splits each `xyz.foreach_thread` with a constant count into a vectorized
    part (one body per group of VLEN = 8 threads: per-thread values become
    vector<8xi32>, uniform values stay scalar and are broadcast where a vector
    needs them, contiguous accesses become vload/vstore, indirect ones
    gathers) and a scalar tail for the remaining threads. A cost model from
    the machine description decides whether vectorizing pays; bodies it cannot
    vectorize stay scalar. A thread id used as data becomes a lane-index
    vector (the group's first id broadcast, plus `<0, 1, ..., 7>`).

    With `remarks=missed` (or `all`), a body left scalar is reported as a
    `remark:` at the op that has no vector form, or at the loop when the cost
    model prefers scalar code (with both costs); `remarks=applied` reports
    the loops vectorized.

    Threads left over after the last full group run either as scalar code or
    as one more group ending at the loop's last thread (its repeated lanes
    store what their own group stored, or nothing); the cost model chooses.
    With `other-last-group`, the choice the cost model rejected is taken
    instead, for a pipeline that schedules both and keeps the shorter (the
    cost model counts engine slots, not the leftover threads' dependence
    chains, which may run after everything else).
  }];
  let options = [
    Option<"remarkLevel", "remarks", "::xyz::RemarkLevel",
           /*default=*/"::xyz::RemarkLevel::None",
           "Report decisions as remarks: none, missed (declined, and why), "
           "applied, all", "XYZ_REMARK_LEVEL_VALUES">,
    Option<"otherLastGroup", "other-last-group", "bool", /*default=*/"false",
           "Run the leftover threads the way the cost model rejected (scalar "
           "or as one more group)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZFuseMultiplyAdd : Pass<"xyz-fuse-multiply-add"> {
  let summary = "Form xyz.multiply_add wherever it is exact mod 2^32";
  let description = [{
    `x*c + y`, `(x << k) + y`, `(a + c) + (a << k)` as `a*(2^k+1) + c`, and
    compositions: a shift or multiply of a multiply-add by a constant, or a
    constant added to one, is itself a multiply-add. Patterns prefer fewer
    machine ops. Runs on any op (pure arithmetic rewrites, e.g. in
    func.func); pipelines nest it on `xyz.kernel`.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZSimplify : Pass<"xyz-simplify", "::xyz::KernelOp"> {
  let summary = "Algebraic simplification beyond upstream canonicalization";
  let description = [{
    Constant reassociation across xor/add chains, moving constants outward so
    they merge, xor trees by rank, chains of an associative op (an unrolled
    reduction) rebuilt as trees of least depth where the chain and not the
    loads is what the block waits for, parity facts (`(x ^ c) & 1` =
    `(x & 1) ^ (c & 1)`), selects between constants on a 0/1 condition as
    arithmetic, unsigned min/max that integer range analysis decides folded
    to the operand it always is (run first: e.g. a core's chunk start once
    `xyz.core_id of %cores` bounds the id), together with every loaded
    dialect's canonicalization patterns (so the work of stores that
    --xyz-eliminate-dead-stores erased goes too).
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZBoundedRanges : Pass<"xyz-bounded-ranges", "::mlir::ModuleOp"> {
  let summary = "Upstream integer range passes, on modules of bounded size, xor-safe";
  let description = [{
    Runs `--int-range-optimizations` (comparisons and ops that integer
    range analysis decides, folded), or with `unsigned-when-equivalent`
    `--arith-unsigned-when-equivalent` (signed ops whose operands ranges
    prove non-negative made unsigned), when the module has at most
    `max-ops` operations, and leaves the module as it is otherwise: the
    upstream passes take time quadratic in the length of long dependence
    chains (an unrolled 6,000-term sum: 12 of a 14 s compile; 20,000
    terms: over two minutes), and they only optimize. At 10,000
    operations it takes about a second.

    LLVM 19 infers wrong ranges for `arith.xori` wider than i1
    (llvm/llvm-project#82168): `x ^ -1000` with x unknown gets a range
    that misses values it takes, and comparisons of it fold to wrong
    constants. Those xors are hidden from the analysis (their results
    have the full range) and restored afterwards. `--xyz-schedule` runs
    this pass in place of the upstream ones.
  }];
  let options = [
    Option<"maxOps", "max-ops", "uint64_t", /*default=*/"10000",
           "Most operations in the module for the analysis to run">,
    Option<"unsignedWhenEquivalent", "unsigned-when-equivalent", "bool",
           /*default=*/"false",
           "Run --arith-unsigned-when-equivalent instead of "
           "--int-range-optimizations">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZDropRegions : Pass<"xyz-drop-regions", "::xyz::KernelOp"> {
  let summary = "Erase the kernel's memory-image declarations (xyz.region)";
  let description = [{
    `xyz.region` describes the memory image for the tools (random images,
    which words to compare) and has no run-time effect. `--xyz-schedule`
    drops the declarations right after specialization, so that no later pass
    sees them; the lowering to vliw erases any left.
  }];
}

def XYZIndexToWord : Pass<"xyz-index-to-word", "::xyz::KernelOp"> {
  let summary = "Rewrite `index` arithmetic as i32 arithmetic";
  let description = [{
    An `index` is a 32-bit machine word in xyz (`xyz-interp` and the
    compiled program agree: `index_cast` between `i32` and `index` changes
    no bit), but the vectorizer and the range analyses work on `i32`. Every
    `arith` op on `index` values (constants, the integer binary ops, `cmpi`,
    `select`) becomes the same op on `i32`; `index_cast` and
    `index_castui` between `i32` and `index` become the value itself. Where
    an `index` is still needed (an `scf.for` bound, an op outside `arith`),
    the `i32` is cast back with `arith.index_cast`.
  }];
}

def XYZEliminateDeadStores
    : Pass<"xyz-eliminate-dead-stores", "::xyz::KernelOp"> {
  let summary = "Erase stores to memory regions that are not outputs";
  let description = [{
    With the kernel attribute `xyz.outputs` (a list of region names), a
    store to a named region that is not listed and that nothing in the
    kernel reads is unobservable and erased. The work only such stores used
    is left to the next greedy rewrite (--xyz-simplify, --canonicalize). A
    malformed list is an error, and so is an entry that names no region the
    kernel stores (in its body or in a helper it calls): a misspelt output
    would otherwise make every store dead. Preserves the thread-uniformity
    and op-depth analyses.
  }];
}

def XYZSplitThreadRanges
    : Pass<"xyz-split-thread-ranges", "::xyz::KernelOp"> {
  let summary = "Split a thread loop where its clamps stop mattering";
  let description = [{
    A clamp `minui(tid + u, b)` in a thread body (u, b uniform: a core's
    slice start and the last index, say; u may be a sum of uniform terms
    added in any order, at least 0) is `tid + u` for every thread
    below `T = min(b) - max(u) + 1`, by the ranges integer range analysis
    proves. Where such a T lies inside the loop (at least 8 threads above
    its first), the loop (constant count, no reduction results) becomes
    two: threads [first, T) with the clamps replaced by `tid + u`, whose
    accesses are then contiguous (vector loads and stores), and threads
    [T, count) as before. Threads are independent (no thread reads a word
    another writes), so running them in two loops is exact. Per-core
    slices `minui(core * chunk + j, n - 1)` at 3 cores x 1,000 items: 349
    -> 39 cycles (7 cores: 158 -> 23).
  }];
}

def XYZDistinctStores : Pass<"xyz-distinct-stores", "::xyz::KernelOp"> {
  let summary = "Mark the stores at which no two threads write one word";
  let description = [{
    A store of an `xyz.foreach_thread` body (with a constant count) whose
    address is `c * tid + u + r`, with `c` a constant, `u` uniform and `r`
    per-thread terms whose proven range (integer range analysis) spans less
    than `|c|`, writes a different word in every thread (and `|c|` times the
    thread count stays below 2^32, so no two addresses wrap onto one word).
    Stores whose addresses share `c` and `u` are taken together: if the
    union of their `r` ranges spans less than `|c|`, no two threads write
    one word through any of them (a thread's read-modify-writes of its own
    `4 * tid + bin` words). Such stores get `xyz.distinct_words = N` (N
    numbers the sets of marked stores of the kernel); the vectorizer's
    lane stores and the expanded copies keep it, and the lowering makes it
    `vliw.distinct_words`. The scheduler then lets two copies of stores
    with one number for disjoint threads share a bundle or pass each other:
    a scatter at `2 * tid + (x & 1)` issues two stores a cycle, not one
    (two possibly equal words are otherwise kept a bundle apart, since
    `--strict` rejects two writes to one word in a bundle).
  }];
}

def XYZHoistUniform : Pass<"xyz-hoist-uniform", "::xyz::KernelOp"> {
  let summary = "Move uniform work and loads out of thread loops";
  let description = [{
    An op of a `xyz.foreach_thread` body whose operands are all defined
    outside it computes the same value in every thread: a pure op, or an
    `xyz.load` from a region nothing in the loop may write (no store, vstore
    or barrier to the same region, nor to an unnamed one; an unnamed load
    only where the loop writes nothing). It moves before the loop (which
    runs at least one thread: its count is a constant above its start), so
    it runs once, not once per thread or vector group; its broadcast, made
    once per group by the vectorizer, is then the same op in every group
    and CSE keeps one. A matrix-vector product whose threads all read the
    vector loads each of its words once instead of once per group.
  }];
}

def XYZAddressRecurrences
    : Pass<"xyz-address-recurrences", "::xyz::KernelOp"> {
  let summary = "Recurrences read through a constant offset carried in the "
                "offset form: the add leaves the chain";
  let description = [{
    On straight-line code: a recurrence `m' = multiply_add(m, k, b)` read
    as `a = m + c` (the index of a walk down a tree and the address of its
    node: `b` the bit the step just computed) becomes `a =
    multiply_add(t, k, b)` with `t = m + c / k` (c a multiple of k), and
    the next step reads `a` itself: `t' = a + (c' / k - c)`. The adds of
    constants leave the chain from `b` to the address (one op instead of
    two), and the op count stays the same: the steps of `m` that nothing
    else reads go, a use of `m` elsewhere reads `a - c`.
  }];
}

def XYZCoalesceLoads : Pass<"xyz-coalesce-loads", "::xyz::KernelOp"> {
  let summary = "Word loads within 8 words of each other as one vector load";
  let description = [{
    On straight-line code (threads expanded, constant addresses): word
    loads of two or more distinct words within 8 consecutive words become
    one `vload` of those 8 words, placed at the first of them, and its
    lanes (`xyz.lane`), which the slots that use them read in place (one
    load slot and one address constant instead of one each). A load joins
    only if nothing between that place and it may write its word, and the
    8 words end at or below the highest word the program accesses at a
    constant address, so the vector load stays inside memory. Words of a
    region that vector loads also read stay word loads (a vectorized loop's
    scalar tail would wait for a late group's vector). The words a kernel
    reads once for all its threads are such loads: the vector of a
    matrix-vector product, a small table, the top of a tree (also where
    gathers read the rest of the table).
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZCarryXorConstants : Pass<"xyz-carry-xor-constants", "::xyz::KernelOp"> {
  let summary = "A constant xored into a value carried into its consumers";
  let description = [{
    On straight-line code (threads expanded): `h = x ^ K` with K a constant
    is not computed when every consumer can take K for free, and the xor
    disappears. K moves
    - through other xors (`(x ^ K) ^ z = (x ^ z) ^ K`) and into constants;
    - into the uniform words a value is selected from: `h ^ y` with y a
      tree of `arith.select`s and bit multiply-adds (`n + b * d`, b in
      {0, 1}) over broadcasts or constants is `x ^ y'`, y' the same tree
      over the words xored with K, computed once for all groups;
    - into a bit test: `(x ^ K) & 1` is `1 - (x & 1)` when K is odd, a bit
      of the opposite polarity. Such a value is carried as `s * w + c`
      (s = +1 or -1, c a constant) through multiply-adds by constants or
      uniform words, constant adds and subtractions and adds of two such
      values (an index built from bits: `2 * r + b`), and into the
      conditions of selects, whose arms swap when c is odd.
    A use that takes none of these forms gets the value back with one op
    (`w ^ K`, `w + c` or `c - w`), in place of an op the rewrite removed
    (the address add of a gather, say). The rewrite is made only where it
    removes more per-group ops than it adds, counted before anything
    changes; uniform words and casts count nothing. A kernel hashing each
    item with a value selected from a small table whose hash ends in an
    xor with a constant saves that xor in every round whose next node is
    selected.

    With `into-tables`, a gather `g` of a read-only region whose address
    range [lo, count) is known (`xyz.address_range`, or `xyz.address_bounds`
    for a range too wide for a selection) and proven by the address's bits
    takes K too: `w ^ g(R, a)` becomes `w ^ g(R', a + d)`, R' a copy of the
    range's words xored with K that the program writes once, at its start,
    into words the kernel's `xyz.free_memory` (--xyz-eliminate-dead-stores)
    gives it; d folds into the address's constant add. The ranges with the
    most gathers per 8 words get the space first, each only with at least
    two gathers per 8 words (the copy costs a vector load, xor and store
    per 8) and, with `only-vector-bound`, only while it lowers the larger
    of the load and vector-work floors.

    The ops removed are vector work: with `only-vector-bound` (the
    default) the rewrite is made only if the vector floor stays at or above
    the load and flow floors once every candidate is rewritten (all
    candidates or none: a program bound by its gathers gains nothing, and
    rewriting some rounds and not others keeps two sets of selected words
    in scratch).
  }];
  let options = [
    Option<"onlyVectorBound", "only-vector-bound", "bool", "true",
           "Rewrite only where the vector engines stay the binding resource">,
    Option<"whileRanged", "while-ranged", "bool", "false",
           "With only-vector-bound: rewrite anyway while a gather with a "
           "known address range remains (a per-group gather replacement "
           "after this pass can move its loads to selections)">,
    Option<"intoTables", "into-tables", "bool", "false",
           "Carry a constant into the gathers of read-only tables too, "
           "reading a copy of the table xored with it that the program "
           "writes first into the kernel's free memory (xyz.free_memory)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZJoinStores : Pass<"xyz-join-stores", "::xyz::KernelOp"> {
  let summary = "Word stores at consecutive constant addresses as vstores";
  let description = [{
    On straight-line code (threads expanded): where each of 8 consecutive
    words is stored at a constant address (its last store), all naming one
    region, and no access between the first and the last of those stores
    may touch the words (by constant addresses, or a different named
    region), the 8 stores become one `vstore` at the last one's place, of a
    vector of the stored words: the stored vector itself when they are its
    lanes in order, an `xyz.window` of two vectors when they are lanes of
    two in order, else an `xyz.from_words`. A run of n >= 8 stored words
    takes ceil(n / 8) vstores, the last overlapping the one before. A
    scattering loop (a stride of 2, an interleaved or 2-D output) then
    stores a slot per 8 words instead of one per word. At most 4,096
    accesses are examined per window.

    A join trades 7 store slots (and the address constants only its stores
    read) for a base address and, for an assembled vector, 8 ALU copies;
    and its stores wait for the window's last word. Only where the stores
    bind, their floor (the machine cost model's, of the kernel's op mix,
    constants counted as ALU slots) at least `store-bound` times every
    other engine's and the vector work's, the pass joins windows in address
    order: the most that keep the program's floor within 3% of the least
    any number of them gives. The vector store is marked with the threads
    its stores ran for (`xyz.threads`, one range of their loop), so other
    threads' loads still pass it.
  }];
  let options = [
    Option<"storeBound", "store-bound", "double", /*default=*/"1.0",
           "Join where the store floor is at least this times every other "
           "floor (0: always)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZConstantGathers : Pass<"xyz-constant-gathers", "::xyz::KernelOp"> {
  let summary = "Gathers at constant lane addresses as a few vector loads";
  let description = [{
    On straight-line code (threads expanded): a gather whose addresses were
    computed from the thread index alone (2-D indexing by `/` and `%`,
    clamped neighbours, a matrix row `t / p`) has a constant address per
    lane. A `vload` at b serves each lane i whose address is b + i; a word
    loaded once and broadcast serves every lane of that address. The lanes
    are covered greedily, the source serving most lanes first, with at most
    `max-loads` sources, combined by `arith.select`s on lane masks (a
    `vselect` each; the lanes below or from some k are a compare of the
    lane numbers with k). Every vector load must lie within the lowest and
    highest words the kernel accesses at constant addresses (memory is one
    array: every word between two the program touches exists), so the
    words it reads beyond its lanes are in bounds; their values are not
    used. Where a store may write one of those words, the load names no
    region, so that the scheduler orders it with that store. (A gather of
    8 consecutive constant addresses is one `vload` already, by
    canonicalization.)

    Where those sources do not serve it (a stride of 3, a reversed or
    repeated index), a gather whose lanes lie in windows of 8 words, on a
    grid from the lowest word the kernel accesses (so that the gathers of
    an array of records share them), becomes those windows' vector loads
    and an `xyz.from_words` of their lanes, if its share of the loads (a
    window n gathers read counts 1/n) is at most `max-windows`: that share
    of load slots instead of one per lane, and an ALU copy per lane.
    Otherwise the gather stays. Words outside the gather's lanes that a
    store may write make a window's load unnamed, as above; a window that a
    store after the gather may write is not used (the gather, marked with
    its threads, may pass other threads' stores; a load of their words may
    not). A second thread loop reading the first one's output in reverse,
    or at a stride of 2, reads it by windows. Where the gathers of one
    group of threads (one `xyz.threads` range) together read a run of 8m
    consecutive words (the fields of its records, `a[3i + k]`), the run's
    m windows are loaded at the group's first gather and marked with its
    threads: they read only the group's words, which no other thread
    writes, so an in-place update of the fields qualifies, each gather
    copied from them if no store between writes its own words.
  }];
  let options = [
    Option<"maxLoads", "max-loads", "unsigned", /*default=*/"3",
           "Most sources (vector loads, broadcast words) one gather "
           "becomes">,
    Option<"maxWindows", "max-windows", "unsigned", /*default=*/"4",
           "Most vector loads a gather's lanes are copied from, where "
           "max-loads sources do not serve it, counting a window that n "
           "gathers read as 1/n (0: none)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZForwardMemory : Pass<"xyz-forward-memory", "::xyz::KernelOp"> {
  let summary = "Loads from scratch: stored and loaded values forwarded, "
                "overlapping vector loads as windows";
  let description = [{
    On straight-line code (threads expanded, constant addresses), tracks
    which vector's lanes memory words hold: those a `vstore` wrote or a
    `vload` read, until a store that may overwrite them (any store to an
    address that is not a constant, a barrier, another effect). A `vload`
    whose 8 words one vector holds in order is that vector (a value stored
    and loaded again); one whose words two vectors hold, the end of one and
    the start of the other, is an `xyz.window` of them, which reads them
    from adjacent scratch at no cost. A load that overlaps the end of a
    vector and the start of a later `vload` of the next 8 words brings
    that load forward, when nothing in between may write its words: the
    three loads of a 3-point stencil become one per 8 words. Windows chain
    vectors into blocks of adjacent scratch of at most `max-chain` vectors
    (the allocator must find that many adjacent free blocks: longer
    chains serialize a schedule that holds many words). With `max-chain=0`
    (the default) the limit is chosen per kernel: 16, else 8, the first
    whose chains hold at most 768 words at once in program order (a chain
    counts whole from the first write of any of its vectors to the last
    read of any), else 4 where they hold at most 1,152. Otherwise (and
    with an explicit `max-chain`) a load is served from scratch only while
    the vectors then hold at most 768 words at every position it extends
    (else it stays, a reload), with chains of 4, then 2. A word `load` of a
    word the walk knows as a word (what an earlier word load read or word
    store wrote there) is that value, within 512 ops of its last use and
    for at most 64 words at once. Last, a store whose
    every word is stored again before anything may read it (no load of it
    left, no gather at a computed address, barrier or other effect in
    between; a gather at constant lane addresses reads those words) is
    erased: the stores of an iteration's intermediate steps, once the next
    step reads them from scratch. So is a store to a region that is not an
    output (`xyz.outputs`) whose words nothing reads after it.
  }];
  let options = [
    Option<"maxChain", "max-chain", "unsigned", /*default=*/"0",
           "Most vectors one chain of windows may join (0: chosen from "
           "the words the program holds)">,
  ];
}

def XYZGatherToSelect : Pass<"xyz-gather-to-select", "::xyz::KernelOp"> {
  let summary = "Replace gathers whose addresses take few values by selection";
  let description = [{
    Integer range analysis bounds each gather's addresses to [lo, hi]. A
    gather with K = hi - lo + 1 small can load those K words once (hoisted
    out of the thread loop when nothing in the kernel stores to the region)
    and pick per lane with a binary tree over the offset's bits: selects
    (the flow engine) or multiply-adds `lo + bit * d` whose differences d are
    taken once on the words. A cost model of the whole kernel's per-engine
    floors (loads / 2 against vector work / (6 VALU + 12/8 ALU) and flow)
    replaces gathers, fewest candidates first, only while the load engine is
    the binding floor. With `leave-masked-to-groups`, a gather of a masked
    address (`x & (2^B - 1)`) whose bits the kernel did not compute is left
    (annotated) to --xyz-gather-to-select-groups, which replaces it in the
    groups where the engines balance.

    With `remarks=missed` (or `all`), each gather kept is reported at the
    load with the reason: its address range unknown or too large, or the
    estimated floors with and without its replacement; `remarks=applied`
    reports the replacements.
  }];
  let options = [
    Option<"maxCandidates", "max-candidates", "unsigned", /*default=*/"16",
           "Largest number of distinct addresses a replaced gather may have">,
    Option<"minGainPercent", "min-gain", "double", /*default=*/"2.0",
           "Replace a gather only if the estimated floor drops by more than "
           "this percentage">,
    Option<"leaveMaskedToGroups", "leave-masked-to-groups", "bool",
           /*default=*/"true",
           "Leave gathers of masked addresses to "
           "--xyz-gather-to-select-groups (which runs after vectorization)">,
    Option<"remarkLevel", "remarks", "::xyz::RemarkLevel",
           /*default=*/"::xyz::RemarkLevel::None",
           "Report decisions as remarks: none, missed (declined, and why), "
           "applied, all", "XYZ_REMARK_LEVEL_VALUES">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZGatherToSelectGroups
    : Pass<"xyz-gather-to-select-groups", "::xyz::KernelOp"> {
  let summary = "Per vector group: replace gathers by selection";
  let description = [{
    After vectorization and thread expansion every group's gather is its own
    op. A gather that --xyz-gather-to-select left in place but whose address
    range it knew (`xyz.address_range`, a hint: the offset must be exactly a
    sum of bits the kernel computed, or a masked value `x & (2^B - 1)`, which
    proves the range) can still be replaced group by group: the words are
    loaded and broadcast once, each group selects with `vselect`s or
    multiply-adds, level 0 and the levels above each on whichever engine
    leaves the lower floors. The cost model counts the vector program's
    per-engine work exactly; per range of words, fewest first, it replaces
    the gathers farthest from both ends of the estimated schedule first, as
    many as leave the lowest floor. The flow engine's share is capped (the
    cap, among a few, that leaves the lowest floor): used up early on whole
    trees, it would bind before the vector engines are full.

    With `waves`, the order assumes the groups advance together instead
    (an op's estimated cycle from its dependence depth alone), and the
    replacements are spread evenly over it, ramp and drain included: a
    kernel whose groups all run every step of a long chain (a loop of
    lookups) has its selections in every step, not only in the middle
    ones. Which order gives the shorter schedule depends on the kernel;
    `--xyz-schedule` tries both on small programs (`vliw-best-of`).

    The loads' floor counts `load-ramp-share` (0.3) of the cycles before
    the first gather can issue (its address's dependence depth, an op a
    cycle) that the other loads (vector and word loads of fixed
    addresses) leave idle: no gather issues there, so selections that
    leave the loads to bind the program cost that ramp. The flow engine's
    work counts `flow-headroom` (1.15) times.

    Selections lower the engines' floors only. With `chain` (default on),
    where the program's longest dependence chain (an op a cycle, a gather
    4, its 8 loads at 2 a cycle) is at least its floor, gathers whose
    selection would be deeper than that (bits extracted per lane: levels +
    2) stay gathers; selections on bits the kernel computed still go in.

    With `remarks=missed` (or `all`), each gather kept is reported at the
    gather with the reason (no range known, a region the kernel stores, a
    range its bits do not prove, or the estimated floor with it replaced);
    `remarks=applied` reports the replacements.
  }];
  let options = [
    Option<"remarkLevel", "remarks", "::xyz::RemarkLevel",
           /*default=*/"::xyz::RemarkLevel::None",
           "Report decisions as remarks: none, missed (declined, and why), "
           "applied, all", "XYZ_REMARK_LEVEL_VALUES">,
    Option<"waves", "waves", "bool", /*default=*/"false",
           "Order the replacements as if the groups advanced together "
           "(estimated cycle from dependence depth), spread evenly, ramp "
           "and drain included">,
    Option<"chain", "chain", "bool", /*default=*/"true",
           "Keep gathers whose selection is deeper where a dependence "
           "chain, not the engines, binds the program">,
    Option<"flowHeadroom", "flow-headroom", "double", /*default=*/"1.15",
           "Count the flow engine's work this many times over (its one "
           "slot runs selects in dependent chains)">,
    Option<"loadRampShare", "load-ramp-share", "double", /*default=*/"0.3",
           "Add this share of the load engine's ramp (the first gather's "
           "dependence depth, less the cycles the other loads fill) to "
           "the loads' floor">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZParallelizeReductions
    : Pass<"xyz-parallelize-reductions", "::xyz::KernelOp"> {
  let summary = "Make reduction loops reductions across threads";
  let description = [{
    An `scf.for` outside thread loops, with constant bounds, whose body
    reads memory but does not write it, and whose every loop-carried value
    is updated by one associative and commutative op
    (`addi`, `muli`, `andi`, `ori`, `xori`,
    `minui`, `maxui`) of itself and a value that does not depend on it,
    becomes an `xyz.foreach_thread` with one thread per iteration and a
    reduction per carried value (`reduce(add, ...)`); the initial values
    are combined with the results after it. A loop of fewer than 8 trips
    inside one of 8 or more stays a loop (the threads are better made of
    the wider loop). The arithmetic is exact mod
    2^32, so the order of the combines does not change the result; the
    iterations then vectorize (contiguous loads become `vload`s) and
    combine in a tree instead of one chain of adds. `--xyz-specialize`
    runs this step before it unrolls the remaining loops.

    ```mlir
    %s = scf.for %k = %c0 to %c1024 step %c1 iter_args(%acc = %zero) -> (i32) {
      %x = xyz.load %k32 in "a"          // %k32 = index_cast %k
      %next = arith.addi %acc, %x : i32
      scf.yield %next : i32
    }
    // becomes
    %r = xyz.foreach_thread %t < %c1024_i32 reduce(add) {
      %x = xyz.load %t in "a"
      xyz.yield %x : i32
    }
    %s = arith.addi %zero, %r : i32
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZInlineSmallThreadLoops
    : Pass<"xyz-inline-small-thread-loops", "::xyz::KernelOp"> {
  let summary = "Run a thread loop of a few threads as copies of its body";
  let description = [{
    A thread loop of fewer than 8 threads (a constant count, no reductions
    across threads) whose body holds an `scf.for` of at least 8 trips that
    reduces or scans words it loads becomes one copy of its body per
    thread, the thread id a constant in each (up to 32 threads where that
    loop has more than 4 trips a thread): the loops inside then
    run outside threads, where the specializer's loop steps take them (a
    running sum over a row as a scan in chunks, a reduction across threads,
    8 iterations on the lanes) instead of at the pace of one thread on a
    partly filled group of lanes. Threads do not depend on each other, so
    running them one after another is exact. `--xyz-specialize` runs this
    step first, after binding the shape.

    ```mlir
    xyz.foreach_thread %r < %c1_i32 {       // one row: a chain of 256 adds
      %sum = scf.for ... iter_args(%s = %c0_i32) -> (i32) { ... }
    }
    // becomes
    %c0 = arith.constant 0 : i32            // the row, outside threads
    %sum = scf.for ... iter_args(%s = %c0_i32) -> (i32) { ... }
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZParallelizeLoops
    : Pass<"xyz-parallelize-loops", "::xyz::KernelOp"> {
  let summary = "Make loops of independent iterations thread loops";
  let description = [{
    An `scf.for` outside thread loops (in loops with constant bounds
    only), with constant bounds, at least 8 trips, no carried values and a
    loop inside it (bounds not depending on the iteration), whose
    iterations write disjoint windows of words (every store names its
    region; a region's stores are at `c * i + u + r`, one c and u, r
    spanning less than |c|), a single word per iteration and region, and
    read nothing another iteration writes (a load of a stored region
    stays in its iteration's window; other loads name their regions),
    becomes an `xyz.foreach_thread` with one thread per iteration; in a
    kernel on several cores, only if no store is under an `scf.if`; not
    where the reductions inside run better as threads themselves (each a
    reduction over a multiple of 8 trips whose loads step by one word a
    trip, one of them strided across the loop's iterations: a
    matrix-vector product's rows). Of
    nested loops that qualify, the innermost. With `single-words=false`,
    windows of several words too (rows: `c * i + k`, k < c):
    `--xyz-specialize` runs that round after it vectorizes inner loops, so
    that a row loop it ran on lanes stays a loop. The vectorizer then puts 8
    iterations on the lanes, with the loops inside them on vectors.
    `--xyz-specialize` runs the first round before the reduction loops and
    before it vectorizes inner loops, the round for rows after that, and
    then unrolls the rest.

    ```mlir
    scf.for %j = %c0 to %c16 step %c1 {            // C[i][j] = A[i] . B[:, j]
      %j32 = arith.index_cast %j : index to i32
      %dot = scf.for %l = ... iter_args(%acc = %c0_i32) -> (i32) { ... }
      %at = arith.addi %row, %j32 : i32
      xyz.store %dot, %at in "C"
    }
    // becomes
    xyz.foreach_thread %t < %c16_i32 {
      %j = arith.index_cast %t : i32 to index
      ...
    }
    ```
  }];
  let options = [
    Option<"singleWords", "single-words", "bool", /*default=*/"true",
           "Only loops whose iterations each store a single word of a "
           "region (else rows of words too)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZVectorizeInnerLoops
    : Pass<"xyz-vectorize-inner-loops", "::xyz::KernelOp"> {
  let summary = "Run loops over contiguous words 8 iterations at a time";
  let description = [{
    A thread that walks a row of its own (`a[r * w + j]`, j the loop's
    induction variable) reads, with threads on lanes, one word per lane at
    a stride of w. Such a loop instead runs on lanes itself: 8 iterations
    at once, `j = j0 + <0, 1, ..., 7>`, so an access at `u + j` (u not
    depending on j) is one `xyz.vload` / `xyz.vstore` at `u + j0` and the
    rest of the body is vector arith.

    The loop must have constant bounds, step 1 and at least 8 trips; a
    straight-line body of arith on i32 / i1, `xyz.load` and `xyz.store`;
    carried values that are reductions (`acc op x` with op one of `addi
    muli andi ori xori minui maxui minsi maxsi`), which each lane
    accumulates and `xyz.reduce_lanes` combines after the loop, or (outside
    thread loops, 16 trips or more) running sums the body also uses (a
    scan: per chunk the carry plus a masked sum of the lanes, the carry
    moving on by the chunk's total); stores at
    `u + j`, and every other access to a region it stores to at that same
    address value. Inside a thread loop it must also pay: the machine's
    cost model gives 8 threads fewer cycles in chunks (idle lanes of a
    partial last chunk, a tree over the lanes per reduction) than with the
    threads on lanes (a lane transposition on the ALU for each access
    contiguous in j but strided across threads). Other loads that depend on j become
    `xyz.gather`s. The last `trips % 8` iterations are one more chunk
    ending at the last iteration where no load reads a region the loop
    stores to (iterations run twice store the same words again; their lanes
    are left out of the reductions), else a scalar loop.
    `--xyz-specialize` runs this step before it unrolls the loops.

    ```mlir
    xyz.foreach_thread %r < %c16_i32 {
      %row = arith.muli %r, %c16_i32 : i32
      %s = scf.for %j = %c0 to %c16 step %c1 iter_args(%acc = %zero) -> (i32) {
        %e = arith.addi %row, %j32 : i32        // %j32 = index_cast %j
        %x = xyz.load %e in "a"
        %next = arith.addi %acc, %x : i32
        scf.yield %next : i32
      }
      ...
    // becomes, per thread: two chunks of 8 iterations
      %v = scf.for %k = %c0 to %c2 step %c1 iter_args(%a = %zeros) -> (vector<8xi32>) {
        %x = xyz.vload %e0 in "a" : vector<8xi32>   // %e0 = %row + 8k
        %n = arith.addi %a, %x : vector<8xi32>
        scf.yield %n : vector<8xi32>
      }
      %t = xyz.reduce_lanes add %v : vector<8xi32>
      %s = arith.addi %zero, %t : i32
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::scf::SCFDialect"];
}

def XYZBoundLoops : Pass<"xyz-bound-loops", "::xyz::KernelOp"> {
  let summary = "Predicate loops with a declared maximum trip count";
  let description = [{
    An `scf.for` whose bounds are not constants but which declares
    `xyz.max_trips = M` (the most iterations it makes, for any thread)
    becomes M copies of its body, copy j guarded by `scf.if (lb + j*step <
    ub)` with the carried values passed through when inactive;
    `--xyz-if-convert` then turns the guards into selects. Where integer
    ranges prove fewer trips than M (bounds in known ranges, a constant
    step), that many copies. A loop that runs
    more than M times is wrong input: `xyz-interp` reports it. The copies
    are bounded like the specializer's unrolling (M <= 65536).
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::scf::SCFDialect"];
}

def XYZIfConvert : Pass<"xyz-if-convert", "::xyz::KernelOp"> {
  let summary = "Turn scf.if into selects and masked stores";
  let description = [{
    The compiled program is straight-line code, so an `scf.if` (per-thread
    or uniform) becomes both arms executed and `arith.select`s picking the
    results. Innermost ifs go first, so nested ifs flatten. An arm may hold
    pure ops, loads whose address the thread accesses unconditionally
    anyway (speculation is then safe) and stores that can be masked: `old =
    load a; store select(c, v, old), a`. Inside `xyz.foreach_thread` that
    needs the address to be the thread's own word (the thread id plus a
    uniform base), since threads do not conflict in memory; outside it, a
    kernel that does not use `xyz.core_id` (on several cores every core
    then writes the same words). Other loads and stores under a condition
    are errors at the op saying what to write instead; an if holding a
    loop is left for `--xyz-check-machine-form` to report.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZExpandSignedArith
    : Pass<"xyz-expand-signed-arith", "::xyz::KernelOp"> {
  let summary = "Signed i32 arithmetic from the machine's unsigned ops";
  let description = [{
    The machine's `<`, `//`, `%` and `>>` are unsigned. Signed comparisons
    compare the operands with their sign bit flipped (`x ^ 0x80000000`);
    `minsi`/`maxsi` select on such a comparison; `shrsi` is `((x ^ m) >> s)
    ^ m` with `m` all ones for a negative `x`; `divsi`, `remsi`,
    `ceildivsi` and `floordivsi` divide magnitudes and fix the sign (and
    round) afterwards; `extsi` from `i1` is `0 - x`. Results are MLIR's
    (truncating division, the remainder has the dividend's sign); a zero
    divisor still divides by zero, a machine fault. Only `i32` (and vectors
    of it) are rewritten; other widths are left to
    `--xyz-check-machine-form`.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def XYZCheckMachineForm
    : Pass<"xyz-check-machine-form", "::xyz::KernelOp"> {
  let summary = "Report the ops the lowering to vliw cannot handle";
  let description = [{
    Every op of a kernel must have a machine form by the time it is
    lowered. This pass reports the first op that has none, at the op, with
    what the construct is, why the machine has no form of it and what to
    write instead (e.g. a loop whose trip count is not a constant after
    specialization, an `scf.while`, a float op, an integer wider than 32
    bits). The pipeline runs it before vectorization; `--convert-xyz-to-vliw`
    runs the same check first, so no input ends in a bare "failed to
    legalize".
  }];
}

#endif // XYZ_DIALECT_XYZ_XYZPASSES_TD
