vliw.program {
  vliw.bundle {
    vliw.halt
    vliw.pause
  }
}
