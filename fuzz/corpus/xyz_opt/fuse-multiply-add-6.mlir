xyz.kernel @add_shifted_self() {
  %c = arith.constant 0x7ED55D16 : i32
  %k12 = arith.constant 12 : i32
  %k3 = arith.constant 3 : i32
  %n = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.load %t
    %s0a = arith.addi %a, %c : i32
    %s0b = arith.shli %a, %k12 : i32
    %h = arith.addi %s0a, %s0b : i32
    %s1b = arith.shli %h, %k3 : i32
    %s1a = arith.addi %a, %h : i32
    %r = arith.addi %s1b, %s1a : i32
    xyz.store %r, %t
  }
  xyz.return
}
