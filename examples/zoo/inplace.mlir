// Zoo: an in-place update. Every word of an array is updated `passes`
// times where it lies (one load and one store per word and pass when the
// passes are fused; the kernel writes them as separate thread loops):
//
//   x[i] = (x[i] ^ (x[i] >> 7)) + 0x6D2B79F5 * (p + 1)
//
// Memory image: x at 0 (n words).
//
//   xyz-opt examples/zoo/inplace.mlir --xyz-specialize="n=1024 passes=3" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
xyz.kernel @inplace(%n: i32 {xyz.name = "n", xyz.default = 1024 : i32,
                             xyz.test_range = [1, 300]},
                    %passes: i32 {xyz.name = "passes", xyz.default = 3 : i32,
                                  xyz.test_range = [1, 4]})
    attributes {xyz.outputs = ["x"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c7 = arith.constant 7 : i32
  %k = arith.constant 0x6D2B79F5 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %ok_p = arith.cmpi sge, %passes, %c1 : i32
  xyz.require %ok_p, "passes must be >= 1"
  xyz.region "x" at %c0 size %n random(bits 32)
  %passes_idx = arith.index_cast %passes : i32 to index
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  scf.for %p = %lb to %passes_idx step %one {
    %p32 = arith.index_cast %p : index to i32
    %p1 = arith.addi %p32, %c1 : i32
    %add = arith.muli %k, %p1 : i32
    xyz.foreach_thread %i < %n {
      %x = xyz.load %i in "x"
      %s = arith.shrui %x, %c7 : i32
      %m = arith.xori %x, %s : i32
      %r = arith.addi %m, %add : i32
      xyz.store %r, %i in "x"
    }
  }
  xyz.return
}
