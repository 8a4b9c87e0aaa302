vliw.program {
  vliw.bundle engines ["load", "alu"] {
    vliw.alu add 0, 1, 2
    vliw.const 3, 4
  }
}
