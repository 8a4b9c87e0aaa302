xyz.kernel @four_words() {
  %n = arith.constant 16 : i32
  %c3 = arith.constant 3 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.andi %x, %c3 : i32
    %g = xyz.load %a in "table"
    xyz.store %g, %t in "out"
  }
  xyz.return
}
