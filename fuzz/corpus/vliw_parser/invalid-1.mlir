vliw.program {
  vliw.bundle {
    vliw.const 0, 1
    vliw.const 1, 1
    vliw.load 2, 3
  }
}
