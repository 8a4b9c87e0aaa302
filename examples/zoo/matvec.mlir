// Zoo: matrix-vector product, y = M x, with M stored by columns (column j
// is the `rows` words M[j * rows .. j * rows + rows)): thread i computes
// y[i] = sum_j M[j * rows + i] * x[j]. Every thread reads all of x.
//
// Memory image: x at 0 (cols words), M at cols (rows * cols words), y after
// M (rows words).
//
//   xyz-opt examples/zoo/matvec.mlir --xyz-specialize="rows=128 cols=16" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
xyz.kernel @matvec(%rows: i32 {xyz.name = "rows", xyz.default = 128 : i32,
                               xyz.test_range = [1, 100]},
                   %cols: i32 {xyz.name = "cols", xyz.default = 16 : i32,
                               xyz.test_range = [1, 12]})
    attributes {xyz.outputs = ["y"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %ok_r = arith.cmpi sge, %rows, %c1 : i32
  xyz.require %ok_r, "rows must be >= 1"
  %ok_c = arith.cmpi sge, %cols, %c1 : i32
  xyz.require %ok_c, "cols must be >= 1"
  %m_p = arith.addi %cols, %c0 : i32
  %size = arith.muli %rows, %cols : i32
  %y_p = arith.addi %m_p, %size : i32
  xyz.region "x" at %c0 size %cols random(bits 32)
  xyz.region "M" at %m_p size %size random(bits 32)
  xyz.region "y" at %y_p size %rows zero
  %cols_idx = arith.index_cast %cols : i32 to index
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  xyz.foreach_thread %i < %rows {
    %sum = scf.for %j = %lb to %cols_idx step %one iter_args(%acc = %c0) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %x = xyz.load %j32 in "x"
      %col = arith.muli %j32, %rows : i32
      %base = arith.addi %m_p, %col : i32
      %ma = arith.addi %base, %i : i32
      %m = xyz.load %ma in "M"
      %p = arith.muli %m, %x : i32
      %next = arith.addi %acc, %p : i32
      scf.yield %next : i32
    }
    %ya = arith.addi %y_p, %i : i32
    xyz.store %sum, %ya in "y"
  }
  xyz.return
}
