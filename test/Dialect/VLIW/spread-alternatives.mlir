// RUN: xyz-opt %s --vliw-schedule="stats=1" 2>&1 | FileCheck %s
// RUN: xyz-opt %s --vliw-schedule="stats=1 spread-alternatives=0" 2>&1 | FileCheck %s --check-prefix=WHOLE

// Seven independent VALU ops are ready in cycle 2 (after the const and the
// vload); the VALU takes six, and the ALU has 6 of its 12 slots free (six
// ALU ops of chains take the rest). The seventh (`shl`) starts there as 6
// of its 8 lanes on the ALU and takes the last 2 in the next cycle; its
// reader (`%b4`) follows that. Needing all 8 ALU slots at once, it waits
// for the VALU of the next cycle.
// CHECK: remark: schedule: {{.*}}alu 25 ops{{.*}}valu 12 ops
// CHECK:      vliw.vload
// CHECK-NEXT: }
// CHECK-NEXT: vliw.bundle {
// CHECK-NEXT:   vliw.alu shl
// CHECK-COUNT-5: vliw.alu shl
// CHECK-COUNT-6: vliw.alu add
// CHECK-COUNT-6: vliw.valu
// CHECK-NEXT: }
// CHECK-NEXT: vliw.bundle {
// CHECK-COUNT-2: vliw.alu shl
// CHECK-NOT: vliw.alu shl
// WHOLE: remark: schedule: {{.*}}alu 17 ops{{.*}}valu 13 ops
// WHOLE-NOT: vliw.alu shl
// WHOLE: vliw.valu shl
// WHOLE-NOT: vliw.alu shl
vliw.vprogram @spread {
  %c = vliw.vop const imm [0] () : () -> i32
  %v = vliw.vop vload (%c) : (i32) -> vector<8xi32>
  %x1 = vliw.vop alu add (%c, %c) : (i32, i32) -> i32
  %x2 = vliw.vop alu sub (%c, %c) : (i32, i32) -> i32
  %x3 = vliw.vop alu xor (%c, %c) : (i32, i32) -> i32
  %x4 = vliw.vop alu or (%c, %c) : (i32, i32) -> i32
  %x5 = vliw.vop alu and (%c, %c) : (i32, i32) -> i32
  %x6 = vliw.vop alu mul (%c, %c) : (i32, i32) -> i32
  %y1 = vliw.vop alu add (%x1, %x2) : (i32, i32) -> i32
  %y2 = vliw.vop alu add (%x2, %x3) : (i32, i32) -> i32
  %y3 = vliw.vop alu add (%x3, %x4) : (i32, i32) -> i32
  %y4 = vliw.vop alu add (%x4, %x5) : (i32, i32) -> i32
  %y5 = vliw.vop alu add (%x5, %x6) : (i32, i32) -> i32
  %y6 = vliw.vop alu add (%x6, %x1) : (i32, i32) -> i32
  %a1 = vliw.vop valu add (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a2 = vliw.vop valu sub (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a3 = vliw.vop valu xor (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a4 = vliw.vop valu or (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a5 = vliw.vop valu and (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a6 = vliw.vop valu mul (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a7 = vliw.vop valu shl (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %b1 = vliw.vop valu add (%a1, %a2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %b2 = vliw.vop valu add (%a3, %a4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %b3 = vliw.vop valu add (%a5, %a6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %b4 = vliw.vop valu add (%a7, %b1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %b5 = vliw.vop valu add (%b2, %b3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %b6 = vliw.vop valu add (%b4, %b5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%c, %b6) : (i32, vector<8xi32>) -> ()
  %z1 = vliw.vop alu add (%y1, %y2) : (i32, i32) -> i32
  %z2 = vliw.vop alu add (%y3, %y4) : (i32, i32) -> i32
  %z3 = vliw.vop alu add (%y5, %y6) : (i32, i32) -> i32
  %z4 = vliw.vop alu add (%z1, %z2) : (i32, i32) -> i32
  %z5 = vliw.vop alu add (%z3, %z4) : (i32, i32) -> i32
  vliw.vop store (%c, %z5) : (i32, i32) -> ()
}
