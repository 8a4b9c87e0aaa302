vliw.program {
  vliw.bundle {
    "test.op"() : () -> ()
  }
}
