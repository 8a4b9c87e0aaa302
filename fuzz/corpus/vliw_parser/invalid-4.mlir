vliw.program {
  vliw.bundle {
    vliw.vload 1529, 0
  }
}
