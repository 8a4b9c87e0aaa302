xyz.kernel @positions() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %v3 = arith.constant dense<3> : vector<8xi32>
  %n = arith.constant 16 : i32
  %u = xyz.load %c0
  %w = xyz.load %c1
  %up = arith.muli %u, %c3 : i32
  %base = arith.addi %up, %w : i32
  xyz.foreach_thread %t < %n {
    %v = xyz.vload %t : vector<8xi32>
    %v2 = xyz.vload %base : vector<8xi32>
    %vp = arith.muli %v, %v3 : vector<8xi32>
    %vr = arith.addi %vp, %v2 : vector<8xi32>
    xyz.vstore %vr, %t : vector<8xi32>
    %x = xyz.load %t
    %xp = arith.muli %x, %x : i32
    %addr = arith.addi %xp, %base : i32
    xyz.store %x, %addr
  }
  xyz.return
}
