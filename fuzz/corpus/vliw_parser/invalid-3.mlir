vliw.program {
  vliw.bundle {
    vliw.load 0, -1
  }
}
