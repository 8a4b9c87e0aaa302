// RUN: xyz-opt %s --vliw-schedule="stats=1" 2>&1 | FileCheck %s
// RUN: xyz-opt %s --vliw-schedule="stats=1 alu-share=0" -o /dev/null 2>&1 | FileCheck %s --check-prefix=NONE

// Twelve lane-wise VALU ops, one of which adds a broadcast nothing else
// reads. The static split takes that op first: as 8 ALU ops its lanes
// read the broadcast's word (the constant 7) directly, and the broadcast
// is no operation at all: 13 VALU ops become 10 (the op, the broadcast,
// and one more op the balance still splits) and no vbroadcast is left.
// CHECK: remark: schedule: {{.*}} alu 16 ops {{.*}} valu 10 ops
// CHECK-NOT: vliw.vbroadcast
// CHECK: vliw.add_imm [[K:[0-9]+]], 0, 7
// CHECK-NOT: vliw.vbroadcast
// CHECK: vliw.alu add {{[0-9]+}}, 8, [[K]]
// CHECK: vliw.alu add {{[0-9]+}}, 15, [[K]]
// CHECK-NOT: vliw.vbroadcast
// NONE: alu 0 ops {{.*}} valu 13 ops
vliw.vprogram @own_broadcast {
  %c = vliw.vop const imm [0] () : () -> i32
  %k = vliw.vop const imm [7] () : () -> i32
  %v = vliw.vop vload (%c) : (i32) -> vector<8xi32>
  %b = vliw.vop vbroadcast (%k) : (i32) -> vector<8xi32>
  %a1 = vliw.vop valu add (%v, %b) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a2 = vliw.vop valu mul (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a3 = vliw.vop valu xor (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a4 = vliw.vop valu sub (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a5 = vliw.vop valu add (%a1, %a2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a6 = vliw.vop valu add (%a3, %a4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a7 = vliw.vop valu mul (%a1, %a3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a8 = vliw.vop valu mul (%a2, %a4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a9 = vliw.vop valu add (%a5, %a6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a10 = vliw.vop valu add (%a7, %a8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a11 = vliw.vop valu xor (%a9, %a10) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a12 = vliw.vop valu xor (%a11, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%c, %a12) : (i32, vector<8xi32>) -> ()
}
