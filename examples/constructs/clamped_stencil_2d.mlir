// A 5-point stencil over a w x h grid, one thread per cell, written as a
// user would: the cell's row and column from the thread index by `/` and
// `%`, each neighbour clamped to the grid's edge. The addresses are not
// affine in the thread index, so the vectorized loads are gathers; after
// thread expansion each lane's address is a constant, and
// --xyz-constant-gathers reads each gather with at most three vector loads
// (the neighbours of a group lie in one or two runs of words) and selects
// on constant lane masks; --xyz-forward-memory then reads most of them
// from scratch. w=20 h=20: 353 cycles as gathers, 205 scalar, 55 now.
//
// Memory image: `grid` is words [0, w h), `out` words [w h, 2 w h).
//
//   xyz-opt examples/constructs/clamped_stencil_2d.mlir \
//     --xyz-specialize="w=20 h=20" --xyz-schedule \
//     | xyz-translate --vliw-to-json > prog.json
//   xyz-interp examples/constructs/clamped_stencil_2d.mlir \
//     --shape "w=20 h=20" --random-image 1 --check prog.json

xyz.kernel @clamped_stencil_2d(
    %w: i32 {xyz.name = "w", xyz.default = 20 : i32, xyz.test_range = [1, 40]},
    %h: i32 {xyz.name = "h", xyz.default = 20 : i32, xyz.test_range = [1, 40]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c4 = arith.constant 4 : i32
  %okw = arith.cmpi sge, %w, %c1 : i32
  xyz.require %okw, "w must be >= 1"
  %okh = arith.cmpi sge, %h, %c1 : i32
  xyz.require %okh, "h must be >= 1"
  %cells = arith.muli %w, %h : i32
  xyz.region "grid" at %c0 size %cells random(bits 28)
  xyz.region "out" at %cells size %cells zero
  %w1 = arith.subi %w, %c1 : i32
  %h1 = arith.subi %h, %c1 : i32
  xyz.foreach_thread %t < %cells {
    %y = arith.divui %t, %w : i32
    %x = arith.remui %t, %w : i32
    // Left and up: one less, or the edge itself.
    %xz = arith.cmpi eq, %x, %c0 : i32
    %xm1 = arith.subi %x, %c1 : i32
    %xm = arith.select %xz, %c0, %xm1 : i32
    %yz = arith.cmpi eq, %y, %c0 : i32
    %ym1 = arith.subi %y, %c1 : i32
    %ym = arith.select %yz, %c0, %ym1 : i32
    // Right and down: one more, at most the last.
    %xp1 = arith.addi %x, %c1 : i32
    %xp = arith.minui %xp1, %w1 : i32
    %yp1 = arith.addi %y, %c1 : i32
    %yp = arith.minui %yp1, %h1 : i32
    %row = arith.muli %y, %w : i32
    %rowu = arith.muli %ym, %w : i32
    %rowd = arith.muli %yp, %w : i32
    %ca = arith.addi %row, %x : i32
    %la = arith.addi %row, %xm : i32
    %ra = arith.addi %row, %xp : i32
    %ua = arith.addi %rowu, %x : i32
    %da = arith.addi %rowd, %x : i32
    %vc = xyz.load %ca in "grid"
    %vl = xyz.load %la in "grid"
    %vr = xyz.load %ra in "grid"
    %vu = xyz.load %ua in "grid"
    %vd = xyz.load %da in "grid"
    %s1 = arith.addi %vl, %vr : i32
    %s2 = arith.addi %vu, %vd : i32
    %s3 = arith.addi %s1, %s2 : i32
    %c4v = arith.muli %vc, %c4 : i32
    %r = arith.subi %c4v, %s3 : i32
    %oa = arith.addi %cells, %t : i32
    xyz.store %r, %oa in "out"
  }
  xyz.return
}
