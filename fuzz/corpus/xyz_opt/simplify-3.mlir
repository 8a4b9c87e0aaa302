xyz.kernel @hoist() {
  %n = arith.constant 8 : i32
  %c5 = arith.constant 5 : i32
  %c3 = arith.constant 3 : i32
  %v5 = arith.constant dense<5> : vector<8xi32>
  %v3 = arith.constant dense<3> : vector<8xi32>
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %y = xyz.load %t in "y"
    %a = arith.xori %x, %c5 : i32
    %b = arith.xori %y, %a : i32
    %c = arith.xori %b, %c3 : i32
    xyz.store %c, %t in "out"
    %d = arith.addi %x, %c5 : i32
    %e = arith.addi %d, %y : i32
    %f = arith.addi %e, %c3 : i32
    xyz.store %f, %t in "out2"
    %g = arith.addi %x, %c5 : i32
    %h = arith.subi %y, %g : i32
    xyz.store %h, %t in "out3"
    %vx = xyz.vload %t in "x" : vector<8xi32>
    %vy = xyz.vload %t in "y" : vector<8xi32>
    %va = arith.addi %vx, %v5 : vector<8xi32>
    %vb = arith.addi %va, %vy : vector<8xi32>
    %vc = arith.addi %vb, %v3 : vector<8xi32>
    xyz.vstore %vc, %t in "out4" : vector<8xi32>
  }
  xyz.return
}
