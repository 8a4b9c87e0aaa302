// Signed comparisons, minimum and maximum against constants, and an xor
// with a constant compared with a constant. --xyz-expand-signed-arith
// flips the sign bits with an xor (x <s c is (x ^ 0x80000000) <u (c ^
// 0x80000000)), and range analysis must not fold those compares: LLVM
// 19's range of an xor is wrong (docs/passes.md, --xyz-bounded-ranges).
// Thread i reads a[i] and writes six results.
//
// Memory layout (n = batch):
//   [0, n)               a
//   [(1+k)n, (2+k)n)     out_k for k = 0..5:
//     0 a <s -1000       1 a >=s 1000       2 maxsi(a, -1000)
//     3 minsi(a, 1000)   4 (a ^ 5) == 0     5 (a ^ 0x80000000) <u 0x80000005
xyz.kernel @signed_const(%n: i32 {xyz.name = "n", xyz.default = 16 : i32,
                                xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c5 = arith.constant 5 : i32
  %c6 = arith.constant 6 : i32
  %lo = arith.constant -1000 : i32
  %hi = arith.constant 1000 : i32
  %sign = arith.constant -2147483648 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %outs = arith.muli %n, %c6 : i32
  %c21 = arith.constant 21 : i32
  %lim = arith.constant -2147483643 : i32
  xyz.region "a" at %c0 size %n random(bits 32)
  xyz.region "out" at %n size %outs zero
  xyz.foreach_thread %i < %n {
    %a = xyz.load %i in "a"
    // Threads with i & 5 == 0 take a small value (a & 21, 5 among them), so
    // that every compare sees both outcomes on random words.
    %tid4 = arith.andi %i, %c5 : i32
    %small = arith.cmpi eq, %tid4, %c0 : i32
    %low = arith.andi %a, %c21 : i32
    %x = arith.select %small, %low, %a : i32
    %lt = arith.cmpi slt, %x, %lo : i32
    %ge = arith.cmpi sge, %x, %hi : i32
    %r2 = arith.maxsi %x, %lo : i32
    %r3 = arith.minsi %x, %hi : i32
    %f = arith.xori %x, %c5 : i32
    %z = arith.cmpi eq, %f, %c0 : i32
    %g = arith.xori %x, %sign : i32
    %u = arith.cmpi ult, %g, %lim : i32
    %r0 = arith.extui %lt : i1 to i32
    %r1 = arith.extui %ge : i1 to i32
    %r4 = arith.extui %z : i1 to i32
    %r5 = arith.extui %u : i1 to i32
    %o0 = arith.addi %n, %i : i32
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
