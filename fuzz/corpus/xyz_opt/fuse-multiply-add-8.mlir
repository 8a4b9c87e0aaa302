xyz.kernel @broadcast_constant() {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %k8 = arith.constant 8 : i32
  %k = xyz.broadcast %k8 : vector<8xi32>
  %v = xyz.vload %c0 : vector<8xi32>
  %w = xyz.vload %c8 : vector<8xi32>
  %s = arith.shli %v, %k : vector<8xi32>
  %t = arith.addi %v, %w : vector<8xi32>
  %r = arith.addi %s, %t : vector<8xi32>
  xyz.vstore %r, %c0 : vector<8xi32>
  xyz.return
}
