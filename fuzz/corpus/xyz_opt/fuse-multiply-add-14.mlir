xyz.kernel @duplicate_refused() {
  %m = arith.constant 1025 : i32
  %c = arith.constant 7 : i32
  %k3 = arith.constant 3 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t
    %f = xyz.multiply_add %a, %m, %c : i32
    %r1 = arith.shli %f, %k3 : i32
    %r2 = arith.muli %f, %k3 : i32
    %r3 = arith.xori %f, %c : i32
    xyz.store %r1, %r2
    xyz.store %r3, %t
  }
  xyz.return
}
