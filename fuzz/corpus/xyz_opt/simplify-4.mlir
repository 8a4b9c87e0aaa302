xyz.kernel @hoist_refused() {
  %n = arith.constant 8 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %y = xyz.load %t in "y"
    %a = arith.xori %x, %c5 : i32
    %b = arith.xori %a, %y : i32
    xyz.store %b, %t in "out"
    xyz.store %a, %t in "out2"
    %d = arith.addi %x, %c5 : i32
    %e = arith.addi %d, %y : i32
    xyz.store %e, %t in "out3"
    xyz.store %d, %t in "out4"
  }
  xyz.return
}
