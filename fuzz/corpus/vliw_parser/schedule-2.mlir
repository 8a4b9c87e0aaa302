xyz.kernel @flow_constants() {
  %c1 = vliw.vop const imm [1] () : () -> i32
  %c2 = vliw.vop const imm [2] () : () -> i32
  %c3 = vliw.vop const imm [3] () : () -> i32
  %s = vliw.vop alu add (%c1, %c2) : (i32, i32) -> i32
  %t = vliw.vop alu add (%s, %c3) : (i32, i32) -> i32
  vliw.vop store (%c1, %t) : (i32, i32) -> ()
  xyz.return
}
