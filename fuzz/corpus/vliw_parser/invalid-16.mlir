vliw.program {
  "test.op"() : () -> ()
}
