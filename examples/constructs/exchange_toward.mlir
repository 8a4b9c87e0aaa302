// Compare-exchange toward a direction, a thread per word (the step of a
// sorting network such as bitonic sort): thread i reads its word and its
// partner's (i ^ 1 in even rounds, the neighbour across the odd boundary
// in odd ones; itself at the edges) and keeps the smaller if it is the
// lower of the two, else the larger: `select(i < p, min(x, y), max(x,
// y))`, signed. --xyz-simplify makes it one compare, `select((i < p) ^
// (x < y), y, x)`, where min and max made one each. Rounds alternate
// between two buffers; the last is copied out.
//
// Memory layout (n = batch):
//   [0, n)      a (input)
//   [n, 2n)     b (the other buffer)
//   [2n, 3n)    out
xyz.kernel @exchange_toward(%n: i32 {xyz.name = "n", xyz.default = 64 : i32,
                                     xyz.test_range = [1, 100]},
                            %rounds: i32 {xyz.name = "rounds",
                                          xyz.default = 4 : i32,
                                          xyz.test_range = [1, 6]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %b_p = arith.addi %n, %c0 : i32
  %out_p = arith.addi %n, %n : i32
  xyz.region "a" at %c0 size %n random(bits 32)
  xyz.region "b" at %b_p size %n zero
  xyz.region "out" at %out_p size %n zero
  %lb = arith.constant 0 : index
  %step = arith.constant 1 : index
  %ub = arith.index_cast %rounds : i32 to index
  %last = scf.for %r = %lb to %ub step %step iter_args(%src = %c0)
      -> (i32) {
    %r32 = arith.index_cast %r : index to i32
    %odd = arith.andi %r32, %c1 : i32
    %from_a = arith.cmpi eq, %src, %c0 : i32
    %dst = arith.select %from_a, %b_p, %c0 : i32
    xyz.foreach_thread %i < %n {
      // Even rounds pair (2k, 2k + 1), odd ones (2k + 1, 2k + 2).
      %shifted = arith.addi %i, %odd : i32
      %flip = arith.xori %shifted, %c1 : i32
      %p0 = arith.subi %flip, %odd : i32
      %inside = arith.cmpi ult, %p0, %n : i32
      %p = arith.select %inside, %p0, %i : i32
      %xa = arith.addi %src, %i : i32
      %pa = arith.addi %src, %p : i32
      %x = xyz.load %xa
      %y = xyz.load %pa
      %lo = arith.minsi %x, %y : i32
      %hi = arith.maxsi %x, %y : i32
      %lower = arith.cmpi ult, %i, %p : i32
      %v = arith.select %lower, %lo, %hi : i32
      %da = arith.addi %dst, %i : i32
      xyz.store %v, %da
    }
    scf.yield %dst : i32
  }
  xyz.foreach_thread %i < %n {
    %xa = arith.addi %last, %i : i32
    %x = xyz.load %xa
    %oa = arith.addi %out_p, %i : i32
    xyz.store %x, %oa in "out"
  }
  xyz.return
}
