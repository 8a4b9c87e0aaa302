xyz.kernel @missing_opcode() {
  %c = vliw.vop const imm [7] () : () -> i32
  %s = vliw.vop alu (%c, %c) : (i32, i32) -> i32
  xyz.return
}
