xyz.kernel @chain() {
  %a = vliw.vop const imm [10] () : () -> i32
  %b = vliw.vop const imm [20] () : () -> i32
  %x = vliw.vop load (%a) : (i32) -> i32
  %y = vliw.vop alu add (%x, %x) : (i32, i32) -> i32
  vliw.vop store (%b, %y) : (i32, i32) -> ()
  xyz.return
}
