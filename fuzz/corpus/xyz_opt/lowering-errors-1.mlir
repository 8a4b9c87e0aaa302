xyz.kernel @generic(%n: i32 {xyz.name = "n"}) {
  xyz.return
}
