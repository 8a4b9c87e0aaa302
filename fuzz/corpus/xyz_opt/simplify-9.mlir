xyz.kernel @select_zero_arm() {
  %n = arith.constant 8 : i32
  %c0 = arith.constant 0 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %y = xyz.load %t in "y"
    %ge = arith.cmpi uge, %x, %y : i32
    %s = arith.select %ge, %c0, %x : i32
    xyz.store %s, %t in "out"
    %eq = arith.cmpi eq, %x, %y : i32
    %s2 = arith.select %eq, %y, %c0 : i32
    xyz.store %s2, %t in "out2"
  }
  xyz.return
}
