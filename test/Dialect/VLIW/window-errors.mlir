// RUN: xyz-opt %s -split-input-file -verify-diagnostics

// vliw.window: the offset, and adjacencies that can be laid out.
vliw.vprogram @bad_offset {
  %a0 = vliw.vop const imm [0] () : () -> i32
  %a = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  %b = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  // expected-error @below {{offset must be in [1, 7], got 8}}
  %w = vliw.window %a, %b offset 8 : vector<8xi32>
}

// -----

vliw.vprogram @contradiction {
  %a0 = vliw.vop const imm [0] () : () -> i32
  %a = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  %b = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  %c = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  %w = vliw.window %a, %b offset 1 : vector<8xi32>
  // expected-error @below {{asks for an adjacency another vliw.window contradicts}}
  %v = vliw.window %a, %c offset 1 : vector<8xi32>
}

// -----

// expected-error @below {{vliw.window ops chain vectors in a cycle}}
vliw.vprogram @cycle {
  %a0 = vliw.vop const imm [0] () : () -> i32
  %a = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  %b = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  %w = vliw.window %a, %b offset 1 : vector<8xi32>
  %v = vliw.window %b, %a offset 1 : vector<8xi32>
}

// -----

vliw.vprogram @same {
  %a0 = vliw.vop const imm [0] () : () -> i32
  %a = vliw.vop vload (%a0) : (i32) -> vector<8xi32>
  // expected-error @below {{needs two different vectors}}
  %w = vliw.window %a, %a offset 1 : vector<8xi32>
}
