// A smoothing step over the interior of a row, split over cores: cell i of
// [1, n - 1) becomes (a[i-1] + 2 a[i] + a[i+1]) / 4, the ends are copied.
// Core c handles cells 1 + c * chunk + j for j < chunk = ceil((n - 2) /
// cores), every index clamped to n - 2 (the threads past the end redo the
// last cell and store the same word). The index is `(start + j) + 1` once
// canonicalized: --xyz-split-thread-ranges takes the uniform part as a sum
// of terms (start <= (cores - 1) * chunk, and 1), runs the threads that
// never reach the clamp as a loop of their own, contiguous (vector loads
// and stores), and the few others as before (before, the whole loop
// stayed scalar: cores=4 n=200 85 -> 20 cycles, cores=2 n=201 160 -> 28;
// xyz-run --cores C).
//
// Memory layout:
//   [0, n)      a
//   [n, 2n)     out
xyz.kernel @core_interior(%cores: i32 {xyz.name = "cores", xyz.default = 4 : i32,
                                       xyz.test_range = [1, 8]},
                          %n: i32 {xyz.name = "n", xyz.default = 200 : i32,
                                   xyz.test_range = [3, 300]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %ok_cores = arith.cmpi sge, %cores, %c1 : i32
  xyz.require %ok_cores, "cores must be >= 1"
  %ok_n = arith.cmpi sge, %n, %c3 : i32
  xyz.require %ok_n, "n must be >= 3"
  %inner = arith.subi %n, %c2 : i32
  %few_cores = arith.cmpi ule, %cores, %inner : i32
  xyz.require %few_cores, "cores must be at most n - 2"
  xyz.region "a" at %c0 size %n random(bits 28)
  xyz.region "out" at %n size %n zero

  %core = xyz.core_id of %cores
  // The ends: every core stores the same two words (no core's store can
  // undo another's).
  %a0 = xyz.load %c0 in "a"
  xyz.store %a0, %n in "out"
  %last = arith.subi %n, %c1 : i32
  %al = xyz.load %last in "a"
  %out_last = arith.addi %n, %last : i32
  xyz.store %al, %out_last in "out"

  %chunk = arith.ceildivui %inner, %cores : i32
  %start0 = arith.muli %core, %chunk : i32
  %start = arith.addi %start0, %c1 : i32
  %last_inner = arith.subi %n, %c2 : i32
  xyz.foreach_thread %j < %chunk {
    %i0 = arith.addi %start, %j : i32
    %i = arith.minui %i0, %last_inner : i32
    %left = arith.subi %i, %c1 : i32
    %right = arith.addi %i, %c1 : i32
    %l = xyz.load %left in "a"
    %m = xyz.load %i in "a"
    %r = xyz.load %right in "a"
    %m2 = arith.shli %m, %c1 : i32
    %s0 = arith.addi %l, %m2 : i32
    %s = arith.addi %s0, %r : i32
    %v = arith.shrui %s, %c2 : i32
    %at = arith.addi %n, %i : i32
    xyz.store %v, %at in "out"
  }
  xyz.return
}
