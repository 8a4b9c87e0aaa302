// A loop whose trip count depends on data, with its maximum declared:
// `xyz.max_trips = 15` lets --xyz-bound-loops compile it as 15 guarded
// iterations (the guards become selects). Thread i iterates x[i] & 15
// times: acc = acc * 3 + k, starting from x[i] >> 4.
//
// Memory layout (n = batch):
//   [0, n)     x
//   [n, 2n)    out: the final acc
xyz.kernel @max_trips_loop(%n: i32 {xyz.name = "n", xyz.default = 16 : i32,
                                xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["out"]} {
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %c15 = arith.constant 15 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %c0_r = arith.constant 0 : i32
  xyz.region "x" at %c0_r size %n random(bits 32)
  xyz.region "out" at %n size %n zero
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  xyz.foreach_thread %i < %n {
    %x = xyz.load %i in "x"
    %count = arith.andi %x, %c15 : i32
    %trips = arith.index_cast %count : i32 to index
    %init = arith.shrui %x, %c4 : i32
    %acc = scf.for %k = %lb to %trips step %one
        iter_args(%a = %init) -> (i32) {
      %k32 = arith.index_cast %k : index to i32
      %t = arith.muli %a, %c3 : i32
      %u = arith.addi %t, %k32 : i32
      scf.yield %u : i32
    } {xyz.max_trips = 15}
    %out_addr = arith.addi %n, %i : i32
    xyz.store %acc, %out_addr in "out"
  }
  xyz.return
}
