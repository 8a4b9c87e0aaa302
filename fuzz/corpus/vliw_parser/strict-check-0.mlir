vliw.program {
  vliw.bundle {
    vliw.alu add 5, 1, 2
    vliw.const 5, 7
  }
}
