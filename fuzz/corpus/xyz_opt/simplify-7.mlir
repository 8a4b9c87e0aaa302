xyz.kernel @select_zero_one(%p: i32 {xyz.name = "p"}) {
  %n = arith.constant 8 : i32
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %c5 = arith.constant 5 : i32
  %c6 = arith.constant 6 : i32
  %c7 = arith.constant 7 : i32
  %v0 = arith.constant dense<0> : vector<8xi32>
  %v1 = arith.constant dense<1> : vector<8xi32>
  %v10 = arith.constant dense<10> : vector<8xi32>
  %v20 = arith.constant dense<20> : vector<8xi32>
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %b = arith.andi %x, %c1 : i32
    %e = arith.cmpi eq, %b, %c0 : i32
    %s1 = arith.select %e, %c1, %c2 : i32
    xyz.store %s1, %t in "out"
    %ne = arith.cmpi ne, %b, %c0 : i32
    %s2 = arith.select %ne, %c5, %c3 : i32
    xyz.store %s2, %t in "out2"
    %one = arith.cmpi eq, %c1, %b : i32
    %s3 = arith.select %one, %c4, %c5 : i32
    xyz.store %s3, %t in "out3"
    %lt = arith.cmpi ult, %x, %p : i32
    %z = arith.extui %lt : i1 to i32
    %ze = arith.cmpi eq, %z, %c0 : i32
    %s4 = arith.select %ze, %c7, %c6 : i32
    xyz.store %s4, %t in "out4"
    %v = xyz.vload %t in "in" : vector<8xi32>
    %vb = arith.andi %v, %v1 : vector<8xi32>
    %vc = arith.cmpi ne, %vb, %v1 : vector<8xi32>
    %vs = arith.select %vc, %v10, %v20 : vector<8xi1>, vector<8xi32>
    xyz.vstore %vs, %t in "out5" : vector<8xi32>
  }
  xyz.return
}
