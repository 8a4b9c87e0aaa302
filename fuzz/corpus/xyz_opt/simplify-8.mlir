xyz.kernel @select_refused() {
  %n = arith.constant 8 : i32
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.andi %x, %c2 : i32
    %e = arith.cmpi eq, %a, %c0 : i32
    %s = arith.select %e, %c1, %c2 : i32
    xyz.store %s, %t in "out"
    %s2 = arith.select %e, %x, %c5 : i32
    xyz.store %s2, %t in "out2"
  }
  xyz.return
}
