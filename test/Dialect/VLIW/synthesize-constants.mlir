// RUN: xyz-opt %s --vliw-synthesize-constants | FileCheck %s
// RUN: xyz-opt %s --vliw-synthesize-constants=max-depth=0 | FileCheck %s --check-prefix=NONE

// Visiting constants in increasing value: 16 = 8 + 8, 1032 = 8 + 1024 and
// 1040 = 8 + 1032 become ALU adds (depth at most 2); 7, 8 and 1024 are no
// sums of others and stay constants.
// CHECK-LABEL: vliw.vprogram @addresses
// CHECK-DAG: vliw.vop const imm [7]
// CHECK-DAG: %[[C8:.*]] = vliw.vop const imm [8]
// CHECK-DAG: %[[C1024:.*]] = vliw.vop const imm [1024]
// CHECK-DAG: vliw.vop alu add (%[[C8]], %[[C8]])
// CHECK-DAG: %[[C1032:.*]] = vliw.vop alu add (%[[C8]], %[[C1024]])
// CHECK-DAG: vliw.vop alu add (%[[C8]], %[[C1032]])
// CHECK-NOT: imm [16]
// CHECK-NOT: imm [1032]
// CHECK-NOT: imm [1040]
// NONE-COUNT-6: vliw.vop const
vliw.vprogram @addresses {
  %a = vliw.vop const imm [8] () : () -> i32
  %b = vliw.vop const imm [16] () : () -> i32
  %c = vliw.vop const imm [1024] () : () -> i32
  %d = vliw.vop const imm [1032] () : () -> i32
  %e = vliw.vop const imm [1040] () : () -> i32
  %f = vliw.vop const imm [7] () : () -> i32
  vliw.vop store (%a, %f) : (i32, i32) -> ()
  vliw.vop store (%b, %f) : (i32, i32) -> ()
  vliw.vop store (%c, %f) : (i32, i32) -> ()
  vliw.vop store (%d, %f) : (i32, i32) -> ()
  vliw.vop store (%e, %f) : (i32, i32) -> ()
}
