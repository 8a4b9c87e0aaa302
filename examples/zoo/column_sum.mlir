// Zoo: column sums of a rows x cols matrix, out[j] = sum over r of
// in[r * cols + j], one thread per column, the rows summed by a loop that
// specialization unrolls. As written, each column's sum is a chain of
// rows - 1 adds; with few columns that chain, not the loads, is the
// critical path, and --xyz-simplify rebuilds it as a tree (BalanceTrees).
//
// Memory image: in at 0, rows x cols words (row-major); out at rows * cols,
// cols words.
//
//   xyz-opt examples/zoo/column_sum.mlir \
//     --xyz-specialize="rows=64 cols=8" --xyz-schedule |
//   xyz-translate --vliw-to-json > prog.json
xyz.kernel @column_sum(%rows: i32 {xyz.name = "rows", xyz.default = 64 : i32,
                                   xyz.test_range = [1, 40]},
                       %cols: i32 {xyz.name = "cols", xyz.default = 8 : i32,
                                   xyz.test_range = [1, 40]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %ok_r = arith.cmpi sge, %rows, %c1 : i32
  xyz.require %ok_r, "rows must be >= 1"
  %ok_c = arith.cmpi sge, %cols, %c1 : i32
  xyz.require %ok_c, "cols must be >= 1"
  %words = arith.muli %rows, %cols : i32
  xyz.region "in" at %c0 size %words random(bits 32)
  xyz.region "out" at %words size %cols zero
  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  %nrows = arith.index_cast %rows : i32 to index
  xyz.foreach_thread %j < %cols {
    %sum = scf.for %r = %lb to %nrows step %step iter_args(%acc = %c0) -> (i32) {
      %ri = arith.index_cast %r : index to i32
      %row = arith.muli %ri, %cols : i32
      %a = arith.addi %row, %j : i32
      %v = xyz.load %a in "in"
      %next = arith.addi %acc, %v : i32
      scf.yield %next : i32
    }
    %o = arith.addi %words, %j : i32
    xyz.store %sum, %o in "out"
  }
  xyz.return
}
