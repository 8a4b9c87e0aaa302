xyz.kernel @signed() {
  %a = arith.constant 0 : i32
  %x = xyz.load %a
  %lt = arith.cmpi slt, %x, %a : i32
  %e = arith.extui %lt : i1 to i32
  xyz.store %e, %a
  xyz.return
}
