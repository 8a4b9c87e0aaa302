// A lane constant's lanes made from others by ALU adds and subtracts
// (BuildProblem's planLanes) still hold their values: scheduled, run, and
// the stored words compared.
// RUN: xyz-opt %s --vliw-schedule | FileCheck %s
// RUN: rm -rf %t && mkdir -p %t
// RUN: python3 -c "print([0] * 72)" > %t/mem.json
// RUN: xyz-opt %s --vliw-schedule | xyz-translate --vliw-to-json -o %t/prog.json
// RUN: xyz-run %t/prog.json --mem %t/mem.json --dump-mem %t/out.json
// RUN: FileCheck --check-prefix=MEM %s < %t/out.json

// Four lanes are constants of their own (100, 7, 93, 30); the others are
// 100 + 7, 100 - 30, 93 - 30 and 7 + 30, after them.
// CHECK-LABEL: vliw.program
// CHECK-COUNT-2: vliw.alu sub
// CHECK: vliw.vstore
// MEM: 100, 7, 93, 30, 70, 63, 107, 37]
vliw.vprogram @lane_differences {
  %a = vliw.vop const imm [64] () : () -> i32
  %v = vliw.vop lanes const imm [100, 7, 93, 30, 70, 63, 107, 37] () : () -> vector<8xi32>
  vliw.vop vstore (%a, %v) : (i32, vector<8xi32>) -> ()
}
