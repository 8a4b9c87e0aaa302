// Odd-even transposition sort in place: `rounds` times an even phase and an
// odd phase, thread i of a phase compare-exchanging words 2i + p and
// 2i + p + 1 (signed; p the phase's parity), storing both. After thread
// expansion every phase reads the words the phase before scattered one by
// one: --xyz-forward-memory serves them from scratch (`xyz.from_words`,
// an ALU copy per lane, rather than loads), and only the last phase's
// stores remain (n=64 rounds=12: 662 cycles on 1,309 word stores -> 160).
//
// Memory layout (n = batch):
//   [0, n)      a (read and written)
xyz.kernel @odd_even_sort(%n: i32 {xyz.name = "n", xyz.default = 64 : i32,
                                   xyz.test_range = [2, 100]},
                          %rounds: i32 {xyz.name = "rounds",
                                        xyz.default = 4 : i32,
                                        xyz.test_range = [1, 6]})
    attributes {xyz.outputs = ["a"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %ok = arith.cmpi sge, %n, %c2 : i32
  xyz.require %ok, "n must be >= 2"
  xyz.region "a" at %c0 size %n random(bits 32)
  %pairs_even = arith.divui %n, %c2 : i32
  %n1 = arith.subi %n, %c1 : i32
  %pairs_odd = arith.divui %n1, %c2 : i32
  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  %ub = arith.index_cast %rounds : i32 to index
  scf.for %r = %lb to %ub step %step {
    xyz.foreach_thread %i < %pairs_even {
      %lo_at = arith.muli %i, %c2 : i32
      %hi_at = arith.addi %lo_at, %c1 : i32
      %x = xyz.load %lo_at in "a"
      %y = xyz.load %hi_at in "a"
      %lo = arith.minsi %x, %y : i32
      %hi = arith.maxsi %x, %y : i32
      xyz.store %lo, %lo_at in "a"
      xyz.store %hi, %hi_at in "a"
    }
    xyz.foreach_thread %i < %pairs_odd {
      %twice = arith.muli %i, %c2 : i32
      %lo_at = arith.addi %twice, %c1 : i32
      %hi_at = arith.addi %lo_at, %c1 : i32
      %x = xyz.load %lo_at in "a"
      %y = xyz.load %hi_at in "a"
      %lo = arith.minsi %x, %y : i32
      %hi = arith.maxsi %x, %y : i32
      xyz.store %lo, %lo_at in "a"
      xyz.store %hi, %hi_at in "a"
    }
  }
  xyz.return
}
