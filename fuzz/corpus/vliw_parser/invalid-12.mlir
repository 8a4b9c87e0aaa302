vliw.program {
  vliw.bundle engines ["fpu"] {
  }
}
