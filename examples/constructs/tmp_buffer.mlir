// A scratch buffer in memory: the first thread loop writes `tmp`, the
// second reads it back. `tmp` is not an output (`xyz.outputs`), so once
// every load of it reads the stored vectors from scratch
// (--xyz-forward-memory), its stores are dead and go
// (--xyz-eliminate-dead-stores): n=256 37 -> 22 cycles.
//
// Memory image: `in` is words [0, n), `tmp` [n, 2n), `out` [2n, 3n).
//
//   xyz-opt examples/constructs/tmp_buffer.mlir --xyz-specialize="n=256" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
//   xyz-interp examples/constructs/tmp_buffer.mlir --shape "n=256" \
//     --random-image 1 --check prog.json

xyz.kernel @tmp_buffer(%n: i32 {xyz.name = "n", xyz.default = 256 : i32, xyz.test_range = [1, 300]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c5 = arith.constant 5 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %n2 = arith.addi %n, %n : i32
  xyz.region "in" at %c0 size %n random(bits 32)
  xyz.region "tmp" at %n size %n zero
  xyz.region "out" at %n2 size %n zero
  xyz.foreach_thread %i < %n {
    %x = xyz.load %i in "in"
    %y = arith.muli %x, %c5 : i32
    %a = arith.addi %i, %n : i32
    xyz.store %y, %a in "tmp"
  }
  xyz.foreach_thread %i < %n {
    %a = arith.addi %i, %n : i32
    %t = xyz.load %a in "tmp"
    %z = arith.xori %t, %c5 : i32
    %b = arith.addi %i, %n2 : i32
    xyz.store %z, %b in "out"
  }
  xyz.return
}
