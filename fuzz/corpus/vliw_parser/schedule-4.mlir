xyz.kernel @gather() {
  %a = vliw.vop const imm [16] () : () -> i32
  %v = vliw.vop vload (%a) in "in" : (i32) -> vector<8xi32>
  %g = vliw.vop lanes load (%v) in "table" : (vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a, %g) in "out" : (i32, vector<8xi32>) -> ()
  xyz.return
}
