xyz.kernel @k() -> i32 {
  xyz.return
}
