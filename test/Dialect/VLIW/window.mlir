// RUN: xyz-opt %s | FileCheck %s --check-prefix=PARSE
// RUN: xyz-opt %s --vliw-schedule | FileCheck %s
// RUN: xyz-opt %s --vliw-schedule --vliw-strict-check -o /dev/null

// Two loads chained by windows: the second vector's scratch follows the
// first's, and readers of a window read 8 words from the middle.
// PARSE-LABEL: vliw.vprogram @stencil
// PARSE: vliw.window %{{.*}}, %{{.*}} offset 1 : vector<8xi32>
// CHECK-LABEL: vliw.program
// CHECK: vliw.vload [[#A:]], {{[0-9]+}}
// CHECK: vliw.vload [[#A+8]], {{[0-9]+}}
// CHECK: vliw.valu add [[#S:]], [[#A]], [[#A+1]]
// CHECK: vliw.valu add {{[0-9]+}}, [[#S]], [[#A+2]]
vliw.vprogram @stencil {
  %a0 = vliw.vop const imm [0] () : () -> i32
  %a8 = vliw.vop const imm [8] () : () -> i32
  %o = vliw.vop const imm [100] () : () -> i32
  %a = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  %b = vliw.vop vload (%a8) : (i32) -> vector<8xi32>
  %w1 = vliw.window %a, %b offset 1 : vector<8xi32>
  %w2 = vliw.window %a, %b offset 2 : vector<8xi32>
  %s = vliw.vop valu add (%a, %w1) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  %t = vliw.vop valu add (%s, %w2) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%o, %t) : (i32, vector<8xi32>) -> ()
  vliw.vop vstore (%o, %b) : (i32, vector<8xi32>) -> ()
}
