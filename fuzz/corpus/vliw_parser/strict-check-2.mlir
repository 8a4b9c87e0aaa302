vliw.program {
  vliw.bundle {
    vliw.load_offset 8, 0, 3
    vliw.load 11, 0
  }
}
