xyz.kernel @control_flow() {
  %c = vliw.vop const imm [7] () : () -> i32
  vliw.vop jump imm [3] () : () -> ()
  xyz.return
}
