xyz.kernel @compare() {
  %a = arith.constant 0 : i32
  %b = arith.constant 1 : i32
  %x = xyz.load %a
  %y = xyz.load %b
  %ge = arith.cmpi uge, %x, %y : i32
  %r = arith.select %ge, %x, %y : i32
  %gt = arith.cmpi ugt, %x, %y : i32
  %eq = arith.cmpi eq, %x, %y : i32
  %g = arith.extui %gt : i1 to i32
  %e = arith.extui %eq : i1 to i32
  %s = arith.addi %g, %e : i32
  %t = arith.addi %s, %r : i32
  xyz.store %t, %a
  xyz.return
}
