xyz.kernel @shl_refused() {
  %k32 = arith.constant 32 : i32
  %k40 = arith.constant 40 : i32
  %k3 = arith.constant 3 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    %s1 = arith.shli %x, %t : i32
    %r1 = arith.addi %s1, %x : i32
    %s2 = arith.shli %r1, %k32 : i32
    %r2 = arith.addi %s2, %x : i32
    %s3 = arith.shli %r2, %k40 : i32
    %r3 = arith.addi %s3, %x : i32
    %s4 = arith.shrui %r3, %k3 : i32
    %r4 = arith.addi %s4, %x : i32
    %s5 = arith.shrsi %r4, %k3 : i32
    %r5 = arith.addi %s5, %x : i32
    xyz.store %r5, %t
  }
  xyz.return
}
