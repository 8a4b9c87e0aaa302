// RUN: xyz-opt %s --vliw-schedule="stats=1" -o /dev/null 2>&1 | FileCheck %s --check-prefix=AUTO
// RUN: xyz-opt %s --vliw-schedule="stats=1 alu-share=4" -o /dev/null 2>&1 | FileCheck %s --check-prefix=FOUR
// RUN: xyz-opt %s --vliw-schedule="stats=1 alu-share=0" -o /dev/null 2>&1 | FileCheck %s --check-prefix=NONE

// 12 lane-wise VALU ops and no ALU work: the balanced static split is x
// with (12 - x) / 6 = 8x / 12, x = 2.4, so 2 ops run as 8 ALU ops each
// (AUTO); every 4th op would be 3 (FOUR); none with alu-share=0.
// AUTO: alu 16 ops {{.*}} valu 10 ops
// FOUR: alu 24 ops {{.*}} valu 9 ops
// NONE: alu 0 ops {{.*}} valu 12 ops
vliw.vprogram @split {
  %c = vliw.vop const imm [0] () : () -> i32
  %v = vliw.vop vload (%c) : (i32) -> vector<8xi32>
  %a1 = vliw.vop valu add (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
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
