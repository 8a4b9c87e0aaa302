xyz.kernel @compose() {
  %m1 = arith.constant 0x40000001 : i32
  %c1 = arith.constant 0xC0000000 : i32
  %k2 = arith.constant 2 : i32
  %k3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %big = arith.constant 0x80000001 : i32
  %cm1 = arith.constant 0xFFFFFFFF : i32
  %c2 = arith.constant 2 : i32
  %c7 = arith.constant 7 : i32
  %cm56 = arith.constant 0xFFFFFFC8 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t
    %f1 = xyz.multiply_add %a, %m1, %c1 : i32
    %r1 = arith.shli %f1, %k2 : i32
    %f2 = xyz.multiply_add %a, %k3, %c5 : i32
    %r2 = arith.muli %big, %f2 : i32
    %f3 = xyz.multiply_add %k3, %a, %cm1 : i32
    %r3 = arith.addi %c2, %f3 : i32
    %s4 = arith.addi %a, %c7 : i32
    %t4 = arith.shli %s4, %k3 : i32
    %r4 = arith.addi %t4, %cm56 : i32
    xyz.store %r1, %a
    xyz.store %r2, %a
    xyz.store %r3, %a
    xyz.store %r4, %a
  }
  xyz.return
}
