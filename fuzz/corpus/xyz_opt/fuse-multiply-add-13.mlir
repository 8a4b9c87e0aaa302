xyz.kernel @duplicate_scalar() {
  %m = arith.constant 1025 : i32
  %c = arith.constant 7 : i32
  %k3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t
    %y = xyz.load %a
    %f = xyz.multiply_add %a, %m, %c : i32
    %r1 = arith.shli %f, %k3 : i32
    %r2 = arith.muli %f, %k3 : i32
    %p = arith.muli %a, %y : i32
    %p1 = arith.addi %p, %r1 : i32
    %p2 = arith.addi %r2, %p : i32
    %s = arith.addi %a, %c5 : i32
    %q1 = arith.addi %s, %k3 : i32
    %q2 = arith.addi %s, %c : i32
    xyz.store %p1, %p2
    xyz.store %q1, %q2
  }
  xyz.return
}
