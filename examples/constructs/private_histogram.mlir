// Per-thread histograms: thread i counts the top two bits of each byte of
// x[i] into its own four bins, bins[4i + bin] += 1, a load and a store at
// an address known only at run time. --xyz-distinct-stores proves that the
// four stores together write words no other thread writes (4i plus a bin
// in [0, 3]), so the scheduler issues different threads' stores together
// and lets them pass each other: n=300 1,186 -> 633 cycles (600 of them
// the 1,200 stores at two a cycle).
//
// Memory layout (n = batch):
//   [0, n)        x
//   [n, 5n)       bins (four per thread, read and written)
xyz.kernel @private_histogram(%n: i32 {xyz.name = "n", xyz.default = 64 : i32,
                                       xyz.test_range = [1, 300]})
    attributes {xyz.outputs = ["bins"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %c6 = arith.constant 6 : i32
  %c8 = arith.constant 8 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %n4 = arith.muli %n, %c4 : i32
  xyz.region "x" at %c0 size %n random(bits 32)
  xyz.region "bins" at %n size %n4 random(below %c8)
  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  %bytes = arith.constant 4 : index
  xyz.foreach_thread %i < %n {
    %x = xyz.load %i in "x"
    %first = arith.muli %i, %c4 : i32
    %base = arith.addi %first, %n : i32
    scf.for %k = %lb to %bytes step %step {
      %k32 = arith.index_cast %k : index to i32
      %byte = arith.muli %k32, %c8 : i32
      %top = arith.addi %byte, %c6 : i32
      %t = arith.shrui %x, %top : i32
      %bin = arith.andi %t, %c3 : i32
      %at = arith.addi %base, %bin : i32
      %old = xyz.load %at in "bins"
      %new = arith.addi %old, %c1 : i32
      xyz.store %new, %at in "bins"
    }
  }
  xyz.return
}
