xyz.kernel @split() {
  %n = arith.constant 19 : i32
  %c5 = arith.constant 5 : i32
  %c100 = arith.constant 100 : i32
  xyz.foreach_thread %t < %n {
    %a = arith.addi %t, %c100 : i32
    %x = xyz.load %a in "in"
    %y = arith.muli %x, %c5 : i32
    %g = xyz.load %y in "table"
    %z = arith.addi %g, %x : i32
    xyz.store %z, %a in "in"
  }
  xyz.return
}
