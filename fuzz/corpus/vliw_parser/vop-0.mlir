xyz.kernel @ok() {
  %c = vliw.vop const imm [7] () : () -> i32
  %v = vliw.vop vbroadcast (%c) : (i32) -> vector<8xi32>
  %s = vliw.vop valu add (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%c, %s) in "out" : (i32, vector<8xi32>) -> ()
  xyz.return
}
