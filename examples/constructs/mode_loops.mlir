// Loops under a uniform condition: a mode word picks one of two loops over
// a row, written plainly as an scf.if whose arms each hold an scf.for. The
// machine has no branches, so both arms run (--xyz-if-convert): each loop
// still runs 8 words at a time (--xyz-vectorize-inner-loops), its vector
// loads proven inside memory, its vector stores masked (the old words
// loaded and written back where the mode does not pick the arm). n=256:
// 770 cycles with the loops unrolled word by word, 108 on lanes.
//
// Memory layout (n words a row):
//   [0]            mode: odd runs the scan, even the scaled copy
//   [1, 1+n)       a
//   [1+n, 1+2n)    out: odd mode, pre[j] = 2 + a[0] + ... + a[j];
//                  even mode, out[j] = 3 * a[j] + 1
//   [1+2n]         total: odd mode, the scan's last word; even mode,
//                  the largest a[j] (unsigned)
//
//   xyz-opt examples/constructs/mode_loops.mlir --xyz-specialize="n=256" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
//   xyz-interp examples/constructs/mode_loops.mlir --shape "n=256" \
//     --random-image 1 --seeds 8 --check prog.json
xyz.kernel @mode_loops(%n: i32 {xyz.name = "n", xyz.default = 256 : i32,
                                xyz.test_range = [1, 300]})
    attributes {xyz.outputs = ["out", "total"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %pout = arith.addi %c1, %n : i32
  %ptot = arith.addi %pout, %n : i32
  %c10 = arith.constant 10 : i32
  xyz.region "mode" at %c0 size %c1 random(below %c10)
  xyz.region "a" at %c1 size %n random(bits 32)
  xyz.region "out" at %pout size %n zero
  xyz.region "total" at %ptot size %c1 zero
  %mode = xyz.load %c0 in "mode"
  %low = arith.andi %mode, %c1 : i32
  %odd = arith.cmpi ne, %low, %c0 : i32
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %ni = arith.index_cast %n : i32 to index
  %total = scf.if %odd -> (i32) {
    %s = scf.for %j = %lb to %ni step %one iter_args(%acc = %c2) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %pa = arith.addi %c1, %j32 : i32
      %x = xyz.load %pa in "a"
      %next = arith.addi %acc, %x : i32
      %po = arith.addi %pout, %j32 : i32
      xyz.store %next, %po in "out"
      scf.yield %next : i32
    }
    scf.yield %s : i32
  } else {
    %m = scf.for %j = %lb to %ni step %one iter_args(%acc = %c0) -> (i32) {
      %j32 = arith.index_cast %j : index to i32
      %pa = arith.addi %c1, %j32 : i32
      %x = xyz.load %pa in "a"
      %x3 = arith.muli %x, %c3 : i32
      %y = arith.addi %x3, %c1 : i32
      %po = arith.addi %pout, %j32 : i32
      xyz.store %y, %po in "out"
      %next = arith.maxui %acc, %x : i32
      scf.yield %next : i32
    }
    scf.yield %m : i32
  }
  xyz.store %total, %ptot in "total"
  xyz.return
}
