xyz.kernel @mul_other_use() {
  %c = arith.constant 4097 : i32
  %k = arith.constant 7 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t
    %m = arith.muli %x, %c : i32
    %r = arith.addi %m, %t : i32
    xyz.store %m, %r
    %s = arith.shli %r, %k : i32
    %r2 = arith.addi %s, %x : i32
    %r3 = arith.xori %s, %r2 : i32
    xyz.store %r3, %t
  }
  xyz.return
}
