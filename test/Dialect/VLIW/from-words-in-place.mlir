// RUN: xyz-opt %s --vliw-schedule | FileCheck %s
// RUN: xyz-opt %s --vliw-schedule --vliw-strict-check -o /dev/null
// RUN: xyz-opt %s --vliw-schedule | xyz-translate --vliw-to-json -o %t.json
// RUN: xyz-run %t.json --mem %S/Inputs/words40.json --dump-mem %t.mem --strict | FileCheck %s --check-prefix=EXEC
// RUN: %python -c "import json; print(json.load(open('%t.mem'))[32:40])" | FileCheck %s --check-prefix=MEM

// The running sums of a vector's lanes (a chunk of a scan): each sum is the
// next one's operand and a lane of the vector stored. Each ALU add writes
// its sum straight into its lane, no copy; lane 0, a lane of the loaded
// vector, is copied.
// CHECK-LABEL: vliw.program
// CHECK-DAG: vliw.vload [[#A:]], {{[0-9]+}}
// CHECK-DAG: vliw.alu or [[#V:]], [[#A]], [[#A]]
// CHECK-DAG: vliw.alu add [[#V+1]], [[#A]], [[#A+1]]
// CHECK-DAG: vliw.alu add [[#V+2]], [[#V+1]], [[#A+2]]
// CHECK-DAG: vliw.alu add [[#V+7]], [[#V+6]], [[#A+7]]
// CHECK-NOT: vliw.alu or
// CHECK: vliw.vstore {{[0-9]+}}, [[#V]]
// EXEC: cycles: 9
// MEM: [100, 201, 303, 406, 510, 615, 721, 828]
vliw.vprogram @running_sums {
  %a0 = vliw.vop const imm [0] () : () -> i32
  %o = vliw.vop const imm [32] () : () -> i32
  %a = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  %p1 = vliw.vop alu add from_lanes [0, 1] (%a, %a) : (vector<8xi32>, vector<8xi32>) -> i32
  %p2 = vliw.vop alu add from_lanes [-1, 2] (%p1, %a) : (i32, vector<8xi32>) -> i32
  %p3 = vliw.vop alu add from_lanes [-1, 3] (%p2, %a) : (i32, vector<8xi32>) -> i32
  %p4 = vliw.vop alu add from_lanes [-1, 4] (%p3, %a) : (i32, vector<8xi32>) -> i32
  %p5 = vliw.vop alu add from_lanes [-1, 5] (%p4, %a) : (i32, vector<8xi32>) -> i32
  %p6 = vliw.vop alu add from_lanes [-1, 6] (%p5, %a) : (i32, vector<8xi32>) -> i32
  %p7 = vliw.vop alu add from_lanes [-1, 7] (%p6, %a) : (i32, vector<8xi32>) -> i32
  %v = vliw.from_words from_lanes [0, -1, -1, -1, -1, -1, -1, -1] (%a, %p1, %p2, %p3, %p4, %p5, %p6, %p7) : (vector<8xi32>, i32, i32, i32, i32, i32, i32, i32) -> vector<8xi32>
  vliw.vop vstore (%o, %v) : (i32, vector<8xi32>) -> ()
}
