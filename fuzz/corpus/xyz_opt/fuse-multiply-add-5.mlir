xyz.kernel @sum_compared() {
  %c = arith.constant 4097 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    %y = xyz.load %x
    %m = arith.muli %x, %c : i32
    %s = arith.addi %m, %y : i32
    %lt = arith.cmpi ult, %s, %y : i32
    %z = arith.extui %lt : i1 to i32
    xyz.store %z, %t
  }
  xyz.return
}
