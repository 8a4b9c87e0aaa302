// RUN: xyz-opt %s --convert-xyz-to-vliw | FileCheck %s

// The core id is the flow engine's coreid; barriers are numbered in program
// order; min/max come from `<`.
// CHECK-LABEL: vliw.vprogram @phases
// CHECK: %[[CORE:.*]] = vliw.vop coreid () : () -> i32
// CHECK: %[[LT:.*]] = vliw.vop alu lt (%[[A:[0-9]+]], %[[B:[0-9]+]])
// CHECK: %[[D:.*]] = vliw.vop alu sub (%[[A]], %[[B]])
// CHECK: %[[M:.*]] = vliw.vop alu mul (%[[LT]], %[[D]])
// CHECK: vliw.vop alu add (%[[B]], %[[M]])
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
