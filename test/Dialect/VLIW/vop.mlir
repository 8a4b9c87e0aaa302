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

// -----

// `from_lanes`: a word operand reads one lane of a vector value.
// CHECK-LABEL: vliw.vprogram @from_lanes
// CHECK: vliw.vop alu add from_lanes [0, 4] (%[[V:.*]], %[[V]]) : (vector<8xi32>, vector<8xi32>) -> i32
// CHECK: vliw.vop alu xor from_lanes [-1, 7] (%{{.*}}, %[[V]]) : (i32, vector<8xi32>) -> i32
vliw.vprogram @from_lanes {
  %c = vliw.vop const imm [7] () : () -> i32
  %v = vliw.vop vbroadcast (%c) : (i32) -> vector<8xi32>
  %s = vliw.vop alu add from_lanes [0, 4] (%v, %v) : (vector<8xi32>, vector<8xi32>) -> i32
  %t = vliw.vop alu xor from_lanes [-1, 7] (%s, %v) : (i32, vector<8xi32>) -> i32
}

// -----

vliw.vprogram @from_lanes_range {
  %c = vliw.vop const imm [7] () : () -> i32
  %v = vliw.vop vbroadcast (%c) : (i32) -> vector<8xi32>
  // expected-error @below {{operand 'a' reads lane 8: only a word operand reads a lane, in [0, 8)}}
  %s = vliw.vop alu add from_lanes [8, 0] (%v, %v) : (vector<8xi32>, vector<8xi32>) -> i32
}

// -----

vliw.vprogram @from_lanes_word {
  %c = vliw.vop const imm [7] () : () -> i32
  // expected-error @below {{operand 'a' must be vector<8xi32>}}
  %s = vliw.vop alu add from_lanes [1, -1] (%c, %c) : (i32, i32) -> i32
}

// -----

vliw.vprogram @from_lanes_count {
  %c = vliw.vop const imm [7] () : () -> i32
  %v = vliw.vop vbroadcast (%c) : (i32) -> vector<8xi32>
  // expected-error @below {{`from_lanes` needs one entry per input}}
  %s = vliw.vop alu add from_lanes [1] (%v, %c) : (vector<8xi32>, i32) -> i32
}
