// Booleans as numbers and xors whose ranges matter. i1 arithmetic is mod
// 2 and true is -1 as a signed i1 (--xyz-expand-signed-arith); an xor
// with a constant is not bounded by the xor of its operands' bounds
// (LLVM 19's range analysis says it is: the ranges the compiler asks for
// are its own, docs/passes.md). Thread i reads x[i] and writes six
// results.
//
// Memory layout (n = batch):
//   [0, 16)              t, a table
//   [16, 16 + n)         x
//   [16 + (1+k)n, ...)   out_k for k = 0..5:
//     0 minui((x & 15) ^ 9, 4)   1 maxui((x & 15) ^ 9, 4)
//     2 t[(x & 15) ^ 9]          3 extui(p + q : i1)
//     4 extui(p <s q : i1)       5 extui(minsi(p, q) : i1)
//   with p = (x & 1) != 0 and q = (x & 2) != 0.
xyz.kernel @bool_xor(%n: i32 {xyz.name = "n", xyz.default = 16 : i32,
                            xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c4 = arith.constant 4 : i32
  %c6 = arith.constant 6 : i32
  %c9 = arith.constant 9 : i32
  %c15 = arith.constant 15 : i32
  %c16 = arith.constant 16 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %out_p = arith.addi %n, %c16 : i32
  %outs = arith.muli %n, %c6 : i32
  xyz.region "t" at %c0 size %c16 random(bits 32)
  xyz.region "x" at %c16 size %n random(bits 32)
  xyz.region "out" at %out_p size %outs zero
  xyz.foreach_thread %i < %n {
    %xa = arith.addi %i, %c16 : i32
    %x = xyz.load %xa in "x"
    %k = arith.andi %x, %c15 : i32
    %j = arith.xori %k, %c9 : i32
    %r0 = arith.minui %j, %c4 : i32
    %r1 = arith.maxui %j, %c4 : i32
    %r2 = xyz.load %j in "t"
    %b0 = arith.andi %x, %c1 : i32
    %b1 = arith.andi %x, %c2 : i32
    %p = arith.cmpi ne, %b0, %c0 : i32
    %q = arith.cmpi ne, %b1, %c0 : i32
    %s = arith.addi %p, %q : i1
    %lt = arith.cmpi slt, %p, %q : i1
    %mn = arith.minsi %p, %q : i1
    %r3 = arith.extui %s : i1 to i32
    %r4 = arith.extui %lt : i1 to i32
    %r5 = arith.extui %mn : i1 to i32
    %o0 = arith.addi %out_p, %i : i32
    xyz.store %r0, %o0 in "out"
    %o1 = arith.addi %o0, %n : i32
    xyz.store %r1, %o1 in "out"
    %o2 = arith.addi %o1, %n : i32
    xyz.store %r2, %o2 in "out"
    %o3 = arith.addi %o2, %n : i32
    xyz.store %r3, %o3 in "out"
    %o4 = arith.addi %o3, %n : i32
    xyz.store %r4, %o4 in "out"
    %o5 = arith.addi %o4, %n : i32
    xyz.store %r5, %o5 in "out"
  }
  xyz.return
}
