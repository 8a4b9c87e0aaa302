// Running sums of the rows of a matrix, a thread per row: rs[r][j] = a[r][0]
// + ... + a[r][j]. As threads, 8 rows run on the lanes, each a chain of w
// adds. With fewer than 8 rows (a partly filled group of lanes), or up to
// 32 rows of more than 4 words a row, each row runs as a copy of the body
// outside threads (--xyz-inline-small-thread-loops), where its loop is a
// scan in chunks: one row of 256 words 257 -> 42 cycles, two 259 -> 60,
// four of 100 104 -> 52, eight of 256 346 -> 213, 16 rows of 64 stay
// threads (103 cycles).
//
// Memory layout:
//   [0, h*w)       a
//   [h*w, 2*h*w)   rs
xyz.kernel @row_scans(%h: i32 {xyz.name = "h", xyz.default = 1 : i32,
                               xyz.test_range = [1, 12]},
                      %w: i32 {xyz.name = "w", xyz.default = 256 : i32,
                               xyz.test_range = [1, 300]})
    attributes {xyz.outputs = ["rs"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %ok_h = arith.cmpi sge, %h, %c1 : i32
  xyz.require %ok_h, "h must be >= 1"
  %ok_w = arith.cmpi sge, %w, %c1 : i32
  xyz.require %ok_w, "w must be >= 1"
  %hw = arith.muli %h, %w : i32
  xyz.region "a" at %c0 size %hw random(bits 32)
  xyz.region "rs" at %hw size %hw zero
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %wi = arith.index_cast %w : i32 to index
  xyz.foreach_thread %r < %h {
    %base = arith.muli %r, %w : i32
    %total = scf.for %j = %lb to %wi step %one iter_args(%s = %c0) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %at = arith.addi %base, %j32 : i32
      %v = xyz.load %at in "a"
      %s2 = arith.addi %s, %v : i32
      %out = arith.addi %hw, %at : i32
      xyz.store %s2, %out in "rs"
      scf.yield %s2 : i32
    }
  }
  xyz.return
}
