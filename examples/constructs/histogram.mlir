// A histogram: a loop outside threads counts the n words of `a` by their
// low 4 bits, `h[a[k] & 15] += 1`. Every count is a load and a store at an
// address known only at run time, so each access is ordered after every
// earlier one that may touch the same word (the scheduler adds only the
// dependences that order does not already imply: linear in n).
//
// Memory layout (n = batch):
//   [0, 16)        h (the counts)
//   [16, 16 + n)   a
xyz.kernel @histogram(%n: i32 {xyz.name = "n", xyz.default = 64 : i32,
                               xyz.test_range = [1, 512]})
    attributes {xyz.outputs = ["h"]} {
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  %c15 = arith.constant 15 : i32
  %c16 = arith.constant 16 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  xyz.region "h" at %c0 size %c16 zero
  xyz.region "a" at %c16 size %n random(bits 32)
  %n_idx = arith.index_cast %n : i32 to index
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  scf.for %k = %lb to %n_idx step %one {
    %k32 = arith.index_cast %k : index to i32
    %addr = arith.addi %k32, %c16 : i32
    %v = xyz.load %addr in "a"
    %bin = arith.andi %v, %c15 : i32
    %count = xyz.load %bin in "h"
    %next = arith.addi %count, %c1 : i32
    xyz.store %next, %bin in "h"
  }
  xyz.return
}
