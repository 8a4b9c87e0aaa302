//===- VLIWPasses.td - vliw dialect passes -----------------*- tablegen -*-===//

#ifndef XYZ_DIALECT_VLIW_VLIWPASSES_TD
#define XYZ_DIALECT_VLIW_VLIWPASSES_TD

include "mlir/Pass/PassBase.td"

def VLIWStrictCheck : Pass<"vliw-strict-check", "ProgramOp"> {
  let summary = "Reject bundles in which two slots write the same scratch word";
  let description = [{
    The machine lets the later of two writes to one word in a bundle win; the
    compiler never relies on that. This pass reports every such conflict
    (bundle index, both slots, the address) and fails.
  }];
}

def VLIWSynthesizeConstants : Pass<"vliw-synthesize-constants",
                                   "VProgramOp"> {
  let summary = "Make constants from other constants with ALU adds";
  let description = [{
    A constant costs a load-engine `const` (2 per bundle) or a flow-engine
    `add_imm` (1 per bundle); an ALU add costs one of 12 slots. Kernels with
    many address constants (row base + group offset) spend their scarcest
    slots on them. This pass rewrites a constant that is the sum (mod 2^32)
    of two other constants of the `vliw.vprogram` into an ALU add of them,
    keeping the dependence depth of every constant at most `max-depth`.
    When the load engine binds the program (the machine cost model's floors
    of its op mix), the multiples d, 2d, ..., (k-1)d of the most common step
    d between constant values are added as constants first, so arithmetic
    progressions of addresses keep one anchor every 2k - 1 terms; and if
    the load engine's floor is also above the longest chain, a constant
    first read as an address by a load or store after the first 2j
    load-engine ops (counted again after a barrier; not one also read
    after a later barrier) may come from a chain of depth up to j - 1 (at
    most 16): that load cannot issue before cycle j anyway. Where the
    ALU's own work binds instead (its floor above the VALU's: lane copies
    of `vliw.from_words`, address arithmetic), each add moves a slot from
    the load and flow engines to the busier ALU, and only as many
    constants are rewritten as make the two floors equal.
  }];
  let options = [
    Option<"maxDepth", "max-depth", "unsigned", /*default=*/"2",
           "Longest chain of adds a constant may come from">,
  ];
  let dependentDialects = ["::xyz::vliw::VLIWDialect"];
}

def VLIWSynthesizeLaneVectors : Pass<"vliw-synthesize-lane-vectors",
                                     "VProgramOp"> {
  let summary = "Make lane-index vectors from earlier ones with one add";
  let description = [{
    A vector constant <c, c + l1, ..., c + l7> (the thread indices of a
    vector group) is lowered as broadcast(c) + L, L the `lanes const` of its
    lane pattern: a broadcast and an add per group. In program order, each
    of a pattern's vectors is instead made from an earlier one, an anchor
    <a, ...>, as anchor + broadcast(c - a) (or anchor - broadcast(a - c))
    when c - a is a multiple j * d of the most common step d between their
    c, |j| < k: one add, the broadcasts of the multiples shared by all. An
    anchor serves k about the square root of the number of vectors. The
    multiples' words are constants already computed, or d as a constant and
    the others ALU adds of it. When every vector's one reader adds or xors
    the same vector u, the readers' results are derived instead (in their
    program order), one op each: reader(a) + broadcast(c - a), or for an
    xor reader(a) ^ broadcast(c ^ a) where no lane carries into a or c and
    c ^ a = |c - a| (within aligned blocks of k, k a power of two). The
    reader of the lane pattern itself (u combined with <0, 1, ..., 7>, c =
    0) is an anchor too.

    Only where the vector work binds the program: above the load engine's
    floor and at least `chain-margin` times its longest chain (each
    anchored vector is one step deeper).
  }];
  let options = [
    Option<"minVectors", "min-vectors", "unsigned", /*default=*/"8",
           "Fewest vectors of one lane pattern worth anchoring">,
    Option<"chainMargin", "chain-margin", "double", /*default=*/"0.5",
           "Vector work floor over longest chain needed">,
  ];
  let dependentDialects = ["::xyz::vliw::VLIWDialect"];
}

def VLIWSchedule : Pass<"vliw-schedule", "::mlir::ModuleOp"> {
  let summary = "Bundle virtual slots and allocate scratch";
  let description = [{
    Takes the `vliw.vprogram` of the module (the straight-line `vliw.vop`
    and `vliw.barrier` slots of a lowered kernel), builds the dependence
    graph (data dependences on SSA values, memory dependences from an alias
    analysis of the accessed regions and constant addresses), and solves it
    with the schedule search of lib/Scheduling, which assigns every slot a
    bundle and every value scratch words. The vprogram is replaced by a
    `vliw.program` of physical slots (an empty one by an empty program), and
    the module keeps nothing else. Engine limits and operand roles come from
    the machine description.

    It is a module pass that processes `module.getOps<VProgramOp>()` rather
    than a pass anchored on `vliw.vprogram`: a pass may not replace (erase)
    the op it runs on, and its result is another op. A module holds at most
    one vprogram (one kernel); none is an error unless the module is
    already scheduled.
  }];
  let options = [
    Option<"stats", "stats", "bool", /*default=*/"false",
           "Report cycles, per-engine op counts, utilization and lower bounds">,
    Option<"programOrderBias", "program-order-bias", "double",
           /*default=*/"1.0",
           "Weight of program order in the list scheduler's priority, as a "
           "fraction of the critical path (0: height only)">,
    Option<"searchLevel", "search-level", "unsigned", /*default=*/"0",
           "0: try a few issue windows; 1: also vary the priority weights "
           "(about 9 times the work)">,
    Option<"aluShare", "alu-share", "int", /*default=*/"-1",
           "Split every n-th lane-wise VALU op into 8 ALU ops (0: none; "
           "-1: as many as balance the VALU and ALU by the op mix)">,
    Option<"spreadAlternatives", "spread-alternatives", "bool",
           /*default=*/"true",
           "A lane-wise VALU op that finds the VALU full may start as 6 of "
           "its 8 ALU ops where the ALU has 6 or 7 slots free and take the "
           "other lanes in the next cycles (off: all 8 in one cycle)">,
    Option<"windows", "windows", "bool", /*default=*/"true",
           "Search: issue windows and 2x and 3x the program-order bias "
           "(off: one list schedule, then justification if any)">,
    Option<"justifyRounds", "justify-rounds", "unsigned", /*default=*/"4",
           "Backward-forward improvement passes from the best list "
           "schedule of each bias (0: none)">,
    Option<"smallProgram", "small-program", "unsigned", /*default=*/"0",
           "Programs of at most this many machine slots also search as "
           "at search-level 1 with 6 justification rounds (cheap there); "
           "the shorter schedule is kept">,
  ];
  let dependentDialects = ["::xyz::vliw::VLIWDialect"];
}

def VLIWBestOf : Pass<"vliw-best-of", "::mlir::ModuleOp"> {
  let summary = "Run alternative pipelines on copies of the module and keep "
                "the shortest scheduled program";
  let description = [{
    A decision made before scheduling (which gathers become selections,
    in what order) may be better one way on one kernel and another way on
    the next, and only the schedule tells. This pass runs each of its
    `pipelines` (each anchored on `builtin.module`) on its own copy of the
    module, nested in it, then the `then` pipeline (if given) on every copy
    that differs from the ones before (copies that came out the same are
    dropped: the common tail is not run twice on the same IR). Every copy
    must end as a scheduled `vliw.program`. The copy whose program has
    the fewest bundles (the first among equals) replaces the module's
    contents.

    The first alternative always runs; each next one only while the best
    program so far has at most `max-slots` machine slots (a search within
    a compile-time budget: a small program compiles in a fraction of a
    second, a large one is left to the first alternative). An alternative
    that fails is skipped; if every one that ran fails, the first one's
    errors are reported and the pass fails. The diagnostics (remarks,
    statistics) of the copy kept are reported, the others' dropped.

    ```
    xyz-opt k.mlir --pass-pipeline='builtin.module(vliw-best-of{pipelines=builtin.module(a),builtin.module(b) then=builtin.module(convert-xyz-to-vliw,vliw-schedule)})'
    ```
  }];
  let options = [
    ListOption<"pipelines", "pipelines", "::mlir::OpPassManager",
               "The alternatives, each `builtin.module(...)`">,
    ListOption<"thenPipeline", "then", "::mlir::OpPassManager",
               "At most one pipeline, `builtin.module(...)`, run after each "
               "distinct alternative">,
    Option<"maxSlots", "max-slots", "uint64_t", /*default=*/"8192",
           "Run the next alternative only while the best program has at "
           "most this many machine slots">,
  ];
  let dependentDialects = ["::xyz::vliw::VLIWDialect"];
}

#endif // XYZ_DIALECT_VLIW_VLIWPASSES_TD
