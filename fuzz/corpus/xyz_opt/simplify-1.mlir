xyz.kernel @add_chain() {
  %n = arith.constant 8 : i32
  %c5 = arith.constant 5 : i32
  %c3 = arith.constant 3 : i32
  %v5 = arith.constant dense<5> : vector<8xi32>
  %v3 = arith.constant dense<3> : vector<8xi32>
  %v4 = arith.constant dense<4> : vector<8xi32>
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.addi %x, %c5 : i32
    %b = arith.addi %a, %c3 : i32
    xyz.store %b, %t in "out"
    %v = xyz.vload %t in "in" : vector<8xi32>
    %va = arith.addi %v, %v5 : vector<8xi32>
    %vb = arith.addi %v3, %va : vector<8xi32>
    xyz.vstore %vb, %t in "out" : vector<8xi32>
    %vs = arith.subi %v, %v5 : vector<8xi32>
    %vt = arith.addi %vs, %v3 : vector<8xi32>
    xyz.vstore %vt, %t in "out2" : vector<8xi32>
    %vu = arith.subi %v4, %vs : vector<8xi32>
    xyz.vstore %vu, %t in "out3" : vector<8xi32>
  }
  xyz.return
}
