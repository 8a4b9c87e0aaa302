// Each thread sorts its own m words in place, as signed numbers (a bubble
// sort of compare-exchanges): thread i's words are i*m .. i*m + m - 1, a
// per-thread array laid out row by row. Vectorized, each access is a
// gather or a scatter at stride m; once threads are expanded their
// addresses are constants, and --xyz-forward-memory serves each gather
// of words the scatter before it stored from the vector it stored (the
// stores in between go, overwritten). Without that, n=100 m=6 was 2,904
// word loads and as many word stores, 3,430 cycles (then 1,058). The first
// reads of a group's m x 8 words are its m windows, loaded once
// (--xyz-constant-gathers: a group's gathers covering a run of its own
// words): 339 cycles.
//
// Memory image: `a` is words [0, n m).
//
//   xyz-opt examples/constructs/thread_sort.mlir \
//     --xyz-specialize="n=100 m=6" --xyz-schedule \
//     | xyz-translate --vliw-to-json > prog.json
//   xyz-interp examples/constructs/thread_sort.mlir --shape "n=100 m=6" \
//     --random-image 1 --check prog.json

xyz.kernel @thread_sort(%n: i32 {xyz.name = "n", xyz.default = 64 : i32,
                                 xyz.test_range = [1, 40]},
                        %m: i32 {xyz.name = "m", xyz.default = 4 : i32,
                                 xyz.test_range = [1, 5]})
    attributes {xyz.outputs = ["a"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %ok_m = arith.cmpi sge, %m, %c1 : i32
  xyz.require %ok_m, "m must be >= 1"
  %words = arith.muli %n, %m : i32
  xyz.region "a" at %c0 size %words random(bits 32)
  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  %m_idx = arith.index_cast %m : i32 to index
  %passes = arith.subi %m_idx, %step : index
  xyz.foreach_thread %i < %n {
    %row = arith.muli %i, %m : i32
    // After pass p the last p + 1 words are in place.
    scf.for %p = %lb to %passes step %step {
      %pairs = arith.subi %passes, %p : index
      scf.for %j = %lb to %pairs step %step {
        %j32 = arith.index_cast %j : index to i32
        %at = arith.addi %row, %j32 : i32
        %next = arith.addi %at, %c1 : i32
        %x = xyz.load %at in "a"
        %y = xyz.load %next in "a"
        %lo = arith.minsi %x, %y : i32
        %hi = arith.maxsi %x, %y : i32
        xyz.store %lo, %at in "a"
        xyz.store %hi, %next in "a"
      }
    }
  }
  xyz.return
}
