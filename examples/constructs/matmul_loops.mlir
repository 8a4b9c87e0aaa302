// A matrix product C = A B (A is m x k, B is k x p, row-major) written
// with plain loops, no thread loop: for every row i and column j, a dot
// product over l. The j loop's iterations write words of their own
// (C[i][j]) and read nothing the loop writes, so --xyz-specialize makes it
// a thread loop (--xyz-parallelize-loops): 8 columns on the lanes, B[l][j]
// one vector load, A[i][l] a word broadcast, a multiply-add per l. The i
// loop around it stays a loop. m=16 k=16 p=16: 175 cycles as 256 separate
// dot products, 110 now.
//
// Memory image: A is words [0, m k), B [m k, m k + k p), C the m p words
// after B.
//
//   xyz-opt examples/constructs/matmul_loops.mlir \
//     --xyz-specialize="m=16 k=16 p=16" --xyz-schedule |
//   xyz-translate --vliw-to-json > prog.json
//   xyz-interp examples/constructs/matmul_loops.mlir --shape "m=16 k=16 p=16" \
//     --random-image 1 --check prog.json

xyz.kernel @matmul_loops(%m: i32 {xyz.name = "m", xyz.default = 16 : i32, xyz.test_range = [1, 20]},
                         %k: i32 {xyz.name = "k", xyz.default = 16 : i32, xyz.test_range = [1, 12]},
                         %p: i32 {xyz.name = "p", xyz.default = 16 : i32, xyz.test_range = [1, 20]})
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
  %zero = arith.constant 0 : index
  %one = arith.constant 1 : index
  %rows = arith.index_cast %m : i32 to index
  %cols = arith.index_cast %p : i32 to index
  %steps = arith.index_cast %k : i32 to index
  scf.for %i = %zero to %rows step %one {
    %i32 = arith.index_cast %i : index to i32
    %a_row = arith.muli %i32, %k : i32
    %c_row = arith.muli %i32, %p : i32
    scf.for %j = %zero to %cols step %one {
      %j32 = arith.index_cast %j : index to i32
      %dot = scf.for %l = %zero to %steps step %one iter_args(%acc = %c0) -> (i32) {
        %l32 = arith.index_cast %l : index to i32
        %ai = arith.addi %a_row, %l32 : i32
        %a = xyz.load %ai in "A"
        %bl = arith.muli %l32, %p : i32
        %bj = arith.addi %bl, %j32 : i32
        %bi = arith.addi %b_at, %bj : i32
        %b = xyz.load %bi in "B"
        %ab = arith.muli %a, %b : i32
        %next = arith.addi %acc, %ab : i32
        scf.yield %next : i32
      }
      %cj = arith.addi %c_row, %j32 : i32
      %ci = arith.addi %c_at, %cj : i32
      xyz.store %dot, %ci in "C"
    }
  }
  xyz.return
}
