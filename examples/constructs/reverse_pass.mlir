// Two thread loops: the first writes tmp[i] = 7 x[i] + i, the second reads
// tmp backwards, out[i] = tmp[n - 1 - i] ^ 1. After thread expansion each
// group of the second loop gathers 8 constant addresses in reverse order;
// --xyz-constant-gathers loads the window of 8 words the first loop stored
// (after that store) and copies its lanes in reverse, one vload and 8 ALU
// copies instead of 8 loads: n=1000 503 -> 115 cycles.
//
// Memory layout (n = batch):
//   [0, n)      x
//   [n, 2n)     tmp
//   [2n, 3n)    out
xyz.kernel @reverse_pass(%n: i32 {xyz.name = "n", xyz.default = 64 : i32,
                                  xyz.test_range = [1, 300]})
    attributes {xyz.outputs = ["out"]} {
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  %c2 = arith.constant 2 : i32
  %c7 = arith.constant 7 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %n2 = arith.muli %n, %c2 : i32
  %last = arith.subi %n, %c1 : i32
  xyz.region "x" at %c0 size %n random(bits 32)
  xyz.region "tmp" at %n size %n zero
  xyz.region "out" at %n2 size %n zero
  xyz.foreach_thread %i < %n {
    %x = xyz.load %i in "x"
    %m = arith.muli %x, %c7 : i32
    %t = arith.addi %m, %i : i32
    %at = arith.addi %n, %i : i32
    xyz.store %t, %at in "tmp"
  }
  xyz.foreach_thread %i < %n {
    %r = arith.subi %last, %i : i32
    %from = arith.addi %n, %r : i32
    %a = xyz.load %from in "tmp"
    %v = arith.xori %a, %c1 : i32
    %to = arith.addi %n2, %i : i32
    xyz.store %v, %to in "out"
  }
  xyz.return
}
