// Zoo: a 3-point stencil over two buffers, `steps` times. Step s reads one
// buffer and writes the other (A -> B on even steps, B -> A on odd ones);
// the two end points are copied:
//
//   dst[i] = (src[i - 1] + 2 * src[i] + src[i + 1]) >> 2   (0 < i < n - 1)
//   dst[0] = src[0], dst[n - 1] = src[n - 1]
//
// Memory image: A at 0 (n words), B at n (n words). After an odd number of
// steps the result is in B, after an even number in A.
//
//   xyz-opt examples/zoo/stencil.mlir --xyz-specialize="n=512 steps=4" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
xyz.kernel @stencil(%n: i32 {xyz.name = "n", xyz.default = 512 : i32,
                             xyz.test_range = [3, 200]},
                    %steps: i32 {xyz.name = "steps", xyz.default = 4 : i32,
                                 xyz.test_range = [1, 5]})
    attributes {xyz.outputs = ["A", "B"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %ok_n = arith.cmpi sge, %n, %c3 : i32
  xyz.require %ok_n, "n must be >= 3"
  %ok_s = arith.cmpi sge, %steps, %c1 : i32
  xyz.require %ok_s, "steps must be >= 1"
  xyz.region "A" at %c0 size %n random(bits 30)
  xyz.region "B" at %n size %n zero
  %last = arith.subi %n, %c1 : i32
  %inner = arith.subi %n, %c2 : i32
  %steps_idx = arith.index_cast %steps : i32 to index
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  scf.for %s = %lb to %steps_idx step %one {
    %s32 = arith.index_cast %s : index to i32
    %odd = arith.andi %s32, %c1 : i32
    // Even steps read A (at 0) and write B (at n); odd ones the reverse.
    %src = arith.muli %odd, %n : i32
    %flip = arith.xori %odd, %c1 : i32
    %dst = arith.muli %flip, %n : i32
    %e0 = xyz.load %src
    xyz.store %e0, %dst
    %src_last = arith.addi %src, %last : i32
    %dst_last = arith.addi %dst, %last : i32
    %e1 = xyz.load %src_last
    xyz.store %e1, %dst_last
    xyz.foreach_thread %t < %inner {
      %i = arith.addi %t, %c1 : i32
      %c = arith.addi %src, %i : i32
      %l = arith.subi %c, %c1 : i32
      %r = arith.addi %c, %c1 : i32
      %vl = xyz.load %l
      %vc = xyz.load %c
      %vr = xyz.load %r
      %twice = arith.shli %vc, %c1 : i32
      %s1 = arith.addi %vl, %twice : i32
      %s2 = arith.addi %s1, %vr : i32
      %avg = arith.shrui %s2, %c2 : i32
      %d = arith.addi %dst, %i : i32
      xyz.store %avg, %d
    }
  }
  xyz.return
}
