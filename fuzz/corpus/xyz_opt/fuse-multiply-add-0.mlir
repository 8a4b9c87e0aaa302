xyz.kernel @mul_add() {
  %c = arith.constant 4097 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    %y = xyz.load %x
    %m1 = arith.muli %x, %y : i32
    %r1 = arith.addi %m1, %t : i32
    %m2 = arith.muli %x, %c : i32
    %r2 = arith.addi %r1, %m2 : i32
    %m3 = arith.muli %c, %y : i32
    %r3 = arith.addi %m3, %r2 : i32
    xyz.store %r3, %t
  }
  xyz.return
}
