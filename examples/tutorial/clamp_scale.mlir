// The kernel of docs/writing-kernels.md: scale every word of an array by a
// factor and clamp it to a limit, both read from memory.
//
//   out[i] = min(x[i] * factor, limit)    (unsigned, wrapping multiply)
//
// Memory image: [0] factor, [1] limit, x at 2 (n words), out at 2 + n.
xyz.kernel @clamp_scale(%n: i32 {xyz.name = "n", xyz.default = 64 : i32,
                                 xyz.test_range = [1, 200]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"

  // Where everything is, as functions of the shape.
  %x_p = arith.addi %c2, %c0 : i32
  %out_p = arith.addi %x_p, %n : i32
  %c8 = arith.constant 8 : i32
  %c2048 = arith.constant 2048 : i32
  xyz.region "factor" at %c0 size %c1 random(below %c8)
  xyz.region "limit" at %c1 size %c1 random(below %c2048)
  xyz.region "x" at %x_p size %n random(bits 8)
  xyz.region "out" at %out_p size %n zero

  %factor = xyz.load %c0 in "factor"
  %limit = xyz.load %c1 in "limit"
  xyz.foreach_thread %i < %n {
    %xa = arith.addi %x_p, %i : i32
    %x = xyz.load %xa in "x"
    %scaled = arith.muli %x, %factor : i32
    %clamped = arith.minui %scaled, %limit : i32
    %oa = arith.addi %out_p, %i : i32
    xyz.store %clamped, %oa in "out"
  }
  xyz.return
}
