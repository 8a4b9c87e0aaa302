xyz.kernel @region_on_alu() {
  %c = vliw.vop const imm [7] () : () -> i32
  %s = vliw.vop alu add (%c, %c) in "x" : (i32, i32) -> i32
  xyz.return
}
