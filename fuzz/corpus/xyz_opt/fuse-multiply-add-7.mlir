xyz.kernel @add_shifted_self_vector() {
  %c = arith.constant dense<0x7ED55D16> : vector<8xi32>
  %k12 = arith.constant dense<12> : vector<8xi32>
  %n = arith.constant 16 : i32
  xyz.foreach_thread %t < %n {
    %v = xyz.vload %t : vector<8xi32>
    %s0a = arith.addi %v, %c : vector<8xi32>
    %s0b = arith.shli %v, %k12 : vector<8xi32>
    %h = arith.addi %s0b, %s0a : vector<8xi32>
    xyz.vstore %h, %t : vector<8xi32>
  }
  xyz.return
}
