xyz.kernel @k() {
  xyz.foreach_thread %t < %g {
    %g = arith.constant 4 : i32
  }
  xyz.return
}
