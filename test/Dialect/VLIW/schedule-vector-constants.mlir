// RUN: xyz-opt %s --vliw-schedule | FileCheck %s

// 200 vector constants (a broadcast word plus the lanes' offsets, as a
// vector group's thread ids), each stored by one vstore: 1,600 words if
// they were all made where they are written (at the start), over the 1,536
// of scratch. Each is made just before its store instead.
// CHECK: vliw.program
// CHECK-COUNT-200: vliw.vstore
vliw.vprogram @vector_constants {
  %lanes = vliw.vop lanes const imm [0, 1, 2, 3, 4, 5, 6, 7] () : () -> vector<8xi32>
  %c0 = vliw.vop const imm [0] () : () -> i32
  %b0 = vliw.vop vbroadcast (%c0) : (i32) -> vector<8xi32>
  %v0 = vliw.vop valu add (%b0, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c1 = vliw.vop const imm [8] () : () -> i32
  %b1 = vliw.vop vbroadcast (%c1) : (i32) -> vector<8xi32>
  %v1 = vliw.vop valu add (%b1, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c2 = vliw.vop const imm [16] () : () -> i32
  %b2 = vliw.vop vbroadcast (%c2) : (i32) -> vector<8xi32>
  %v2 = vliw.vop valu add (%b2, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c3 = vliw.vop const imm [24] () : () -> i32
  %b3 = vliw.vop vbroadcast (%c3) : (i32) -> vector<8xi32>
  %v3 = vliw.vop valu add (%b3, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c4 = vliw.vop const imm [32] () : () -> i32
  %b4 = vliw.vop vbroadcast (%c4) : (i32) -> vector<8xi32>
  %v4 = vliw.vop valu add (%b4, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c5 = vliw.vop const imm [40] () : () -> i32
  %b5 = vliw.vop vbroadcast (%c5) : (i32) -> vector<8xi32>
  %v5 = vliw.vop valu add (%b5, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c6 = vliw.vop const imm [48] () : () -> i32
  %b6 = vliw.vop vbroadcast (%c6) : (i32) -> vector<8xi32>
  %v6 = vliw.vop valu add (%b6, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c7 = vliw.vop const imm [56] () : () -> i32
  %b7 = vliw.vop vbroadcast (%c7) : (i32) -> vector<8xi32>
  %v7 = vliw.vop valu add (%b7, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c8 = vliw.vop const imm [64] () : () -> i32
  %b8 = vliw.vop vbroadcast (%c8) : (i32) -> vector<8xi32>
  %v8 = vliw.vop valu add (%b8, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c9 = vliw.vop const imm [72] () : () -> i32
  %b9 = vliw.vop vbroadcast (%c9) : (i32) -> vector<8xi32>
  %v9 = vliw.vop valu add (%b9, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c10 = vliw.vop const imm [80] () : () -> i32
  %b10 = vliw.vop vbroadcast (%c10) : (i32) -> vector<8xi32>
  %v10 = vliw.vop valu add (%b10, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c11 = vliw.vop const imm [88] () : () -> i32
  %b11 = vliw.vop vbroadcast (%c11) : (i32) -> vector<8xi32>
  %v11 = vliw.vop valu add (%b11, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c12 = vliw.vop const imm [96] () : () -> i32
  %b12 = vliw.vop vbroadcast (%c12) : (i32) -> vector<8xi32>
  %v12 = vliw.vop valu add (%b12, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c13 = vliw.vop const imm [104] () : () -> i32
  %b13 = vliw.vop vbroadcast (%c13) : (i32) -> vector<8xi32>
  %v13 = vliw.vop valu add (%b13, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c14 = vliw.vop const imm [112] () : () -> i32
  %b14 = vliw.vop vbroadcast (%c14) : (i32) -> vector<8xi32>
  %v14 = vliw.vop valu add (%b14, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c15 = vliw.vop const imm [120] () : () -> i32
  %b15 = vliw.vop vbroadcast (%c15) : (i32) -> vector<8xi32>
  %v15 = vliw.vop valu add (%b15, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c16 = vliw.vop const imm [128] () : () -> i32
  %b16 = vliw.vop vbroadcast (%c16) : (i32) -> vector<8xi32>
  %v16 = vliw.vop valu add (%b16, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c17 = vliw.vop const imm [136] () : () -> i32
  %b17 = vliw.vop vbroadcast (%c17) : (i32) -> vector<8xi32>
  %v17 = vliw.vop valu add (%b17, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c18 = vliw.vop const imm [144] () : () -> i32
  %b18 = vliw.vop vbroadcast (%c18) : (i32) -> vector<8xi32>
  %v18 = vliw.vop valu add (%b18, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c19 = vliw.vop const imm [152] () : () -> i32
  %b19 = vliw.vop vbroadcast (%c19) : (i32) -> vector<8xi32>
  %v19 = vliw.vop valu add (%b19, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c20 = vliw.vop const imm [160] () : () -> i32
  %b20 = vliw.vop vbroadcast (%c20) : (i32) -> vector<8xi32>
  %v20 = vliw.vop valu add (%b20, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c21 = vliw.vop const imm [168] () : () -> i32
  %b21 = vliw.vop vbroadcast (%c21) : (i32) -> vector<8xi32>
  %v21 = vliw.vop valu add (%b21, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c22 = vliw.vop const imm [176] () : () -> i32
  %b22 = vliw.vop vbroadcast (%c22) : (i32) -> vector<8xi32>
  %v22 = vliw.vop valu add (%b22, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c23 = vliw.vop const imm [184] () : () -> i32
  %b23 = vliw.vop vbroadcast (%c23) : (i32) -> vector<8xi32>
  %v23 = vliw.vop valu add (%b23, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c24 = vliw.vop const imm [192] () : () -> i32
  %b24 = vliw.vop vbroadcast (%c24) : (i32) -> vector<8xi32>
  %v24 = vliw.vop valu add (%b24, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c25 = vliw.vop const imm [200] () : () -> i32
  %b25 = vliw.vop vbroadcast (%c25) : (i32) -> vector<8xi32>
  %v25 = vliw.vop valu add (%b25, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c26 = vliw.vop const imm [208] () : () -> i32
  %b26 = vliw.vop vbroadcast (%c26) : (i32) -> vector<8xi32>
  %v26 = vliw.vop valu add (%b26, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c27 = vliw.vop const imm [216] () : () -> i32
  %b27 = vliw.vop vbroadcast (%c27) : (i32) -> vector<8xi32>
  %v27 = vliw.vop valu add (%b27, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c28 = vliw.vop const imm [224] () : () -> i32
  %b28 = vliw.vop vbroadcast (%c28) : (i32) -> vector<8xi32>
  %v28 = vliw.vop valu add (%b28, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c29 = vliw.vop const imm [232] () : () -> i32
  %b29 = vliw.vop vbroadcast (%c29) : (i32) -> vector<8xi32>
  %v29 = vliw.vop valu add (%b29, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c30 = vliw.vop const imm [240] () : () -> i32
  %b30 = vliw.vop vbroadcast (%c30) : (i32) -> vector<8xi32>
  %v30 = vliw.vop valu add (%b30, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c31 = vliw.vop const imm [248] () : () -> i32
  %b31 = vliw.vop vbroadcast (%c31) : (i32) -> vector<8xi32>
  %v31 = vliw.vop valu add (%b31, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c32 = vliw.vop const imm [256] () : () -> i32
  %b32 = vliw.vop vbroadcast (%c32) : (i32) -> vector<8xi32>
  %v32 = vliw.vop valu add (%b32, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c33 = vliw.vop const imm [264] () : () -> i32
  %b33 = vliw.vop vbroadcast (%c33) : (i32) -> vector<8xi32>
  %v33 = vliw.vop valu add (%b33, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c34 = vliw.vop const imm [272] () : () -> i32
  %b34 = vliw.vop vbroadcast (%c34) : (i32) -> vector<8xi32>
  %v34 = vliw.vop valu add (%b34, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c35 = vliw.vop const imm [280] () : () -> i32
  %b35 = vliw.vop vbroadcast (%c35) : (i32) -> vector<8xi32>
  %v35 = vliw.vop valu add (%b35, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c36 = vliw.vop const imm [288] () : () -> i32
  %b36 = vliw.vop vbroadcast (%c36) : (i32) -> vector<8xi32>
  %v36 = vliw.vop valu add (%b36, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c37 = vliw.vop const imm [296] () : () -> i32
  %b37 = vliw.vop vbroadcast (%c37) : (i32) -> vector<8xi32>
  %v37 = vliw.vop valu add (%b37, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c38 = vliw.vop const imm [304] () : () -> i32
  %b38 = vliw.vop vbroadcast (%c38) : (i32) -> vector<8xi32>
  %v38 = vliw.vop valu add (%b38, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c39 = vliw.vop const imm [312] () : () -> i32
  %b39 = vliw.vop vbroadcast (%c39) : (i32) -> vector<8xi32>
  %v39 = vliw.vop valu add (%b39, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c40 = vliw.vop const imm [320] () : () -> i32
  %b40 = vliw.vop vbroadcast (%c40) : (i32) -> vector<8xi32>
  %v40 = vliw.vop valu add (%b40, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c41 = vliw.vop const imm [328] () : () -> i32
  %b41 = vliw.vop vbroadcast (%c41) : (i32) -> vector<8xi32>
  %v41 = vliw.vop valu add (%b41, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c42 = vliw.vop const imm [336] () : () -> i32
  %b42 = vliw.vop vbroadcast (%c42) : (i32) -> vector<8xi32>
  %v42 = vliw.vop valu add (%b42, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c43 = vliw.vop const imm [344] () : () -> i32
  %b43 = vliw.vop vbroadcast (%c43) : (i32) -> vector<8xi32>
  %v43 = vliw.vop valu add (%b43, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c44 = vliw.vop const imm [352] () : () -> i32
  %b44 = vliw.vop vbroadcast (%c44) : (i32) -> vector<8xi32>
  %v44 = vliw.vop valu add (%b44, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c45 = vliw.vop const imm [360] () : () -> i32
  %b45 = vliw.vop vbroadcast (%c45) : (i32) -> vector<8xi32>
  %v45 = vliw.vop valu add (%b45, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c46 = vliw.vop const imm [368] () : () -> i32
  %b46 = vliw.vop vbroadcast (%c46) : (i32) -> vector<8xi32>
  %v46 = vliw.vop valu add (%b46, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c47 = vliw.vop const imm [376] () : () -> i32
  %b47 = vliw.vop vbroadcast (%c47) : (i32) -> vector<8xi32>
  %v47 = vliw.vop valu add (%b47, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c48 = vliw.vop const imm [384] () : () -> i32
  %b48 = vliw.vop vbroadcast (%c48) : (i32) -> vector<8xi32>
  %v48 = vliw.vop valu add (%b48, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c49 = vliw.vop const imm [392] () : () -> i32
  %b49 = vliw.vop vbroadcast (%c49) : (i32) -> vector<8xi32>
  %v49 = vliw.vop valu add (%b49, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c50 = vliw.vop const imm [400] () : () -> i32
  %b50 = vliw.vop vbroadcast (%c50) : (i32) -> vector<8xi32>
  %v50 = vliw.vop valu add (%b50, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c51 = vliw.vop const imm [408] () : () -> i32
  %b51 = vliw.vop vbroadcast (%c51) : (i32) -> vector<8xi32>
  %v51 = vliw.vop valu add (%b51, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c52 = vliw.vop const imm [416] () : () -> i32
  %b52 = vliw.vop vbroadcast (%c52) : (i32) -> vector<8xi32>
  %v52 = vliw.vop valu add (%b52, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c53 = vliw.vop const imm [424] () : () -> i32
  %b53 = vliw.vop vbroadcast (%c53) : (i32) -> vector<8xi32>
  %v53 = vliw.vop valu add (%b53, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c54 = vliw.vop const imm [432] () : () -> i32
  %b54 = vliw.vop vbroadcast (%c54) : (i32) -> vector<8xi32>
  %v54 = vliw.vop valu add (%b54, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c55 = vliw.vop const imm [440] () : () -> i32
  %b55 = vliw.vop vbroadcast (%c55) : (i32) -> vector<8xi32>
  %v55 = vliw.vop valu add (%b55, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c56 = vliw.vop const imm [448] () : () -> i32
  %b56 = vliw.vop vbroadcast (%c56) : (i32) -> vector<8xi32>
  %v56 = vliw.vop valu add (%b56, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c57 = vliw.vop const imm [456] () : () -> i32
  %b57 = vliw.vop vbroadcast (%c57) : (i32) -> vector<8xi32>
  %v57 = vliw.vop valu add (%b57, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c58 = vliw.vop const imm [464] () : () -> i32
  %b58 = vliw.vop vbroadcast (%c58) : (i32) -> vector<8xi32>
  %v58 = vliw.vop valu add (%b58, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c59 = vliw.vop const imm [472] () : () -> i32
  %b59 = vliw.vop vbroadcast (%c59) : (i32) -> vector<8xi32>
  %v59 = vliw.vop valu add (%b59, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c60 = vliw.vop const imm [480] () : () -> i32
  %b60 = vliw.vop vbroadcast (%c60) : (i32) -> vector<8xi32>
  %v60 = vliw.vop valu add (%b60, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c61 = vliw.vop const imm [488] () : () -> i32
  %b61 = vliw.vop vbroadcast (%c61) : (i32) -> vector<8xi32>
  %v61 = vliw.vop valu add (%b61, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c62 = vliw.vop const imm [496] () : () -> i32
  %b62 = vliw.vop vbroadcast (%c62) : (i32) -> vector<8xi32>
  %v62 = vliw.vop valu add (%b62, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c63 = vliw.vop const imm [504] () : () -> i32
  %b63 = vliw.vop vbroadcast (%c63) : (i32) -> vector<8xi32>
  %v63 = vliw.vop valu add (%b63, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c64 = vliw.vop const imm [512] () : () -> i32
  %b64 = vliw.vop vbroadcast (%c64) : (i32) -> vector<8xi32>
  %v64 = vliw.vop valu add (%b64, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c65 = vliw.vop const imm [520] () : () -> i32
  %b65 = vliw.vop vbroadcast (%c65) : (i32) -> vector<8xi32>
  %v65 = vliw.vop valu add (%b65, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c66 = vliw.vop const imm [528] () : () -> i32
  %b66 = vliw.vop vbroadcast (%c66) : (i32) -> vector<8xi32>
  %v66 = vliw.vop valu add (%b66, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c67 = vliw.vop const imm [536] () : () -> i32
  %b67 = vliw.vop vbroadcast (%c67) : (i32) -> vector<8xi32>
  %v67 = vliw.vop valu add (%b67, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c68 = vliw.vop const imm [544] () : () -> i32
  %b68 = vliw.vop vbroadcast (%c68) : (i32) -> vector<8xi32>
  %v68 = vliw.vop valu add (%b68, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c69 = vliw.vop const imm [552] () : () -> i32
  %b69 = vliw.vop vbroadcast (%c69) : (i32) -> vector<8xi32>
  %v69 = vliw.vop valu add (%b69, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c70 = vliw.vop const imm [560] () : () -> i32
  %b70 = vliw.vop vbroadcast (%c70) : (i32) -> vector<8xi32>
  %v70 = vliw.vop valu add (%b70, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c71 = vliw.vop const imm [568] () : () -> i32
  %b71 = vliw.vop vbroadcast (%c71) : (i32) -> vector<8xi32>
  %v71 = vliw.vop valu add (%b71, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c72 = vliw.vop const imm [576] () : () -> i32
  %b72 = vliw.vop vbroadcast (%c72) : (i32) -> vector<8xi32>
  %v72 = vliw.vop valu add (%b72, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c73 = vliw.vop const imm [584] () : () -> i32
  %b73 = vliw.vop vbroadcast (%c73) : (i32) -> vector<8xi32>
  %v73 = vliw.vop valu add (%b73, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c74 = vliw.vop const imm [592] () : () -> i32
  %b74 = vliw.vop vbroadcast (%c74) : (i32) -> vector<8xi32>
  %v74 = vliw.vop valu add (%b74, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c75 = vliw.vop const imm [600] () : () -> i32
  %b75 = vliw.vop vbroadcast (%c75) : (i32) -> vector<8xi32>
  %v75 = vliw.vop valu add (%b75, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c76 = vliw.vop const imm [608] () : () -> i32
  %b76 = vliw.vop vbroadcast (%c76) : (i32) -> vector<8xi32>
  %v76 = vliw.vop valu add (%b76, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c77 = vliw.vop const imm [616] () : () -> i32
  %b77 = vliw.vop vbroadcast (%c77) : (i32) -> vector<8xi32>
  %v77 = vliw.vop valu add (%b77, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c78 = vliw.vop const imm [624] () : () -> i32
  %b78 = vliw.vop vbroadcast (%c78) : (i32) -> vector<8xi32>
  %v78 = vliw.vop valu add (%b78, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c79 = vliw.vop const imm [632] () : () -> i32
  %b79 = vliw.vop vbroadcast (%c79) : (i32) -> vector<8xi32>
  %v79 = vliw.vop valu add (%b79, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c80 = vliw.vop const imm [640] () : () -> i32
  %b80 = vliw.vop vbroadcast (%c80) : (i32) -> vector<8xi32>
  %v80 = vliw.vop valu add (%b80, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c81 = vliw.vop const imm [648] () : () -> i32
  %b81 = vliw.vop vbroadcast (%c81) : (i32) -> vector<8xi32>
  %v81 = vliw.vop valu add (%b81, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c82 = vliw.vop const imm [656] () : () -> i32
  %b82 = vliw.vop vbroadcast (%c82) : (i32) -> vector<8xi32>
  %v82 = vliw.vop valu add (%b82, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c83 = vliw.vop const imm [664] () : () -> i32
  %b83 = vliw.vop vbroadcast (%c83) : (i32) -> vector<8xi32>
  %v83 = vliw.vop valu add (%b83, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c84 = vliw.vop const imm [672] () : () -> i32
  %b84 = vliw.vop vbroadcast (%c84) : (i32) -> vector<8xi32>
  %v84 = vliw.vop valu add (%b84, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c85 = vliw.vop const imm [680] () : () -> i32
  %b85 = vliw.vop vbroadcast (%c85) : (i32) -> vector<8xi32>
  %v85 = vliw.vop valu add (%b85, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c86 = vliw.vop const imm [688] () : () -> i32
  %b86 = vliw.vop vbroadcast (%c86) : (i32) -> vector<8xi32>
  %v86 = vliw.vop valu add (%b86, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c87 = vliw.vop const imm [696] () : () -> i32
  %b87 = vliw.vop vbroadcast (%c87) : (i32) -> vector<8xi32>
  %v87 = vliw.vop valu add (%b87, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c88 = vliw.vop const imm [704] () : () -> i32
  %b88 = vliw.vop vbroadcast (%c88) : (i32) -> vector<8xi32>
  %v88 = vliw.vop valu add (%b88, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c89 = vliw.vop const imm [712] () : () -> i32
  %b89 = vliw.vop vbroadcast (%c89) : (i32) -> vector<8xi32>
  %v89 = vliw.vop valu add (%b89, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c90 = vliw.vop const imm [720] () : () -> i32
  %b90 = vliw.vop vbroadcast (%c90) : (i32) -> vector<8xi32>
  %v90 = vliw.vop valu add (%b90, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c91 = vliw.vop const imm [728] () : () -> i32
  %b91 = vliw.vop vbroadcast (%c91) : (i32) -> vector<8xi32>
  %v91 = vliw.vop valu add (%b91, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c92 = vliw.vop const imm [736] () : () -> i32
  %b92 = vliw.vop vbroadcast (%c92) : (i32) -> vector<8xi32>
  %v92 = vliw.vop valu add (%b92, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c93 = vliw.vop const imm [744] () : () -> i32
  %b93 = vliw.vop vbroadcast (%c93) : (i32) -> vector<8xi32>
  %v93 = vliw.vop valu add (%b93, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c94 = vliw.vop const imm [752] () : () -> i32
  %b94 = vliw.vop vbroadcast (%c94) : (i32) -> vector<8xi32>
  %v94 = vliw.vop valu add (%b94, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c95 = vliw.vop const imm [760] () : () -> i32
  %b95 = vliw.vop vbroadcast (%c95) : (i32) -> vector<8xi32>
  %v95 = vliw.vop valu add (%b95, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c96 = vliw.vop const imm [768] () : () -> i32
  %b96 = vliw.vop vbroadcast (%c96) : (i32) -> vector<8xi32>
  %v96 = vliw.vop valu add (%b96, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c97 = vliw.vop const imm [776] () : () -> i32
  %b97 = vliw.vop vbroadcast (%c97) : (i32) -> vector<8xi32>
  %v97 = vliw.vop valu add (%b97, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c98 = vliw.vop const imm [784] () : () -> i32
  %b98 = vliw.vop vbroadcast (%c98) : (i32) -> vector<8xi32>
  %v98 = vliw.vop valu add (%b98, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c99 = vliw.vop const imm [792] () : () -> i32
  %b99 = vliw.vop vbroadcast (%c99) : (i32) -> vector<8xi32>
  %v99 = vliw.vop valu add (%b99, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c100 = vliw.vop const imm [800] () : () -> i32
  %b100 = vliw.vop vbroadcast (%c100) : (i32) -> vector<8xi32>
  %v100 = vliw.vop valu add (%b100, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c101 = vliw.vop const imm [808] () : () -> i32
  %b101 = vliw.vop vbroadcast (%c101) : (i32) -> vector<8xi32>
  %v101 = vliw.vop valu add (%b101, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c102 = vliw.vop const imm [816] () : () -> i32
  %b102 = vliw.vop vbroadcast (%c102) : (i32) -> vector<8xi32>
  %v102 = vliw.vop valu add (%b102, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c103 = vliw.vop const imm [824] () : () -> i32
  %b103 = vliw.vop vbroadcast (%c103) : (i32) -> vector<8xi32>
  %v103 = vliw.vop valu add (%b103, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c104 = vliw.vop const imm [832] () : () -> i32
  %b104 = vliw.vop vbroadcast (%c104) : (i32) -> vector<8xi32>
  %v104 = vliw.vop valu add (%b104, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c105 = vliw.vop const imm [840] () : () -> i32
  %b105 = vliw.vop vbroadcast (%c105) : (i32) -> vector<8xi32>
  %v105 = vliw.vop valu add (%b105, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c106 = vliw.vop const imm [848] () : () -> i32
  %b106 = vliw.vop vbroadcast (%c106) : (i32) -> vector<8xi32>
  %v106 = vliw.vop valu add (%b106, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c107 = vliw.vop const imm [856] () : () -> i32
  %b107 = vliw.vop vbroadcast (%c107) : (i32) -> vector<8xi32>
  %v107 = vliw.vop valu add (%b107, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c108 = vliw.vop const imm [864] () : () -> i32
  %b108 = vliw.vop vbroadcast (%c108) : (i32) -> vector<8xi32>
  %v108 = vliw.vop valu add (%b108, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c109 = vliw.vop const imm [872] () : () -> i32
  %b109 = vliw.vop vbroadcast (%c109) : (i32) -> vector<8xi32>
  %v109 = vliw.vop valu add (%b109, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c110 = vliw.vop const imm [880] () : () -> i32
  %b110 = vliw.vop vbroadcast (%c110) : (i32) -> vector<8xi32>
  %v110 = vliw.vop valu add (%b110, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c111 = vliw.vop const imm [888] () : () -> i32
  %b111 = vliw.vop vbroadcast (%c111) : (i32) -> vector<8xi32>
  %v111 = vliw.vop valu add (%b111, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c112 = vliw.vop const imm [896] () : () -> i32
  %b112 = vliw.vop vbroadcast (%c112) : (i32) -> vector<8xi32>
  %v112 = vliw.vop valu add (%b112, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c113 = vliw.vop const imm [904] () : () -> i32
  %b113 = vliw.vop vbroadcast (%c113) : (i32) -> vector<8xi32>
  %v113 = vliw.vop valu add (%b113, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c114 = vliw.vop const imm [912] () : () -> i32
  %b114 = vliw.vop vbroadcast (%c114) : (i32) -> vector<8xi32>
  %v114 = vliw.vop valu add (%b114, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c115 = vliw.vop const imm [920] () : () -> i32
  %b115 = vliw.vop vbroadcast (%c115) : (i32) -> vector<8xi32>
  %v115 = vliw.vop valu add (%b115, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c116 = vliw.vop const imm [928] () : () -> i32
  %b116 = vliw.vop vbroadcast (%c116) : (i32) -> vector<8xi32>
  %v116 = vliw.vop valu add (%b116, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c117 = vliw.vop const imm [936] () : () -> i32
  %b117 = vliw.vop vbroadcast (%c117) : (i32) -> vector<8xi32>
  %v117 = vliw.vop valu add (%b117, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c118 = vliw.vop const imm [944] () : () -> i32
  %b118 = vliw.vop vbroadcast (%c118) : (i32) -> vector<8xi32>
  %v118 = vliw.vop valu add (%b118, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c119 = vliw.vop const imm [952] () : () -> i32
  %b119 = vliw.vop vbroadcast (%c119) : (i32) -> vector<8xi32>
  %v119 = vliw.vop valu add (%b119, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c120 = vliw.vop const imm [960] () : () -> i32
  %b120 = vliw.vop vbroadcast (%c120) : (i32) -> vector<8xi32>
  %v120 = vliw.vop valu add (%b120, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c121 = vliw.vop const imm [968] () : () -> i32
  %b121 = vliw.vop vbroadcast (%c121) : (i32) -> vector<8xi32>
  %v121 = vliw.vop valu add (%b121, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c122 = vliw.vop const imm [976] () : () -> i32
  %b122 = vliw.vop vbroadcast (%c122) : (i32) -> vector<8xi32>
  %v122 = vliw.vop valu add (%b122, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c123 = vliw.vop const imm [984] () : () -> i32
  %b123 = vliw.vop vbroadcast (%c123) : (i32) -> vector<8xi32>
  %v123 = vliw.vop valu add (%b123, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c124 = vliw.vop const imm [992] () : () -> i32
  %b124 = vliw.vop vbroadcast (%c124) : (i32) -> vector<8xi32>
  %v124 = vliw.vop valu add (%b124, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c125 = vliw.vop const imm [1000] () : () -> i32
  %b125 = vliw.vop vbroadcast (%c125) : (i32) -> vector<8xi32>
  %v125 = vliw.vop valu add (%b125, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c126 = vliw.vop const imm [1008] () : () -> i32
  %b126 = vliw.vop vbroadcast (%c126) : (i32) -> vector<8xi32>
  %v126 = vliw.vop valu add (%b126, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c127 = vliw.vop const imm [1016] () : () -> i32
  %b127 = vliw.vop vbroadcast (%c127) : (i32) -> vector<8xi32>
  %v127 = vliw.vop valu add (%b127, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c128 = vliw.vop const imm [1024] () : () -> i32
  %b128 = vliw.vop vbroadcast (%c128) : (i32) -> vector<8xi32>
  %v128 = vliw.vop valu add (%b128, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c129 = vliw.vop const imm [1032] () : () -> i32
  %b129 = vliw.vop vbroadcast (%c129) : (i32) -> vector<8xi32>
  %v129 = vliw.vop valu add (%b129, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c130 = vliw.vop const imm [1040] () : () -> i32
  %b130 = vliw.vop vbroadcast (%c130) : (i32) -> vector<8xi32>
  %v130 = vliw.vop valu add (%b130, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c131 = vliw.vop const imm [1048] () : () -> i32
  %b131 = vliw.vop vbroadcast (%c131) : (i32) -> vector<8xi32>
  %v131 = vliw.vop valu add (%b131, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c132 = vliw.vop const imm [1056] () : () -> i32
  %b132 = vliw.vop vbroadcast (%c132) : (i32) -> vector<8xi32>
  %v132 = vliw.vop valu add (%b132, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c133 = vliw.vop const imm [1064] () : () -> i32
  %b133 = vliw.vop vbroadcast (%c133) : (i32) -> vector<8xi32>
  %v133 = vliw.vop valu add (%b133, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c134 = vliw.vop const imm [1072] () : () -> i32
  %b134 = vliw.vop vbroadcast (%c134) : (i32) -> vector<8xi32>
  %v134 = vliw.vop valu add (%b134, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c135 = vliw.vop const imm [1080] () : () -> i32
  %b135 = vliw.vop vbroadcast (%c135) : (i32) -> vector<8xi32>
  %v135 = vliw.vop valu add (%b135, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c136 = vliw.vop const imm [1088] () : () -> i32
  %b136 = vliw.vop vbroadcast (%c136) : (i32) -> vector<8xi32>
  %v136 = vliw.vop valu add (%b136, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c137 = vliw.vop const imm [1096] () : () -> i32
  %b137 = vliw.vop vbroadcast (%c137) : (i32) -> vector<8xi32>
  %v137 = vliw.vop valu add (%b137, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c138 = vliw.vop const imm [1104] () : () -> i32
  %b138 = vliw.vop vbroadcast (%c138) : (i32) -> vector<8xi32>
  %v138 = vliw.vop valu add (%b138, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c139 = vliw.vop const imm [1112] () : () -> i32
  %b139 = vliw.vop vbroadcast (%c139) : (i32) -> vector<8xi32>
  %v139 = vliw.vop valu add (%b139, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c140 = vliw.vop const imm [1120] () : () -> i32
  %b140 = vliw.vop vbroadcast (%c140) : (i32) -> vector<8xi32>
  %v140 = vliw.vop valu add (%b140, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c141 = vliw.vop const imm [1128] () : () -> i32
  %b141 = vliw.vop vbroadcast (%c141) : (i32) -> vector<8xi32>
  %v141 = vliw.vop valu add (%b141, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c142 = vliw.vop const imm [1136] () : () -> i32
  %b142 = vliw.vop vbroadcast (%c142) : (i32) -> vector<8xi32>
  %v142 = vliw.vop valu add (%b142, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c143 = vliw.vop const imm [1144] () : () -> i32
  %b143 = vliw.vop vbroadcast (%c143) : (i32) -> vector<8xi32>
  %v143 = vliw.vop valu add (%b143, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c144 = vliw.vop const imm [1152] () : () -> i32
  %b144 = vliw.vop vbroadcast (%c144) : (i32) -> vector<8xi32>
  %v144 = vliw.vop valu add (%b144, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c145 = vliw.vop const imm [1160] () : () -> i32
  %b145 = vliw.vop vbroadcast (%c145) : (i32) -> vector<8xi32>
  %v145 = vliw.vop valu add (%b145, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c146 = vliw.vop const imm [1168] () : () -> i32
  %b146 = vliw.vop vbroadcast (%c146) : (i32) -> vector<8xi32>
  %v146 = vliw.vop valu add (%b146, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c147 = vliw.vop const imm [1176] () : () -> i32
  %b147 = vliw.vop vbroadcast (%c147) : (i32) -> vector<8xi32>
  %v147 = vliw.vop valu add (%b147, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c148 = vliw.vop const imm [1184] () : () -> i32
  %b148 = vliw.vop vbroadcast (%c148) : (i32) -> vector<8xi32>
  %v148 = vliw.vop valu add (%b148, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c149 = vliw.vop const imm [1192] () : () -> i32
  %b149 = vliw.vop vbroadcast (%c149) : (i32) -> vector<8xi32>
  %v149 = vliw.vop valu add (%b149, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c150 = vliw.vop const imm [1200] () : () -> i32
  %b150 = vliw.vop vbroadcast (%c150) : (i32) -> vector<8xi32>
  %v150 = vliw.vop valu add (%b150, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c151 = vliw.vop const imm [1208] () : () -> i32
  %b151 = vliw.vop vbroadcast (%c151) : (i32) -> vector<8xi32>
  %v151 = vliw.vop valu add (%b151, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c152 = vliw.vop const imm [1216] () : () -> i32
  %b152 = vliw.vop vbroadcast (%c152) : (i32) -> vector<8xi32>
  %v152 = vliw.vop valu add (%b152, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c153 = vliw.vop const imm [1224] () : () -> i32
  %b153 = vliw.vop vbroadcast (%c153) : (i32) -> vector<8xi32>
  %v153 = vliw.vop valu add (%b153, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c154 = vliw.vop const imm [1232] () : () -> i32
  %b154 = vliw.vop vbroadcast (%c154) : (i32) -> vector<8xi32>
  %v154 = vliw.vop valu add (%b154, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c155 = vliw.vop const imm [1240] () : () -> i32
  %b155 = vliw.vop vbroadcast (%c155) : (i32) -> vector<8xi32>
  %v155 = vliw.vop valu add (%b155, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c156 = vliw.vop const imm [1248] () : () -> i32
  %b156 = vliw.vop vbroadcast (%c156) : (i32) -> vector<8xi32>
  %v156 = vliw.vop valu add (%b156, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c157 = vliw.vop const imm [1256] () : () -> i32
  %b157 = vliw.vop vbroadcast (%c157) : (i32) -> vector<8xi32>
  %v157 = vliw.vop valu add (%b157, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c158 = vliw.vop const imm [1264] () : () -> i32
  %b158 = vliw.vop vbroadcast (%c158) : (i32) -> vector<8xi32>
  %v158 = vliw.vop valu add (%b158, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c159 = vliw.vop const imm [1272] () : () -> i32
  %b159 = vliw.vop vbroadcast (%c159) : (i32) -> vector<8xi32>
  %v159 = vliw.vop valu add (%b159, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c160 = vliw.vop const imm [1280] () : () -> i32
  %b160 = vliw.vop vbroadcast (%c160) : (i32) -> vector<8xi32>
  %v160 = vliw.vop valu add (%b160, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c161 = vliw.vop const imm [1288] () : () -> i32
  %b161 = vliw.vop vbroadcast (%c161) : (i32) -> vector<8xi32>
  %v161 = vliw.vop valu add (%b161, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c162 = vliw.vop const imm [1296] () : () -> i32
  %b162 = vliw.vop vbroadcast (%c162) : (i32) -> vector<8xi32>
  %v162 = vliw.vop valu add (%b162, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c163 = vliw.vop const imm [1304] () : () -> i32
  %b163 = vliw.vop vbroadcast (%c163) : (i32) -> vector<8xi32>
  %v163 = vliw.vop valu add (%b163, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c164 = vliw.vop const imm [1312] () : () -> i32
  %b164 = vliw.vop vbroadcast (%c164) : (i32) -> vector<8xi32>
  %v164 = vliw.vop valu add (%b164, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c165 = vliw.vop const imm [1320] () : () -> i32
  %b165 = vliw.vop vbroadcast (%c165) : (i32) -> vector<8xi32>
  %v165 = vliw.vop valu add (%b165, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c166 = vliw.vop const imm [1328] () : () -> i32
  %b166 = vliw.vop vbroadcast (%c166) : (i32) -> vector<8xi32>
  %v166 = vliw.vop valu add (%b166, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c167 = vliw.vop const imm [1336] () : () -> i32
  %b167 = vliw.vop vbroadcast (%c167) : (i32) -> vector<8xi32>
  %v167 = vliw.vop valu add (%b167, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c168 = vliw.vop const imm [1344] () : () -> i32
  %b168 = vliw.vop vbroadcast (%c168) : (i32) -> vector<8xi32>
  %v168 = vliw.vop valu add (%b168, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c169 = vliw.vop const imm [1352] () : () -> i32
  %b169 = vliw.vop vbroadcast (%c169) : (i32) -> vector<8xi32>
  %v169 = vliw.vop valu add (%b169, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c170 = vliw.vop const imm [1360] () : () -> i32
  %b170 = vliw.vop vbroadcast (%c170) : (i32) -> vector<8xi32>
  %v170 = vliw.vop valu add (%b170, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c171 = vliw.vop const imm [1368] () : () -> i32
  %b171 = vliw.vop vbroadcast (%c171) : (i32) -> vector<8xi32>
  %v171 = vliw.vop valu add (%b171, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c172 = vliw.vop const imm [1376] () : () -> i32
  %b172 = vliw.vop vbroadcast (%c172) : (i32) -> vector<8xi32>
  %v172 = vliw.vop valu add (%b172, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c173 = vliw.vop const imm [1384] () : () -> i32
  %b173 = vliw.vop vbroadcast (%c173) : (i32) -> vector<8xi32>
  %v173 = vliw.vop valu add (%b173, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c174 = vliw.vop const imm [1392] () : () -> i32
  %b174 = vliw.vop vbroadcast (%c174) : (i32) -> vector<8xi32>
  %v174 = vliw.vop valu add (%b174, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c175 = vliw.vop const imm [1400] () : () -> i32
  %b175 = vliw.vop vbroadcast (%c175) : (i32) -> vector<8xi32>
  %v175 = vliw.vop valu add (%b175, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c176 = vliw.vop const imm [1408] () : () -> i32
  %b176 = vliw.vop vbroadcast (%c176) : (i32) -> vector<8xi32>
  %v176 = vliw.vop valu add (%b176, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c177 = vliw.vop const imm [1416] () : () -> i32
  %b177 = vliw.vop vbroadcast (%c177) : (i32) -> vector<8xi32>
  %v177 = vliw.vop valu add (%b177, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c178 = vliw.vop const imm [1424] () : () -> i32
  %b178 = vliw.vop vbroadcast (%c178) : (i32) -> vector<8xi32>
  %v178 = vliw.vop valu add (%b178, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c179 = vliw.vop const imm [1432] () : () -> i32
  %b179 = vliw.vop vbroadcast (%c179) : (i32) -> vector<8xi32>
  %v179 = vliw.vop valu add (%b179, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c180 = vliw.vop const imm [1440] () : () -> i32
  %b180 = vliw.vop vbroadcast (%c180) : (i32) -> vector<8xi32>
  %v180 = vliw.vop valu add (%b180, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c181 = vliw.vop const imm [1448] () : () -> i32
  %b181 = vliw.vop vbroadcast (%c181) : (i32) -> vector<8xi32>
  %v181 = vliw.vop valu add (%b181, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c182 = vliw.vop const imm [1456] () : () -> i32
  %b182 = vliw.vop vbroadcast (%c182) : (i32) -> vector<8xi32>
  %v182 = vliw.vop valu add (%b182, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c183 = vliw.vop const imm [1464] () : () -> i32
  %b183 = vliw.vop vbroadcast (%c183) : (i32) -> vector<8xi32>
  %v183 = vliw.vop valu add (%b183, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c184 = vliw.vop const imm [1472] () : () -> i32
  %b184 = vliw.vop vbroadcast (%c184) : (i32) -> vector<8xi32>
  %v184 = vliw.vop valu add (%b184, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c185 = vliw.vop const imm [1480] () : () -> i32
  %b185 = vliw.vop vbroadcast (%c185) : (i32) -> vector<8xi32>
  %v185 = vliw.vop valu add (%b185, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c186 = vliw.vop const imm [1488] () : () -> i32
  %b186 = vliw.vop vbroadcast (%c186) : (i32) -> vector<8xi32>
  %v186 = vliw.vop valu add (%b186, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c187 = vliw.vop const imm [1496] () : () -> i32
  %b187 = vliw.vop vbroadcast (%c187) : (i32) -> vector<8xi32>
  %v187 = vliw.vop valu add (%b187, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c188 = vliw.vop const imm [1504] () : () -> i32
  %b188 = vliw.vop vbroadcast (%c188) : (i32) -> vector<8xi32>
  %v188 = vliw.vop valu add (%b188, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c189 = vliw.vop const imm [1512] () : () -> i32
  %b189 = vliw.vop vbroadcast (%c189) : (i32) -> vector<8xi32>
  %v189 = vliw.vop valu add (%b189, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c190 = vliw.vop const imm [1520] () : () -> i32
  %b190 = vliw.vop vbroadcast (%c190) : (i32) -> vector<8xi32>
  %v190 = vliw.vop valu add (%b190, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c191 = vliw.vop const imm [1528] () : () -> i32
  %b191 = vliw.vop vbroadcast (%c191) : (i32) -> vector<8xi32>
  %v191 = vliw.vop valu add (%b191, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c192 = vliw.vop const imm [1536] () : () -> i32
  %b192 = vliw.vop vbroadcast (%c192) : (i32) -> vector<8xi32>
  %v192 = vliw.vop valu add (%b192, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c193 = vliw.vop const imm [1544] () : () -> i32
  %b193 = vliw.vop vbroadcast (%c193) : (i32) -> vector<8xi32>
  %v193 = vliw.vop valu add (%b193, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c194 = vliw.vop const imm [1552] () : () -> i32
  %b194 = vliw.vop vbroadcast (%c194) : (i32) -> vector<8xi32>
  %v194 = vliw.vop valu add (%b194, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c195 = vliw.vop const imm [1560] () : () -> i32
  %b195 = vliw.vop vbroadcast (%c195) : (i32) -> vector<8xi32>
  %v195 = vliw.vop valu add (%b195, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c196 = vliw.vop const imm [1568] () : () -> i32
  %b196 = vliw.vop vbroadcast (%c196) : (i32) -> vector<8xi32>
  %v196 = vliw.vop valu add (%b196, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c197 = vliw.vop const imm [1576] () : () -> i32
  %b197 = vliw.vop vbroadcast (%c197) : (i32) -> vector<8xi32>
  %v197 = vliw.vop valu add (%b197, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c198 = vliw.vop const imm [1584] () : () -> i32
  %b198 = vliw.vop vbroadcast (%c198) : (i32) -> vector<8xi32>
  %v198 = vliw.vop valu add (%b198, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %c199 = vliw.vop const imm [1592] () : () -> i32
  %b199 = vliw.vop vbroadcast (%c199) : (i32) -> vector<8xi32>
  %v199 = vliw.vop valu add (%b199, %lanes) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%c0, %v0) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c1, %v1) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c2, %v2) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c3, %v3) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c4, %v4) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c5, %v5) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c6, %v6) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c7, %v7) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c8, %v8) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c9, %v9) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c10, %v10) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c11, %v11) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c12, %v12) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c13, %v13) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c14, %v14) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c15, %v15) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c16, %v16) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c17, %v17) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c18, %v18) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c19, %v19) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c20, %v20) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c21, %v21) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c22, %v22) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c23, %v23) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c24, %v24) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c25, %v25) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c26, %v26) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c27, %v27) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c28, %v28) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c29, %v29) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c30, %v30) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c31, %v31) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c32, %v32) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c33, %v33) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c34, %v34) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c35, %v35) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c36, %v36) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c37, %v37) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c38, %v38) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c39, %v39) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c40, %v40) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c41, %v41) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c42, %v42) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c43, %v43) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c44, %v44) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c45, %v45) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c46, %v46) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c47, %v47) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c48, %v48) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c49, %v49) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c50, %v50) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c51, %v51) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c52, %v52) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c53, %v53) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c54, %v54) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c55, %v55) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c56, %v56) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c57, %v57) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c58, %v58) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c59, %v59) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c60, %v60) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c61, %v61) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c62, %v62) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c63, %v63) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c64, %v64) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c65, %v65) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c66, %v66) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c67, %v67) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c68, %v68) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c69, %v69) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c70, %v70) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c71, %v71) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c72, %v72) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c73, %v73) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c74, %v74) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c75, %v75) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c76, %v76) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c77, %v77) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c78, %v78) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c79, %v79) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c80, %v80) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c81, %v81) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c82, %v82) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c83, %v83) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c84, %v84) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c85, %v85) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c86, %v86) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c87, %v87) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c88, %v88) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c89, %v89) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c90, %v90) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c91, %v91) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c92, %v92) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c93, %v93) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c94, %v94) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c95, %v95) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c96, %v96) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c97, %v97) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c98, %v98) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c99, %v99) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c100, %v100) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c101, %v101) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c102, %v102) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c103, %v103) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c104, %v104) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c105, %v105) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c106, %v106) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c107, %v107) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c108, %v108) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c109, %v109) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c110, %v110) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c111, %v111) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c112, %v112) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c113, %v113) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c114, %v114) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c115, %v115) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c116, %v116) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c117, %v117) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c118, %v118) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c119, %v119) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c120, %v120) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c121, %v121) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c122, %v122) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c123, %v123) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c124, %v124) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c125, %v125) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c126, %v126) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c127, %v127) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c128, %v128) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c129, %v129) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c130, %v130) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c131, %v131) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c132, %v132) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c133, %v133) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c134, %v134) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c135, %v135) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c136, %v136) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c137, %v137) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c138, %v138) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c139, %v139) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c140, %v140) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c141, %v141) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c142, %v142) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c143, %v143) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c144, %v144) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c145, %v145) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c146, %v146) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c147, %v147) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c148, %v148) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c149, %v149) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c150, %v150) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c151, %v151) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c152, %v152) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c153, %v153) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c154, %v154) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c155, %v155) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c156, %v156) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c157, %v157) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c158, %v158) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c159, %v159) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c160, %v160) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c161, %v161) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c162, %v162) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c163, %v163) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c164, %v164) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c165, %v165) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c166, %v166) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c167, %v167) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c168, %v168) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c169, %v169) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c170, %v170) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c171, %v171) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c172, %v172) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c173, %v173) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c174, %v174) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c175, %v175) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c176, %v176) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c177, %v177) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c178, %v178) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c179, %v179) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c180, %v180) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c181, %v181) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c182, %v182) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c183, %v183) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c184, %v184) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c185, %v185) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c186, %v186) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c187, %v187) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c188, %v188) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c189, %v189) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c190, %v190) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c191, %v191) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c192, %v192) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c193, %v193) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c194, %v194) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c195, %v195) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c196, %v196) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c197, %v197) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c198, %v198) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%c199, %v199) : (i32, vector<8xi32>) -> ()
}
