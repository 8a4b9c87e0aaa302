xyz.kernel @arith() {
  %a = arith.constant 5 : i32
  %b = arith.constant -1 : i32
  %x = xyz.load %a in "in"
  %s = arith.addi %x, %b : i32
  %t = arith.shli %s, %a : i32
  %u = arith.shrui %t, %a : i32
  %v = arith.xori %u, %s : i32
  %w = arith.muli %v, %v : i32
  xyz.store %w, %a in "out"
  xyz.return
}
