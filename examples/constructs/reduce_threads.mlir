// Reductions across threads: `xyz.foreach_thread ... reduce(...)` combines
// one yielded word per thread into a uniform result per combining kind.
// Vectorized, each group of 8 threads yields its lanes; the groups combine
// in a tree and the 8 lanes at the end (xyz.reduce_lanes), a scalar tail
// (n % 8 threads) joins last. Thread i yields a[i] to every kind (odd for
// the product, so it does not vanish), and the uniform 1 to a count.
//
// Memory layout (n = batch):
//   [0, n)       a
//   [n, n + 8)   out: sum, product, and, or, xor, min, max, count
xyz.kernel @reduce_threads(%n: i32 {xyz.name = "n", xyz.default = 64 : i32,
                                    xyz.test_range = [1, 2048]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c8 = arith.constant 8 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  xyz.region "a" at %c0 size %n random(bits 32)
  xyz.region "out" at %n size %c8 zero
  %sum, %prod, %and, %or, %xor, %min, %max, %count =
      xyz.foreach_thread %i < %n
          reduce(add, mul, and, or, xor, minu, maxu, add) {
    %x = xyz.load %i in "a"
    %odd = arith.ori %x, %c1 : i32
    xyz.yield %x, %odd, %x, %x, %x, %x, %x, %c1
        : i32, i32, i32, i32, i32, i32, i32, i32
  }
  %p0 = arith.addi %n, %c0 : i32
  xyz.store %sum, %p0 in "out"
  %p1 = arith.addi %n, %c1 : i32
  xyz.store %prod, %p1 in "out"
  %c2 = arith.constant 2 : i32
  %p2 = arith.addi %n, %c2 : i32
  xyz.store %and, %p2 in "out"
  %c3 = arith.constant 3 : i32
  %p3 = arith.addi %n, %c3 : i32
  xyz.store %or, %p3 in "out"
  %c4 = arith.constant 4 : i32
  %p4 = arith.addi %n, %c4 : i32
  xyz.store %xor, %p4 in "out"
  %c5 = arith.constant 5 : i32
  %p5 = arith.addi %n, %c5 : i32
  xyz.store %min, %p5 in "out"
  %c6 = arith.constant 6 : i32
  %p6 = arith.addi %n, %c6 : i32
  xyz.store %max, %p6 in "out"
  %c7 = arith.constant 7 : i32
  %p7 = arith.addi %n, %c7 : i32
  xyz.store %count, %p7 in "out"
  xyz.return
}
