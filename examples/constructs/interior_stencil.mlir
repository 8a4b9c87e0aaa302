// A 3x3 box blur of the interior cells of a w x h grid, written over every
// cell with an "interior" test around the neighbours' loads, as a user
// would. The machine has no branches, so the loads run for the border
// cells too, where a neighbour's address would lie outside the grid:
// --xyz-if-convert has them read word 0 there (the kernel declares its
// image, so word 0 exists) and the selects drop the value. After thread
// expansion the addresses are constants: a group of interior cells reads
// vector loads (--xyz-constant-gathers). w=30 h=30: 211 cycles (552
// scalar); it was rejected ("a load under a condition cannot be made
// unconditional").
//
// Memory image: `grid` is words [0, w h), `out` words [w h, 2 w h).
//
//   xyz-opt examples/constructs/interior_stencil.mlir \
//     --xyz-specialize="w=30 h=30" --xyz-schedule \
//     | xyz-translate --vliw-to-json > prog.json
//   xyz-interp examples/constructs/interior_stencil.mlir \
//     --shape "w=30 h=30" --random-image 1 --check prog.json

xyz.kernel @interior_stencil(%w: i32 {xyz.name = "w", xyz.default = 16 : i32, xyz.test_range = [1, 30]},
                    %h: i32 {xyz.name = "h", xyz.default = 16 : i32, xyz.test_range = [1, 30]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c9 = arith.constant 9 : i32
  %okw = arith.cmpi uge, %w, %c1 : i32
  xyz.require %okw, "w must be >= 1"
  %okh = arith.cmpi uge, %h, %c1 : i32
  xyz.require %okh, "h must be >= 1"
  %cells = arith.muli %w, %h : i32
  xyz.region "grid" at %c0 size %cells random(bits 24)
  xyz.region "out" at %cells size %cells zero
  %w1 = arith.subi %w, %c1 : i32
  %h1 = arith.subi %h, %c1 : i32
  xyz.foreach_thread %t < %cells {
    %y = arith.divui %t, %w : i32
    %x = arith.remui %t, %w : i32
    %a = arith.cmpi ugt, %x, %c0 : i32
    %b = arith.cmpi ult, %x, %w1 : i32
    %c = arith.cmpi ugt, %y, %c0 : i32
    %d = arith.cmpi ult, %y, %h1 : i32
    %ab = arith.andi %a, %b : i1
    %cd = arith.andi %c, %d : i1
    %in = arith.andi %ab, %cd : i1
    scf.if %in {
      %up = arith.subi %t, %w : i32
      %dn = arith.addi %t, %w : i32
      %u0 = arith.subi %up, %c1 : i32
      %u2 = arith.addi %up, %c1 : i32
      %m0 = arith.subi %t, %c1 : i32
      %m2 = arith.addi %t, %c1 : i32
      %d0 = arith.subi %dn, %c1 : i32
      %d2 = arith.addi %dn, %c1 : i32
      %v0 = xyz.load %u0 in "grid"
      %v1 = xyz.load %up in "grid"
      %v2 = xyz.load %u2 in "grid"
      %v3 = xyz.load %m0 in "grid"
      %v4 = xyz.load %t in "grid"
      %v5 = xyz.load %m2 in "grid"
      %v6 = xyz.load %d0 in "grid"
      %v7 = xyz.load %dn in "grid"
      %v8 = xyz.load %d2 in "grid"
      %s0 = arith.addi %v0, %v1 : i32
      %s1 = arith.addi %v2, %v3 : i32
      %s2 = arith.addi %v4, %v5 : i32
      %s3 = arith.addi %v6, %v7 : i32
      %s4 = arith.addi %s0, %s1 : i32
      %s5 = arith.addi %s2, %s3 : i32
      %s6 = arith.addi %s4, %s5 : i32
      %s7 = arith.addi %s6, %v8 : i32
      %avg = arith.divui %s7, %c9 : i32
      %oa = arith.addi %cells, %t : i32
      xyz.store %avg, %oa in "out"
    }
  }
  xyz.return
}
