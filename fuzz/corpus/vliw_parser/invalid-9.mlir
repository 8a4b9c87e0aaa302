vliw.program {
  vliw.bundle {
    vliw.jump -1
  }
}
