// Horner's rule per thread: out[i] = c[deg] x^deg + ... + c[1] x + c[0]
// (wrapping), every thread reading the same deg + 1 coefficients. Once
// vectorized, each coefficient is broadcast to the lanes; with many
// coefficients, broadcasts every group reads would hold more scratch than
// there is, so the scheduler copies them for far readers instead (from
// n = 16, deg = 200 on).
//
// Memory layout (n = batch):
//   [0, deg + 1)                   c
//   [deg + 1, deg + 1 + n)         x
//   [deg + 1 + n, deg + 1 + 2n)    out
xyz.kernel @horner(%n: i32 {xyz.name = "n", xyz.default = 16 : i32,
                            xyz.test_range = [1, 64]},
                   %deg: i32 {xyz.name = "deg", xyz.default = 200 : i32,
                              xyz.test_range = [0, 240]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %okd = arith.cmpi sge, %deg, %c0 : i32
  xyz.require %okd, "deg must be >= 0"
  %ncoef = arith.addi %deg, %c1 : i32
  %x_p = arith.addi %ncoef, %c0 : i32
  %out_p = arith.addi %x_p, %n : i32
  xyz.region "c" at %c0 size %ncoef random(bits 32)
  xyz.region "x" at %x_p size %n random(bits 32)
  xyz.region "out" at %out_p size %n zero
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %steps = arith.index_cast %deg : i32 to index
  %top = xyz.load %deg in "c"
  xyz.foreach_thread %i < %n {
    %xa = arith.addi %x_p, %i : i32
    %x = xyz.load %xa in "x"
    %acc = scf.for %k = %lb to %steps step %one iter_args(%a = %top) -> (i32) {
      %k32 = arith.index_cast %k : index to i32
      %j0 = arith.subi %deg, %k32 : i32
      %j = arith.subi %j0, %c1 : i32
      %cj = xyz.load %j in "c"
      %m = arith.muli %a, %x : i32
      %s = arith.addi %m, %cj : i32
      scf.yield %s : i32
    }
    %oa = arith.addi %out_p, %i : i32
    xyz.store %acc, %oa in "out"
  }
  xyz.return
}
