xyz.kernel @alias() {
  %a = vliw.vop const imm [10] () : () -> i32
  %c = vliw.vop const imm [30] () : () -> i32
  %p = vliw.vop load (%a) in "ptr" : (i32) -> i32
  vliw.vop store (%p, %c) in "x" : (i32, i32) -> ()
  %c50 = vliw.vop const imm [50] () : () -> i32
  %c60 = vliw.vop const imm [60] () : () -> i32
  %y = vliw.vop load (%c50) in "y" : (i32) -> i32
  %x = vliw.vop load (%c60) in "x" : (i32) -> i32
  %s = vliw.vop alu add (%x, %y) : (i32, i32) -> i32
  vliw.vop store (%a, %s) in "z" : (i32, i32) -> ()
  xyz.return
}
