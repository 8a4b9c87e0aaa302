xyz.kernel @k() attributes {xyz.outputs = "out"} {
  xyz.return
}
