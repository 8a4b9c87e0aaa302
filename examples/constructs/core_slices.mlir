// Per-core slices of a batch, clamped at its end: core c handles items
// start + j for j < chunk = ceil(n / cores), start = c * chunk, and every
// item index is clamped to n - 1 (the threads past the end redo the last
// item and store the same word). Integer range analysis bounds start by
// (cores - 1) * chunk, so the threads below n - that never reach the
// clamp: --xyz-split-thread-ranges runs them as a loop of their own with
// the clamp gone, contiguous (vector loads and stores), and the few
// others as before. cores=3 n=1000: 342 -> 29 cycles (xyz-run --cores 3).
//
// Memory layout:
//   [0, n)      x
//   [n, 2n)     out
xyz.kernel @core_slices(%cores: i32 {xyz.name = "cores", xyz.default = 3 : i32,
                                     xyz.test_range = [1, 8]},
                        %n: i32 {xyz.name = "n", xyz.default = 1000 : i32,
                                 xyz.test_range = [8, 300]})
    attributes {xyz.outputs = ["out"]} {
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  %c3 = arith.constant 3 : i32
  %c7 = arith.constant 7 : i32
  %ok_cores = arith.cmpi sge, %cores, %c1 : i32
  xyz.require %ok_cores, "cores must be >= 1"
  %few_cores = arith.cmpi ule, %cores, %n : i32
  xyz.require %few_cores, "cores must be at most n"
  xyz.region "x" at %c0 size %n random(bits 32)
  xyz.region "out" at %n size %n zero
  %core = xyz.core_id of %cores
  %chunk = arith.ceildivui %n, %cores : i32
  %start = arith.muli %core, %chunk : i32
  %last = arith.subi %n, %c1 : i32
  xyz.foreach_thread %j < %chunk {
    %i0 = arith.addi %start, %j : i32
    %i = arith.minui %i0, %last : i32
    %x = xyz.load %i in "x"
    %t = arith.muli %x, %c3 : i32
    %s = arith.shrui %x, %c7 : i32
    %v = arith.addi %t, %s : i32
    %at = arith.addi %n, %i : i32
    xyz.store %v, %at in "out"
  }
  xyz.return
}
