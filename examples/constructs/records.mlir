// An array of records: item i's three fields are words 3i, 3i+1 and 3i+2
// (`s` words per record). The loads are at stride s across threads: as
// vectors they are gathers, but once threads are expanded every address
// is a constant and a group's records lie in s windows of 8 words. Scalar
// code reads them with s vector loads (--xyz-coalesce-loads); vectorized,
// --xyz-constant-gathers copies each field's lanes from the same loads (8
// ALU copies). The vectorizer's cost model counts both: n=256 s=3 takes
// 388 cycles with gathers, 132 scalar, 70 vectorized with lane copies.
//
// Memory image: `rec` is words [0, s n), `out` words [s n, s n + n).
//
//   xyz-opt examples/constructs/records.mlir --xyz-specialize="n=256 s=3" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
//   xyz-interp examples/constructs/records.mlir --shape "n=256 s=3" \
//     --random-image 1 --check prog.json

xyz.kernel @records(%n: i32 {xyz.name = "n", xyz.default = 256 : i32, xyz.test_range = [1, 300]},
                %s: i32 {xyz.name = "s", xyz.default = 3 : i32, xyz.test_range = [3, 7]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %ok3 = arith.cmpi uge, %s, %c3 : i32
  xyz.require %ok3, "s must be >= 3"
  %sz = arith.muli %n, %s : i32
  xyz.region "rec" at %c0 size %sz random(bits 32)
  xyz.region "out" at %sz size %n zero
  xyz.foreach_thread %i < %n {
    %b = arith.muli %i, %s : i32
    %b1 = arith.addi %b, %c1 : i32
    %b2 = arith.addi %b, %c2 : i32
    %x = xyz.load %b in "rec"
    %y = xyz.load %b1 in "rec"
    %z = xyz.load %b2 in "rec"
    %x2 = arith.muli %x, %c2 : i32
    %t = arith.addi %x2, %y : i32
    %r = arith.subi %t, %z : i32
    %oa = arith.addi %sz, %i : i32
    xyz.store %r, %oa in "out"
  }
  xyz.return
}
