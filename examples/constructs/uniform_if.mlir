// scf.if on a uniform condition (the same for every thread: computed from
// a header word), outside and inside xyz.foreach_thread: the same
// if-conversion (--xyz-if-convert); the store outside threads is masked
// (a single-core kernel).
//
// Memory layout (n = batch):
//   [0]          flag
//   [1]          count: flag + 1 if flag < 5, else unchanged
//   [2, 2+n)     x: x >>s 1 if flag < 5, else x /s 5 (in place)
xyz.kernel @uniform_if(%n: i32 {xyz.name = "n", xyz.default = 16 : i32,
                                xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["hdr", "x"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c5 = arith.constant 5 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  // The flag on either side of 5, the words any 32 bits.
  %c10 = arith.constant 10 : i32
  xyz.region "hdr" at %c0 size %c2 random(below %c10)
  xyz.region "x" at %c2 size %n random(bits 32)
  %flag = xyz.load %c0 in "hdr"
  %on = arith.cmpi ult, %flag, %c5 : i32
  scf.if %on {
    %next = arith.addi %flag, %c1 : i32
    xyz.store %next, %c1 in "hdr"
  }
  xyz.foreach_thread %i < %n {
    %a = arith.addi %i, %c2 : i32
    %x = xyz.load %a in "x"
    %r = scf.if %on -> (i32) {
      %y = arith.shrsi %x, %c1 : i32
      scf.yield %y : i32
    } else {
      %y = arith.divsi %x, %c5 : i32
      scf.yield %y : i32
    }
    xyz.store %r, %a in "x"
  }
  xyz.return
}
