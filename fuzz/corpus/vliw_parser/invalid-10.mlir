vliw.program {
  vliw.bundle {
    vliw.cond_jump 0, -2
  }
}
