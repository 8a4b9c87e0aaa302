vliw.program {
  vliw.bundle engines ["alu", "load", "alu"] {
  }
}
