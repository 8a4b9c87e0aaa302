xyz.kernel @scale(%n: i32 {xyz.name = "n", xyz.default = 64 : i32}) {
  %c1 = arith.constant 1 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t in "in"
    %a = arith.addi %t, %n : i32
    xyz.store %v, %a in "out"
    %w = xyz.load %t
  }
  xyz.return
}
