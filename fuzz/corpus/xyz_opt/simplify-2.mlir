xyz.kernel @chain_refused() {
  %n = arith.constant 8 : i32
  %c5 = arith.constant 5 : i32
  %c3 = arith.constant 3 : i32
  %c2 = arith.constant 2 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.xori %x, %c5 : i32
    %b = arith.shrui %a, %c2 : i32
    %c = arith.xori %b, %c3 : i32
    xyz.store %c, %t in "out"
    %d = arith.addi %x, %c5 : i32
    %e = arith.xori %d, %c3 : i32
    xyz.store %e, %t in "out2"
  }
  xyz.return
}
