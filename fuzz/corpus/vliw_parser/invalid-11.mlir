vliw.program {
  vliw.bundle {
    vliw.alu add 0, 1, 2
    vliw.const 3, 4
    vliw.alu add 5, 1, 2
  }
}
