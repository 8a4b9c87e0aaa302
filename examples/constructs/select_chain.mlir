// Four chained selects per thread, on bits of its word: with many threads
// the one flow slot (vselect) would bind, so some of the selects lower to a
// subtract and a multiply-add on the vector engines (as many as the cost
// model's floor of the op mix asks for; test/xyz-opt/lane-select-engines.mlir).
//
// Memory layout (n = batch):
//   [0, n)    x
//   [n, 2n)   out
xyz.kernel @chained_selects(%n: i32 {xyz.name = "n", xyz.default = 256 : i32,
                                 xyz.test_range = [1, 2048]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c4 = arith.constant 4 : i32
  %c8 = arith.constant 8 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  xyz.region "x" at %c0 size %n random(bits 32)
  xyz.region "out" at %n size %n zero
  xyz.foreach_thread %i < %n {
    %x = xyz.load %i in "x"
    %b0 = arith.andi %x, %c1 : i32
    %b1 = arith.andi %x, %c2 : i32
    %b2 = arith.andi %x, %c4 : i32
    %b3 = arith.andi %x, %c8 : i32
    %p0 = arith.cmpi ne, %b0, %c0 : i32
    %p1 = arith.cmpi ne, %b1, %c0 : i32
    %p2 = arith.cmpi ult, %b2, %b1 : i32
    %p3 = arith.cmpi ult, %b3, %b0 : i32
    %s0 = arith.select %p0, %x, %c1 : i32
    %s1 = arith.select %p1, %s0, %c2 : i32
    %s2 = arith.select %p2, %s1, %c4 : i32
    %s3 = arith.select %p3, %s2, %c8 : i32
    %o = arith.addi %n, %i : i32
    xyz.store %s3, %o in "out"
  }
  xyz.return
}
