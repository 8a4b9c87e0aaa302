// The allreduce kernel of the machine spec ("allreduce"), written once over
// its shape: `cores` cores, each owning an input row of `n` words; afterwards
// every core's output row holds the element-wise sum of all input rows.
//
// Formulation: column chunks per core, written straight to every output row.
// Core c sums columns [start, start + chunk) over all rows and stores the sums
// into every core's output row. No core reads what another writes, so no
// barrier is needed, and each core's loads and stores are the machine's floor
// for this work (docs/allreduce.md compares it with reduce-scatter + barrier
// + all-gather, examples/allreduce_rs_ag.mlir). When `cores` does not divide
// `n`, the last chunks overlap: the overlapping columns are computed by two
// cores and written twice with the same value.
//
//   xyz-opt examples/allreduce.mlir --xyz-specialize="cores=4 n=1024" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
//   xyz-run prog.json --cores 4 --kernel allreduce --n 1024

xyz.kernel @allreduce(%cores: i32 {xyz.name = "cores", xyz.default = 4 : i32,
                                   xyz.test_range = [1, 8]},
                      %n: i32 {xyz.name = "n", xyz.default = 1024 : i32,
                               xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c8 = arith.constant 8 : i32
  %ok_cores = arith.cmpi sge, %cores, %c1 : i32
  xyz.require %ok_cores, "cores must be >= 1"
  %max_cores = arith.constant 4096 : i32
  %few_cores = arith.cmpi sle, %cores, %max_cores : i32
  xyz.require %few_cores, "cores must be <= 4096 (the most xyz-run runs)"
  %ok_n = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok_n, "n must be >= 1"
  // The image (cores x n words, twice) must fit in memory; n <= 2^26 / cores
  // rather than cores x n <= 2^26, which could overflow.
  %c2p26 = arith.constant 67108864 : i32
  %one_or_more = arith.maxsi %cores, %c1 : i32
  %max_n = arith.divui %c2p26, %one_or_more : i32
  %ok_size = arith.cmpi sle, %n, %max_n : i32
  xyz.require %ok_size, "cores x n must be at most 2^26 words"

  // The memory image's layout, as the spec fixes it.
  %in_p = arith.addi %c8, %c0 : i32
  %rows = arith.muli %cores, %n : i32
  %out_p = arith.addi %in_p, %rows : i32
  // The spec's image: a header, the input rows (random words), the output
  // rows, and a work area this formulation does not use.
  %work_p = arith.addi %out_p, %rows : i32
  %c16 = arith.constant 16 : i32
  %c64 = arith.constant 64 : i32
  %flags = arith.muli %cores, %c16 : i32
  %work_rows = arith.addi %rows, %flags : i32
  %work_size = arith.addi %work_rows, %c64 : i32
  xyz.region "header" at %c0 words(%cores, %n, %in_p, %out_p, %work_p)
  xyz.region "in" at %in_p size %rows random(bits 32)
  xyz.region "out" at %out_p size %rows zero
  xyz.region "work" at %work_p size %work_size zero

  // This core's columns: chunk = ceil(n / cores), the last chunk ending at n.
  %core = xyz.core_id of %cores
  %chunk = arith.ceildivui %n, %cores : i32
  %last = arith.subi %n, %chunk : i32
  %first = arith.muli %core, %chunk : i32
  %start = arith.minui %first, %last : i32

  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  %ncores = arith.index_cast %cores : i32 to index
  xyz.foreach_thread %j < %chunk {
    %col = arith.addi %start, %j : i32
    // The sum of column `col` over every core's row.
    %sum = scf.for %r = %lb to %ncores step %step iter_args(%acc = %c0) -> (i32) {
      %ri = arith.index_cast %r : index to i32
      %row = arith.muli %ri, %n : i32
      %base = arith.addi %in_p, %row : i32
      %addr = arith.addi %base, %col : i32
      %v = xyz.load %addr in "in"
      %next = arith.addi %acc, %v : i32
      scf.yield %next : i32
    }
    // ... written into every core's output row.
    scf.for %r = %lb to %ncores step %step {
      %ri = arith.index_cast %r : index to i32
      %row = arith.muli %ri, %n : i32
      %base = arith.addi %out_p, %row : i32
      %addr = arith.addi %base, %col : i32
      xyz.store %sum, %addr in "out"
    }
  }
  xyz.return
}
