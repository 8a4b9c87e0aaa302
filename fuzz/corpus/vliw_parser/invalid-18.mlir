vliw.program {
  vliw.halt
}
