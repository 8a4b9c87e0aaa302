// RUN: xyz-opt %s -split-input-file --convert-xyz-to-vliw -verify-diagnostics

// Ops with no slot get one error at the op saying what to run or write,
// never a bare "failed to legalize" (xyz::checkMachineForm runs first).
xyz.kernel @signed() {
  %a = arith.constant 0 : i32
  %x = xyz.load %a
  // expected-error @below {{a signed comparison has no machine form (the machine's '<' is unsigned): run --xyz-expand-signed-arith (part of --xyz-schedule) first}}
  %lt = arith.cmpi slt, %x, %a : i32
  %e = arith.extui %lt : i1 to i32
  xyz.store %e, %a
  xyz.return
}

// -----

xyz.kernel @shift() {
  %a = arith.constant 0 : i32
  %x = xyz.load %a
  // expected-error @below {{'arith.shrsi' has no machine form (the machine's '//', '%' and '>>' are unsigned): run --xyz-expand-signed-arith (part of --xyz-schedule) first}}
  %s = arith.shrsi %x, %x : i32
  xyz.store %s, %a
  xyz.return
}

// -----

xyz.kernel @branch() {
  %a = arith.constant 0 : i32
  %x = xyz.load %a
  %c = arith.cmpi ult, %x, %a : i32
  // expected-error @below {{scf.if has no machine form here: the machine has no branches, so ifs become selects (--xyz-if-convert, part of --xyz-schedule), which needs arms without loops; unroll or hoist the loop out of the arm}}
  scf.if %c {
    xyz.store %x, %a
  }
  xyz.return
}

// -----

xyz.kernel @threads() {
  %n = arith.constant 4 : i32
  // expected-error @below {{xyz.foreach_thread has no machine form until its threads are expanded: run --xyz-expand-threads (part of --xyz-schedule) first}}
  xyz.foreach_thread %t < %n {
    xyz.store %t, %t
  }
  xyz.return
}

// -----

xyz.kernel @wide() {
  %a = arith.constant 0 : i32
  %x = xyz.load %a
  // expected-error @below {{'arith.extui' on i64 has no machine form: the machine computes on 32-bit words only (no floating point, no other widths); compute in i32, masking with arith.andi where a narrower value is meant}}
  %w = arith.extui %x : i32 to i64
  %t = arith.trunci %w : i64 to i32
  xyz.store %t, %a
  xyz.return
}

// -----

// expected-error @below {{kernel is not specialized}}
xyz.kernel @generic(%n: i32 {xyz.name = "n"}) {
  xyz.return
}

// -----

xyz.kernel @barrier_cores() {
  %a = arith.constant 0 : i32
  %n = xyz.load %a
  // expected-error @below {{the number of cores of a barrier must be a constant; specialize the kernel first (--xyz-specialize)}}
  xyz.barrier %a, %n
  xyz.return
}
