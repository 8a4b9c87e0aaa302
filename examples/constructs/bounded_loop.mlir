// A loop whose trip count depends on data, written the way the compiler
// asks (see docs/xyz-dialect.md): a loop to a constant maximum with a
// per-thread `active` flag. Each thread runs the Collatz step on x[i] until
// it reaches 1, at most `steps` times, counting the steps taken.
//
// Memory layout (n = batch):
//   [0, n)     x (reduced to its low 16 bits, then at least 1)
//   [n, 2n)    out: the number of steps taken (<= steps)
//   [2n, 3n)   last: the value reached
xyz.kernel @bounded_loop(%n: i32 {xyz.name = "n", xyz.default = 16 : i32,
                                xyz.test_range = [1, 100]},
                         %steps: i32 {xyz.name = "steps", xyz.default = 12 : i32})
    attributes {xyz.outputs = ["out", "last"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %mask = arith.constant 0xFFFF : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %ok_steps = arith.cmpi sge, %steps, %c0 : i32
  xyz.require %ok_steps, "steps must be >= 0"
  %last_p = arith.muli %n, %c2 : i32
  xyz.region "x" at %c0 size %n random(bits 32)
  xyz.region "out" at %n size %n zero
  xyz.region "last" at %last_p size %n zero
  %max = arith.index_cast %steps : i32 to index
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  xyz.foreach_thread %i < %n {
    %x0 = xyz.load %i in "x"
    %low = arith.andi %x0, %mask : i32
    %x = arith.maxui %low, %c1 : i32
    %res:2 = scf.for %k = %lb to %max step %one
        iter_args(%v = %x, %count = %c0) -> (i32, i32) {
      %active = arith.cmpi ne, %v, %c1 : i32
      %next:2 = scf.if %active -> (i32, i32) {
        %bit = arith.andi %v, %c1 : i32
        %odd = arith.cmpi ne, %bit, %c0 : i32
        %t = arith.muli %v, %c3 : i32
        %up = arith.addi %t, %c1 : i32
        %down = arith.shrui %v, %c1 : i32
        %w = arith.select %odd, %up, %down : i32
        %c = arith.addi %count, %c1 : i32
        scf.yield %w, %c : i32, i32
      } else {
        scf.yield %v, %count : i32, i32
      }
      scf.yield %next#0, %next#1 : i32, i32
    }
    %out_addr = arith.addi %n, %i : i32
    xyz.store %res#1, %out_addr in "out"
    %last_addr = arith.addi %last_p, %i : i32
    xyz.store %res#0, %last_addr in "last"
  }
  xyz.return
}
