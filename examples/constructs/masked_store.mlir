// Stores under a per-thread condition, masked by --xyz-if-convert: at the
// thread's own word (thread id + a uniform base) `store v, a` under `c`
// becomes `store select(c, v, load a), a`. The load in the else arm reads
// a word the thread stores anyway, so it may run unconditionally.
//
// Memory layout (n = batch):
//   [0, n)     x
//   [n, 2n)    out: x odd ? 3x + 1 : unchanged          (initial words kept)
//   [2n, 3n)   acc: x odd ? unchanged : acc + (x >> 1)  (read and written)
xyz.kernel @masked_store(%n: i32 {xyz.name = "n", xyz.default = 16 : i32,
                                xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["out", "acc"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %acc_p = arith.muli %n, %c2 : i32
  xyz.region "x" at %c0 size %n random(bits 32)
  xyz.region "out" at %n size %n random(bits 32)
  xyz.region "acc" at %acc_p size %n random(bits 32)
  xyz.foreach_thread %i < %n {
    %x = xyz.load %i in "x"
    %bit = arith.andi %x, %c1 : i32
    %odd = arith.cmpi ne, %bit, %c0 : i32
    scf.if %odd {
      %t = arith.muli %x, %c3 : i32
      %u = arith.addi %t, %c1 : i32
      %out_addr = arith.addi %n, %i : i32
      xyz.store %u, %out_addr in "out"
    } else {
      %acc_addr = arith.addi %acc_p, %i : i32
      %old = xyz.load %acc_addr in "acc"
      %h = arith.shrui %x, %c1 : i32
      %new = arith.addi %old, %h : i32
      xyz.store %new, %acc_addr in "acc"
    }
  }
  xyz.return
}
