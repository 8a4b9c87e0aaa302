xyz.kernel @k() {
  %n = arith.constant 3 : i32
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t
    xyz.store %v, %t
  }
  xyz.return
}
