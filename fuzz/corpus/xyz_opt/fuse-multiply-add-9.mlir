xyz.kernel @like_terms() {
  %k5 = arith.constant 5 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t
    %s1 = arith.shli %a, %k5 : i32
    %r1 = arith.addi %s1, %a : i32
    xyz.store %r1, %t
  }
  xyz.return
}
