// A matrix product C = A B (A is m x k, B is k x p, row-major), one thread
// per cell of C: its row i = t / p and column j = t % p. The vectorized
// loads of A[i][l] and B[l][j] are gathers (i and j are not affine in t);
// after thread expansion their lane addresses are constants, and
// --xyz-constant-gathers reads A's word of a row once and broadcasts it
// (two rows in a group: two words and a select) and B's row as vector
// loads; --xyz-forward-memory then reads each word of A once, not once
// per group of its row. m=16 k=6 p=20: 1,257 cycles as gathers, 322
// scalar, 169 with broadcasts, 78 now.
//
// Memory image: A is words [0, m k), B [m k, m k + k p), C the m p words
// after B.
//
//   xyz-opt examples/constructs/matmul.mlir --xyz-specialize="m=16 k=6 p=20" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
//   xyz-interp examples/constructs/matmul.mlir --shape "m=16 k=6 p=20" \
//     --random-image 1 --check prog.json

xyz.kernel @matmul(%m: i32 {xyz.name = "m", xyz.default = 16 : i32, xyz.test_range = [1, 24]},
                   %k: i32 {xyz.name = "k", xyz.default = 6 : i32, xyz.test_range = [1, 10]},
                   %p: i32 {xyz.name = "p", xyz.default = 20 : i32, xyz.test_range = [1, 24]})
    attributes {xyz.outputs = ["C"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %okm = arith.cmpi uge, %m, %c1 : i32
  xyz.require %okm, "m must be >= 1"
  %okk = arith.cmpi uge, %k, %c1 : i32
  xyz.require %okk, "k must be >= 1"
  %okp = arith.cmpi uge, %p, %c1 : i32
  xyz.require %okp, "p must be >= 1"
  %size_a = arith.muli %m, %k : i32
  %size_b = arith.muli %k, %p : i32
  %cells = arith.muli %m, %p : i32
  %b_at = arith.addi %c0, %size_a : i32
  %c_at = arith.addi %b_at, %size_b : i32
  xyz.region "A" at %c0 size %size_a random(bits 32)
  xyz.region "B" at %b_at size %size_b random(bits 32)
  xyz.region "C" at %c_at size %cells zero
  %steps = arith.index_cast %k : i32 to index
  %zero = arith.constant 0 : index
  %one = arith.constant 1 : index
  xyz.foreach_thread %t < %cells {
    %i = arith.divui %t, %p : i32
    %j = arith.remui %t, %p : i32
    %row = arith.muli %i, %k : i32
    %dot = scf.for %l = %zero to %steps step %one iter_args(%acc = %c0) -> (i32) {
      %l32 = arith.index_cast %l : index to i32
      %ai = arith.addi %row, %l32 : i32
      %a = xyz.load %ai in "A"
      %bl = arith.muli %l32, %p : i32
      %bj = arith.addi %bl, %j : i32
      %bi = arith.addi %b_at, %bj : i32
      %b = xyz.load %bi in "B"
      %ab = arith.muli %a, %b : i32
      %next = arith.addi %acc, %ab : i32
      scf.yield %next : i32
    }
    %ci = arith.addi %c_at, %t : i32
    xyz.store %dot, %ci in "C"
  }
  xyz.return
}
