vliw.program {
  vliw.bundle {
    vliw.load_offset 0, 1535, 1
  }
}
