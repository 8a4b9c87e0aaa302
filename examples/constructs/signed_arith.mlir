// Signed arithmetic and comparisons, lowered to the machine's unsigned ops
// by --xyz-expand-signed-arith. Thread i reads a[i] and b[i] and writes
// twelve results.
//
// Memory layout (n = batch, every word an i32 in two's complement):
//   [0, n)               a
//   [n, 2n)              b (non-zero, and never -1 where a is INT_MIN)
//   [(2+k)n, (3+k)n)     out_k for k = 0..11:
//     0 divsi a, b        1 remsi a, b        2 ceildivsi a, b
//     3 floordivsi a, b   4 shrsi a, (b & 31) 5 minsi a, b
//     6 maxsi a, b        7 a <s b            8 a <=s b
//     9 a >s b           10 a >=s b          11 extsi (a <s b) : i1 to i32
xyz.kernel @signed_arith(%n: i32 {xyz.name = "n", xyz.default = 16 : i32,
                                xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["out"]} {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c31 = arith.constant 31 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %b_p = arith.muli %n, %c1 : i32
  %out_p = arith.muli %n, %c2 : i32
  %c0_r = arith.constant 0 : i32
  %c12 = arith.constant 12 : i32
  %outs = arith.muli %n, %c12 : i32
  xyz.region "a" at %c0_r size %n random(bits 32)
  xyz.region "b" at %b_p size %n random(bits 32)
  xyz.region "out" at %out_p size %outs zero
  xyz.foreach_thread %i < %n {
    %a = xyz.load %i in "a"
    %b_addr = arith.addi %b_p, %i : i32
    %b = xyz.load %b_addr in "b"
    %s = arith.andi %b, %c31 : i32
    %r0 = arith.divsi %a, %b : i32
    %r1 = arith.remsi %a, %b : i32
    %r2 = arith.ceildivsi %a, %b : i32
    %r3 = arith.floordivsi %a, %b : i32
    %r4 = arith.shrsi %a, %s : i32
    %r5 = arith.minsi %a, %b : i32
    %r6 = arith.maxsi %a, %b : i32
    %lt = arith.cmpi slt, %a, %b : i32
    %le = arith.cmpi sle, %a, %b : i32
    %gt = arith.cmpi sgt, %a, %b : i32
    %ge = arith.cmpi sge, %a, %b : i32
    %r7 = arith.extui %lt : i1 to i32
    %r8 = arith.extui %le : i1 to i32
    %r9 = arith.extui %gt : i1 to i32
    %r10 = arith.extui %ge : i1 to i32
    %r11 = arith.extsi %lt : i1 to i32
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
    %o6 = arith.addi %o5, %n : i32
    xyz.store %r6, %o6 in "out"
    %o7 = arith.addi %o6, %n : i32
    xyz.store %r7, %o7 in "out"
    %o8 = arith.addi %o7, %n : i32
    xyz.store %r8, %o8 in "out"
    %o9 = arith.addi %o8, %n : i32
    xyz.store %r9, %o9 in "out"
    %o10 = arith.addi %o9, %n : i32
    xyz.store %r10, %o10 in "out"
    %o11 = arith.addi %o10, %n : i32
    xyz.store %r11, %o11 in "out"
  }
  xyz.return
}
