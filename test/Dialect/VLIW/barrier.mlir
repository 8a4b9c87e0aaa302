// RUN: xyz-opt %s -split-input-file --vliw-schedule | FileCheck %s
// RUN: xyz-opt %s -split-input-file --vliw-schedule --vliw-strict-check -o /dev/null

// A barrier runs alone, after everything before it and before everything
// after it, as the flag protocol: store the generation to this core's flag,
// then poll (vload the flags, compare with the generation, or-reduce the
// first `cores` lanes, jump back to the vload while any core is missing).
// CHECK-LABEL: vliw.program
// CHECK: vliw.store
// CHECK: vliw.alu add [[OWN:[0-9]+]], [[FLAGS:[0-9]+]], [[CORE:[0-9]+]]
// CHECK-NEXT: vliw.const [[GEN:[0-9]+]], 1
// CHECK: vliw.vbroadcast [[GENV:[0-9]+]], [[GEN]]
// CHECK-NEXT: vliw.store [[OWN]], [[GEN]]
// CHECK: vliw.bundle {
// CHECK-NEXT: vliw.vload [[FV:[0-9]+]], [[FLAGS]]
// CHECK: vliw.valu lt [[LV:[0-9]+]], [[FV]], [[GENV]]
// CHECK: vliw.alu or
// CHECK-NEXT: vliw.alu or
// CHECK: vliw.alu or [[ANY:[0-9]+]]
// CHECK: vliw.cond_jump [[ANY]], [[POLL:[0-9]+]]
// CHECK: vliw.load
vliw.vprogram @two_phases {
  %flags = vliw.vop const imm [100] () : () -> i32
  %addr = vliw.vop const imm [200] () : () -> i32
  %core = vliw.vop coreid () : () -> i32
  vliw.vop store (%addr, %core) in "data" : (i32, i32) -> ()
  vliw.barrier (%flags, %core) cores 4 generation 1
  %x = vliw.vop load (%addr) in "data" : (i32) -> i32
  vliw.vop store (%addr, %x) in "out" : (i32, i32) -> ()
}

// -----

// With one core there is nothing to wait for.
// CHECK-LABEL: vliw.program
// CHECK-NOT: cond_jump
vliw.vprogram @one_core {
  %flags = vliw.vop const imm [100] () : () -> i32
  %core = vliw.vop coreid () : () -> i32
  vliw.barrier (%flags, %core) cores 1 generation 1
  vliw.vop store (%flags, %core) : (i32, i32) -> ()
}
