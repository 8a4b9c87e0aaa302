// Zoo: elementwise arithmetic, out[i] = a * x[i] + y[i], for any n (the
// last vector group is partial when n is not a multiple of 8).
//
// Memory image: [0] a; x at 1, n words; y at 1 + n; out at 1 + 2n.
//
//   xyz-opt examples/zoo/axpy.mlir --xyz-specialize="n=1000" --xyz-schedule |
//   xyz-translate --vliw-to-json > prog.json
xyz.kernel @axpy(%n: i32 {xyz.name = "n", xyz.default = 1000 : i32,
                          xyz.test_range = [1, 300]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %x_p = arith.addi %c1, %c0 : i32
  %y_p = arith.addi %x_p, %n : i32
  %out_p = arith.addi %y_p, %n : i32
  xyz.region "a" at %c0 size %c1 random(bits 32)
  xyz.region "x" at %x_p size %n random(bits 32)
  xyz.region "y" at %y_p size %n random(bits 32)
  xyz.region "out" at %out_p size %n zero
  %a = xyz.load %c0 in "a"
  xyz.foreach_thread %i < %n {
    %xa = arith.addi %x_p, %i : i32
    %ya = arith.addi %y_p, %i : i32
    %oa = arith.addi %out_p, %i : i32
    %x = xyz.load %xa in "x"
    %y = xyz.load %ya in "y"
    %ax = arith.muli %a, %x : i32
    %r = arith.addi %ax, %y : i32
    xyz.store %r, %oa in "out"
  }
  xyz.return
}
