// Index arithmetic on data, and a loop whose induction variable is an
// i32. An `index` is a machine word (32 bits) for the compiler and for
// xyz-interp alike, so `index_cast` between i32 and index changes no bit
// and a shift of a negative index brings in zeros at bit 31. Thread i
// reads x[i] and writes two results.
//
// Memory layout (n = batch):
//   [0, n)        x
//   [n, 2n)       out_0: index_cast(index_cast(x) >>u 1) + (index_castui(x) / 4)
//   [2n, 3n)      out_1: v = x, then for k = 0, 3, 6, 9 (an i32 loop):
//                 v = (v ^ k) + k * i
xyz.kernel @index_math(%n: i32 {xyz.name = "n", xyz.default = 16 : i32,
                                xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %c12 = arith.constant 12 : i32
  %one = arith.constant 1 : index
  %four = arith.constant 4 : index
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %n2 = arith.addi %n, %n : i32
  xyz.region "x" at %c0 size %n random(bits 32)
  xyz.region "out" at %n size %n2 zero
  xyz.foreach_thread %i < %n {
    %x = xyz.load %i in "x"
    %xs = arith.index_cast %x : i32 to index
    %half = arith.shrui %xs, %one : index
    %xu = arith.index_castui %x : i32 to index
    %q = arith.divui %xu, %four : index
    %sum = arith.addi %half, %q : index
    %r0 = arith.index_cast %sum : index to i32
    %a0 = arith.addi %n, %i : i32
    xyz.store %r0, %a0 in "out"
    %r1 = scf.for %k = %c0 to %c12 step %c3 iter_args(%acc = %x) -> (i32) : i32 {
      %t = arith.xori %acc, %k : i32
      %ki = arith.muli %k, %i : i32
      %u = arith.addi %t, %ki : i32
      scf.yield %u : i32
    }
    %a1 = arith.addi %n2, %i : i32
    xyz.store %r1, %a1 in "out"
  }
  xyz.return
}
