xyz.kernel @xor_chain() {
  %n = arith.constant 8 : i32
  %c5 = arith.constant 5 : i32
  %c3 = arith.constant 3 : i32
  %v5 = arith.constant dense<5> : vector<8xi32>
  %v3 = arith.constant dense<3> : vector<8xi32>
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %a = arith.xori %x, %c5 : i32
    %b = arith.xori %c3, %a : i32
    xyz.store %b, %t in "out"
    %v = xyz.vload %t in "in" : vector<8xi32>
    %va = arith.xori %v, %v5 : vector<8xi32>
    %vb = arith.xori %va, %v3 : vector<8xi32>
    xyz.vstore %vb, %t in "out" : vector<8xi32>
  }
  xyz.return
}
