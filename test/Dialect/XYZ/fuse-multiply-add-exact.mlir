// Numeric check that the fused formulas compute the same 32-bit words as
// the ops they replace, wrap-around included: both versions are evaluated
// on edge values (0, 1, 2^31 - 1, 2^31, 2^32 - 1, ...) and random words.
// RUN: xyz-opt %s -mlir-print-op-generic > %t.before
// RUN: xyz-opt %s --xyz-fuse-multiply-add -mlir-print-op-generic > %t.after
// RUN: %python %S/Inputs/same_words.py %t.before %t.after | FileCheck %s

// CHECK: @mul_add: same words on 500 inputs, 2 multiply_add, 4 ops -> 2
func.func @mul_add(%x: i32, %y: i32) -> i32 {
  %c = arith.constant 0x9E3779B9 : i32
  %m = arith.muli %x, %y : i32
  %r = arith.addi %m, %y : i32
  %p = arith.muli %c, %r : i32
  %s = arith.addi %x, %p : i32
  return %s : i32
}

// CHECK: @shl_add: same words on 500 inputs, 2 multiply_add, 4 ops -> 2
func.func @shl_add(%x: i32, %y: i32) -> i32 {
  %k31 = arith.constant 31 : i32
  %k7 = arith.constant 7 : i32
  %s = arith.shli %x, %k31 : i32
  %r = arith.addi %y, %s : i32
  %t = arith.shli %r, %k7 : i32
  %u = arith.addi %t, %x : i32
  return %u : i32
}

// The hash-like stage (a + C) + (a << 12) -> one multiply_add(a, 4097, C).
// CHECK: @hash_stage: same words on 500 inputs, 1 multiply_add, 3 ops -> 1
func.func @hash_stage(%a: i32, %unused: i32) -> i32 {
  %c = arith.constant 0x7ED55D16 : i32
  %k12 = arith.constant 12 : i32
  %s0a = arith.addi %a, %c : i32
  %s0b = arith.shli %a, %k12 : i32
  %r = arith.addi %s0a, %s0b : i32
  return %r : i32
}

// (a + y) + (a << 30), y a value.
// CHECK: @add_shifted_self: same words on 500 inputs, 1 multiply_add, 3 ops -> 1
func.func @add_shifted_self(%a: i32, %y: i32) -> i32 {
  %k30 = arith.constant 30 : i32
  %s = arith.addi %y, %a : i32
  %h = arith.shli %a, %k30 : i32
  %r = arith.addi %h, %s : i32
  return %r : i32
}

// Compositions whose new constants wrap around 2^32.
// CHECK: @compose: same words on 500 inputs, 4 multiply_add, 10 ops -> 5
func.func @compose(%a: i32, %y: i32) -> (i32, i32, i32, i32, i32) {
  %m = arith.constant 0xC0000003 : i32
  %c = arith.constant 0xFFFFFFF0 : i32
  %k = arith.constant 0x80000001 : i32
  %k29 = arith.constant 29 : i32
  %c2 = arith.constant 0x7FFFFFFF : i32
  %f = xyz.multiply_add %a, %m, %c : i32
  %r1 = arith.shli %f, %k29 : i32
  %g = xyz.multiply_add %m, %a, %c : i32
  %r2 = arith.muli %g, %k : i32
  %h = xyz.multiply_add %a, %y, %c : i32
  %r3 = arith.addi %c2, %h : i32
  %i = arith.addi %a, %c2 : i32
  %r4 = arith.muli %k, %i : i32
  %p = arith.muli %a, %m : i32
  %r5 = arith.subi %y, %p : i32
  return %r1, %r2, %r3, %r4, %r5 : i32, i32, i32, i32, i32
}

// A multiply-add duplicated into its three users (vectors: 4 ops -> 3).
// CHECK: @duplicate: same words on 500 inputs, 2 multiply_add, 4 ops -> 3
func.func @duplicate(%a: vector<8xi32>, %y: vector<8xi32>) -> (vector<8xi32>, vector<8xi32>, vector<8xi32>) {
  %m = arith.constant dense<0x12345679> : vector<8xi32>
  %c = arith.constant dense<0xDEADBEEF> : vector<8xi32>
  %k = arith.constant dense<27> : vector<8xi32>
  %f = xyz.multiply_add %a, %m, %c : vector<8xi32>
  %r1 = arith.shli %f, %k : vector<8xi32>
  %r2 = arith.muli %m, %f : vector<8xi32>
  %r3 = arith.subi %f, %c : vector<8xi32>
  return %r1, %r2, %r3 : vector<8xi32>, vector<8xi32>, vector<8xi32>
}

// A six-stage hash on vectors: the three (a + c) + (a << k) stages fuse,
// and the stage-2 result, used by an add and a shift only, is duplicated
// into both.
// CHECK: @hash_vector: same words on 500 inputs, 4 multiply_add, 18 ops -> 11
func.func @hash_vector(%a0: vector<8xi32>, %x: vector<8xi32>) -> vector<8xi32> {
  %c0 = arith.constant dense<0x7ED55D16> : vector<8xi32>
  %c1 = arith.constant dense<0xC761C23C> : vector<8xi32>
  %c2 = arith.constant dense<0x165667B1> : vector<8xi32>
  %c3 = arith.constant dense<0xD3A2646C> : vector<8xi32>
  %c4 = arith.constant dense<0xFD7046C5> : vector<8xi32>
  %c5 = arith.constant dense<0xB55A4F09> : vector<8xi32>
  %k12 = arith.constant dense<12> : vector<8xi32>
  %k19 = arith.constant dense<19> : vector<8xi32>
  %k5 = arith.constant dense<5> : vector<8xi32>
  %k9 = arith.constant dense<9> : vector<8xi32>
  %k3 = arith.constant dense<3> : vector<8xi32>
  %k16 = arith.constant dense<16> : vector<8xi32>
  %s0a = arith.addi %a0, %c0 : vector<8xi32>
  %s0b = arith.shli %a0, %k12 : vector<8xi32>
  %a1 = arith.addi %s0a, %s0b : vector<8xi32>
  %s1a = arith.xori %a1, %c1 : vector<8xi32>
  %s1b = arith.shrui %a1, %k19 : vector<8xi32>
  %a2 = arith.xori %s1a, %s1b : vector<8xi32>
  %s2a = arith.addi %a2, %c2 : vector<8xi32>
  %s2b = arith.shli %a2, %k5 : vector<8xi32>
  %a3 = arith.addi %s2a, %s2b : vector<8xi32>
  %s3a = arith.addi %a3, %c3 : vector<8xi32>
  %s3b = arith.shli %a3, %k9 : vector<8xi32>
  %a4 = arith.xori %s3a, %s3b : vector<8xi32>
  %s4a = arith.addi %a4, %c4 : vector<8xi32>
  %s4b = arith.shli %a4, %k3 : vector<8xi32>
  %a5 = arith.addi %s4a, %s4b : vector<8xi32>
  %s5a = arith.xori %a5, %c5 : vector<8xi32>
  %s5b = arith.shrui %a5, %k16 : vector<8xi32>
  %a6 = arith.xori %s5a, %s5b : vector<8xi32>
  return %a6 : vector<8xi32>
}

// Refused rewrites stay refused (and exact): right shifts, a shift by 32.
// CHECK: @refused: same words on 500 inputs, 0 multiply_add, 6 ops -> 6
func.func @refused(%a: i32, %y: i32) -> i32 {
  %k32 = arith.constant 32 : i32
  %k3 = arith.constant 3 : i32
  %s1 = arith.shrui %a, %k3 : i32
  %r1 = arith.addi %s1, %y : i32
  %s2 = arith.shrsi %r1, %k3 : i32
  %r2 = arith.addi %s2, %y : i32
  %s3 = arith.shli %r2, %k32 : i32
  %r3 = arith.addi %s3, %a : i32
  return %r3 : i32
}
