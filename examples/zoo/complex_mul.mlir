// Zoo: complex multiplication of interleaved arrays, out[i] = a[i] * b[i],
// each complex number two words (real, imaginary) side by side: every
// access is at a stride of 2.
//
// Memory image: a at 0 (2n words), b at 2n (2n words), out at 4n (2n).
//
// Once threads are vectorized the loads read words 8 at a time and copy
// each lane into place (--xyz-constant-gathers), and the stores of the
// real and imaginary parts fill windows of 8 words that one vector store
// each writes (--xyz-join-stores).
//
//   xyz-opt examples/zoo/complex_mul.mlir --xyz-specialize="n=256" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
xyz.kernel @complex_mul(%n: i32 {xyz.name = "n", xyz.default = 256 : i32,
                                 xyz.test_range = [1, 300]})
    attributes {xyz.outputs = ["out"]} {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c0 = arith.constant 0 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %words = arith.muli %n, %c2 : i32
  %b_p = arith.addi %c0, %words : i32
  %out_p = arith.addi %b_p, %words : i32
  xyz.region "a" at %c0 size %words random(bits 32)
  xyz.region "b" at %b_p size %words random(bits 32)
  xyz.region "out" at %out_p size %words zero
  xyz.foreach_thread %i < %n {
    %re = arith.muli %i, %c2 : i32
    %im = arith.addi %re, %c1 : i32
    %ar = xyz.load %re in "a"
    %ai = xyz.load %im in "a"
    %bre = arith.addi %b_p, %re : i32
    %bim = arith.addi %b_p, %im : i32
    %br = xyz.load %bre in "b"
    %bi = xyz.load %bim in "b"
    %rr = arith.muli %ar, %br : i32
    %ii = arith.muli %ai, %bi : i32
    %ri = arith.muli %ar, %bi : i32
    %ir = arith.muli %ai, %br : i32
    %real = arith.subi %rr, %ii : i32
    %imag = arith.addi %ri, %ir : i32
    %ore = arith.addi %out_p, %re : i32
    %oim = arith.addi %out_p, %im : i32
    xyz.store %real, %ore in "out"
    xyz.store %imag, %oim in "out"
  }
  xyz.return
}
