vliw.program {
  vliw.bundle {
    vliw.debug "[\"c\", 1]]"
  }
}
