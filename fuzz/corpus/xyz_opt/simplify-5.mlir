xyz.kernel @parity() {
  %n = arith.constant 8 : i32
  %c1 = arith.constant 1 : i32
  %c4 = arith.constant 4 : i32
  %c5 = arith.constant 5 : i32
  %c6 = arith.constant 6 : i32
  %v1 = arith.constant dense<1> : vector<8xi32>
  %v3 = arith.constant dense<3> : vector<8xi32>
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.xori %x, %c5 : i32
    %b = arith.andi %a, %c1 : i32
    xyz.store %b, %t in "out"
    %c = arith.addi %x, %c4 : i32
    %d = arith.andi %c, %c1 : i32
    xyz.store %d, %t in "out2"
    %e = arith.subi %c6, %x : i32
    %f = arith.andi %c1, %e : i32
    xyz.store %f, %t in "out3"
    %v = xyz.vload %t in "in" : vector<8xi32>
    %va = arith.xori %v, %v3 : vector<8xi32>
    %vb = arith.andi %va, %v1 : vector<8xi32>
    xyz.vstore %vb, %t in "out4" : vector<8xi32>
  }
  xyz.return
}
