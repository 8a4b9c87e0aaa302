xyz.kernel @subtract() {
  %c = arith.constant 4097 : i32
  %m = arith.constant 9 : i32
  %c2 = arith.constant 2 : i32
  %c5 = arith.constant 5 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t
    %y = xyz.load %a
    %p = arith.muli %a, %c : i32
    %r1 = arith.subi %y, %p : i32
    %f = xyz.multiply_add %y, %m, %c2 : i32
    %r2 = arith.subi %f, %c5 : i32
    xyz.store %r1, %r2
  }
  xyz.return
}
