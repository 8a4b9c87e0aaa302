xyz.kernel @k(%n: i32 {xyz.name = "n"}, %m: i32 {xyz.name = "n"}) {
  xyz.return
}
