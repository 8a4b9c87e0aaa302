// Zoo: a small-table lookup with a shifting index. Each item mixes its value
// with a 16-word table for `rounds` rounds; the index is a 4-bit field of
// the value whose position moves every round:
//
//   v = v + table[(v >> (4 * (r % 7))) & 15];  v = v ^ (v << 3)
//
// Memory image: table at 0 (16 words), values at 16 (n words, in place).
//
//   xyz-opt examples/zoo/table_lookup.mlir \
//     --xyz-specialize="n=256 rounds=8" --xyz-schedule |
//   xyz-translate --vliw-to-json > prog.json
xyz.kernel @table_lookup(%n: i32 {xyz.name = "n", xyz.default = 256 : i32,
                                  xyz.test_range = [1, 200]},
                         %rounds: i32 {xyz.name = "rounds",
                                       xyz.default = 8 : i32,
                                       xyz.test_range = [1, 10]})
    attributes {xyz.outputs = ["values"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %c7 = arith.constant 7 : i32
  %c15 = arith.constant 15 : i32
  %c16 = arith.constant 16 : i32
  %ok_n = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok_n, "n must be >= 1"
  %ok_r = arith.cmpi sge, %rounds, %c1 : i32
  xyz.require %ok_r, "rounds must be >= 1"
  xyz.region "table" at %c0 size %c16 random(bits 32)
  xyz.region "values" at %c16 size %n random(bits 32)
  %rounds_idx = arith.index_cast %rounds : i32 to index
  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  xyz.foreach_thread %i < %n {
    %addr = arith.addi %c16, %i : i32
    %v0 = xyz.load %addr in "values"
    %v = scf.for %r = %lb to %rounds_idx step %step iter_args(%v = %v0) -> (i32) {
      %r32 = arith.index_cast %r : index to i32
      %field = arith.remui %r32, %c7 : i32
      %shift = arith.muli %field, %c4 : i32
      %s = arith.shrui %v, %shift : i32
      %k = arith.andi %s, %c15 : i32
      %t = xyz.load %k in "table"
      %sum = arith.addi %v, %t : i32
      %sh = arith.shli %sum, %c3 : i32
      %next = arith.xori %sum, %sh : i32
      scf.yield %next : i32
    }
    xyz.store %v, %addr in "values"
  }
  xyz.return
}
