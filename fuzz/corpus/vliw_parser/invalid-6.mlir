vliw.program {
  vliw.bundle {
    vliw.vstore 0, 1535
  }
}
