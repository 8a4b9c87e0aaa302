// The largest word and where it is, written plainly as a loop outside
// threads carrying the best value so far and its index: the first of equal
// maxima (a strict test), and the last of equal signed minima (a non-strict
// one) with a word of another row chosen alongside it. The specializer runs
// the loop 8 words at a time (--xyz-vectorize-inner-loops): each lane keeps
// its best value, the words chosen with it and the iteration it came from;
// after the loop the lanes join in a tree by value, then iteration (two
// sets of lanes, even and odd chunks, halve the chain of compares and
// selects). n=1000: 4,002 cycles as a chain of compares and selects, 307 on
// lanes.
//
// Memory layout (n words a row):
//   [0, n)         a (unsigned for the maximum, signed for the minimum)
//   [n, 2n)        b
//   [2n, 2n+4)     out: max a, its first index, min a (signed), b at its
//                  last index (5 and b[0] if nothing beats the start)
//
//   xyz-opt examples/constructs/argmax.mlir --xyz-specialize="n=1000" \
//     --xyz-schedule | xyz-translate --vliw-to-json > prog.json
//   xyz-interp examples/constructs/argmax.mlir --shape "n=1000" \
//     --random-image 1 --seeds 8 --check prog.json
xyz.kernel @argmax(%n: i32 {xyz.name = "n", xyz.default = 1000 : i32,
                            xyz.test_range = [1, 300]})
    attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c4 = arith.constant 4 : i32
  %c5 = arith.constant 5 : i32
  %ok = arith.cmpi sge, %n, %c1 : i32
  xyz.require %ok, "n must be >= 1"
  %n2 = arith.addi %n, %n : i32
  %c16 = arith.constant 16 : i32
  xyz.region "a" at %c0 size %n random(below %c16)
  xyz.region "b" at %n size %n random(bits 32)
  xyz.region "out" at %n2 size %c4 zero
  %b0 = xyz.load %n in "b"
  %lb = arith.constant 0 : index
  %one = arith.constant 1 : index
  %ni = arith.index_cast %n : i32 to index
  %r:4 = scf.for %j = %lb to %ni step %one
      iter_args(%mx = %c0, %at = %c0, %mn = %c5, %pick = %b0)
      -> (i32, i32, i32, i32) {
    %j32 = arith.index_cast %j : index to i32
    %v = xyz.load %j32 in "a"
    %pb = arith.addi %n, %j32 : i32
    %w = xyz.load %pb in "b"
    %gt = arith.cmpi ugt, %v, %mx : i32
    %mx2 = arith.select %gt, %v, %mx : i32
    %at2 = arith.select %gt, %j32, %at : i32
    %le = arith.cmpi sle, %v, %mn : i32
    %mn2 = arith.select %le, %v, %mn : i32
    %pick2 = arith.select %le, %w, %pick : i32
    scf.yield %mx2, %at2, %mn2, %pick2 : i32, i32, i32, i32
  }
  %o1 = arith.addi %n2, %c1 : i32
  %c2 = arith.constant 2 : i32
  %o2 = arith.addi %n2, %c2 : i32
  %c3 = arith.constant 3 : i32
  %o3 = arith.addi %n2, %c3 : i32
  xyz.store %r#0, %n2 in "out"
  xyz.store %r#1, %o1 in "out"
  xyz.store %r#2, %o2 in "out"
  xyz.store %r#3, %o3 in "out"
  xyz.return
}
