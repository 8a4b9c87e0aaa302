// A conditional update of a data-dependent word: thread i picks one of its
// two slots by the low bit of its key, reads it, and adds the key only when
// the slot is below a threshold. The address is not the thread id plus a
// uniform base, but the thread loads that word unconditionally, so no
// other thread writes it (no thread reads a word another thread writes)
// and --xyz-if-convert masks the store: `store select(c, v, load a), a`.
//
// Memory layout (n = batch):
//   [0, n)      key
//   [n, 3n)     slots: two words per thread
xyz.kernel @masked_slot_update(%n: i32 {xyz.name = "n", xyz.default = 24 : i32,
                                        xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["slots"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %limit = arith.constant 2147483648 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %size = arith.muli %n, %c2 : i32
  xyz.region "key" at %c0 size %n random(bits 32)
  xyz.region "slots" at %n size %size random(bits 32)
  xyz.foreach_thread %i < %n {
    %key = xyz.load %i in "key"
    %bit = arith.andi %key, %c1 : i32
    %pair = arith.muli %i, %c2 : i32
    %base = arith.addi %n, %pair : i32
    %at = arith.addi %base, %bit : i32
    %v = xyz.load %at in "slots"
    %low = arith.cmpi ult, %v, %limit : i32
    scf.if %low {
      %sum = arith.addi %v, %key : i32
      xyz.store %sum, %at in "slots"
    }
  }
  xyz.return
}
