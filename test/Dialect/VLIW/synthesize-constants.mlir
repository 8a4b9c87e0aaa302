// RUN: xyz-opt %s --split-input-file --vliw-synthesize-constants | FileCheck %s
// RUN: xyz-opt %s --split-input-file --vliw-synthesize-constants=max-depth=0 | FileCheck %s --check-prefix=NONE

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

// -----

// A load-bound program whose 40 vload addresses are 1 + 8g: the pass adds
// the stride's multiples 8, 16, 24 as constants (k = 4, about the square
// root of the 39 steps / 2). With max-depth 2, anchors every 2k - 1 = 7
// terms would stay constants (1, 57, 113, 169, 225, 281), the others
// anchor + 8i (depth 1) or (anchor + 8i) + 8j (depth 2). But the load
// engine binds and not the chain: the address of the g-th vload is needed
// no earlier than cycle g / 2, so it may come from a chain of depth up to
// g / 2 - 1 (at most 16). Only 1 and 57 (read at g = 7: depth 2 at most,
// 33 + 24 would be 3) stay: 5 constants instead of 40 (and 329, below).
// CHECK-LABEL: vliw.vprogram @progression
// CHECK-COUNT-5: vliw.vop const
// CHECK: vliw.vop const imm [329]
// CHECK-NOT: vliw.vop const
// CHECK: vliw.vop alu add
// NONE-LABEL: vliw.vprogram @progression
// NONE-NOT: imm [16]
// NONE-COUNT-41: vliw.vop const
// NONE-NOT: vliw.vop const
vliw.vprogram @progression {
  %a0 = vliw.vop const imm [1] () : () -> i32
  %v0 = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  %a1 = vliw.vop const imm [9] () : () -> i32
  %v1 = vliw.vop vload (%a1) : (i32) -> vector<8xi32>
  %a2 = vliw.vop const imm [17] () : () -> i32
  %v2 = vliw.vop vload (%a2) : (i32) -> vector<8xi32>
  %a3 = vliw.vop const imm [25] () : () -> i32
  %v3 = vliw.vop vload (%a3) : (i32) -> vector<8xi32>
  %a4 = vliw.vop const imm [33] () : () -> i32
  %v4 = vliw.vop vload (%a4) : (i32) -> vector<8xi32>
  %a5 = vliw.vop const imm [41] () : () -> i32
  %v5 = vliw.vop vload (%a5) : (i32) -> vector<8xi32>
  %a6 = vliw.vop const imm [49] () : () -> i32
  %v6 = vliw.vop vload (%a6) : (i32) -> vector<8xi32>
  %a7 = vliw.vop const imm [57] () : () -> i32
  %v7 = vliw.vop vload (%a7) : (i32) -> vector<8xi32>
  %a8 = vliw.vop const imm [65] () : () -> i32
  %v8 = vliw.vop vload (%a8) : (i32) -> vector<8xi32>
  %a9 = vliw.vop const imm [73] () : () -> i32
  %v9 = vliw.vop vload (%a9) : (i32) -> vector<8xi32>
  %a10 = vliw.vop const imm [81] () : () -> i32
  %v10 = vliw.vop vload (%a10) : (i32) -> vector<8xi32>
  %a11 = vliw.vop const imm [89] () : () -> i32
  %v11 = vliw.vop vload (%a11) : (i32) -> vector<8xi32>
  %a12 = vliw.vop const imm [97] () : () -> i32
  %v12 = vliw.vop vload (%a12) : (i32) -> vector<8xi32>
  %a13 = vliw.vop const imm [105] () : () -> i32
  %v13 = vliw.vop vload (%a13) : (i32) -> vector<8xi32>
  %a14 = vliw.vop const imm [113] () : () -> i32
  %v14 = vliw.vop vload (%a14) : (i32) -> vector<8xi32>
  %a15 = vliw.vop const imm [121] () : () -> i32
  %v15 = vliw.vop vload (%a15) : (i32) -> vector<8xi32>
  %a16 = vliw.vop const imm [129] () : () -> i32
  %v16 = vliw.vop vload (%a16) : (i32) -> vector<8xi32>
  %a17 = vliw.vop const imm [137] () : () -> i32
  %v17 = vliw.vop vload (%a17) : (i32) -> vector<8xi32>
  %a18 = vliw.vop const imm [145] () : () -> i32
  %v18 = vliw.vop vload (%a18) : (i32) -> vector<8xi32>
  %a19 = vliw.vop const imm [153] () : () -> i32
  %v19 = vliw.vop vload (%a19) : (i32) -> vector<8xi32>
  %a20 = vliw.vop const imm [161] () : () -> i32
  %v20 = vliw.vop vload (%a20) : (i32) -> vector<8xi32>
  %a21 = vliw.vop const imm [169] () : () -> i32
  %v21 = vliw.vop vload (%a21) : (i32) -> vector<8xi32>
  %a22 = vliw.vop const imm [177] () : () -> i32
  %v22 = vliw.vop vload (%a22) : (i32) -> vector<8xi32>
  %a23 = vliw.vop const imm [185] () : () -> i32
  %v23 = vliw.vop vload (%a23) : (i32) -> vector<8xi32>
  %a24 = vliw.vop const imm [193] () : () -> i32
  %v24 = vliw.vop vload (%a24) : (i32) -> vector<8xi32>
  %a25 = vliw.vop const imm [201] () : () -> i32
  %v25 = vliw.vop vload (%a25) : (i32) -> vector<8xi32>
  %a26 = vliw.vop const imm [209] () : () -> i32
  %v26 = vliw.vop vload (%a26) : (i32) -> vector<8xi32>
  %a27 = vliw.vop const imm [217] () : () -> i32
  %v27 = vliw.vop vload (%a27) : (i32) -> vector<8xi32>
  %a28 = vliw.vop const imm [225] () : () -> i32
  %v28 = vliw.vop vload (%a28) : (i32) -> vector<8xi32>
  %a29 = vliw.vop const imm [233] () : () -> i32
  %v29 = vliw.vop vload (%a29) : (i32) -> vector<8xi32>
  %a30 = vliw.vop const imm [241] () : () -> i32
  %v30 = vliw.vop vload (%a30) : (i32) -> vector<8xi32>
  %a31 = vliw.vop const imm [249] () : () -> i32
  %v31 = vliw.vop vload (%a31) : (i32) -> vector<8xi32>
  %a32 = vliw.vop const imm [257] () : () -> i32
  %v32 = vliw.vop vload (%a32) : (i32) -> vector<8xi32>
  %a33 = vliw.vop const imm [265] () : () -> i32
  %v33 = vliw.vop vload (%a33) : (i32) -> vector<8xi32>
  %a34 = vliw.vop const imm [273] () : () -> i32
  %v34 = vliw.vop vload (%a34) : (i32) -> vector<8xi32>
  %a35 = vliw.vop const imm [281] () : () -> i32
  %v35 = vliw.vop vload (%a35) : (i32) -> vector<8xi32>
  %a36 = vliw.vop const imm [289] () : () -> i32
  %v36 = vliw.vop vload (%a36) : (i32) -> vector<8xi32>
  %a37 = vliw.vop const imm [297] () : () -> i32
  %v37 = vliw.vop vload (%a37) : (i32) -> vector<8xi32>
  %a38 = vliw.vop const imm [305] () : () -> i32
  %v38 = vliw.vop vload (%a38) : (i32) -> vector<8xi32>
  %a39 = vliw.vop const imm [313] () : () -> i32
  %v39 = vliw.vop vload (%a39) : (i32) -> vector<8xi32>
  // 329 = 313 + 16 would have depth 13: fine for a load this late, but it
  // is an offset to a computed base, whose chain it would lengthen; it
  // stays a constant.
  %core = vliw.vop coreid () : () -> i32
  %off = vliw.vop const imm [329] () : () -> i32
  %addr = vliw.vop alu add (%core, %off) : (i32, i32) -> i32
  %v40 = vliw.vop vload (%addr) : (i32) -> vector<8xi32>
}

// -----

// The first load waits for its address, and 96 sits on the longest chain
// to it (96 -> mul -> add -> load): 96 = 16 + 80 would make it an add,
// ready a cycle later, so it stays a constant. 112 = 16 + 96, read only by
// a later store, has slack and becomes an add.
// CHECK-LABEL: vliw.vprogram @first_load_chain
// CHECK-DAG: %[[C16:.*]] = vliw.vop const imm [16]
// CHECK-DAG: vliw.vop const imm [80]
// CHECK-DAG: %[[C96:.*]] = vliw.vop const imm [96]
// CHECK-DAG: vliw.vop alu add (%[[C16]], %[[C96]])
// CHECK-NOT: imm [112]
// NONE-LABEL: vliw.vprogram @first_load_chain
// NONE-COUNT-4: vliw.vop const
vliw.vprogram @first_load_chain {
  %c16 = vliw.vop const imm [16] () : () -> i32
  %c80 = vliw.vop const imm [80] () : () -> i32
  %c96 = vliw.vop const imm [96] () : () -> i32
  %m = vliw.vop alu mul (%c16, %c96) : (i32, i32) -> i32
  %a = vliw.vop alu add (%m, %c16) : (i32, i32) -> i32
  %v = vliw.vop load (%a) : (i32) -> i32
  vliw.vop store (%c80, %v) : (i32, i32) -> ()
  %c112 = vliw.vop const imm [112] () : () -> i32
  vliw.vop store (%c112, %v) : (i32, i32) -> ()
}

// -----

// Addresses 1 + 8g read by a vload before a barrier and by a vstore after
// it: each is live across the barrier, where vliw-schedule may have to
// recompute it near its readers, so none gets a deeper chain than
// max-depth. With the multiples 8 and 16 (k = 3) the anchors 1, 41, 81 and
// 121 stay constants, beside 8, 16 and the flags' 2000.
// CHECK-LABEL: vliw.vprogram @across_barrier
// CHECK-COUNT-7: vliw.vop const
// CHECK-NOT: vliw.vop const
vliw.vprogram @across_barrier {
  %flags = vliw.vop const imm [2000] () : () -> i32
  %core = vliw.vop coreid () : () -> i32
  %a0 = vliw.vop const imm [1] () : () -> i32
  %v0 = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  %a1 = vliw.vop const imm [9] () : () -> i32
  %v1 = vliw.vop vload (%a1) : (i32) -> vector<8xi32>
  %a2 = vliw.vop const imm [17] () : () -> i32
  %v2 = vliw.vop vload (%a2) : (i32) -> vector<8xi32>
  %a3 = vliw.vop const imm [25] () : () -> i32
  %v3 = vliw.vop vload (%a3) : (i32) -> vector<8xi32>
  %a4 = vliw.vop const imm [33] () : () -> i32
  %v4 = vliw.vop vload (%a4) : (i32) -> vector<8xi32>
  %a5 = vliw.vop const imm [41] () : () -> i32
  %v5 = vliw.vop vload (%a5) : (i32) -> vector<8xi32>
  %a6 = vliw.vop const imm [49] () : () -> i32
  %v6 = vliw.vop vload (%a6) : (i32) -> vector<8xi32>
  %a7 = vliw.vop const imm [57] () : () -> i32
  %v7 = vliw.vop vload (%a7) : (i32) -> vector<8xi32>
  %a8 = vliw.vop const imm [65] () : () -> i32
  %v8 = vliw.vop vload (%a8) : (i32) -> vector<8xi32>
  %a9 = vliw.vop const imm [73] () : () -> i32
  %v9 = vliw.vop vload (%a9) : (i32) -> vector<8xi32>
  %a10 = vliw.vop const imm [81] () : () -> i32
  %v10 = vliw.vop vload (%a10) : (i32) -> vector<8xi32>
  %a11 = vliw.vop const imm [89] () : () -> i32
  %v11 = vliw.vop vload (%a11) : (i32) -> vector<8xi32>
  %a12 = vliw.vop const imm [97] () : () -> i32
  %v12 = vliw.vop vload (%a12) : (i32) -> vector<8xi32>
  %a13 = vliw.vop const imm [105] () : () -> i32
  %v13 = vliw.vop vload (%a13) : (i32) -> vector<8xi32>
  %a14 = vliw.vop const imm [113] () : () -> i32
  %v14 = vliw.vop vload (%a14) : (i32) -> vector<8xi32>
  %a15 = vliw.vop const imm [121] () : () -> i32
  %v15 = vliw.vop vload (%a15) : (i32) -> vector<8xi32>
  vliw.barrier (%flags, %core) cores 1 generation 1
  vliw.vop vstore (%a0, %v0) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a1, %v1) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a2, %v2) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a3, %v3) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a4, %v4) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a5, %v5) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a6, %v6) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a7, %v7) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a8, %v8) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a9, %v9) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a10, %v10) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a11, %v11) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a12, %v12) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a13, %v13) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a14, %v14) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%a15, %v15) : (i32, vector<8xi32>) -> ()
}

// -----

// The ALU binds (four vectors made of words: 32 ALU copies against 4
// vector loads, 4 stores and 9 constants): an add in place of a constant
// moves a slot from the load engine to the ALU, and only as many go as
// make the two floors equal: (12 * 13 - 3 * 32) / 15 = 4 of the 8 that
// are sums of others.
// CHECK-LABEL: vliw.vprogram @alu_binds
// CHECK-COUNT-4: vliw.vop alu add
// CHECK-NOT: vliw.vop alu add
vliw.vprogram @alu_binds {
  %c0 = vliw.vop const imm [0] () : () -> i32
  %c1 = vliw.vop const imm [8] () : () -> i32
  %c2 = vliw.vop const imm [16] () : () -> i32
  %c3 = vliw.vop const imm [24] () : () -> i32
  %c4 = vliw.vop const imm [32] () : () -> i32
  %c5 = vliw.vop const imm [40] () : () -> i32
  %c6 = vliw.vop const imm [48] () : () -> i32
  %c7 = vliw.vop const imm [56] () : () -> i32
  %c8 = vliw.vop const imm [64] () : () -> i32
  %v0 = vliw.vop vload (%c0) : (i32) -> vector<8xi32>
  %v1 = vliw.vop vload (%c1) : (i32) -> vector<8xi32>
  %v2 = vliw.vop vload (%c2) : (i32) -> vector<8xi32>
  %v3 = vliw.vop vload (%c3) : (i32) -> vector<8xi32>
  %w0 = vliw.from_words from_lanes [7, 6, 5, 4, 3, 2, 1, 0] (%v0, %v0, %v0, %v0, %v0, %v0, %v0, %v0) : (vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %w1 = vliw.from_words from_lanes [7, 6, 5, 4, 3, 2, 1, 0] (%v1, %v1, %v1, %v1, %v1, %v1, %v1, %v1) : (vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %w2 = vliw.from_words from_lanes [7, 6, 5, 4, 3, 2, 1, 0] (%v2, %v2, %v2, %v2, %v2, %v2, %v2, %v2) : (vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %w3 = vliw.from_words from_lanes [7, 6, 5, 4, 3, 2, 1, 0] (%v3, %v3, %v3, %v3, %v3, %v3, %v3, %v3) : (vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%c4, %w0) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c5, %w1) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c6, %w2) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c7, %w3) : (i32, vector<8xi32>) -> ()
  vliw.vop store (%c8, %c8) : (i32, i32) -> ()
}
