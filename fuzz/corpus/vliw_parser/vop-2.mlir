xyz.kernel @wrong_arity() {
  %c = vliw.vop const imm [7] () : () -> i32
  %s = vliw.vop load (%c, %c) : (i32, i32) -> i32
  xyz.return
}
