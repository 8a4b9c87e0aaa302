xyz.kernel @like_terms_shared_shift() {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %c16 = arith.constant 16 : i32
  %k4 = arith.constant dense<4> : vector<8xi32>
  %k4s = arith.constant 4 : i32
  %a = xyz.vload %c0 : vector<8xi32>
  %y = xyz.vload %c8 : vector<8xi32>
  %s = arith.shli %a, %k4 : vector<8xi32>
  %u = arith.addi %y, %a : vector<8xi32>
  %r = arith.addi %s, %u : vector<8xi32>
  xyz.vstore %s, %c0 : vector<8xi32>
  xyz.vstore %r, %c8 : vector<8xi32>
  %x = xyz.load %c16
  %xs = arith.shli %x, %k4s : i32
  %xu = arith.addi %x, %x : i32
  %xr = arith.addi %xs, %xu : i32
  xyz.store %xs, %c0
  xyz.store %xr, %c8
  xyz.return
}
