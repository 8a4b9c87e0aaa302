// Zoo: a whole-array reduction, written plainly: one thread sums the n
// words of an array (wrapping) and stores the sum.
//
// Memory image: [0] the sum (output); the array at 1 (n words).
//
//   xyz-opt examples/zoo/reduce_sum.mlir --xyz-specialize="n=1024" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
xyz.kernel @reduce_sum(%n: i32 {xyz.name = "n", xyz.default = 1024 : i32,
                                xyz.test_range = [1, 4096]})
    attributes {xyz.outputs = ["sum"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  xyz.region "sum" at %c0 size %c1 zero
  xyz.region "a" at %c1 size %n random(bits 32)
  %n_idx = arith.index_cast %n : i32 to index
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %total = scf.for %k = %lb to %n_idx step %one iter_args(%acc = %c0) -> (i32) {
    %k32 = arith.index_cast %k : index to i32
    %addr = arith.addi %k32, %c1 : i32
    %v = xyz.load %addr in "a"
    %next = arith.addi %acc, %v : i32
    scf.yield %next : i32
  }
  xyz.store %total, %c0 in "sum"
  xyz.return
}
