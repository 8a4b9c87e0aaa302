xyz.kernel @outputs() attributes {xyz.outputs = ["out"]} {
  %n = arith.constant 8 : i32
  %c3 = arith.constant 3 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "in"
    %o = xyz.load %t in "other"
    %y = arith.xori %o, %c3 : i32
    xyz.store %y, %t in "tmp"
    %v = xyz.vload %t in "other" : vector<8xi32>
    xyz.vstore %v, %t in "tmp" : vector<8xi32>
    xyz.store %x, %t in "out"
    xyz.store %x, %t
  }
  xyz.return
}
