// Helpers (func.func) are inlined by --xyz-specialize, each call costing
// its helper's size: a chain of 11 helpers each calling the next twice
// (2,048 multiplies) specializes at once, and a chain of 20 (2^20 adds and
// as many calls, past the bound of 2^20 ops) is refused before anything is
// inlined. Recursion and
// calls to functions without a body are errors at the call.
// RUN: xyz-opt %s -split-input-file -verify-diagnostics --xyz-specialize | FileCheck %s

// CHECK-LABEL: xyz.kernel @doubling
// CHECK-COUNT-2048: arith.muli
// CHECK-NOT: arith.muli
// CHECK: xyz.store
// CHECK-NOT: func.call
xyz.kernel @doubling() attributes {xyz.outputs = ["o"]} {
  %c0 = arith.constant 0 : i32
  %x = xyz.load %c0 in "i"
  %r = func.call @g0(%x) : (i32) -> i32
  xyz.store %r, %c0 in "o"
  xyz.return
}
func.func @g0(%x: i32) -> i32 {
  %a = func.call @g1(%x) : (i32) -> i32
  %b = func.call @g1(%a) : (i32) -> i32
  return %b : i32
}
func.func @g1(%x: i32) -> i32 {
  %a = func.call @g2(%x) : (i32) -> i32
  %b = func.call @g2(%a) : (i32) -> i32
  return %b : i32
}
func.func @g2(%x: i32) -> i32 {
  %a = func.call @g3(%x) : (i32) -> i32
  %b = func.call @g3(%a) : (i32) -> i32
  return %b : i32
}
func.func @g3(%x: i32) -> i32 {
  %a = func.call @g4(%x) : (i32) -> i32
  %b = func.call @g4(%a) : (i32) -> i32
  return %b : i32
}
func.func @g4(%x: i32) -> i32 {
  %a = func.call @g5(%x) : (i32) -> i32
  %b = func.call @g5(%a) : (i32) -> i32
  return %b : i32
}
func.func @g5(%x: i32) -> i32 {
  %a = func.call @g6(%x) : (i32) -> i32
  %b = func.call @g6(%a) : (i32) -> i32
  return %b : i32
}
func.func @g6(%x: i32) -> i32 {
  %a = func.call @g7(%x) : (i32) -> i32
  %b = func.call @g7(%a) : (i32) -> i32
  return %b : i32
}
func.func @g7(%x: i32) -> i32 {
  %a = func.call @g8(%x) : (i32) -> i32
  %b = func.call @g8(%a) : (i32) -> i32
  return %b : i32
}
func.func @g8(%x: i32) -> i32 {
  %a = func.call @g9(%x) : (i32) -> i32
  %b = func.call @g9(%a) : (i32) -> i32
  return %b : i32
}
func.func @g9(%x: i32) -> i32 {
  %a = func.call @g10(%x) : (i32) -> i32
  %b = func.call @g10(%a) : (i32) -> i32
  return %b : i32
}
func.func @g10(%x: i32) -> i32 {
  %a = func.call @g11(%x) : (i32) -> i32
  %b = func.call @g11(%a) : (i32) -> i32
  return %b : i32
}
func.func @g11(%x: i32) -> i32 {
  %a = arith.muli %x, %x : i32
  return %a : i32
}

// -----

xyz.kernel @too_many() attributes {xyz.outputs = ["o"]} {
  %c0 = arith.constant 0 : i32
  %x = xyz.load %c0 in "i"
  // expected-error @+1 {{inlining the helpers this kernel calls would pass the compile-time bound of 1048576 ops in the kernel}}
  %r = func.call @f0(%x) : (i32) -> i32
  xyz.store %r, %c0 in "o"
  xyz.return
}
func.func @f0(%x: i32) -> i32 {
  %a = func.call @f1(%x) : (i32) -> i32
  %b = func.call @f1(%a) : (i32) -> i32
  return %b : i32
}
func.func @f1(%x: i32) -> i32 {
  %a = func.call @f2(%x) : (i32) -> i32
  %b = func.call @f2(%a) : (i32) -> i32
  return %b : i32
}
func.func @f2(%x: i32) -> i32 {
  %a = func.call @f3(%x) : (i32) -> i32
  %b = func.call @f3(%a) : (i32) -> i32
  return %b : i32
}
func.func @f3(%x: i32) -> i32 {
  %a = func.call @f4(%x) : (i32) -> i32
  %b = func.call @f4(%a) : (i32) -> i32
  return %b : i32
}
func.func @f4(%x: i32) -> i32 {
  %a = func.call @f5(%x) : (i32) -> i32
  %b = func.call @f5(%a) : (i32) -> i32
  return %b : i32
}
func.func @f5(%x: i32) -> i32 {
  %a = func.call @f6(%x) : (i32) -> i32
  %b = func.call @f6(%a) : (i32) -> i32
  return %b : i32
}
func.func @f6(%x: i32) -> i32 {
  %a = func.call @f7(%x) : (i32) -> i32
  %b = func.call @f7(%a) : (i32) -> i32
  return %b : i32
}
func.func @f7(%x: i32) -> i32 {
  %a = func.call @f8(%x) : (i32) -> i32
  %b = func.call @f8(%a) : (i32) -> i32
  return %b : i32
}
func.func @f8(%x: i32) -> i32 {
  %a = func.call @f9(%x) : (i32) -> i32
  %b = func.call @f9(%a) : (i32) -> i32
  return %b : i32
}
func.func @f9(%x: i32) -> i32 {
  %a = func.call @f10(%x) : (i32) -> i32
  %b = func.call @f10(%a) : (i32) -> i32
  return %b : i32
}
func.func @f10(%x: i32) -> i32 {
  %a = func.call @f11(%x) : (i32) -> i32
  %b = func.call @f11(%a) : (i32) -> i32
  return %b : i32
}
func.func @f11(%x: i32) -> i32 {
  %a = func.call @f12(%x) : (i32) -> i32
  %b = func.call @f12(%a) : (i32) -> i32
  return %b : i32
}
func.func @f12(%x: i32) -> i32 {
  %a = func.call @f13(%x) : (i32) -> i32
  %b = func.call @f13(%a) : (i32) -> i32
  return %b : i32
}
func.func @f13(%x: i32) -> i32 {
  %a = func.call @f14(%x) : (i32) -> i32
  %b = func.call @f14(%a) : (i32) -> i32
  return %b : i32
}
func.func @f14(%x: i32) -> i32 {
  %a = func.call @f15(%x) : (i32) -> i32
  %b = func.call @f15(%a) : (i32) -> i32
  return %b : i32
}
func.func @f15(%x: i32) -> i32 {
  %a = func.call @f16(%x) : (i32) -> i32
  %b = func.call @f16(%a) : (i32) -> i32
  return %b : i32
}
func.func @f16(%x: i32) -> i32 {
  %a = func.call @f17(%x) : (i32) -> i32
  %b = func.call @f17(%a) : (i32) -> i32
  return %b : i32
}
func.func @f17(%x: i32) -> i32 {
  %a = func.call @f18(%x) : (i32) -> i32
  %b = func.call @f18(%a) : (i32) -> i32
  return %b : i32
}
func.func @f18(%x: i32) -> i32 {
  %a = func.call @f19(%x) : (i32) -> i32
  %b = func.call @f19(%a) : (i32) -> i32
  return %b : i32
}
func.func @f19(%x: i32) -> i32 {
  %a = func.call @f20(%x) : (i32) -> i32
  %b = func.call @f20(%a) : (i32) -> i32
  return %b : i32
}
func.func @f20(%x: i32) -> i32 {
  %c3 = arith.constant 3 : i32
  %a = arith.addi %x, %c3 : i32
  return %a : i32
}

// -----

xyz.kernel @recursive() attributes {xyz.outputs = ["o"]} {
  %c0 = arith.constant 0 : i32
  %x = xyz.load %c0 in "i"
  %r = func.call @self(%x) : (i32) -> i32
  xyz.store %r, %c0 in "o"
  xyz.return
}
func.func @self(%x: i32) -> i32 {
  // The copy left after 64 levels keeps the helper's location.
  // expected-error @+1 {{helper calls nest too deeply (recursion?)}}
  %r = func.call @self(%x) : (i32) -> i32
  return %r : i32
}

// -----

xyz.kernel @external() attributes {xyz.outputs = ["o"]} {
  %c0 = arith.constant 0 : i32
  %x = xyz.load %c0 in "i"
  // expected-error @+1 {{cannot inline call to 'nobody': no function body in this module}}
  %r = func.call @nobody(%x) : (i32) -> i32
  xyz.store %r, %c0 in "o"
  xyz.return
}
func.func private @nobody(i32) -> i32
