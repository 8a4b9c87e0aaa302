xyz.kernel @k(%n: i32 {xyz.name = "n"}) {
  %c1 = arith.constant 1 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t
    xyz.store %v, %t
  }
  xyz.return
}
