vliw.program {
  vliw.bundle {
    vliw.load_offset 1530, 0, 6
  }
}
