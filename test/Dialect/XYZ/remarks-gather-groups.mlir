// RUN: xyz-opt %s --xyz-gather-to-select-groups="remarks=missed" -verify-diagnostics

// --xyz-gather-to-select-groups, after vectorization: a range hint the
// offset's bits do not prove, and gathers with no range at all.
xyz.kernel @unproven() attributes {xyz.outputs = ["out"]} {
  %c0 = arith.constant 0 : i32
  %c8 = arith.constant 8 : i32
  %one = arith.constant dense<1> : vector<8xi32>
  %two = arith.constant dense<2> : vector<8xi32>
  %k = arith.constant dense<100> : vector<8xi32>
  %x = xyz.vload %c0 in "in" : vector<8xi32>
  %b0 = arith.andi %x, %one : vector<8xi32>
  %s = arith.shrui %x, %one : vector<8xi32>
  %b1 = arith.andi %s, %one : vector<8xi32>
  %i1 = xyz.multiply_add %x, %two, %b1 : vector<8xi32>
  %i = xyz.multiply_add %i1, %two, %b0 : vector<8xi32>
  %a = arith.addi %i, %k : vector<8xi32>
  // expected-remark @+1 {{gather kept: its offset is not a sum of bits the kernel computed, which would prove the address range [xyz-gather-to-select-groups]}}
  %g = xyz.gather %a in "tab" {xyz.address_range = array<i64: 100, 4>} : vector<8xi32>
  // expected-remark @+1 {{gather kept: no small address range is known (see --xyz-gather-to-select) [xyz-gather-to-select-groups]}}
  %h = xyz.gather %x in "big" : vector<8xi32>
  xyz.vstore %g, %c0 in "out" : vector<8xi32>
  xyz.vstore %h, %c8 in "out" : vector<8xi32>
  xyz.return
}
