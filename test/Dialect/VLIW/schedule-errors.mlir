// RUN: xyz-opt %s -split-input-file -verify-diagnostics --vliw-schedule | FileCheck %s

// A vprogram with no slots (a kernel left with no work) is an empty
// program: no bundles, zero cycles.
// CHECK-LABEL: vliw.program {
// CHECK-NEXT: }
// CHECK-NOT: vliw.vprogram
vliw.vprogram @empty {
}

// -----

// Nothing to schedule and nothing scheduled.
// expected-error @below {{vliw-schedule: nothing to schedule (no vliw.vprogram); lower the kernel first}}
module {
}

// -----

// One kernel per module.
vliw.vprogram @first {
  %a = vliw.vop const imm [1] () : () -> i32
  vliw.vop store (%a, %a) : (i32, i32) -> ()
}
// expected-error @below {{vliw-schedule handles one vliw.vprogram (one kernel) per module}}
vliw.vprogram @second {
  %a = vliw.vop const imm [2] () : () -> i32
  vliw.vop store (%a, %a) : (i32, i32) -> ()
}

// -----

// A vprogram holds virtual slots only.
vliw.vprogram @unlowered {
  // expected-error @below {{is not a vliw.vop, vliw.window, vliw.from_words or vliw.barrier; a vliw.vprogram holds only virtual slots (lower the kernel fully first)}}
  %a = arith.constant 1 : i32
}
