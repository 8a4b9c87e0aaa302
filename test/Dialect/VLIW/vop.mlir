// RUN: xyz-opt %s -split-input-file -verify-diagnostics | FileCheck %s

// CHECK-LABEL: vliw.vprogram @ok
// CHECK: vliw.vop const imm [7] () : () -> i32
// CHECK: vliw.vop valu add (%{{.*}}, %{{.*}}) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
// CHECK: vliw.vop vstore (%{{.*}}, %{{.*}}) in "out" : (i32, vector<8xi32>) -> ()
vliw.vprogram @ok {
  %c = vliw.vop const imm [7] () : () -> i32
  %v = vliw.vop vbroadcast (%c) : (i32) -> vector<8xi32>
  %s = vliw.vop valu add (%v, %v) : (vector<8xi32>, vector<8xi32>) -> vector<8xi32>
  vliw.vop vstore (%c, %s) in "out" : (i32, vector<8xi32>) -> ()
}

// -----

vliw.vprogram @missing_opcode {
  %c = vliw.vop const imm [7] () : () -> i32
  // expected-error @below {{needs a binary opcode}}
  %s = vliw.vop alu (%c, %c) : (i32, i32) -> i32
}

// -----

vliw.vprogram @wrong_arity {
  %c = vliw.vop const imm [7] () : () -> i32
  // expected-error @below {{slot kind 'load' takes 1 inputs, 0 immediates and 1 results}}
  %s = vliw.vop load (%c, %c) : (i32, i32) -> i32
}

// -----

vliw.vprogram @wrong_type {
  %c = vliw.vop const imm [7] () : () -> i32
  // expected-error @below {{operand 'dest' must be vector<8xi32>}}
  %s = vliw.vop valu add (%c, %c) : (i32, i32) -> i32
}

// -----

vliw.vprogram @control_flow {
  %c = vliw.vop const imm [7] () : () -> i32
  // expected-error @below {{slot kind 'jump' has no virtual form}}
  vliw.vop jump imm [3] () : () -> ()
}

// -----

vliw.vprogram @region_on_alu {
  %c = vliw.vop const imm [7] () : () -> i32
  // expected-error @below {{only memory accesses name a region}}
  %s = vliw.vop alu add (%c, %c) in "x" : (i32, i32) -> i32
}

// -----

vliw.vprogram @lanes_vector_kind {
  %c = vliw.vop const imm [7] () : () -> i32
  %v = vliw.vop vbroadcast (%c) : (i32) -> vector<8xi32>
  // expected-error @below {{`lanes` needs a scalar slot kind}}
  %s = vliw.vop lanes vload (%c) : (i32) -> vector<8xi32>
}

// -----

vliw.vprogram @lanes_scalar_result {
  %c = vliw.vop const imm [7] () : () -> i32
  // expected-error @below {{operand 'dest' must be vector<8xi32>}}
  %s = vliw.vop lanes load (%c) : (i32) -> i32
}
