xyz.kernel @reuse() {
  %a = vliw.vop const imm [1] () : () -> i32
  %v0 = vliw.vop alu add (%a, %a) : (i32, i32) -> i32
  %v1 = vliw.vop alu add (%v0, %a) : (i32, i32) -> i32
  %v2 = vliw.vop alu add (%v1, %a) : (i32, i32) -> i32
  %v3 = vliw.vop alu add (%v2, %a) : (i32, i32) -> i32
  %v4 = vliw.vop alu add (%v3, %a) : (i32, i32) -> i32
  %v5 = vliw.vop alu add (%v4, %a) : (i32, i32) -> i32
  %v6 = vliw.vop alu add (%v5, %a) : (i32, i32) -> i32
  %v7 = vliw.vop alu add (%v6, %a) : (i32, i32) -> i32
  %v8 = vliw.vop alu add (%v7, %a) : (i32, i32) -> i32
  %v9 = vliw.vop alu add (%v8, %a) : (i32, i32) -> i32
  vliw.vop store (%a, %v9) : (i32, i32) -> ()
  xyz.return
}
