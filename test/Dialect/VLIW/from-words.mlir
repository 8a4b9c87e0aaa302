// RUN: xyz-opt %s | FileCheck %s --check-prefix=PARSE
// RUN: xyz-opt %s --vliw-schedule | FileCheck %s
// RUN: xyz-opt %s --vliw-schedule --vliw-strict-check -o /dev/null
// RUN: xyz-opt %s --vliw-schedule | xyz-translate --vliw-to-json -o %t.json
// RUN: xyz-run %t.json --mem %S/Inputs/words40.json --dump-mem %t.mem --strict | FileCheck %s --check-prefix=EXEC
// RUN: %python -c "import json; print(json.load(open('%t.mem'))[32:40])" | FileCheck %s --check-prefix=MEM

// A vector made of words: lanes of two vector loads (a stride of 3 across
// them, and lane 0 twice) and a loaded word. Each lane of a vector is an
// ALU `or` of its word with itself, written into its lane of the result,
// which a vstore then reads; the loaded word is loaded into its lane.
// PARSE-LABEL: vliw.vprogram @stride3
// PARSE: vliw.from_words from_lanes [0, 3, 6, 1, 4, 7, -1, 0]
// CHECK-LABEL: vliw.program
// CHECK-DAG: vliw.vload [[#A:]], {{[0-9]+}}
// CHECK-DAG: vliw.vload [[#B:]], {{[0-9]+}}
// CHECK-DAG: vliw.alu or [[#V:]], [[#A]], [[#A]]
// CHECK-DAG: vliw.alu or [[#V+1]], [[#A+3]], [[#A+3]]
// CHECK-DAG: vliw.alu or [[#V+2]], [[#A+6]], [[#A+6]]
// CHECK-DAG: vliw.alu or [[#V+3]], [[#B+1]], [[#B+1]]
// CHECK-DAG: vliw.alu or [[#V+5]], [[#B+7]], [[#B+7]]
// CHECK-DAG: vliw.alu or [[#V+7]], [[#A]], [[#A]]
// CHECK-DAG: vliw.load [[#V+6]], {{[0-9]+}}
// CHECK-NOT: vliw.alu or [[#V+6]]
// CHECK: vliw.vstore {{[0-9]+}}, [[#V]]
// EXEC: cycles: 4
// MEM: [100, 103, 106, 109, 112, 115, 116, 100]
vliw.vprogram @stride3 {
  %a0 = vliw.vop const imm [0] () : () -> i32
  %a8 = vliw.vop const imm [8] () : () -> i32
  %a16 = vliw.vop const imm [16] () : () -> i32
  %o = vliw.vop const imm [32] () : () -> i32
  %a = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  %b = vliw.vop vload (%a8) : (i32) -> vector<8xi32>
  %w = vliw.vop load (%a16) : (i32) -> i32
  %v = vliw.from_words from_lanes [0, 3, 6, 1, 4, 7, -1, 0] (%a, %a, %a, %b, %b, %b, %w, %a) : (vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, i32, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%o, %v) : (i32, vector<8xi32>) -> ()
}
