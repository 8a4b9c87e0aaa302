vliw.program {
  vliw.const 1, 2
}
