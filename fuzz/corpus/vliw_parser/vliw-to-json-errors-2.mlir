vliw.program {
  vliw.bundle {
    vliw.debug "[1, 2]"
  }
}
