vliw.program {
  vliw.bundle {
    vliw.valu add 0, 1530, 8
  }
}
