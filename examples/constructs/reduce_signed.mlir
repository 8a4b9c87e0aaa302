// A loop outside threads that takes the signed minimum and maximum of n
// words, their xor (written `v ^ acc`, the operands the other way round
// from reduce_threads) and the sum of the odd ones (`if (v & 1) sum += v`).
// --xyz-specialize makes it a reduction across threads: `minsi`/`maxsi`
// reduce as `minu`/`maxu` over words with the sign bit flipped, the
// conditional update as `sum + select(odd, v, 0)`, and the initial values
// join after.
//
// Memory layout (n = batch):
//   [0, n)       a
//   [n, n + 4)   out: min, max, xor, odd sum
xyz.kernel @reduce_signed(%n: i32 {xyz.name = "n", xyz.default = 64 : i32,
                                   xyz.test_range = [1, 2048]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %lo = arith.constant -5 : i32
  %hi = arith.constant 5 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  xyz.region "a" at %c0 size %n random(bits 32)
  xyz.region "out" at %n size %c4 zero
  %n_idx = arith.index_cast %n : i32 to index
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %min, %max, %xor, %odd = scf.for %k = %lb to %n_idx step %one
      iter_args(%m = %hi, %M = %lo, %x = %c0, %s = %c1) -> (i32, i32, i32, i32) {
    %k32 = arith.index_cast %k : index to i32
    %v = xyz.load %k32 in "a"
    %m2 = arith.minsi %m, %v : i32
    %M2 = arith.maxsi %v, %M : i32
    %x2 = arith.xori %v, %x : i32
    %bit = arith.andi %v, %c1 : i32
    %is_odd = arith.cmpi ne, %bit, %c0 : i32
    %s2 = scf.if %is_odd -> (i32) {
      %sum = arith.addi %s, %v : i32
      scf.yield %sum : i32
    } else {
      scf.yield %s : i32
    }
    scf.yield %m2, %M2, %x2, %s2 : i32, i32, i32, i32
  }
  %p0 = arith.addi %n, %c0 : i32
  xyz.store %min, %p0 in "out"
  %p1 = arith.addi %n, %c1 : i32
  xyz.store %max, %p1 in "out"
  %p2 = arith.addi %n, %c2 : i32
  xyz.store %xor, %p2 in "out"
  %p3 = arith.addi %n, %c3 : i32
  xyz.store %odd, %p3 in "out"
  xyz.return
}
