// A running sum written plainly: pre[j] = a[0] + ... + a[j], a loop outside
// threads whose carried value is stored every iteration (a scan), and the
// total after it. --xyz-specialize runs the loop 8 words at a time
// (--xyz-vectorize-inner-loops): per chunk, its own prefix sums as 7 ALU
// adds gathered into a vector, the carry added to every lane; the carry
// moves on by the chunk's last prefix, one add from chunk to chunk.
// n=256: 258 cycles as a chain of adds, 48 now.
//
// Memory image: `a` is words [0, n), `pre` words [n, 2n), `total` word 2n.
//
//   xyz-opt examples/constructs/prefix_sum.mlir --xyz-specialize="n=256" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
//   xyz-interp examples/constructs/prefix_sum.mlir --shape "n=256" \
//     --random-image 1 --check prog.json

xyz.kernel @prefix_sum(%n: i32 {xyz.name = "n", xyz.default = 256 : i32, xyz.test_range = [1, 300]})
    attributes {xyz.outputs = ["pre", "total"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %n2 = arith.addi %n, %n : i32
  xyz.region "a" at %c0 size %n random(bits 32)
  xyz.region "pre" at %n size %n zero
  xyz.region "total" at %n2 size %c1 zero
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %ni = arith.index_cast %n : i32 to index
  %sum = scf.for %j = %lb to %ni step %one iter_args(%acc = %c0) -> (i32) {
    %j32 = arith.index_cast %j : index to i32
    %x = xyz.load %j32 in "a"
    %next = arith.addi %acc, %x : i32
    %pa = arith.addi %n, %j32 : i32
    xyz.store %next, %pa in "pre"
    scf.yield %next : i32
  }
  xyz.store %sum, %n2 in "total"
  xyz.return
}
