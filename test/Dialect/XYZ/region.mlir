// xyz.region: the memory-image declarations round-trip, survive
// specialization with their operands folded to constants, and are dropped by
// --xyz-drop-regions (and by the lowering, for pipelines without it).
// RUN: xyz-opt %s | FileCheck %s
// RUN: xyz-opt %s | xyz-opt | FileCheck %s
// RUN: xyz-opt %s --xyz-specialize="n=5" | FileCheck %s --check-prefix=SPEC
// RUN: xyz-opt %s --xyz-specialize="n=5" --xyz-drop-regions | FileCheck %s --check-prefixes=DROP,IMAGE
// RUN: xyz-opt %s --xyz-specialize="n=5" --xyz-expand-threads --convert-xyz-to-vliw | FileCheck %s --check-prefix=DROP

// CHECK-LABEL: xyz.kernel @copy(%{{.*}}: i32 {xyz.default = 8 : i32, xyz.name = "n", xyz.test_range = [1, 20]})
xyz.kernel @copy(%n: i32 {xyz.name = "n", xyz.default = 8 : i32,
                          xyz.test_range = [1, 20]})
    attributes {xyz.outputs = ["dst"]} {
  %c0 = arith.constant 0 : i32
  %c3 = arith.constant 3 : i32
  %src_p = arith.addi %c3, %c0 : i32
  %dst_p = arith.addi %src_p, %n : i32
  %keys_p = arith.addi %dst_p, %n : i32
  // CHECK: xyz.region "header" at %{{.*}} words(%{{.*}}, %{{.*}}, %{{.*}})
  xyz.region "header" at %c0 words(%n, %src_p, %dst_p)
  // CHECK-NEXT: xyz.region "src" at %{{.*}} size %{{.*}} random(bits 30)
  xyz.region "src" at %src_p size %n random(bits 30)
  // CHECK-NEXT: xyz.region "dst" at %{{.*}} size %{{.*}} zero
  xyz.region "dst" at %dst_p size %n zero
  // CHECK-NEXT: xyz.region "keys" at %{{.*}} size %{{.*}} random(below %{{.*}}) {note = "a key per item"}
  xyz.region "keys" at %keys_p size %n random(below %n) {note = "a key per item"}
  xyz.foreach_thread %i < %n {
    %s = arith.addi %src_p, %i : i32
    %v = xyz.load %s in "src"
    %d = arith.addi %dst_p, %i : i32
    xyz.store %v, %d in "dst"
  }
  xyz.return
}

// SPEC-DAG: %[[C0:.*]] = arith.constant 0 : i32
// SPEC-DAG: %[[C3:.*]] = arith.constant 3 : i32
// SPEC-DAG: %[[C5:.*]] = arith.constant 5 : i32
// SPEC-DAG: %[[C8:.*]] = arith.constant 8 : i32
// SPEC-DAG: %[[C13:.*]] = arith.constant 13 : i32
// SPEC: xyz.region "header" at %[[C0]] words(%[[C5]], %[[C3]], %[[C8]])
// SPEC-NEXT: xyz.region "src" at %[[C3]] size %[[C5]] random(bits 30)
// SPEC-NEXT: xyz.region "dst" at %[[C8]] size %[[C5]] zero
// SPEC-NEXT: xyz.region "keys" at %[[C13]] size %[[C5]] random(below %[[C5]])

// The image holds at least the words up to the furthest region's end
// (keys: 13 + 5), which --xyz-if-convert relies on for guarded loads.
// IMAGE: xyz.kernel @copy() attributes {xyz.image_words = 18 : i64
// DROP-NOT: xyz.region
