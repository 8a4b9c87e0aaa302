xyz.kernel @k(%n: i32) {
  xyz.return
}
