vliw.program {
  vliw.bundle {
    vliw.halt
  }
  vliw.bundle {
    vliw.valu add 8, 16, 24
    vliw.vbroadcast 15, 1
  }
}
