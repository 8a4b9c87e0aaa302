xyz.kernel @two_words() {
  %n = arith.constant 16 : i32
  %c1 = arith.constant 1 : i32
  %c100 = arith.constant 100 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %b = arith.andi %x, %c1 : i32
    %a = arith.addi %b, %c100 : i32
    %g = xyz.load %a in "table"
    xyz.store %g, %t in "out"
  }
  xyz.return
}
