// RUN: xyz-opt %s --xyz-specialize="n=1024" --xyz-vectorize --xyz-expand-threads --canonicalize --xyz-forward-memory="max-chain=4" | FileCheck %s
// RUN: xyz-opt %s --xyz-specialize="n=1536" --xyz-schedule | xyz-translate --vliw-to-json > %t.json
// RUN: xyz-interp %s --shape "n=1536" --random-image 1 --seeds 2 --check %t.json | FileCheck %s --check-prefix=EXEC

// The second thread loop reads what the first stored. Serving every one of
// its loads from the stored vectors would keep all of them in scratch
// across the loops (1,024 words at n=1024): loads are served from scratch
// only while the vectors hold at most half of scratch at any position of
// program order (768 words), and the rest load again. The first loads of
// the second loop are the stored vectors; its last ones load again.
// CHECK-LABEL: xyz.kernel @two_loops
// CHECK: xyz.vstore %{{.*}}, %c1016_i32 in "a"
// CHECK-NOT: xyz.vload
// CHECK: xyz.vstore %{{.*}}, %c1024_i32 in "b"
// CHECK: xyz.vload %c1008_i32 in "a"
// CHECK: xyz.vstore %{{.*}}, %c2040_i32 in "b"
// CHECK: xyz.return

// At n=1536 the default pipeline failed to schedule ("needs 1563 words of
// scratch even in program order"); it compiles, and computes what the
// kernel says.
// EXEC: cycles: {{[0-9]+}}
// EXEC-NEXT: expect: ok
xyz.kernel @two_loops(%n: i32 {xyz.name = "n", xyz.default = 64 : i32})
    attributes {xyz.outputs = ["a", "b"]} {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  xyz.region "a" at %c0 size %n random(bits 32)
  xyz.region "b" at %n size %n zero
  xyz.foreach_thread %i < %n {
    %v = xyz.load %i in "a"
    %m = arith.muli %v, %c3 : i32
    xyz.store %m, %i in "a"
  }
  xyz.foreach_thread %i < %n {
    %v = xyz.load %i in "a"
    %r = arith.addi %v, %c1 : i32
    %ba = arith.addi %n, %i : i32
    xyz.store %r, %ba in "b"
  }
  xyz.return
}
