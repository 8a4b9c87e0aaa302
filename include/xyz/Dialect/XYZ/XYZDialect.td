//===- XYZDialect.td - The xyz kernel dialect --------------*- tablegen -*-===//
//
// `xyz` is a throughput kernel language with SIMT semantics: a kernel is
// written once, generically over named shape parameters, and its
// `xyz.foreach_thread` regions run their body once per thread of a batch.
// Arithmetic comes from `arith` (i32, wrapping), loops and conditionals from
// `scf`, helpers from `func`; xyz adds what they lack: the kernel with its
// parameters, the thread dimension and the machine's flat word memory.
//
//===----------------------------------------------------------------------===//

#ifndef XYZ_DIALECT_XYZ_XYZDIALECT_TD
#define XYZ_DIALECT_XYZ_XYZDIALECT_TD

include "mlir/IR/OpBase.td"

def XYZ_Dialect : Dialect {
  let name = "xyz";
  let cppNamespace = "::xyz";
  // The generated reference runs the summary into the description: a
  // sentence of its own.
  let summary = "A SIMT throughput kernel language over a flat word memory.";
  let description = [{
    A kernel (`xyz.kernel`) is written once, generically over named `i32`
    shape parameters; `--xyz-specialize` binds them. Its
    `xyz.foreach_thread` regions run their body once per thread of a batch,
    in the spirit of CUDA or ISPC: values defined outside a
    `foreach_thread` are uniform, the thread id and what is computed from
    it are per-thread. Memory is the machine's flat array of 32-bit words,
    read and written by `xyz.load` / `xyz.store` with an optional region
    name (distinct named regions never alias). Arithmetic is `arith` on
    `i32` (wrapping), loops and conditionals are `scf`, helpers are
    `func.func`. The vector ops (`vload`, `vstore`, `gather`, `broadcast`)
    are what the vectorizer produces; a kernel may write them directly.

    Kernel attributes: `xyz.outputs` (an array of region names) lists the
    regions whose final contents are observable; stores to other regions
    that nothing reads back are dead, and an entry naming no region the
    kernel stores is an error (`--xyz-eliminate-dead-stores`). `xyz.shape`
    records the shape a kernel was specialized to.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
  let hasConstantMaterializer = 1;
  let extraClassDeclaration = [{
    /// Argument attribute naming a kernel shape parameter.
    static constexpr ::llvm::StringLiteral kParamNameAttr = "xyz.name";
    /// Argument attribute giving a shape parameter's default value.
    static constexpr ::llvm::StringLiteral kParamDefaultAttr = "xyz.default";
    /// Argument attribute giving the range [lo, hi] of a shape parameter the
    /// tests draw shapes from (test/e2e/translation_validation.py).
    static constexpr ::llvm::StringLiteral kParamTestRangeAttr =
        "xyz.test_range";
    /// Kernel attribute recording the shape it was specialized to.
    static constexpr ::llvm::StringLiteral kShapeAttr = "xyz.shape";
    /// Kernel attribute listing the memory regions whose final contents are
    /// observable (the kernel's outputs). Stores to other named regions are
    /// dead. Without it every store is observable.
    static constexpr ::llvm::StringLiteral kOutputsAttr = "xyz.outputs";
    /// scf.for attribute declaring the most iterations the loop makes, for
    /// any thread: a loop whose trip count depends on data compiles as that
    /// many guarded iterations (--xyz-bound-loops).
    static constexpr ::llvm::StringLiteral kMaxTripsAttr = "xyz.max_trips";
    /// Kernel attribute (set by --xyz-drop-regions): the memory image holds
    /// at least this many words, the end of its furthest declared region.
    /// A load below it cannot fault, whatever the condition it runs under.
    static constexpr ::llvm::StringLiteral kImageWordsAttr =
        "xyz.image_words";
    /// Kernel attribute (set by --xyz-drop-regions): a word of the memory
    /// image that no store of the kernel writes (the first word of a
    /// declared region that no store names, where every store names its
    /// region). A masked store whose address may lie outside memory when
    /// its condition is false writes its old value back to this word
    /// instead (--xyz-if-convert): whatever the order, nothing changes it.
    static constexpr ::llvm::StringLiteral kUnwrittenWordAttr =
        "xyz.unwritten_word";
    /// Kernel attribute (set by --xyz-eliminate-dead-stores): per region
    /// name, word ranges [lo, count, lo, count, ...] whose final contents
    /// are unobservable (a region no output, that the kernel never reads
    /// and stores every word of): the compiled program may use them as
    /// memory of its own (see --xyz-carry-xor-constants).
    static constexpr ::llvm::StringLiteral kFreeMemoryAttr =
        "xyz.free_memory";
    /// Memory-op attribute (set by --xyz-expand-threads, kept by the
    /// lowering as `vliw.threads`): [loop, lo, hi], the op runs for threads
    /// [lo, hi) of the kernel's loop number `loop`. Threads do not conflict
    /// in memory, so accesses of one loop with disjoint thread ranges touch
    /// no common word that one of them writes.
    static constexpr ::llvm::StringLiteral kThreadsAttr = "xyz.threads";
    /// Store attribute (set by --xyz-distinct-stores, kept by the lowering
    /// as `vliw.distinct_words`): N, a number of its own in the kernel; the
    /// store writes a different word for every thread, so its copies for
    /// disjoint threads never write one word.
    static constexpr ::llvm::StringLiteral kDistinctWordsAttr =
        "xyz.distinct_words";
    /// Attribute of a word store of one lane of a vectorized body (set by
    /// --xyz-vectorize): it runs for the group's thread base + this lane.
    static constexpr ::llvm::StringLiteral kLaneThreadAttr = "xyz.lane_thread";
  }];
}

class XYZ_Op<string mnemonic, list<Trait> traits = []>
    : Op<XYZ_Dialect, mnemonic, traits>;

#endif // XYZ_DIALECT_XYZ_XYZDIALECT_TD
