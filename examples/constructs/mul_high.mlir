// The high word of a 32 x 32-bit product, written with i64 arithmetic as
// a user would: trunci((extui(a) * extui(b)) >> 32), and the same with
// extsi. Canonicalization makes them arith.mului_extended and
// arith.mulsi_extended, which --xyz-expand-signed-arith computes from
// 16-bit halves (the machine's multiply keeps the low word). Thread i
// reads a[i] and b[i] and writes two results (the low word is a * b on
// i32: an i64 product truncated is not narrowed, and stays rejected).
//
// Memory layout (n = batch):
//   [0, n)               a
//   [n, 2n)              b
//   [(2+k)n, (3+k)n)     out_k for k = 0..1:
//     0 unsigned high word   1 signed high word
xyz.kernel @mul_high(%n: i32 {xyz.name = "n", xyz.default = 16 : i32,
                            xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c32 = arith.constant 32 : i64
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %out_p = arith.muli %n, %c2 : i32
  %outs = arith.muli %n, %c2 : i32
  xyz.region "a" at %c0 size %n random(bits 32)
  xyz.region "b" at %n size %n random(bits 32)
  xyz.region "out" at %out_p size %outs zero
  xyz.foreach_thread %i < %n {
    %a = xyz.load %i in "a"
    %b_addr = arith.addi %n, %i : i32
    %b = xyz.load %b_addr in "b"
    %ua = arith.extui %a : i32 to i64
    %ub = arith.extui %b : i32 to i64
    %up = arith.muli %ua, %ub : i64
    %uh = arith.shrui %up, %c32 : i64
    %r0 = arith.trunci %uh : i64 to i32
    %sa = arith.extsi %a : i32 to i64
    %sb = arith.extsi %b : i32 to i64
    %sp = arith.muli %sa, %sb : i64
    %sh = arith.shrui %sp, %c32 : i64
    %r1 = arith.trunci %sh : i64 to i32
    %o0 = arith.addi %out_p, %i : i32
    xyz.store %r0, %o0 in "out"
    %o1 = arith.addi %o0, %n : i32
    xyz.store %r1, %o1 in "out"
  }
  xyz.return
}
