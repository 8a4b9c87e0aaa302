func.func private @square(%x: i32) -> i32 {
  %y = arith.muli %x, %x : i32
  return %y : i32
}

xyz.kernel @k(%n: i32 {xyz.name = "n"}, %k: i32 {xyz.name = "k", xyz.default = 4 : i32}) {
  %c1 = arith.constant 1 : i32
  %ok = arith.cmpi sge, %k, %c1 : i32
  xyz.require %ok, "k must be >= 1"
  xyz.foreach_thread %t < %n {
    %v = xyz.load %t
    %ub = arith.index_cast %k : i32 to index
    %lb = arith.constant 0 : index
    %step = arith.constant 1 : index
    %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %v) -> (i32) {
      %d = func.call @square(%acc) : (i32) -> i32
      scf.yield %d : i32
    }
    xyz.store %r, %t
  }
  xyz.return
}
