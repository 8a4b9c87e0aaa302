xyz.kernel @vector_shl_refused() {
  %c0 = arith.constant 0 : i32
  %k32 = arith.constant dense<32> : vector<8xi32>
  %ks = arith.constant dense<[1, 2, 3, 4, 5, 6, 7, 8]> : vector<8xi32>
  %v = xyz.vload %c0 : vector<8xi32>
  %s1 = arith.shli %v, %k32 : vector<8xi32>
  %r1 = arith.addi %s1, %v : vector<8xi32>
  %s2 = arith.shli %r1, %ks : vector<8xi32>
  %r2 = arith.addi %s2, %v : vector<8xi32>
  xyz.vstore %r2, %c0 : vector<8xi32>
  xyz.return
}
