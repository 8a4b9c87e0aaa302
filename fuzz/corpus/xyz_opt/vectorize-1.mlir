xyz.kernel @uniform() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : i32
  xyz.foreach_thread %t < %n {
    %u = xyz.load %c0 in "params"
    %v = arith.muli %u, %u : i32
    %x = xyz.load %t in "in"
    %y = arith.addi %x, %v : i32
    xyz.store %y, %t in "in"
  }
  xyz.return
}
