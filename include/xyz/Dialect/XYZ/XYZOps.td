//===- XYZOps.td - xyz dialect ops -------------------------*- tablegen -*-===//

#ifndef XYZ_DIALECT_XYZ_XYZOPS_TD
#define XYZ_DIALECT_XYZ_XYZOPS_TD

include "xyz/Dialect/XYZ/XYZDialect.td"
include "xyz/Dialect/XYZ/XYZEnums.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/FunctionInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/IR/OpAsmInterface.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/InferIntRangeInterface.td"

def XYZ_Word : TypeAlias<I32, "a 32-bit word">;
def XYZ_Words : AllOfType<[FixedVectorOf<[I32]>, VectorOfRank<[1]>],
                           "1-D fixed-length vector of 32-bit signless integer",
                           "::mlir::VectorType">;

//===----------------------------------------------------------------------===//
// Kernel structure.
//===----------------------------------------------------------------------===//

def XYZ_KernelOp : XYZ_Op<"kernel", [FunctionOpInterface, IsolatedFromAbove,
                                     AutomaticAllocationScope]> {
  let summary = "A kernel, generic over named i32 shape parameters";
  let description = [{
    The entry block's arguments are the shape parameters, each named by the
    `xyz.name` argument attribute and optionally given a default by
    `xyz.default`. `--xyz-specialize` binds them to constants and removes
    them; a kernel with no parameters left is fully specialized.

    ```mlir
    xyz.kernel @scale(%n: i32 {xyz.name = "n", xyz.default = 64 : i32}) {
      xyz.foreach_thread %i < %n {
        ...
      }
      xyz.return
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                       TypeAttrOf<FunctionType>:$function_type,
                       OptionalAttr<DictArrayAttr>:$arg_attrs,
                       OptionalAttr<DictArrayAttr>:$res_attrs);
  let regions = (region AnyRegion:$body);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    ::mlir::Region *getCallableRegion() { return &getBody(); }
    ::llvm::ArrayRef<::mlir::Type> getArgumentTypes() {
      return getFunctionType().getInputs();
    }
    ::llvm::ArrayRef<::mlir::Type> getResultTypes() {
      return getFunctionType().getResults();
    }
    /// The name of shape parameter `i`.
    ::llvm::StringRef getParamName(unsigned i);
    /// The default of shape parameter `i`, if the kernel declares one.
    std::optional<int64_t> getParamDefault(unsigned i);
  }];
}

def XYZ_ReturnOp : XYZ_Op<"return", [Pure, HasParent<"KernelOp">, Terminator,
                                     ReturnLike]> {
  let summary = "Ends a kernel";
  let assemblyFormat = "attr-dict";
}

def XYZ_ForeachThreadOp : XYZ_Op<"foreach_thread", [
    SingleBlockImplicitTerminator<"YieldOp">, RecursiveMemoryEffects,
    DeclareOpInterfaceMethods<InferIntRangeInterface, ["inferResultRanges"]>]> {
  let summary = "Runs the body once per thread of a batch (SIMT)";
  let description = [{
    The body runs for every thread id in [0, count), conceptually in
    parallel: threads share no values, and each thread's memory accesses
    must not conflict with another thread's (as in a CUDA kernel without
    synchronisation). Values from outside the region are uniform; the thread
    id and everything computed from it are per-thread. The vectorizer maps
    threads onto the machine's 8 lanes.

    `start` (default 0) is the first thread id. With `lanes` = L > 1 the
    body is already vectorized: it runs once per group of L consecutive
    threads, the block argument is the group's first thread id and
    per-thread values are vector<Lxi32>; `count - start` is a multiple of L.

    Reductions across threads: with `reduce(k1, k2, ...)` the loop has one
    uniform i32 result per combining kind (add, mul, and, or, xor, minu,
    maxu; wrapping, unsigned) and the body yields one word per result
    (`xyz.yield %a, %b : i32, i32`; vector<Lxi32> with lanes > 1). Each
    result is the yielded values of all threads combined by its kind; the
    kinds are associative and commutative, so the order does not matter. No
    threads give the kind's identity (0, 1, all ones, 0, 0, all ones, 0).

    ```mlir
    %sum, %max = xyz.foreach_thread %t < %n reduce(add, maxu) {
      %x = xyz.load %t in "a"
      xyz.yield %x, %x : i32, i32
    }
    ```
  }];
  let arguments = (ins I32:$count, OptionalAttr<I64Attr>:$start,
                       OptionalAttr<I64Attr>:$lanes,
                       OptionalAttr<DenseI32ArrayAttr>:$reductions);
  let results = (outs Variadic<I32>:$results);
  let regions = (region SizedRegion<1>:$body);
  let hasCustomAssemblyFormat = 1;
  let skipDefaultBuilders = 1;
  let builders = [OpBuilder<(ins "::mlir::Value":$count,
      CArg<"::llvm::ArrayRef<::xyz::ReduceKind>", "{}">:$reductions)>];
  let extraClassDeclaration = [{
    ::mlir::BlockArgument getThreadId() { return getBody().getArgument(0); }
    int64_t getFirstThread() { return getStart().value_or(0); }
    /// The number of threads, count - start, when the count is a
    /// constant (after specialization); may be zero or negative.
    std::optional<int64_t> getConstantThreadCount();
    int64_t getNumLanes() { return getLanes().value_or(1); }
    /// The combining kind of each result.
    ::llvm::SmallVector<::xyz::ReduceKind> getReduceKinds();
    ::xyz::YieldOp getYield();
  }];
  let hasVerifier = 1;
}

def XYZ_YieldOp : XYZ_Op<"yield", [Pure, HasParent<"ForeachThreadOp">,
    Terminator]> {
  let summary = "Ends a foreach_thread body, giving each reduction its word";
  let arguments = (ins Variadic<AnyTypeOf<[I32, XYZ_Words]>>:$values);
  let builders = [OpBuilder<(ins), [{ build($_builder, $_state, {}); }]>];
  let assemblyFormat = "($values^ `:` type($values))? attr-dict";
}

def XYZ_ReduceLanesOp : XYZ_Op<"reduce_lanes", [Pure]> {
  let summary = "The lanes of a vector combined into one word";
  let description = [{
    The final step of a vectorized reduction across threads: the lanes of
    `value` combined by `kind` (see `xyz.foreach_thread`). On the machine,
    a tree of scalar ALU ops reading the lanes' scratch words.
  }];
  let arguments = (ins XYZ_ReduceKind:$kind, XYZ_Words:$value);
  let results = (outs I32:$result);
  let assemblyFormat = "$kind $value attr-dict `:` type($value)";
}

def XYZ_LaneOp : XYZ_Op<"lane", [Pure]> {
  let summary = "One lane of a vector as a word";
  let description = [{
    Lane `lane` of `value`. The vectorizer stores single lanes with it (the
    leftover threads of a loop that stores what it loads, computed as a
    group; a scatter, lane by lane); on the machine a scalar op reads the
    lane's scratch word. Folds to the lane of a constant, of an
    `xyz.from_words` and of a broadcast.
  }];
  let arguments = (ins XYZ_Words:$value, I64Attr:$lane);
  let results = (outs I32:$result);
  let assemblyFormat = "$value `[` $lane `]` attr-dict `:` type($value)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def XYZ_WindowOp : XYZ_Op<"window", [Pure, AllTypesMatch<["low", "high",
                                                            "result"]>]> {
  let summary = "Consecutive lanes across two vectors";
  let description = [{
    Lanes `offset` .. of `low` followed by the first `offset` lanes of
    `high`: lane i of the result is word `offset + i` of the two vectors
    laid end to end, 0 < offset < lanes. --xyz-forward-memory makes these
    from overlapping vector loads (a sliding window, a stencil). On the
    machine it costs nothing: `low` and `high` get adjacent scratch words
    and the result is read from the middle of them.
  }];
  let arguments = (ins XYZ_Words:$low, XYZ_Words:$high, I64Attr:$offset);
  let results = (outs XYZ_Words:$result);
  let assemblyFormat =
      "$low `,` $high `offset` $offset attr-dict `:` type($result)";
  let hasVerifier = 1;
}

def XYZ_FromWordsOp : XYZ_Op<"from_words", [Pure]> {
  let summary = "A vector whose lanes are given words";
  let description = [{
    Lane i of the result is `words[i]`: as many words as lanes. A gather at
    constant addresses that no few vector loads serve lane by lane (a
    stride of 3, a reversed or repeated index) becomes one of these over
    the lanes of a few vector loads (--xyz-constant-gathers). On the
    machine each word is written into its lane by the slot that makes it
    (a load, or an ALU copy of another vector's lane): one slot per lane.

    ```mlir
    %v = xyz.from_words %a, %b, %c, %d, %e, %f, %g, %h : vector<8xi32>
    ```
  }];
  let arguments = (ins Variadic<I32>:$words);
  let results = (outs XYZ_Words:$result);
  let assemblyFormat = "$words attr-dict `:` type($result)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Memory: the machine's flat array of 32-bit words.
//===----------------------------------------------------------------------===//

def XYZ_LoadOp : XYZ_Op<"load", [MemoryEffects<[MemRead]>]> {
  let summary = "Reads mem[addr]";
  let description = [{
    `addr` is a word address. Per thread, an address that is the thread id
    plus a uniform base is a contiguous access (vectorized to `vload`); any
    other address is a gather. The optional `region` names the memory region
    accessed: accesses to distinct named regions never alias (the kernel's
    promise, as `__restrict__`).
  }];
  let arguments = (ins I32:$addr, OptionalAttr<StrAttr>:$region);
  let results = (outs I32:$result);
  let assemblyFormat = "$addr (`in` $region^)? attr-dict";
}

def XYZ_StoreOp : XYZ_Op<"store", [MemoryEffects<[MemWrite]>]> {
  let summary = "Writes mem[addr] = value";
  let description = [{
    `addr` is a word address, `region` names the region written as for
    `xyz.load`. Per thread, a store at the thread id plus a uniform base is
    vectorized to `vstore`; a store at any other per-thread address (a
    scatter) becomes one word store per lane (`xyz.lane` of the value and
    of the address), which --xyz-join-stores may join into vector stores.
  }];
  let arguments = (ins I32:$value, I32:$addr, OptionalAttr<StrAttr>:$region);
  let assemblyFormat = "$value `,` $addr (`in` $region^)? attr-dict";
}


def XYZ_VLoadOp : XYZ_Op<"vload", [MemoryEffects<[MemRead]>]> {
  let summary = "Reads consecutive words mem[base], mem[base+1], ...";
  let description = [{
    As many words as the result vector has lanes (8 on the machine: one
    `vload` slot), from `base` up. `region` as for `xyz.load`.
  }];
  let arguments = (ins I32:$base, OptionalAttr<StrAttr>:$region);
  let results = (outs XYZ_Words:$result);
  let assemblyFormat = "$base (`in` $region^)? attr-dict `:` type($result)";
}

def XYZ_VStoreOp : XYZ_Op<"vstore", [MemoryEffects<[MemWrite]>]> {
  let summary = "Writes consecutive words mem[base + i] = value[i]";
  let description = [{
    Lane i of `value` goes to `base + i` (8 lanes on the machine: one
    `vstore` slot). `region` as for `xyz.load`.
  }];
  let arguments = (ins XYZ_Words:$value, I32:$base,
                       OptionalAttr<StrAttr>:$region);
  let assemblyFormat =
      "$value `,` $base (`in` $region^)? attr-dict `:` type($value)";
}

def XYZ_GatherOp : XYZ_Op<"gather", [MemoryEffects<[MemRead]>,
                                     AllTypesMatch<["addrs", "result"]>]> {
  let summary = "Reads mem[addrs[i]] for every lane i";
  let description = [{
    On the machine, one scalar load per lane (load engine: 2 per bundle).
    --xyz-gather-to-select replaces gathers whose addresses take few values.

    Canonicalization: a gather whose addresses are the constants c, c + 1,
    ..., c + 7 is `xyz.vload c` (one load slot): after threads are
    expanded, a neighbour `x[max(i - 1, 0)]` is clamped in the first group
    only.
  }];
  let arguments = (ins XYZ_Words:$addrs, OptionalAttr<StrAttr>:$region);
  let results = (outs XYZ_Words:$result);
  let assemblyFormat = "$addrs (`in` $region^)? attr-dict `:` type($result)";
  let hasCanonicalizer = 1;
}

def XYZ_BroadcastOp : XYZ_Op<"broadcast", [Pure,
    DeclareOpInterfaceMethods<InferIntRangeInterface, ["inferResultRanges"]>]> {
  let summary = "A vector with every lane equal to a uniform word";
  let description = [{
    One `vbroadcast` slot on the machine. The vectorizer broadcasts uniform
    values where a vector needs them, and the group's first thread id (plus
    `<0, 1, ..., 7>`) where the thread id is used as data.
  }];
  let arguments = (ins I32:$value);
  let results = (outs XYZ_Words:$result);
  let assemblyFormat = "$value attr-dict `:` type($result)";
  let hasFolder = 1;
}

def XYZ_MultiplyAddOp : XYZ_Op<"multiply_add", [Pure, SameOperandsAndResultType,
    ElementwiseMappable,
    DeclareOpInterfaceMethods<InferIntRangeInterface, ["inferResultRanges"]>]> {
  let summary = "a * b + c, modulo 2^32";
  let description = [{
    The machine's fused multiply-add (exact mod 2^32 like the separate ops).
    Formed by --xyz-fuse-multiply-add; on vectors it is one VALU slot.

    Folds: all operands constant; `a * 0 + c` and `0 * b + c` to `c`;
    `a * 1 + 0` to `a`. Canonicalization: a constant first factor moves
    second; `a * 1 + c` is an `arith.addi`, `a * b + 0` an `arith.muli`,
    `A * B + c` (constant factors) `c + (A * B)`. Constants may be splats or
    broadcasts of a constant.
  }];
  let arguments = (ins AnyTypeOf<[I32, XYZ_Words]>:$a,
                       AnyTypeOf<[I32, XYZ_Words]>:$b,
                       AnyTypeOf<[I32, XYZ_Words]>:$c);
  let results = (outs AnyTypeOf<[I32, XYZ_Words]>:$result);
  let assemblyFormat = "$a `,` $b `,` $c attr-dict `:` type($result)";
  let hasFolder = 1;
  let hasCanonicalizer = 1;
}

//===----------------------------------------------------------------------===//
// Several cores.
//===----------------------------------------------------------------------===//

def XYZ_CoreIdOp : XYZ_Op<"core_id", [Pure,
    DeclareOpInterfaceMethods<InferIntRangeInterface, ["inferResultRanges"]>]> {
  let summary = "The id of the core running the kernel, in [0, cores)";
  let description = [{
    Every core runs the same program over the shared memory; this is the only
    value that differs between them. The number of cores is a shape
    parameter of the kernel.

    With `of %cores`, the kernel declares that it runs on exactly `cores`
    cores: the id is known to lie in [0, cores), which range analysis uses
    (once `cores` is a constant, `min(core * chunk, n - chunk)` folds when
    the chunks cover `n` exactly), and xyz-interp reports a run on another
    number of cores as an error. Without it the id is any word: a program
    compiled for C cores may then also run on more.

    ```mlir
    %core = xyz.core_id of %cores
    ```
  }];
  let arguments = (ins Optional<I32>:$cores);
  let results = (outs I32:$result);
  let assemblyFormat = "(`of` $cores^)? attr-dict";
}

def XYZ_BarrierOp : XYZ_Op<"barrier", [MemoryEffects<[MemRead, MemWrite]>]> {
  let summary = "Every core waits here until all cores have arrived";
  let description = [{
    Memory writes before the barrier (on any core) are visible to reads
    after it (on any core). The machine has no atomics: `flags` is the base
    of `cores` words the kernel sets aside for the barrier's flags (e.g. in a
    work area), initially zero; each core writes its own flag, then polls the
    others. The barriers of a kernel are numbered in program order so the
    flags can be reused. `cores` must be a constant once specialized.

    Canonicalization erases a barrier for one core: it waits for no one and
    writes no flag (the machine's protocol elides it), and as a fence it
    would keep loads and stores from being forwarded and joined across it.
  }];
  let arguments = (ins I32:$flags, I32:$cores);
  let assemblyFormat = "$flags `,` $cores attr-dict";
  let hasCanonicalizer = 1;
}

//===----------------------------------------------------------------------===//
// The memory image.
//===----------------------------------------------------------------------===//

def XYZ_RegionOp : XYZ_Op<"region", [HasParent<"KernelOp">,
                                     AttrSizedOperandSegments,
                                     MemoryEffects<[MemWrite]>]> {
  let summary = "Declares a region of the kernel's memory image";
  let description = [{
    States where a region of the memory image the kernel runs on lies and
    what it initially holds, as functions of the shape, so that tools can
    make images for any shape (`xyz-interp --random-image`) and know which
    words are the kernel's (`--check`). It has no run-time effect: the
    interpreter checks the region lies inside the image, the compiler drops
    it right after specialization (`--xyz-drop-regions`), which folds its
    operands to constants. The initial contents are one of:

    - `random(bits N)`: random words below 2^N (1 <= N <= 32);
    - `random(below %bound)`: random words in [0, bound), bound >= 1;
    - `zero`: zeros (what the kernel expects, e.g. indices starting at 0);
    - `words(%a, %b, ...)`: the given words, e.g. a header of shape values;
      the region's size is their number.

    ```mlir
    xyz.region "header" at %c0 words(%rounds, %n_nodes, %batch)
    xyz.region "forest" at %forest_p size %n_nodes random(bits 30)
    xyz.region "indices" at %indices_p size %batch zero
    xyz.region "keys" at %keys_p size %batch random(below %n_nodes)
    ```

    Regions are declared at the top level of the kernel body, after the
    values they use; names are unique in a kernel and are the names loads
    and stores give (`in "values"`) and `xyz.outputs` lists. Words no region
    covers are zero. Declared as writing memory only so that no rewrite
    erases it (it has no results) before the compiler drops it.
  }];
  let arguments = (ins StrAttr:$region_name, I32:$base, Optional<I32>:$size,
                       OptionalAttr<I32Attr>:$bits, Optional<I32>:$bound,
                       Variadic<I32>:$words);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// What the region initially holds.
    enum class Init { RandomBits, RandomBelow, Zero, Words };
    Init getInit() {
      if (!getWords().empty())
        return Init::Words;
      if (getBound())
        return Init::RandomBelow;
      if (getBits())
        return Init::RandomBits;
      return Init::Zero;
    }
  }];
}

//===----------------------------------------------------------------------===//
// Shape constraints.
//===----------------------------------------------------------------------===//

def XYZ_RequireOp : XYZ_Op<"require", [MemoryEffects<[MemWrite]>]> {
  let summary = "A condition the shape must satisfy";
  let description = [{
    Checked by specialization: once the shape is bound the condition must fold
    to true (the op is then removed); if it folds to false, specialization
    fails with `message`.
  }];
  let arguments = (ins I1:$condition, StrAttr:$message);
  let assemblyFormat = "$condition `,` $message attr-dict";
}

#endif // XYZ_DIALECT_XYZ_XYZOPS_TD
