// The thread index used as data, not only in addresses: every thread mixes
// its own id into its word. The vectorizer gives `%i` as data the lane-index
// vector of its group (the group's first id broadcast, plus <0, 1, ..., 7>),
// so the kernel is vectorized like any elementwise one.
//
// Memory image: `in` is words [0, batch), `out` words [batch, 2 batch).
//
//   xyz-opt examples/constructs/thread_index.mlir \
//     --xyz-specialize="batch=256" --xyz-schedule \
//     | xyz-translate --vliw-to-json > prog.json
//   xyz-interp examples/constructs/thread_index.mlir --shape "batch=256" \
//     --random-image 1 --check prog.json

xyz.kernel @thread_index(%batch: i32 {xyz.name = "batch",
                                      xyz.default = 256 : i32,
                                      xyz.test_range = [1, 300]})
    attributes {xyz.outputs = ["out"]} {
  %c1 = arith.constant 1 : i32
  %ok = arith.cmpi uge, %batch, %c1 : i32
  xyz.require %ok, "batch must be >= 1"
  %max = arith.constant 1048576 : i32
  %small = arith.cmpi ule, %batch, %max : i32
  xyz.require %small, "batch must be <= 2^20"
  %c0 = arith.constant 0 : i32
  %c3 = arith.constant 3 : i32
  xyz.region "in" at %c0 size %batch random(bits 32)
  xyz.region "out" at %batch size %batch zero
  xyz.foreach_thread %i < %batch {
    %x = xyz.load %i in "in"
    %y = arith.xori %x, %i : i32
    %m = arith.muli %i, %c3 : i32
    %z = arith.addi %y, %m : i32
    %a = arith.addi %i, %batch : i32
    xyz.store %z, %a in "out"
  }
  xyz.return
}
