// RUN: xyz-opt %s --xyz-specialize="n=13" --xyz-schedule="stats=1 remarks=all" -o /dev/null 2>&1 | FileCheck %s
// RUN: xyz-opt %s --xyz-specialize="n=13" --xyz-schedule="stats=1 remarks=all best-of=0" -o /dev/null 2>&1 | FileCheck %s --check-prefix=VECTOR
// RUN: xyz-opt %s --xyz-specialize="n=13" --xyz-schedule="stats=1 vectorize=0" -o /dev/null 2>&1 | FileCheck %s --check-prefix=SCALAR
// RUN: xyz-opt %s --xyz-specialize="n=13" --xyz-schedule | xyz-translate --vliw-to-json -o %t.json
// RUN: xyz-interp %s --shape "n=13" --random-image 1 --check %t.json | FileCheck %s --check-prefix=EXEC

// A product summed over 13 threads: the vectorizer's cost model, from op
// mixes, vectorizes the first 8 (1.2 cycles a group against 8.7 scalar),
// but on so short a program the reduction's lane combination and the
// leftover threads' chain make it 12 cycles, and scalar code 9. On a
// small program --xyz-schedule schedules both and keeps the shorter; the
// diagnostics are the kept copy's (no vectorizer remark).
// CHECK-NOT: remark: vectorized
// CHECK: remark: schedule: 9 cycles
// VECTOR: remark: vectorized threads [0, 8) as 1 groups of 8
// VECTOR: remark: schedule: 12 cycles
// SCALAR: remark: schedule: 9 cycles
// EXEC: expect: ok
xyz.kernel @dot(%n: i32 {xyz.name = "n", xyz.default = 13 : i32})
    attributes {xyz.outputs = ["out"]} {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c0 = arith.constant 0 : i32
  %n2 = arith.muli %n, %c2 : i32
  xyz.region "x" at %c0 size %n random(bits 32)
  xyz.region "y" at %n size %n random(bits 32)
  xyz.region "out" at %n2 size %c1 zero
  %s = xyz.foreach_thread %i < %n reduce(add) {
    %a = xyz.load %i in "x"
    %j = arith.addi %n, %i : i32
    %b = xyz.load %j in "y"
    %p = arith.muli %a, %b : i32
    xyz.yield %p : i32
  }
  xyz.store %s, %n2 in "out"
  xyz.return
}
