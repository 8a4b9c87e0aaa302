vliw.program {
  vliw.bundle {
    vliw.const 1536, 0
  }
}
