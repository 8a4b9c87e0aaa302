// Per-thread scf.if with pure arms, nested, with two results: compiled by
// --xyz-if-convert to both arms and arith.select (the machine has no
// branches). Thread i classifies x[i] and y[i].
//
// Memory layout (n = batch):
//   [0, n)     x
//   [n, 2n)    y
//   [2n, 3n)   lo: x < y ? (x odd ? x * 3 + 1 : x >> 1) : y - x
//   [3n, 4n)   hi: x < y ? y ^ x : (y == 0 ? 7 : x / y)
xyz.kernel @if_select(%n: i32 {xyz.name = "n", xyz.default = 16 : i32,
                                xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["lo", "hi"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c7 = arith.constant 7 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %lo_p = arith.muli %n, %c2 : i32
  %hi_p = arith.muli %n, %c3 : i32
  // Small values: x < y and x >= y both occur, and y = 0 does.
  %c8 = arith.constant 8 : i32
  xyz.region "x" at %c0 size %n random(below %c8)
  xyz.region "y" at %n size %n random(below %c8)
  xyz.region "lo" at %lo_p size %n zero
  xyz.region "hi" at %hi_p size %n zero
  xyz.foreach_thread %i < %n {
    %x = xyz.load %i in "x"
    %y_addr = arith.addi %n, %i : i32
    %y = xyz.load %y_addr in "y"
    %less = arith.cmpi ult, %x, %y : i32
    %lo, %hi = scf.if %less -> (i32, i32) {
      %bit = arith.andi %x, %c1 : i32
      %odd = arith.cmpi ne, %bit, %c0 : i32
      %l = scf.if %odd -> (i32) {
        %t = arith.muli %x, %c3 : i32
        %u = arith.addi %t, %c1 : i32
        scf.yield %u : i32
      } else {
        %h = arith.shrui %x, %c1 : i32
        scf.yield %h : i32
      }
      %k = arith.xori %y, %x : i32
      scf.yield %l, %k : i32, i32
    } else {
      %d = arith.subi %y, %x : i32
      %zero = arith.cmpi eq, %y, %c0 : i32
      // Both arms run, this division too: where its arm is not taken
      // (here, or in the outer if) it divides by 1 instead, so y = 0 never
      // faults.
      %h = scf.if %zero -> (i32) {
        scf.yield %c7 : i32
      } else {
        %q = arith.divui %x, %y : i32
        scf.yield %q : i32
      }
      scf.yield %d, %h : i32, i32
    }
    %lo_addr = arith.addi %lo_p, %i : i32
    xyz.store %lo, %lo_addr in "lo"
    %hi_addr = arith.addi %hi_p, %i : i32
    xyz.store %hi, %hi_addr in "hi"
  }
  xyz.return
}
