xyz.kernel @k(%n: i32 {xyz.name = "n"}) {
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t
    xyz.store %v, %t
  }
  xyz.return
}
