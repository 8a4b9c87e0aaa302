xyz.kernel @vector() {
  %a = arith.constant 16 : i32
  %v = xyz.vload %a in "in" : vector<8xi32>
  %g = xyz.gather %v in "table" : vector<8xi32>
  %b = xyz.broadcast %a : vector<8xi32>
  %m = xyz.multiply_add %g, %b, %v : vector<8xi32>
  xyz.vstore %m, %a in "in" : vector<8xi32>
  %s = xyz.multiply_add %a, %a, %a : i32
  xyz.store %s, %a
  xyz.return
}
