xyz.kernel @refused() {
  %n = arith.constant 16 : i32
  %c1 = arith.constant 1 : i32
  %c63 = arith.constant 63 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.andi %x, %c63 : i32
    %g = xyz.load %a in "table"
    %u = xyz.load %c5 in "table"
    %s = arith.addi %g, %u : i32
    xyz.store %s, %t in "out"
  }
  xyz.return
}
