xyz.kernel @duplicate() {
  %m = arith.constant dense<1025> : vector<8xi32>
  %c = arith.constant dense<7> : vector<8xi32>
  %k3 = arith.constant dense<3> : vector<8xi32>
  %c5 = arith.constant dense<5> : vector<8xi32>
  %n = arith.constant 16 : i32
  xyz.foreach_thread %t < %n {
    %a = xyz.vload %t : vector<8xi32>
    %y = xyz.vload %n : vector<8xi32>
    %f = xyz.multiply_add %a, %m, %c : vector<8xi32>
    %r1 = arith.shli %f, %k3 : vector<8xi32>
    %r2 = arith.muli %f, %k3 : vector<8xi32>
    %r3 = arith.addi %f, %c5 : vector<8xi32>
    %p = arith.muli %a, %y : vector<8xi32>
    %p1 = arith.addi %p, %r1 : vector<8xi32>
    %p2 = arith.addi %r2, %p : vector<8xi32>
    xyz.vstore %r3, %t : vector<8xi32>
    xyz.vstore %p1, %t : vector<8xi32>
    xyz.vstore %p2, %t : vector<8xi32>
  }
  xyz.return
}
