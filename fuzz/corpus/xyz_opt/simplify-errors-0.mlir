xyz.kernel @k() attributes {xyz.outputs = ["out", 3 : i32]} {
  xyz.return
}
