// RUN: xyz-opt %s -split-input-file --convert-xyz-to-vliw -verify-diagnostics

xyz.kernel @signed() {
  %a = arith.constant 0 : i32
  %x = xyz.load %a
  // expected-error @below {{signed comparisons have no machine form}}
  // expected-error @below {{failed to legalize operation 'arith.cmpi'}}
  %lt = arith.cmpi slt, %x, %a : i32
  %e = arith.extui %lt : i1 to i32
  xyz.store %e, %a
  xyz.return
}

// -----

// expected-error @below {{kernel is not specialized}}
xyz.kernel @generic(%n: i32 {xyz.name = "n"}) {
  xyz.return
}
