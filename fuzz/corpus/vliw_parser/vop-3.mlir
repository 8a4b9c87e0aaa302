xyz.kernel @wrong_type() {
  %c = vliw.vop const imm [7] () : () -> i32
  %s = vliw.vop valu add (%c, %c) : (i32, i32) -> i32
  xyz.return
}
