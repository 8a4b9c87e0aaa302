// Iterated 1-D smoothing: `rounds` times, one thread loop computes
// tmp[i] = (a[max(i - 1, 0)] + 2 a[i] + a[min(i + 1, n - 1)]) >> 2 and a
// second copies tmp back into a. After thread expansion every round reads
// the previous one's vectors from scratch (--xyz-forward-memory); the
// stores of the intermediate rounds are stored again before anything
// reads them, and the last round's `tmp` is not an output that anything
// reads: only the last round's stores to `a` remain (n=300 rounds=6: 474
// vstores, 244 cycles -> 108 and 106).
//
// Memory layout (n = batch):
//   [0, n)      a (read and written)
//   [n, 2n)     tmp
xyz.kernel @smooth_rounds(%n: i32 {xyz.name = "n", xyz.default = 64 : i32,
                                   xyz.test_range = [1, 300]},
                          %rounds: i32 {xyz.name = "rounds",
                                        xyz.default = 3 : i32,
                                        xyz.test_range = [1, 6]})
    attributes {xyz.outputs = ["a"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %last = arith.subi %n, %c1 : i32
  xyz.region "a" at %c0 size %n random(bits 20)
  xyz.region "tmp" at %n size %n zero
  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  %ub = arith.index_cast %rounds : i32 to index
  scf.for %r = %lb to %ub step %step {
    xyz.foreach_thread %i < %n {
      %im = arith.subi %i, %c1 : i32
      %inside = arith.cmpi sgt, %i, %c0 : i32
      %left = arith.select %inside, %im, %c0 : i32
      %ip = arith.addi %i, %c1 : i32
      %right = arith.minui %ip, %last : i32
      %l = xyz.load %left in "a"
      %m = xyz.load %i in "a"
      %h = xyz.load %right in "a"
      %m2 = arith.muli %m, %c2 : i32
      %s0 = arith.addi %l, %m2 : i32
      %s1 = arith.addi %s0, %h : i32
      %s = arith.shrui %s1, %c2 : i32
      %at = arith.addi %n, %i : i32
      xyz.store %s, %at in "tmp"
    }
    xyz.foreach_thread %i < %n {
      %at = arith.addi %n, %i : i32
      %v = xyz.load %at in "tmp"
      xyz.store %v, %i in "a"
    }
  }
  xyz.return
}
