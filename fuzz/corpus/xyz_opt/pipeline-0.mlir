xyz.kernel @double(%n: i32 {xyz.name = "n", xyz.default = 2 : i32}) {
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t in "data"
    %d = arith.addi %v, %v : i32
    xyz.store %d, %t in "data"
  }
  xyz.return
}
