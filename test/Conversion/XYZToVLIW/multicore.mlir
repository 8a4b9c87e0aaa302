// RUN: xyz-opt %s --split-input-file --convert-xyz-to-vliw | FileCheck %s

// The core id is the flow engine's coreid; barriers are numbered in program
// order; min/max come from `<` (and the flow engine's select: the chain
// of ops binds this kernel).
// CHECK-LABEL: vliw.vprogram @phases
// CHECK: %[[CORE:.*]] = vliw.vop coreid () : () -> i32
// CHECK: %[[LT:.*]] = vliw.vop alu lt (%[[A:[0-9]+]], %[[B:[0-9]+]])
// CHECK: vliw.vop select (%[[LT]], %[[A]], %[[B]])
// CHECK: vliw.barrier (%{{.*}}, %{{.*}}) cores 4 generation 1
// CHECK: vliw.barrier (%{{.*}}, %{{.*}}) cores 4 generation 2
xyz.kernel @phases() {
  %c4 = arith.constant 4 : i32
  %flags = arith.constant 100 : i32
  %core = xyz.core_id
  %m = arith.minui %core, %c4 : i32
  xyz.store %m, %core in "out"
  xyz.barrier %flags, %c4
  xyz.barrier %flags, %c4
  xyz.return
}

// -----

// Barriers are numbered per kernel: a helper function's barrier (left in
// the module after it was inlined) is not the kernel's first.
// CHECK-LABEL: vliw.vprogram @after_helper
// CHECK: vliw.barrier (%{{.*}}, %{{.*}}) cores 2 generation 1
// CHECK-NOT: vliw.barrier
func.func @sync(%f: i32, %c: i32) {
  xyz.barrier %f, %c
  return
}
xyz.kernel @after_helper() {
  %c2 = arith.constant 2 : i32
  %flags = arith.constant 0 : i32
  xyz.barrier %flags, %c2
  xyz.return
}
