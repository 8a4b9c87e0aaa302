xyz.kernel @scalar() {
  %n7 = arith.constant 7 : i32
  %n16 = arith.constant 16 : i32
  xyz.foreach_thread %t < %n7 {
    %x = xyz.load %t
    xyz.store %x, %t
  }
  xyz.foreach_thread %t < %n16 {
    %x = xyz.load %t
    xyz.store %t, %x
  }
  xyz.foreach_thread %t < %n16 {
    %x = xyz.load %t
    %y = arith.addi %x, %t : i32
    xyz.store %y, %t
  }
  xyz.return
}
