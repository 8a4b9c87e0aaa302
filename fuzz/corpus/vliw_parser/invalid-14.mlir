vliw.program {
  vliw.bundle engines ["alu"] {
    vliw.const 0, 1
  }
}
