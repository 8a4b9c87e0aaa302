xyz.kernel @shl_add() {
  %k5 = arith.constant 5 : i32
  %k31 = arith.constant 31 : i32
  %k0 = arith.constant 0 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    %y = xyz.load %x
    %z = xyz.load %y
    %s1 = arith.shli %x, %k5 : i32
    %r1 = arith.addi %s1, %y : i32
    %s2 = arith.shli %z, %k31 : i32
    %r2 = arith.addi %r1, %s2 : i32
    %s3 = arith.shli %x, %k0 : i32
    %r3 = arith.addi %s3, %r2 : i32
    xyz.store %r3, %t
  }
  xyz.return
}
