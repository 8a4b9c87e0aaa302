vliw.program {
  vliw.bundle {
    vliw.debug "[\"c\", \"x]"
  }
}
