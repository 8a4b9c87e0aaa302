// Saturating arithmetic, written with selects as a DSP kernel would:
// thread i reads a[i] and b[i] and writes four words. Each select on lanes
// is a flow-engine vselect (one a cycle) or, where the one flow slot would
// bind, a subtract and a multiply-add on the vector engines, which run on
// ALU slots too (--convert-xyz-to-vliw weighs the two with the vector
// work pooled).
//
// Memory layout (n = batch):
//   [0, 2)               lo, hi (the clamp's bounds, any words)
//   [2, 2+n)             a
//   [2+n, 2+2n)          b
//   [2+(2+k)n, 2+(3+k)n) out_k, k = 0..3:
//     0 a clamped to [lo, hi] (signed: max(a, lo), then min with hi)
//     1 a + b saturated to [INT_MIN, INT_MAX] (signed)
//     2 a + b saturated to 0xFFFFFFFF (unsigned)
//     3 |a - b| as max(a, b) - min(a, b) (signed)
xyz.kernel @saturate(%n: i32 {xyz.name = "n", xyz.default = 64 : i32,
                              xyz.test_range = [1, 100]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c4 = arith.constant 4 : i32
  %int_max = arith.constant 2147483647 : i32
  %int_min = arith.constant -2147483648 : i32
  %all_ones = arith.constant -1 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %b_p = arith.addi %n, %c2 : i32
  %out_p = arith.addi %b_p, %n : i32
  %outs = arith.muli %n, %c4 : i32
  xyz.region "bounds" at %c0 size %c2 random(bits 32)
  xyz.region "a" at %c2 size %n random(bits 32)
  xyz.region "b" at %b_p size %n random(bits 32)
  xyz.region "out" at %out_p size %outs zero
  %lo = xyz.load %c0 in "bounds"
  %hi = xyz.load %c1 in "bounds"
  xyz.foreach_thread %i < %n {
    %a_addr = arith.addi %c2, %i : i32
    %a = xyz.load %a_addr in "a"
    %b_addr = arith.addi %b_p, %i : i32
    %b = xyz.load %b_addr in "b"
    %up = arith.maxsi %a, %lo : i32
    %clamped = arith.minsi %up, %hi : i32
    // Signed overflow: a and b of one sign, the sum of the other.
    %sum = arith.addi %a, %b : i32
    %xa = arith.xori %a, %sum : i32
    %xb = arith.xori %b, %sum : i32
    %both = arith.andi %xa, %xb : i32
    %overflow = arith.cmpi slt, %both, %c0 : i32
    %negative = arith.cmpi slt, %a, %c0 : i32
    %limit = arith.select %negative, %int_min, %int_max : i32
    %ssum = arith.select %overflow, %limit, %sum : i32
    %wrapped = arith.cmpi ult, %sum, %a : i32
    %usum = arith.select %wrapped, %all_ones, %sum : i32
    %big = arith.maxsi %a, %b : i32
    %small = arith.minsi %a, %b : i32
    %distance = arith.subi %big, %small : i32
    %o0 = arith.addi %out_p, %i : i32
    xyz.store %clamped, %o0 in "out"
    %o1 = arith.addi %o0, %n : i32
    xyz.store %ssum, %o1 in "out"
    %o2 = arith.addi %o1, %n : i32
    xyz.store %usum, %o2 in "out"
    %o3 = arith.addi %o2, %n : i32
    xyz.store %distance, %o3 in "out"
  }
  xyz.return
}
