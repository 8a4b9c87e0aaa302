// RUN: xyz-opt %s --split-input-file --vliw-synthesize-lane-vectors | FileCheck %s
// RUN: xyz-opt %s --split-input-file --vliw-synthesize-lane-vectors | FileCheck %s --check-prefix=COUNT
// RUN: xyz-opt %s --split-input-file --vliw-synthesize-lane-vectors=chain-margin=100 | FileCheck %s --check-prefix=NONE

// Ten vectors of thread indices <8g, 8g + 1, ..., 8g + 7> (g = 1 .. 10),
// each lowered as broadcast(8g) + <0, 1, ..., 7>, each read by 12 more
// vector ops (the vector work binds, not the chain the anchors lengthen).
// In program order one in k = 3 (about the square root of their number)
// stays so, an anchor; the others are the anchor plus broadcast(8) or
// broadcast(16), made once (16 as 8 + 8 on the ALU): 6 broadcasts instead
// of 10, the words 16, 24, 40, 48, 64, 72 no longer loaded.
// COUNT-LABEL: vliw.vprogram @lane_vectors
// COUNT-COUNT-6: vliw.vop vbroadcast
// COUNT-NOT: vliw.vop vbroadcast
// COUNT-NOT: imm [24]
// COUNT-NOT: imm [40]
// CHECK-LABEL: vliw.vprogram @lane_vectors
// CHECK: %[[L:.*]] = vliw.vop lanes const imm [0, 1, 2, 3, 4, 5, 6, 7]
// CHECK: %[[C8:.*]] = vliw.vop const imm [8]
// CHECK: %[[A:.*]] = vliw.vop valu add (%{{.*}}, %[[L]])
// CHECK: vliw.vop vstore ({{.*}}, %[[A]])
// CHECK: vliw.vop valu xor (%[[A]], %[[L]])
// CHECK: %[[S8:.*]] = vliw.vop vbroadcast (%[[C8]])
// CHECK: %[[B:.*]] = vliw.vop valu add (%[[A]], %[[S8]])
// CHECK: vliw.vop vstore ({{.*}}, %[[B]])
// CHECK: %[[C16:.*]] = vliw.vop alu add (%[[C8]], %[[C8]])
// CHECK: %[[S16:.*]] = vliw.vop vbroadcast (%[[C16]])
// CHECK: %[[C:.*]] = vliw.vop valu add (%[[A]], %[[S16]])
// CHECK: vliw.vop vstore ({{.*}}, %[[C]])
// CHECK: %[[D:.*]] = vliw.vop valu add (%{{.*}}, %[[L]])
// CHECK: vliw.vop vstore ({{.*}}, %[[D]])
// CHECK: vliw.vop valu add (%[[D]], %[[S8]])
// NONE-LABEL: vliw.vprogram @lane_vectors
// NONE-COUNT-10: vliw.vop vbroadcast
vliw.vprogram @lane_vectors {
  %l = vliw.vop lanes const imm [0, 1, 2, 3, 4, 5, 6, 7] () : () -> vector<8xi32>
  %c1 = vliw.vop const imm [8] () : () -> i32
  %b1 = vliw.vop vbroadcast (%c1) : (i32) -> vector<8xi32>
  %v1 = vliw.vop valu add (%b1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a1 = vliw.vop const imm [1008] () : () -> i32
  vliw.vop vstore (%a1, %v1) : (i32, vector<8xi32>) -> ()
  %x1_0 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_0) : (i32, vector<8xi32>) -> ()
  %x1_1 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_1) : (i32, vector<8xi32>) -> ()
  %x1_2 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_2) : (i32, vector<8xi32>) -> ()
  %x1_3 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_3) : (i32, vector<8xi32>) -> ()
  %x1_4 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_4) : (i32, vector<8xi32>) -> ()
  %x1_5 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_5) : (i32, vector<8xi32>) -> ()
  %x1_6 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_6) : (i32, vector<8xi32>) -> ()
  %x1_7 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_7) : (i32, vector<8xi32>) -> ()
  %x1_8 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_8) : (i32, vector<8xi32>) -> ()
  %x1_9 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_9) : (i32, vector<8xi32>) -> ()
  %x1_10 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_10) : (i32, vector<8xi32>) -> ()
  %x1_11 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_11) : (i32, vector<8xi32>) -> ()
  %c2 = vliw.vop const imm [16] () : () -> i32
  %b2 = vliw.vop vbroadcast (%c2) : (i32) -> vector<8xi32>
  %v2 = vliw.vop valu add (%b2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a2 = vliw.vop const imm [1016] () : () -> i32
  vliw.vop vstore (%a2, %v2) : (i32, vector<8xi32>) -> ()
  %x2_0 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_0) : (i32, vector<8xi32>) -> ()
  %x2_1 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_1) : (i32, vector<8xi32>) -> ()
  %x2_2 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_2) : (i32, vector<8xi32>) -> ()
  %x2_3 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_3) : (i32, vector<8xi32>) -> ()
  %x2_4 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_4) : (i32, vector<8xi32>) -> ()
  %x2_5 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_5) : (i32, vector<8xi32>) -> ()
  %x2_6 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_6) : (i32, vector<8xi32>) -> ()
  %x2_7 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_7) : (i32, vector<8xi32>) -> ()
  %x2_8 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_8) : (i32, vector<8xi32>) -> ()
  %x2_9 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_9) : (i32, vector<8xi32>) -> ()
  %x2_10 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_10) : (i32, vector<8xi32>) -> ()
  %x2_11 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_11) : (i32, vector<8xi32>) -> ()
  %c3 = vliw.vop const imm [24] () : () -> i32
  %b3 = vliw.vop vbroadcast (%c3) : (i32) -> vector<8xi32>
  %v3 = vliw.vop valu add (%b3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a3 = vliw.vop const imm [1024] () : () -> i32
  vliw.vop vstore (%a3, %v3) : (i32, vector<8xi32>) -> ()
  %x3_0 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_0) : (i32, vector<8xi32>) -> ()
  %x3_1 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_1) : (i32, vector<8xi32>) -> ()
  %x3_2 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_2) : (i32, vector<8xi32>) -> ()
  %x3_3 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_3) : (i32, vector<8xi32>) -> ()
  %x3_4 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_4) : (i32, vector<8xi32>) -> ()
  %x3_5 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_5) : (i32, vector<8xi32>) -> ()
  %x3_6 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_6) : (i32, vector<8xi32>) -> ()
  %x3_7 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_7) : (i32, vector<8xi32>) -> ()
  %x3_8 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_8) : (i32, vector<8xi32>) -> ()
  %x3_9 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_9) : (i32, vector<8xi32>) -> ()
  %x3_10 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_10) : (i32, vector<8xi32>) -> ()
  %x3_11 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_11) : (i32, vector<8xi32>) -> ()
  %c4 = vliw.vop const imm [32] () : () -> i32
  %b4 = vliw.vop vbroadcast (%c4) : (i32) -> vector<8xi32>
  %v4 = vliw.vop valu add (%b4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a4 = vliw.vop const imm [1032] () : () -> i32
  vliw.vop vstore (%a4, %v4) : (i32, vector<8xi32>) -> ()
  %x4_0 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_0) : (i32, vector<8xi32>) -> ()
  %x4_1 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_1) : (i32, vector<8xi32>) -> ()
  %x4_2 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_2) : (i32, vector<8xi32>) -> ()
  %x4_3 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_3) : (i32, vector<8xi32>) -> ()
  %x4_4 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_4) : (i32, vector<8xi32>) -> ()
  %x4_5 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_5) : (i32, vector<8xi32>) -> ()
  %x4_6 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_6) : (i32, vector<8xi32>) -> ()
  %x4_7 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_7) : (i32, vector<8xi32>) -> ()
  %x4_8 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_8) : (i32, vector<8xi32>) -> ()
  %x4_9 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_9) : (i32, vector<8xi32>) -> ()
  %x4_10 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_10) : (i32, vector<8xi32>) -> ()
  %x4_11 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_11) : (i32, vector<8xi32>) -> ()
  %c5 = vliw.vop const imm [40] () : () -> i32
  %b5 = vliw.vop vbroadcast (%c5) : (i32) -> vector<8xi32>
  %v5 = vliw.vop valu add (%b5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a5 = vliw.vop const imm [1040] () : () -> i32
  vliw.vop vstore (%a5, %v5) : (i32, vector<8xi32>) -> ()
  %x5_0 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_0) : (i32, vector<8xi32>) -> ()
  %x5_1 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_1) : (i32, vector<8xi32>) -> ()
  %x5_2 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_2) : (i32, vector<8xi32>) -> ()
  %x5_3 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_3) : (i32, vector<8xi32>) -> ()
  %x5_4 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_4) : (i32, vector<8xi32>) -> ()
  %x5_5 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_5) : (i32, vector<8xi32>) -> ()
  %x5_6 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_6) : (i32, vector<8xi32>) -> ()
  %x5_7 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_7) : (i32, vector<8xi32>) -> ()
  %x5_8 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_8) : (i32, vector<8xi32>) -> ()
  %x5_9 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_9) : (i32, vector<8xi32>) -> ()
  %x5_10 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_10) : (i32, vector<8xi32>) -> ()
  %x5_11 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_11) : (i32, vector<8xi32>) -> ()
  %c6 = vliw.vop const imm [48] () : () -> i32
  %b6 = vliw.vop vbroadcast (%c6) : (i32) -> vector<8xi32>
  %v6 = vliw.vop valu add (%b6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a6 = vliw.vop const imm [1048] () : () -> i32
  vliw.vop vstore (%a6, %v6) : (i32, vector<8xi32>) -> ()
  %x6_0 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_0) : (i32, vector<8xi32>) -> ()
  %x6_1 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_1) : (i32, vector<8xi32>) -> ()
  %x6_2 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_2) : (i32, vector<8xi32>) -> ()
  %x6_3 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_3) : (i32, vector<8xi32>) -> ()
  %x6_4 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_4) : (i32, vector<8xi32>) -> ()
  %x6_5 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_5) : (i32, vector<8xi32>) -> ()
  %x6_6 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_6) : (i32, vector<8xi32>) -> ()
  %x6_7 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_7) : (i32, vector<8xi32>) -> ()
  %x6_8 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_8) : (i32, vector<8xi32>) -> ()
  %x6_9 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_9) : (i32, vector<8xi32>) -> ()
  %x6_10 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_10) : (i32, vector<8xi32>) -> ()
  %x6_11 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_11) : (i32, vector<8xi32>) -> ()
  %c7 = vliw.vop const imm [56] () : () -> i32
  %b7 = vliw.vop vbroadcast (%c7) : (i32) -> vector<8xi32>
  %v7 = vliw.vop valu add (%b7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a7 = vliw.vop const imm [1056] () : () -> i32
  vliw.vop vstore (%a7, %v7) : (i32, vector<8xi32>) -> ()
  %x7_0 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_0) : (i32, vector<8xi32>) -> ()
  %x7_1 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_1) : (i32, vector<8xi32>) -> ()
  %x7_2 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_2) : (i32, vector<8xi32>) -> ()
  %x7_3 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_3) : (i32, vector<8xi32>) -> ()
  %x7_4 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_4) : (i32, vector<8xi32>) -> ()
  %x7_5 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_5) : (i32, vector<8xi32>) -> ()
  %x7_6 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_6) : (i32, vector<8xi32>) -> ()
  %x7_7 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_7) : (i32, vector<8xi32>) -> ()
  %x7_8 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_8) : (i32, vector<8xi32>) -> ()
  %x7_9 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_9) : (i32, vector<8xi32>) -> ()
  %x7_10 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_10) : (i32, vector<8xi32>) -> ()
  %x7_11 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_11) : (i32, vector<8xi32>) -> ()
  %c8 = vliw.vop const imm [64] () : () -> i32
  %b8 = vliw.vop vbroadcast (%c8) : (i32) -> vector<8xi32>
  %v8 = vliw.vop valu add (%b8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a8 = vliw.vop const imm [1064] () : () -> i32
  vliw.vop vstore (%a8, %v8) : (i32, vector<8xi32>) -> ()
  %x8_0 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_0) : (i32, vector<8xi32>) -> ()
  %x8_1 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_1) : (i32, vector<8xi32>) -> ()
  %x8_2 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_2) : (i32, vector<8xi32>) -> ()
  %x8_3 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_3) : (i32, vector<8xi32>) -> ()
  %x8_4 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_4) : (i32, vector<8xi32>) -> ()
  %x8_5 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_5) : (i32, vector<8xi32>) -> ()
  %x8_6 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_6) : (i32, vector<8xi32>) -> ()
  %x8_7 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_7) : (i32, vector<8xi32>) -> ()
  %x8_8 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_8) : (i32, vector<8xi32>) -> ()
  %x8_9 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_9) : (i32, vector<8xi32>) -> ()
  %x8_10 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_10) : (i32, vector<8xi32>) -> ()
  %x8_11 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_11) : (i32, vector<8xi32>) -> ()
  %c9 = vliw.vop const imm [72] () : () -> i32
  %b9 = vliw.vop vbroadcast (%c9) : (i32) -> vector<8xi32>
  %v9 = vliw.vop valu add (%b9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a9 = vliw.vop const imm [1072] () : () -> i32
  vliw.vop vstore (%a9, %v9) : (i32, vector<8xi32>) -> ()
  %x9_0 = vliw.vop valu xor (%v9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a9, %x9_0) : (i32, vector<8xi32>) -> ()
  %x9_1 = vliw.vop valu xor (%v9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a9, %x9_1) : (i32, vector<8xi32>) -> ()
  %x9_2 = vliw.vop valu xor (%v9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a9, %x9_2) : (i32, vector<8xi32>) -> ()
  %x9_3 = vliw.vop valu xor (%v9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a9, %x9_3) : (i32, vector<8xi32>) -> ()
  %x9_4 = vliw.vop valu xor (%v9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a9, %x9_4) : (i32, vector<8xi32>) -> ()
  %x9_5 = vliw.vop valu xor (%v9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a9, %x9_5) : (i32, vector<8xi32>) -> ()
  %x9_6 = vliw.vop valu xor (%v9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a9, %x9_6) : (i32, vector<8xi32>) -> ()
  %x9_7 = vliw.vop valu xor (%v9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a9, %x9_7) : (i32, vector<8xi32>) -> ()
  %x9_8 = vliw.vop valu xor (%v9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a9, %x9_8) : (i32, vector<8xi32>) -> ()
  %x9_9 = vliw.vop valu xor (%v9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a9, %x9_9) : (i32, vector<8xi32>) -> ()
  %x9_10 = vliw.vop valu xor (%v9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a9, %x9_10) : (i32, vector<8xi32>) -> ()
  %x9_11 = vliw.vop valu xor (%v9, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a9, %x9_11) : (i32, vector<8xi32>) -> ()
  %c10 = vliw.vop const imm [80] () : () -> i32
  %b10 = vliw.vop vbroadcast (%c10) : (i32) -> vector<8xi32>
  %v10 = vliw.vop valu add (%b10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a10 = vliw.vop const imm [1080] () : () -> i32
  vliw.vop vstore (%a10, %v10) : (i32, vector<8xi32>) -> ()
  %x10_0 = vliw.vop valu xor (%v10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a10, %x10_0) : (i32, vector<8xi32>) -> ()
  %x10_1 = vliw.vop valu xor (%v10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a10, %x10_1) : (i32, vector<8xi32>) -> ()
  %x10_2 = vliw.vop valu xor (%v10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a10, %x10_2) : (i32, vector<8xi32>) -> ()
  %x10_3 = vliw.vop valu xor (%v10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a10, %x10_3) : (i32, vector<8xi32>) -> ()
  %x10_4 = vliw.vop valu xor (%v10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a10, %x10_4) : (i32, vector<8xi32>) -> ()
  %x10_5 = vliw.vop valu xor (%v10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a10, %x10_5) : (i32, vector<8xi32>) -> ()
  %x10_6 = vliw.vop valu xor (%v10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a10, %x10_6) : (i32, vector<8xi32>) -> ()
  %x10_7 = vliw.vop valu xor (%v10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a10, %x10_7) : (i32, vector<8xi32>) -> ()
  %x10_8 = vliw.vop valu xor (%v10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a10, %x10_8) : (i32, vector<8xi32>) -> ()
  %x10_9 = vliw.vop valu xor (%v10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a10, %x10_9) : (i32, vector<8xi32>) -> ()
  %x10_10 = vliw.vop valu xor (%v10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a10, %x10_10) : (i32, vector<8xi32>) -> ()
  %x10_11 = vliw.vop valu xor (%v10, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a10, %x10_11) : (i32, vector<8xi32>) -> ()
}

// -----

// Descending (the order the vectorizer may emit groups in): the vectors
// below an anchor subtract the broadcast multiples. Only 8 vectors, each
// read by 12 ops.
// COUNT-LABEL: vliw.vprogram @descending
// CHECK-LABEL: vliw.vprogram @descending
// CHECK: %[[A:.*]] = vliw.vop valu add (%{{.*}}, %{{.*}})
// CHECK: vliw.vop valu sub (%[[A]], %{{.*}})
vliw.vprogram @descending {
  %l = vliw.vop lanes const imm [0, 1, 2, 3, 4, 5, 6, 7] () : () -> vector<8xi32>
  %c8 = vliw.vop const imm [64] () : () -> i32
  %b8 = vliw.vop vbroadcast (%c8) : (i32) -> vector<8xi32>
  %v8 = vliw.vop valu add (%b8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a8 = vliw.vop const imm [1064] () : () -> i32
  %x8_0 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_0) : (i32, vector<8xi32>) -> ()
  %x8_1 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_1) : (i32, vector<8xi32>) -> ()
  %x8_2 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_2) : (i32, vector<8xi32>) -> ()
  %x8_3 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_3) : (i32, vector<8xi32>) -> ()
  %x8_4 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_4) : (i32, vector<8xi32>) -> ()
  %x8_5 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_5) : (i32, vector<8xi32>) -> ()
  %x8_6 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_6) : (i32, vector<8xi32>) -> ()
  %x8_7 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_7) : (i32, vector<8xi32>) -> ()
  %x8_8 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_8) : (i32, vector<8xi32>) -> ()
  %x8_9 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_9) : (i32, vector<8xi32>) -> ()
  %x8_10 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_10) : (i32, vector<8xi32>) -> ()
  %x8_11 = vliw.vop valu xor (%v8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_11) : (i32, vector<8xi32>) -> ()
  %c7 = vliw.vop const imm [56] () : () -> i32
  %b7 = vliw.vop vbroadcast (%c7) : (i32) -> vector<8xi32>
  %v7 = vliw.vop valu add (%b7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a7 = vliw.vop const imm [1056] () : () -> i32
  %x7_0 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_0) : (i32, vector<8xi32>) -> ()
  %x7_1 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_1) : (i32, vector<8xi32>) -> ()
  %x7_2 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_2) : (i32, vector<8xi32>) -> ()
  %x7_3 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_3) : (i32, vector<8xi32>) -> ()
  %x7_4 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_4) : (i32, vector<8xi32>) -> ()
  %x7_5 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_5) : (i32, vector<8xi32>) -> ()
  %x7_6 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_6) : (i32, vector<8xi32>) -> ()
  %x7_7 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_7) : (i32, vector<8xi32>) -> ()
  %x7_8 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_8) : (i32, vector<8xi32>) -> ()
  %x7_9 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_9) : (i32, vector<8xi32>) -> ()
  %x7_10 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_10) : (i32, vector<8xi32>) -> ()
  %x7_11 = vliw.vop valu xor (%v7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_11) : (i32, vector<8xi32>) -> ()
  %c6 = vliw.vop const imm [48] () : () -> i32
  %b6 = vliw.vop vbroadcast (%c6) : (i32) -> vector<8xi32>
  %v6 = vliw.vop valu add (%b6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a6 = vliw.vop const imm [1048] () : () -> i32
  %x6_0 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_0) : (i32, vector<8xi32>) -> ()
  %x6_1 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_1) : (i32, vector<8xi32>) -> ()
  %x6_2 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_2) : (i32, vector<8xi32>) -> ()
  %x6_3 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_3) : (i32, vector<8xi32>) -> ()
  %x6_4 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_4) : (i32, vector<8xi32>) -> ()
  %x6_5 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_5) : (i32, vector<8xi32>) -> ()
  %x6_6 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_6) : (i32, vector<8xi32>) -> ()
  %x6_7 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_7) : (i32, vector<8xi32>) -> ()
  %x6_8 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_8) : (i32, vector<8xi32>) -> ()
  %x6_9 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_9) : (i32, vector<8xi32>) -> ()
  %x6_10 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_10) : (i32, vector<8xi32>) -> ()
  %x6_11 = vliw.vop valu xor (%v6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_11) : (i32, vector<8xi32>) -> ()
  %c5 = vliw.vop const imm [40] () : () -> i32
  %b5 = vliw.vop vbroadcast (%c5) : (i32) -> vector<8xi32>
  %v5 = vliw.vop valu add (%b5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a5 = vliw.vop const imm [1040] () : () -> i32
  %x5_0 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_0) : (i32, vector<8xi32>) -> ()
  %x5_1 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_1) : (i32, vector<8xi32>) -> ()
  %x5_2 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_2) : (i32, vector<8xi32>) -> ()
  %x5_3 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_3) : (i32, vector<8xi32>) -> ()
  %x5_4 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_4) : (i32, vector<8xi32>) -> ()
  %x5_5 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_5) : (i32, vector<8xi32>) -> ()
  %x5_6 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_6) : (i32, vector<8xi32>) -> ()
  %x5_7 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_7) : (i32, vector<8xi32>) -> ()
  %x5_8 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_8) : (i32, vector<8xi32>) -> ()
  %x5_9 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_9) : (i32, vector<8xi32>) -> ()
  %x5_10 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_10) : (i32, vector<8xi32>) -> ()
  %x5_11 = vliw.vop valu xor (%v5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_11) : (i32, vector<8xi32>) -> ()
  %c4 = vliw.vop const imm [32] () : () -> i32
  %b4 = vliw.vop vbroadcast (%c4) : (i32) -> vector<8xi32>
  %v4 = vliw.vop valu add (%b4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a4 = vliw.vop const imm [1032] () : () -> i32
  %x4_0 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_0) : (i32, vector<8xi32>) -> ()
  %x4_1 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_1) : (i32, vector<8xi32>) -> ()
  %x4_2 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_2) : (i32, vector<8xi32>) -> ()
  %x4_3 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_3) : (i32, vector<8xi32>) -> ()
  %x4_4 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_4) : (i32, vector<8xi32>) -> ()
  %x4_5 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_5) : (i32, vector<8xi32>) -> ()
  %x4_6 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_6) : (i32, vector<8xi32>) -> ()
  %x4_7 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_7) : (i32, vector<8xi32>) -> ()
  %x4_8 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_8) : (i32, vector<8xi32>) -> ()
  %x4_9 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_9) : (i32, vector<8xi32>) -> ()
  %x4_10 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_10) : (i32, vector<8xi32>) -> ()
  %x4_11 = vliw.vop valu xor (%v4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_11) : (i32, vector<8xi32>) -> ()
  %c3 = vliw.vop const imm [24] () : () -> i32
  %b3 = vliw.vop vbroadcast (%c3) : (i32) -> vector<8xi32>
  %v3 = vliw.vop valu add (%b3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a3 = vliw.vop const imm [1024] () : () -> i32
  %x3_0 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_0) : (i32, vector<8xi32>) -> ()
  %x3_1 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_1) : (i32, vector<8xi32>) -> ()
  %x3_2 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_2) : (i32, vector<8xi32>) -> ()
  %x3_3 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_3) : (i32, vector<8xi32>) -> ()
  %x3_4 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_4) : (i32, vector<8xi32>) -> ()
  %x3_5 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_5) : (i32, vector<8xi32>) -> ()
  %x3_6 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_6) : (i32, vector<8xi32>) -> ()
  %x3_7 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_7) : (i32, vector<8xi32>) -> ()
  %x3_8 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_8) : (i32, vector<8xi32>) -> ()
  %x3_9 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_9) : (i32, vector<8xi32>) -> ()
  %x3_10 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_10) : (i32, vector<8xi32>) -> ()
  %x3_11 = vliw.vop valu xor (%v3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_11) : (i32, vector<8xi32>) -> ()
  %c2 = vliw.vop const imm [16] () : () -> i32
  %b2 = vliw.vop vbroadcast (%c2) : (i32) -> vector<8xi32>
  %v2 = vliw.vop valu add (%b2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a2 = vliw.vop const imm [1016] () : () -> i32
  %x2_0 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_0) : (i32, vector<8xi32>) -> ()
  %x2_1 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_1) : (i32, vector<8xi32>) -> ()
  %x2_2 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_2) : (i32, vector<8xi32>) -> ()
  %x2_3 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_3) : (i32, vector<8xi32>) -> ()
  %x2_4 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_4) : (i32, vector<8xi32>) -> ()
  %x2_5 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_5) : (i32, vector<8xi32>) -> ()
  %x2_6 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_6) : (i32, vector<8xi32>) -> ()
  %x2_7 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_7) : (i32, vector<8xi32>) -> ()
  %x2_8 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_8) : (i32, vector<8xi32>) -> ()
  %x2_9 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_9) : (i32, vector<8xi32>) -> ()
  %x2_10 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_10) : (i32, vector<8xi32>) -> ()
  %x2_11 = vliw.vop valu xor (%v2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_11) : (i32, vector<8xi32>) -> ()
  %c1 = vliw.vop const imm [8] () : () -> i32
  %b1 = vliw.vop vbroadcast (%c1) : (i32) -> vector<8xi32>
  %v1 = vliw.vop valu add (%b1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a1 = vliw.vop const imm [1008] () : () -> i32
  %x1_0 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_0) : (i32, vector<8xi32>) -> ()
  %x1_1 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_1) : (i32, vector<8xi32>) -> ()
  %x1_2 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_2) : (i32, vector<8xi32>) -> ()
  %x1_3 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_3) : (i32, vector<8xi32>) -> ()
  %x1_4 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_4) : (i32, vector<8xi32>) -> ()
  %x1_5 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_5) : (i32, vector<8xi32>) -> ()
  %x1_6 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_6) : (i32, vector<8xi32>) -> ()
  %x1_7 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_7) : (i32, vector<8xi32>) -> ()
  %x1_8 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_8) : (i32, vector<8xi32>) -> ()
  %x1_9 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_9) : (i32, vector<8xi32>) -> ()
  %x1_10 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_10) : (i32, vector<8xi32>) -> ()
  %x1_11 = vliw.vop valu xor (%v1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_11) : (i32, vector<8xi32>) -> ()
}

// -----

// The thread index as data: eight vectors <8g, ..., 8g + 7> (g = 1 .. 8),
// each read once, by an xor with the same vector u (a broadcast seed).
// Where no lane carries into 8g (its low three bits are clear, as the
// lanes' are), (8g + L) ^ u = ((8a + L) ^ u) ^ broadcast(8g ^ 8a): within
// an aligned block of k = 4 vectors (32 words), the first is an anchor and
// the others whose 8g ^ 8a is a shared multiple 8j = |8g - 8a| are one xor
// of the anchor's reader: 16 ^ 8 = 24 is not, so g = 2 is the anchor's
// vector plus broadcast(8) (an add) and keeps its xor.
// CHECK-LABEL: vliw.vprogram @lane_vector_readers
// CHECK: %[[L:.*]] = vliw.vop lanes const imm [0, 1, 2, 3, 4, 5, 6, 7]
// CHECK: %[[U:.*]] = vliw.vop vbroadcast (%{{.*}})
// CHECK: %[[V1:.*]] = vliw.vop valu add (%{{.*}}, %[[L]])
// CHECK: %[[W1:.*]] = vliw.vop valu xor (%[[V1]], %[[U]])
// CHECK: %[[S8:.*]] = vliw.vop vbroadcast
// CHECK: %[[V2:.*]] = vliw.vop valu add (%[[V1]], %[[S8]])
// CHECK: vliw.vop valu xor (%[[V2]], %[[U]])
// CHECK: %[[S16:.*]] = vliw.vop vbroadcast
// CHECK: vliw.vop valu xor (%[[W1]], %[[S16]])
// CHECK: %[[V4:.*]] = vliw.vop valu add (%{{.*}}, %[[L]])
// CHECK: %[[W4:.*]] = vliw.vop valu xor (%[[V4]], %[[U]])
// CHECK: vliw.vop valu xor (%[[W4]], %[[S8]])
// CHECK: vliw.vop valu xor (%[[W4]], %[[S16]])
// CHECK: vliw.vop valu xor (%[[W4]], %{{.*}})
// CHECK: %[[V8:.*]] = vliw.vop valu add (%{{.*}}, %[[L]])
// CHECK: vliw.vop valu xor (%[[V8]], %[[U]])
// COUNT-LABEL: vliw.vprogram @lane_vector_readers
// COUNT-COUNT-4: vliw.vop valu add (%{{.*}}, %{{.*}}) : (vector<8xi32>, vector<8xi32>)
// COUNT-NOT: vliw.vop valu add
// NONE-LABEL: vliw.vprogram @lane_vector_readers
// NONE-COUNT-8: vliw.vop valu add
vliw.vprogram @lane_vector_readers {
  %l = vliw.vop lanes const imm [0, 1, 2, 3, 4, 5, 6, 7] () : () -> vector<8xi32>
  %z = vliw.vop const imm [0] () : () -> i32
  %s = vliw.vop load (%z) : (i32) -> i32
  %u = vliw.vop vbroadcast (%s) : (i32) -> vector<8xi32>
  %c1 = vliw.vop const imm [8] () : () -> i32
  %b1 = vliw.vop vbroadcast (%c1) : (i32) -> vector<8xi32>
  %v1 = vliw.vop valu add (%b1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %w1 = vliw.vop valu xor (%v1, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a1 = vliw.vop const imm [1008] () : () -> i32
  %x1_0 = vliw.vop valu xor (%w1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_0) : (i32, vector<8xi32>) -> ()
  %x1_1 = vliw.vop valu xor (%w1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_1) : (i32, vector<8xi32>) -> ()
  %x1_2 = vliw.vop valu xor (%w1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_2) : (i32, vector<8xi32>) -> ()
  %x1_3 = vliw.vop valu xor (%w1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_3) : (i32, vector<8xi32>) -> ()
  %x1_4 = vliw.vop valu xor (%w1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_4) : (i32, vector<8xi32>) -> ()
  %x1_5 = vliw.vop valu xor (%w1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_5) : (i32, vector<8xi32>) -> ()
  %x1_6 = vliw.vop valu xor (%w1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_6) : (i32, vector<8xi32>) -> ()
  %x1_7 = vliw.vop valu xor (%w1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_7) : (i32, vector<8xi32>) -> ()
  %x1_8 = vliw.vop valu xor (%w1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_8) : (i32, vector<8xi32>) -> ()
  %x1_9 = vliw.vop valu xor (%w1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_9) : (i32, vector<8xi32>) -> ()
  %x1_10 = vliw.vop valu xor (%w1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_10) : (i32, vector<8xi32>) -> ()
  %x1_11 = vliw.vop valu xor (%w1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a1, %x1_11) : (i32, vector<8xi32>) -> ()
  %c2 = vliw.vop const imm [16] () : () -> i32
  %b2 = vliw.vop vbroadcast (%c2) : (i32) -> vector<8xi32>
  %v2 = vliw.vop valu add (%b2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %w2 = vliw.vop valu xor (%v2, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a2 = vliw.vop const imm [1016] () : () -> i32
  %x2_0 = vliw.vop valu xor (%w2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_0) : (i32, vector<8xi32>) -> ()
  %x2_1 = vliw.vop valu xor (%w2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_1) : (i32, vector<8xi32>) -> ()
  %x2_2 = vliw.vop valu xor (%w2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_2) : (i32, vector<8xi32>) -> ()
  %x2_3 = vliw.vop valu xor (%w2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_3) : (i32, vector<8xi32>) -> ()
  %x2_4 = vliw.vop valu xor (%w2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_4) : (i32, vector<8xi32>) -> ()
  %x2_5 = vliw.vop valu xor (%w2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_5) : (i32, vector<8xi32>) -> ()
  %x2_6 = vliw.vop valu xor (%w2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_6) : (i32, vector<8xi32>) -> ()
  %x2_7 = vliw.vop valu xor (%w2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_7) : (i32, vector<8xi32>) -> ()
  %x2_8 = vliw.vop valu xor (%w2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_8) : (i32, vector<8xi32>) -> ()
  %x2_9 = vliw.vop valu xor (%w2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_9) : (i32, vector<8xi32>) -> ()
  %x2_10 = vliw.vop valu xor (%w2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_10) : (i32, vector<8xi32>) -> ()
  %x2_11 = vliw.vop valu xor (%w2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a2, %x2_11) : (i32, vector<8xi32>) -> ()
  %c3 = vliw.vop const imm [24] () : () -> i32
  %b3 = vliw.vop vbroadcast (%c3) : (i32) -> vector<8xi32>
  %v3 = vliw.vop valu add (%b3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %w3 = vliw.vop valu xor (%v3, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a3 = vliw.vop const imm [1024] () : () -> i32
  %x3_0 = vliw.vop valu xor (%w3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_0) : (i32, vector<8xi32>) -> ()
  %x3_1 = vliw.vop valu xor (%w3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_1) : (i32, vector<8xi32>) -> ()
  %x3_2 = vliw.vop valu xor (%w3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_2) : (i32, vector<8xi32>) -> ()
  %x3_3 = vliw.vop valu xor (%w3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_3) : (i32, vector<8xi32>) -> ()
  %x3_4 = vliw.vop valu xor (%w3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_4) : (i32, vector<8xi32>) -> ()
  %x3_5 = vliw.vop valu xor (%w3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_5) : (i32, vector<8xi32>) -> ()
  %x3_6 = vliw.vop valu xor (%w3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_6) : (i32, vector<8xi32>) -> ()
  %x3_7 = vliw.vop valu xor (%w3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_7) : (i32, vector<8xi32>) -> ()
  %x3_8 = vliw.vop valu xor (%w3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_8) : (i32, vector<8xi32>) -> ()
  %x3_9 = vliw.vop valu xor (%w3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_9) : (i32, vector<8xi32>) -> ()
  %x3_10 = vliw.vop valu xor (%w3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_10) : (i32, vector<8xi32>) -> ()
  %x3_11 = vliw.vop valu xor (%w3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a3, %x3_11) : (i32, vector<8xi32>) -> ()
  %c4 = vliw.vop const imm [32] () : () -> i32
  %b4 = vliw.vop vbroadcast (%c4) : (i32) -> vector<8xi32>
  %v4 = vliw.vop valu add (%b4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %w4 = vliw.vop valu xor (%v4, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a4 = vliw.vop const imm [1032] () : () -> i32
  %x4_0 = vliw.vop valu xor (%w4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_0) : (i32, vector<8xi32>) -> ()
  %x4_1 = vliw.vop valu xor (%w4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_1) : (i32, vector<8xi32>) -> ()
  %x4_2 = vliw.vop valu xor (%w4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_2) : (i32, vector<8xi32>) -> ()
  %x4_3 = vliw.vop valu xor (%w4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_3) : (i32, vector<8xi32>) -> ()
  %x4_4 = vliw.vop valu xor (%w4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_4) : (i32, vector<8xi32>) -> ()
  %x4_5 = vliw.vop valu xor (%w4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_5) : (i32, vector<8xi32>) -> ()
  %x4_6 = vliw.vop valu xor (%w4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_6) : (i32, vector<8xi32>) -> ()
  %x4_7 = vliw.vop valu xor (%w4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_7) : (i32, vector<8xi32>) -> ()
  %x4_8 = vliw.vop valu xor (%w4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_8) : (i32, vector<8xi32>) -> ()
  %x4_9 = vliw.vop valu xor (%w4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_9) : (i32, vector<8xi32>) -> ()
  %x4_10 = vliw.vop valu xor (%w4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_10) : (i32, vector<8xi32>) -> ()
  %x4_11 = vliw.vop valu xor (%w4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a4, %x4_11) : (i32, vector<8xi32>) -> ()
  %c5 = vliw.vop const imm [40] () : () -> i32
  %b5 = vliw.vop vbroadcast (%c5) : (i32) -> vector<8xi32>
  %v5 = vliw.vop valu add (%b5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %w5 = vliw.vop valu xor (%v5, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a5 = vliw.vop const imm [1040] () : () -> i32
  %x5_0 = vliw.vop valu xor (%w5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_0) : (i32, vector<8xi32>) -> ()
  %x5_1 = vliw.vop valu xor (%w5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_1) : (i32, vector<8xi32>) -> ()
  %x5_2 = vliw.vop valu xor (%w5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_2) : (i32, vector<8xi32>) -> ()
  %x5_3 = vliw.vop valu xor (%w5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_3) : (i32, vector<8xi32>) -> ()
  %x5_4 = vliw.vop valu xor (%w5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_4) : (i32, vector<8xi32>) -> ()
  %x5_5 = vliw.vop valu xor (%w5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_5) : (i32, vector<8xi32>) -> ()
  %x5_6 = vliw.vop valu xor (%w5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_6) : (i32, vector<8xi32>) -> ()
  %x5_7 = vliw.vop valu xor (%w5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_7) : (i32, vector<8xi32>) -> ()
  %x5_8 = vliw.vop valu xor (%w5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_8) : (i32, vector<8xi32>) -> ()
  %x5_9 = vliw.vop valu xor (%w5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_9) : (i32, vector<8xi32>) -> ()
  %x5_10 = vliw.vop valu xor (%w5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_10) : (i32, vector<8xi32>) -> ()
  %x5_11 = vliw.vop valu xor (%w5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a5, %x5_11) : (i32, vector<8xi32>) -> ()
  %c6 = vliw.vop const imm [48] () : () -> i32
  %b6 = vliw.vop vbroadcast (%c6) : (i32) -> vector<8xi32>
  %v6 = vliw.vop valu add (%b6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %w6 = vliw.vop valu xor (%v6, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a6 = vliw.vop const imm [1048] () : () -> i32
  %x6_0 = vliw.vop valu xor (%w6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_0) : (i32, vector<8xi32>) -> ()
  %x6_1 = vliw.vop valu xor (%w6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_1) : (i32, vector<8xi32>) -> ()
  %x6_2 = vliw.vop valu xor (%w6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_2) : (i32, vector<8xi32>) -> ()
  %x6_3 = vliw.vop valu xor (%w6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_3) : (i32, vector<8xi32>) -> ()
  %x6_4 = vliw.vop valu xor (%w6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_4) : (i32, vector<8xi32>) -> ()
  %x6_5 = vliw.vop valu xor (%w6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_5) : (i32, vector<8xi32>) -> ()
  %x6_6 = vliw.vop valu xor (%w6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_6) : (i32, vector<8xi32>) -> ()
  %x6_7 = vliw.vop valu xor (%w6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_7) : (i32, vector<8xi32>) -> ()
  %x6_8 = vliw.vop valu xor (%w6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_8) : (i32, vector<8xi32>) -> ()
  %x6_9 = vliw.vop valu xor (%w6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_9) : (i32, vector<8xi32>) -> ()
  %x6_10 = vliw.vop valu xor (%w6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_10) : (i32, vector<8xi32>) -> ()
  %x6_11 = vliw.vop valu xor (%w6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a6, %x6_11) : (i32, vector<8xi32>) -> ()
  %c7 = vliw.vop const imm [56] () : () -> i32
  %b7 = vliw.vop vbroadcast (%c7) : (i32) -> vector<8xi32>
  %v7 = vliw.vop valu add (%b7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %w7 = vliw.vop valu xor (%v7, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a7 = vliw.vop const imm [1056] () : () -> i32
  %x7_0 = vliw.vop valu xor (%w7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_0) : (i32, vector<8xi32>) -> ()
  %x7_1 = vliw.vop valu xor (%w7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_1) : (i32, vector<8xi32>) -> ()
  %x7_2 = vliw.vop valu xor (%w7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_2) : (i32, vector<8xi32>) -> ()
  %x7_3 = vliw.vop valu xor (%w7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_3) : (i32, vector<8xi32>) -> ()
  %x7_4 = vliw.vop valu xor (%w7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_4) : (i32, vector<8xi32>) -> ()
  %x7_5 = vliw.vop valu xor (%w7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_5) : (i32, vector<8xi32>) -> ()
  %x7_6 = vliw.vop valu xor (%w7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_6) : (i32, vector<8xi32>) -> ()
  %x7_7 = vliw.vop valu xor (%w7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_7) : (i32, vector<8xi32>) -> ()
  %x7_8 = vliw.vop valu xor (%w7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_8) : (i32, vector<8xi32>) -> ()
  %x7_9 = vliw.vop valu xor (%w7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_9) : (i32, vector<8xi32>) -> ()
  %x7_10 = vliw.vop valu xor (%w7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_10) : (i32, vector<8xi32>) -> ()
  %x7_11 = vliw.vop valu xor (%w7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a7, %x7_11) : (i32, vector<8xi32>) -> ()
  %c8 = vliw.vop const imm [64] () : () -> i32
  %b8 = vliw.vop vbroadcast (%c8) : (i32) -> vector<8xi32>
  %v8 = vliw.vop valu add (%b8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %w8 = vliw.vop valu xor (%v8, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a8 = vliw.vop const imm [1064] () : () -> i32
  %x8_0 = vliw.vop valu xor (%w8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_0) : (i32, vector<8xi32>) -> ()
  %x8_1 = vliw.vop valu xor (%w8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_1) : (i32, vector<8xi32>) -> ()
  %x8_2 = vliw.vop valu xor (%w8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_2) : (i32, vector<8xi32>) -> ()
  %x8_3 = vliw.vop valu xor (%w8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_3) : (i32, vector<8xi32>) -> ()
  %x8_4 = vliw.vop valu xor (%w8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_4) : (i32, vector<8xi32>) -> ()
  %x8_5 = vliw.vop valu xor (%w8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_5) : (i32, vector<8xi32>) -> ()
  %x8_6 = vliw.vop valu xor (%w8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_6) : (i32, vector<8xi32>) -> ()
  %x8_7 = vliw.vop valu xor (%w8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_7) : (i32, vector<8xi32>) -> ()
  %x8_8 = vliw.vop valu xor (%w8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_8) : (i32, vector<8xi32>) -> ()
  %x8_9 = vliw.vop valu xor (%w8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_9) : (i32, vector<8xi32>) -> ()
  %x8_10 = vliw.vop valu xor (%w8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_10) : (i32, vector<8xi32>) -> ()
  %x8_11 = vliw.vop valu xor (%w8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a8, %x8_11) : (i32, vector<8xi32>) -> ()
}

// -----

// The thread index as data: u ^ <8g, ..., 8g + 7> for g = 0 .. 8, where
// group 0 reads the lane pattern itself. That xor is the anchor of the
// first aligned block (k = 4): groups 1 to 3 are its result ^ broadcast(8g)
// (the bits of 8g and of the lanes are disjoint), not anchors of their own.
// CHECK-LABEL: vliw.vprogram @pattern_anchor
// CHECK: %[[L:.*]] = vliw.vop lanes const imm [0, 1, 2, 3, 4, 5, 6, 7]
// CHECK: %[[U:.*]] = vliw.vop vbroadcast
// CHECK: %[[X0:.*]] = vliw.vop valu xor (%[[U]], %[[L]])
// CHECK: %[[S8:.*]] = vliw.vop vbroadcast
// CHECK: vliw.vop valu xor (%[[X0]], %[[S8]])
// CHECK: %[[S16:.*]] = vliw.vop vbroadcast
// CHECK: vliw.vop valu xor (%[[X0]], %[[S16]])
// Two anchors are left with an add (g = 4 and 8), not three.
// COUNT-LABEL: vliw.vprogram @pattern_anchor
// COUNT-COUNT-2: vliw.vop valu add
// COUNT-NOT: vliw.vop valu add
vliw.vprogram @pattern_anchor {
  %l = vliw.vop lanes const imm [0, 1, 2, 3, 4, 5, 6, 7] () : () -> vector<8xi32>
  %z = vliw.vop const imm [0] () : () -> i32
  %s = vliw.vop load (%z) : (i32) -> i32
  %u = vliw.vop vbroadcast (%s) : (i32) -> vector<8xi32>
  %x0 = vliw.vop valu xor (%u, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %m0 = vliw.vop valu mul (%x0, %x0) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %a0 = vliw.vop const imm [1000] () : () -> i32
  vliw.vop vstore (%a0, %m0) : (i32, vector<8xi32>) -> ()
  %c1 = vliw.vop const imm [8] () : () -> i32
  %b1 = vliw.vop vbroadcast (%c1) : (i32) -> vector<8xi32>
  %v1 = vliw.vop valu add (%b1, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %x1 = vliw.vop valu xor (%v1, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %m1_0 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_0) : (i32, vector<8xi32>) -> ()
  %m1_1 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_1) : (i32, vector<8xi32>) -> ()
  %m1_2 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_2) : (i32, vector<8xi32>) -> ()
  %m1_3 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_3) : (i32, vector<8xi32>) -> ()
  %m1_4 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_4) : (i32, vector<8xi32>) -> ()
  %m1_5 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_5) : (i32, vector<8xi32>) -> ()
  %m1_6 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_6) : (i32, vector<8xi32>) -> ()
  %m1_7 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_7) : (i32, vector<8xi32>) -> ()
  %m1_8 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_8) : (i32, vector<8xi32>) -> ()
  %m1_9 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_9) : (i32, vector<8xi32>) -> ()
  %m1_10 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_10) : (i32, vector<8xi32>) -> ()
  %m1_11 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_11) : (i32, vector<8xi32>) -> ()
  %m1_12 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_12) : (i32, vector<8xi32>) -> ()
  %m1_13 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_13) : (i32, vector<8xi32>) -> ()
  %m1_14 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_14) : (i32, vector<8xi32>) -> ()
  %m1_15 = vliw.vop valu mul (%x1, %x1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m1_15) : (i32, vector<8xi32>) -> ()
  %c2 = vliw.vop const imm [16] () : () -> i32
  %b2 = vliw.vop vbroadcast (%c2) : (i32) -> vector<8xi32>
  %v2 = vliw.vop valu add (%b2, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %x2 = vliw.vop valu xor (%v2, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %m2_0 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_0) : (i32, vector<8xi32>) -> ()
  %m2_1 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_1) : (i32, vector<8xi32>) -> ()
  %m2_2 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_2) : (i32, vector<8xi32>) -> ()
  %m2_3 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_3) : (i32, vector<8xi32>) -> ()
  %m2_4 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_4) : (i32, vector<8xi32>) -> ()
  %m2_5 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_5) : (i32, vector<8xi32>) -> ()
  %m2_6 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_6) : (i32, vector<8xi32>) -> ()
  %m2_7 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_7) : (i32, vector<8xi32>) -> ()
  %m2_8 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_8) : (i32, vector<8xi32>) -> ()
  %m2_9 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_9) : (i32, vector<8xi32>) -> ()
  %m2_10 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_10) : (i32, vector<8xi32>) -> ()
  %m2_11 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_11) : (i32, vector<8xi32>) -> ()
  %m2_12 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_12) : (i32, vector<8xi32>) -> ()
  %m2_13 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_13) : (i32, vector<8xi32>) -> ()
  %m2_14 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_14) : (i32, vector<8xi32>) -> ()
  %m2_15 = vliw.vop valu mul (%x2, %x2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m2_15) : (i32, vector<8xi32>) -> ()
  %c3 = vliw.vop const imm [24] () : () -> i32
  %b3 = vliw.vop vbroadcast (%c3) : (i32) -> vector<8xi32>
  %v3 = vliw.vop valu add (%b3, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %x3 = vliw.vop valu xor (%v3, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %m3_0 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_0) : (i32, vector<8xi32>) -> ()
  %m3_1 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_1) : (i32, vector<8xi32>) -> ()
  %m3_2 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_2) : (i32, vector<8xi32>) -> ()
  %m3_3 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_3) : (i32, vector<8xi32>) -> ()
  %m3_4 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_4) : (i32, vector<8xi32>) -> ()
  %m3_5 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_5) : (i32, vector<8xi32>) -> ()
  %m3_6 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_6) : (i32, vector<8xi32>) -> ()
  %m3_7 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_7) : (i32, vector<8xi32>) -> ()
  %m3_8 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_8) : (i32, vector<8xi32>) -> ()
  %m3_9 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_9) : (i32, vector<8xi32>) -> ()
  %m3_10 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_10) : (i32, vector<8xi32>) -> ()
  %m3_11 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_11) : (i32, vector<8xi32>) -> ()
  %m3_12 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_12) : (i32, vector<8xi32>) -> ()
  %m3_13 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_13) : (i32, vector<8xi32>) -> ()
  %m3_14 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_14) : (i32, vector<8xi32>) -> ()
  %m3_15 = vliw.vop valu mul (%x3, %x3) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m3_15) : (i32, vector<8xi32>) -> ()
  %c4 = vliw.vop const imm [32] () : () -> i32
  %b4 = vliw.vop vbroadcast (%c4) : (i32) -> vector<8xi32>
  %v4 = vliw.vop valu add (%b4, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %x4 = vliw.vop valu xor (%v4, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %m4_0 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_0) : (i32, vector<8xi32>) -> ()
  %m4_1 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_1) : (i32, vector<8xi32>) -> ()
  %m4_2 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_2) : (i32, vector<8xi32>) -> ()
  %m4_3 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_3) : (i32, vector<8xi32>) -> ()
  %m4_4 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_4) : (i32, vector<8xi32>) -> ()
  %m4_5 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_5) : (i32, vector<8xi32>) -> ()
  %m4_6 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_6) : (i32, vector<8xi32>) -> ()
  %m4_7 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_7) : (i32, vector<8xi32>) -> ()
  %m4_8 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_8) : (i32, vector<8xi32>) -> ()
  %m4_9 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_9) : (i32, vector<8xi32>) -> ()
  %m4_10 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_10) : (i32, vector<8xi32>) -> ()
  %m4_11 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_11) : (i32, vector<8xi32>) -> ()
  %m4_12 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_12) : (i32, vector<8xi32>) -> ()
  %m4_13 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_13) : (i32, vector<8xi32>) -> ()
  %m4_14 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_14) : (i32, vector<8xi32>) -> ()
  %m4_15 = vliw.vop valu mul (%x4, %x4) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m4_15) : (i32, vector<8xi32>) -> ()
  %c5 = vliw.vop const imm [40] () : () -> i32
  %b5 = vliw.vop vbroadcast (%c5) : (i32) -> vector<8xi32>
  %v5 = vliw.vop valu add (%b5, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %x5 = vliw.vop valu xor (%v5, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %m5_0 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_0) : (i32, vector<8xi32>) -> ()
  %m5_1 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_1) : (i32, vector<8xi32>) -> ()
  %m5_2 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_2) : (i32, vector<8xi32>) -> ()
  %m5_3 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_3) : (i32, vector<8xi32>) -> ()
  %m5_4 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_4) : (i32, vector<8xi32>) -> ()
  %m5_5 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_5) : (i32, vector<8xi32>) -> ()
  %m5_6 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_6) : (i32, vector<8xi32>) -> ()
  %m5_7 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_7) : (i32, vector<8xi32>) -> ()
  %m5_8 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_8) : (i32, vector<8xi32>) -> ()
  %m5_9 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_9) : (i32, vector<8xi32>) -> ()
  %m5_10 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_10) : (i32, vector<8xi32>) -> ()
  %m5_11 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_11) : (i32, vector<8xi32>) -> ()
  %m5_12 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_12) : (i32, vector<8xi32>) -> ()
  %m5_13 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_13) : (i32, vector<8xi32>) -> ()
  %m5_14 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_14) : (i32, vector<8xi32>) -> ()
  %m5_15 = vliw.vop valu mul (%x5, %x5) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m5_15) : (i32, vector<8xi32>) -> ()
  %c6 = vliw.vop const imm [48] () : () -> i32
  %b6 = vliw.vop vbroadcast (%c6) : (i32) -> vector<8xi32>
  %v6 = vliw.vop valu add (%b6, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %x6 = vliw.vop valu xor (%v6, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %m6_0 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_0) : (i32, vector<8xi32>) -> ()
  %m6_1 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_1) : (i32, vector<8xi32>) -> ()
  %m6_2 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_2) : (i32, vector<8xi32>) -> ()
  %m6_3 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_3) : (i32, vector<8xi32>) -> ()
  %m6_4 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_4) : (i32, vector<8xi32>) -> ()
  %m6_5 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_5) : (i32, vector<8xi32>) -> ()
  %m6_6 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_6) : (i32, vector<8xi32>) -> ()
  %m6_7 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_7) : (i32, vector<8xi32>) -> ()
  %m6_8 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_8) : (i32, vector<8xi32>) -> ()
  %m6_9 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_9) : (i32, vector<8xi32>) -> ()
  %m6_10 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_10) : (i32, vector<8xi32>) -> ()
  %m6_11 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_11) : (i32, vector<8xi32>) -> ()
  %m6_12 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_12) : (i32, vector<8xi32>) -> ()
  %m6_13 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_13) : (i32, vector<8xi32>) -> ()
  %m6_14 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_14) : (i32, vector<8xi32>) -> ()
  %m6_15 = vliw.vop valu mul (%x6, %x6) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m6_15) : (i32, vector<8xi32>) -> ()
  %c7 = vliw.vop const imm [56] () : () -> i32
  %b7 = vliw.vop vbroadcast (%c7) : (i32) -> vector<8xi32>
  %v7 = vliw.vop valu add (%b7, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %x7 = vliw.vop valu xor (%v7, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %m7_0 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_0) : (i32, vector<8xi32>) -> ()
  %m7_1 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_1) : (i32, vector<8xi32>) -> ()
  %m7_2 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_2) : (i32, vector<8xi32>) -> ()
  %m7_3 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_3) : (i32, vector<8xi32>) -> ()
  %m7_4 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_4) : (i32, vector<8xi32>) -> ()
  %m7_5 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_5) : (i32, vector<8xi32>) -> ()
  %m7_6 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_6) : (i32, vector<8xi32>) -> ()
  %m7_7 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_7) : (i32, vector<8xi32>) -> ()
  %m7_8 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_8) : (i32, vector<8xi32>) -> ()
  %m7_9 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_9) : (i32, vector<8xi32>) -> ()
  %m7_10 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_10) : (i32, vector<8xi32>) -> ()
  %m7_11 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_11) : (i32, vector<8xi32>) -> ()
  %m7_12 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_12) : (i32, vector<8xi32>) -> ()
  %m7_13 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_13) : (i32, vector<8xi32>) -> ()
  %m7_14 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_14) : (i32, vector<8xi32>) -> ()
  %m7_15 = vliw.vop valu mul (%x7, %x7) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m7_15) : (i32, vector<8xi32>) -> ()
  %c8 = vliw.vop const imm [64] () : () -> i32
  %b8 = vliw.vop vbroadcast (%c8) : (i32) -> vector<8xi32>
  %v8 = vliw.vop valu add (%b8, %l) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %x8 = vliw.vop valu xor (%v8, %u) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %m8_0 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_0) : (i32, vector<8xi32>) -> ()
  %m8_1 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_1) : (i32, vector<8xi32>) -> ()
  %m8_2 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_2) : (i32, vector<8xi32>) -> ()
  %m8_3 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_3) : (i32, vector<8xi32>) -> ()
  %m8_4 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_4) : (i32, vector<8xi32>) -> ()
  %m8_5 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_5) : (i32, vector<8xi32>) -> ()
  %m8_6 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_6) : (i32, vector<8xi32>) -> ()
  %m8_7 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_7) : (i32, vector<8xi32>) -> ()
  %m8_8 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_8) : (i32, vector<8xi32>) -> ()
  %m8_9 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_9) : (i32, vector<8xi32>) -> ()
  %m8_10 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_10) : (i32, vector<8xi32>) -> ()
  %m8_11 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_11) : (i32, vector<8xi32>) -> ()
  %m8_12 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_12) : (i32, vector<8xi32>) -> ()
  %m8_13 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_13) : (i32, vector<8xi32>) -> ()
  %m8_14 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_14) : (i32, vector<8xi32>) -> ()
  %m8_15 = vliw.vop valu mul (%x8, %x8) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%a0, %m8_15) : (i32, vector<8xi32>) -> ()
}
