xyz.kernel @parity_refused() {
  %n = arith.constant 8 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c4 = arith.constant 4 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.xori %x, %c5 : i32
    %b = arith.andi %a, %c2 : i32
    xyz.store %b, %t in "out"
    %c = arith.addi %x, %c5 : i32
    %d = arith.andi %c, %c2 : i32
    xyz.store %d, %t in "out2"
    %e = arith.andi %a, %c1 : i32
    xyz.store %e, %t in "out3"
    %g = arith.xori %x, %c4 : i32
    %h = arith.andi %g, %c1 : i32
    xyz.store %h, %t in "out4"
    xyz.store %g, %t in "out5"
  }
  xyz.return
}
