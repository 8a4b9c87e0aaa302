xyz.kernel @k(%n: i64 {xyz.name = "n"}) {
  xyz.return
}
