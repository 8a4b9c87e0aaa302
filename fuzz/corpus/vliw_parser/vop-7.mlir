xyz.kernel @lanes_scalar_result() {
  %c = vliw.vop const imm [7] () : () -> i32
  %s = vliw.vop lanes load (%c) : (i32) -> i32
  xyz.return
}
