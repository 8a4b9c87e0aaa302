// The allreduce kernel as reduce-scatter + barrier + all-gather, the textbook
// formulation, for comparison with examples/allreduce.mlir (see
// docs/allreduce.md). Core c sums its chunk of columns into the work area,
// all cores meet at a barrier, then every core copies all sums from the work
// area into its own output row. The barrier's flags are the first 8 words of
// the work area (zero in the spec's image); the sums follow them.

xyz.kernel @allreduce_rs_ag(%cores: i32 {xyz.name = "cores", xyz.default = 4 : i32,
                                         xyz.test_range = [1, 8]},
                            %n: i32 {xyz.name = "n", xyz.default = 1024 : i32,
                                     xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c8 = arith.constant 8 : i32
  %ok_cores = arith.cmpi sge, %cores, %c1 : i32
  xyz.require %ok_cores, "cores must be >= 1"
  %few_cores = arith.cmpi sle, %cores, %c8 : i32
  xyz.require %few_cores, "the barrier supports at most 8 cores"
  %ok_n = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok_n, "n must be >= 1"
  // The image (cores x n words, twice) must fit in memory; n <= 2^26 / cores
  // rather than cores x n <= 2^26, which could overflow.
  %c2p26 = arith.constant 67108864 : i32
  %one_or_more = arith.maxsi %cores, %c1 : i32
  %max_n = arith.divui %c2p26, %one_or_more : i32
  %ok_size = arith.cmpi sle, %n, %max_n : i32
  xyz.require %ok_size, "cores x n must be at most 2^26 words"

  %in_p = arith.addi %c8, %c0 : i32
  %rows = arith.muli %cores, %n : i32
  %out_p = arith.addi %in_p, %rows : i32
  %work_p = arith.addi %out_p, %rows : i32
  %sums_p = arith.addi %work_p, %c8 : i32
  // The spec's image: a header, the input rows (random words), the output
  // rows, the work area (zero: the barrier's flags start at zero).
  %c16 = arith.constant 16 : i32
  %c64 = arith.constant 64 : i32
  %flag_words = arith.muli %cores, %c16 : i32
  %work_rows = arith.addi %rows, %flag_words : i32
  %work_size = arith.addi %work_rows, %c64 : i32
  xyz.region "header" at %c0 words(%cores, %n, %in_p, %out_p, %work_p)
  xyz.region "in" at %in_p size %rows random(bits 32)
  xyz.region "out" at %out_p size %rows zero
  xyz.region "work" at %work_p size %work_size zero

  %core = xyz.core_id of %cores
  %chunk = arith.ceildivui %n, %cores : i32
  %last = arith.subi %n, %chunk : i32
  %first = arith.muli %core, %chunk : i32
  %start = arith.minui %first, %last : i32

  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  %ncores = arith.index_cast %cores : i32 to index
  // Reduce-scatter: this core's chunk of sums, into the work area.
  xyz.foreach_thread %j < %chunk {
    %col = arith.addi %start, %j : i32
    %sum = scf.for %r = %lb to %ncores step %step iter_args(%acc = %c0) -> (i32) {
      %ri = arith.index_cast %r : index to i32
      %row = arith.muli %ri, %n : i32
      %base = arith.addi %in_p, %row : i32
      %addr = arith.addi %base, %col : i32
      %v = xyz.load %addr in "in"
      %next = arith.addi %acc, %v : i32
      scf.yield %next : i32
    }
    %dst = arith.addi %sums_p, %col : i32
    xyz.store %sum, %dst in "work"
  }
  xyz.barrier %work_p, %cores
  // All-gather: every sum into this core's output row.
  %mine = arith.muli %core, %n : i32
  %row_p = arith.addi %out_p, %mine : i32
  xyz.foreach_thread %j < %n {
    %src = arith.addi %sums_p, %j : i32
    %v = xyz.load %src in "work"
    %dst = arith.addi %row_p, %j : i32
    xyz.store %v, %dst in "out"
  }
  xyz.return
}
