// A thread per row of an image: row r is words r*w .. r*w + w - 1. Each
// thread writes its row thresholded (255 above `thr`, else 0) and the
// row's count of pixels above and the xor of its pixels. With threads on
// lanes, lane r would read words r*w + j, w apart: gathers, or vector
// loads and an ALU transposition in and out. --xyz-specialize runs the
// column loop on lanes instead (--xyz-vectorize-inner-loops): 8 columns
// at once, one vload and one vstore per chunk, each lane counting on its
// own and xyz.reduce_lanes joining the lanes after the loop; w = 13 is a
// chunk of columns 0-7 and one of 5-12 whose lanes 5-7 count no more.
// n=64 w=13 took 144 cycles with threads on lanes, 105 now.
//
// Memory image: `thr` is word 0, `img` words [1, 1 + n w), `bin` the next
// n w, `cnt` the next n, `mx` (the xors) the next n.
//
//   xyz-opt examples/constructs/row_threshold.mlir --xyz-specialize="n=64 w=13" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
//   xyz-interp examples/constructs/row_threshold.mlir --shape "n=64 w=13" \
//     --random-image 1 --check prog.json

xyz.kernel @row_threshold(%n: i32 {xyz.name = "n", xyz.default = 64 : i32, xyz.test_range = [1, 100]},
                          %w: i32 {xyz.name = "w", xyz.default = 13 : i32, xyz.test_range = [1, 40]})
    attributes {xyz.outputs = ["bin", "cnt", "mx"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c255 = arith.constant 255 : i32
  %okn = arith.cmpi sge, %n, %c1 : i32
  xyz.require %okn, "n must be >= 1"
  %okw = arith.cmpi sge, %w, %c1 : i32
  xyz.require %okw, "w must be >= 1"
  %cells = arith.muli %n, %w : i32
  %img = arith.addi %c1, %c0 : i32
  %bin = arith.addi %img, %cells : i32
  %cnt = arith.addi %bin, %cells : i32
  %mx = arith.addi %cnt, %n : i32
  xyz.region "thr" at %c0 size %c1 random(bits 32)
  xyz.region "img" at %img size %cells random(bits 32)
  xyz.region "bin" at %bin size %cells zero
  xyz.region "cnt" at %cnt size %n zero
  xyz.region "mx" at %mx size %n zero
  %thr = xyz.load %c0 in "thr"
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %wi = arith.index_cast %w : i32 to index
  xyz.foreach_thread %r < %n {
    %row = arith.muli %r, %w : i32
    %count, %max = scf.for %j = %lb to %wi step %one
        iter_args(%c = %c0, %m = %c0) -> (i32, i32) {
      %j32 = arith.index_cast %j : index to i32
      %e = arith.addi %row, %j32 : i32
      %pa = arith.addi %img, %e : i32
      %p = xyz.load %pa in "img"
      %above = arith.cmpi ugt, %p, %thr : i32
      %v = arith.select %above, %c255, %c0 : i32
      %ba = arith.addi %bin, %e : i32
      xyz.store %v, %ba in "bin"
      %one32 = arith.extui %above : i1 to i32
      %c2 = arith.addi %c, %one32 : i32
      %m2 = arith.xori %m, %p : i32
      scf.yield %c2, %m2 : i32, i32
    }
    %ca = arith.addi %cnt, %r : i32
    xyz.store %count, %ca in "cnt"
    %ma = arith.addi %mx, %r : i32
    xyz.store %max, %ma in "mx"
  }
  xyz.return
}
