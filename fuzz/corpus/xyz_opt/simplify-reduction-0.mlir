xyz.kernel @sum4() attributes {xyz.outputs = ["out"]} {
  %n = arith.constant 8 : i32
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  xyz.foreach_thread %t < %n {
    %lb = arith.constant 0 : index
    %ub = arith.constant 4 : index
    %step = arith.constant 1 : index
    %row = arith.muli %t, %c8 : i32
    %sum = scf.for %i = %lb to %ub step %step iter_args(%acc = %c0) -> (i32) {
      %ii = arith.index_cast %i : index to i32
      %addr = arith.addi %row, %ii : i32
      %x = xyz.load %addr in "in"
      %next = arith.addi %acc, %x : i32
      scf.yield %next : i32
    }
    xyz.store %sum, %t in "out"
  }
  xyz.return
}
