vliw.program {
  vliw.bundle {
    vliw.alu add 5, 5, 5
    vliw.alu add 6, 5, 5
    vliw.valu add 16, 8, 8
    vliw.vbroadcast 24, 5
    vliw.load_offset 32, 0, 0
    vliw.load_offset 32, 0, 1
    vliw.store 5, 5
  }
  vliw.bundle {
    vliw.const 5, 1
  }
}
