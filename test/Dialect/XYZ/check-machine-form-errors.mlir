// RUN: xyz-opt %s -split-input-file --xyz-schedule -verify-diagnostics

// What --xyz-schedule cannot compile is named at the op with what to write
// instead (--xyz-check-machine-form), never a bare "failed to legalize".

// A loop whose trip count depends on a loaded value.
xyz.kernel @data_loop() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %trips = arith.index_cast %x : i32 to index
    // expected-error @below {{scf.for whose trip count is not a constant after specialization has no machine form: the compiled program is straight-line code, so every loop is unrolled at its constant trip count, and this one depends on data; loop to a constant maximum instead and keep a per-thread condition: 'scf.for %k = %c0 to %max step %c1 iter_args(%x = %init)' whose body computes '%active = arith.cmpi slt, %k, %n' and yields 'arith.select %active, %next, %x' (or wraps the update in an scf.if on %active); the maximum may be a shape parameter. Or declare the most iterations the loop makes: 'scf.for ... {xyz.max_trips = 16}' compiles it as that many guarded iterations}}
    %r = scf.for %k = %c0 to %trips step %c1 iter_args(%v = %x) -> (i32) {
      %w = arith.addi %v, %one : i32
      scf.yield %w : i32
    }
    xyz.store %r, %t in "x"
  }
  xyz.return
}

// -----

xyz.kernel @while_loop() {
  %n = arith.constant 16 : i32
  %c1 = arith.constant 1 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    // expected-error @below {{scf.while has no machine form: the compiled program is straight-line code, so every loop is unrolled at a constant trip count; loop to a constant maximum instead and keep a per-thread condition}}
    %r = scf.while (%v = %x) : (i32) -> i32 {
      %more = arith.cmpi ugt, %v, %c1 : i32
      scf.condition(%more) %v : i32
    } do {
    ^bb0(%v: i32):
      %h = arith.shrui %v, %c1 : i32
      scf.yield %h : i32
    }
    xyz.store %r, %t in "x"
  }
  xyz.return
}

// -----

// An if holding such a loop: the loop is named, not the if.
xyz.kernel @loop_in_if() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c5 = arith.constant 5 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %c = arith.cmpi ult, %x, %c5 : i32
    %r = scf.if %c -> (i32) {
      %trips = arith.index_cast %x : i32 to index
      // expected-error @below {{scf.for whose trip count is not a constant after specialization has no machine form}}
      %s = scf.for %k = %c0 to %trips step %c1 iter_args(%v = %x) -> (i32) {
        %w = arith.addi %v, %x : i32
        scf.yield %w : i32
      }
      scf.yield %s : i32
    } else {
      scf.yield %x : i32
    }
    xyz.store %r, %t in "x"
  }
  xyz.return
}

// -----

xyz.kernel @float() {
  %n = arith.constant 16 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    // expected-error @below {{'arith.uitofp' on f32 has no machine form: the machine computes on 32-bit words only (no floating point, no other widths); compute in i32, masking with arith.andi where a narrower value is meant}}
    %f = arith.uitofp %x : i32 to f32
    %g = arith.addf %f, %f : f32
    %y = arith.fptoui %g : f32 to i32
    xyz.store %y, %t in "x"
  }
  xyz.return
}

// -----

xyz.kernel @narrow() {
  %n = arith.constant 16 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    // expected-error @below {{'arith.trunci' on i8 has no machine form}}
    %b = arith.trunci %x : i32 to i8
    %s = arith.addi %b, %b : i8
    %y = arith.extui %s : i8 to i32
    xyz.store %y, %t in "x"
  }
  xyz.return
}

// -----

xyz.kernel @switch() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : i32
  %c7 = arith.constant 7 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    %i = arith.index_cast %x : i32 to index
    // expected-error @below {{'scf.index_switch' has no machine form: kernels compile arith integer ops on i32 (signed ones are expanded), arith.select, xyz memory ops, scf.if with pure arms or maskable stores, and scf.for with a constant trip count; docs/xyz-dialect.md lists them}}
    %r = scf.index_switch %i -> i32
    case 2 {
      scf.yield %c7 : i32
    }
    default {
      scf.yield %c0 : i32
    }
    xyz.store %r, %t in "x"
  }
  xyz.return
}

// -----

// A thread loop inside an if on a loaded (uniform) flag: the if goes
// inside the threads.
xyz.kernel @threads_in_if() {
  %c0 = arith.constant 0 : i32
  %n = arith.constant 16 : i32
  %flag = xyz.load %c0 in "flag"
  %on = arith.cmpi ne, %flag, %c0 : i32
  // expected-error @below {{scf.if around an xyz.foreach_thread has no machine form: the machine has no branches, so ifs become selects and masked stores inside the threads; put the condition inside the thread loop (every thread tests the same uniform value)}}
  scf.if %on {
    xyz.foreach_thread %t < %n {
      %x = xyz.load %t in "x"
      xyz.store %x, %t in "y"
    }
  }
  xyz.return
}

// -----

// An i64 value other than a product's high word: named at the op that
// computes on it, not at the i64 constant defined first, with the forms
// that do compile.
xyz.kernel @low_word_of_i64() {
  %n = arith.constant 16 : i32
  %c16 = arith.constant 16 : i64
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    // expected-error @below {{'arith.extsi' on i64 has no machine form: the machine computes on 32-bit words only (no floating point, no other widths); compute in i32, masking with arith.andi where a narrower value is meant; of i64 only the high word of a product compiles: 'trunci((extui(a) * extui(b)) >> 32)' (likewise extsi), or arith.mului_extended / arith.mulsi_extended (a shift by 16 is then '(lo >> 16) | (hi << 16)')}}
    %w = arith.extsi %x : i32 to i64
    %p = arith.muli %w, %w : i64
    %s = arith.shrsi %p, %c16 : i64
    %r = arith.trunci %s : i64 to i32
    xyz.store %r, %t in "x"
  }
  xyz.return
}

// -----

// A barrier in a thread loop would run once per group of lanes.
xyz.kernel @barrier_in_threads() {
  %n = arith.constant 16 : i32
  %c0 = arith.constant 0 : i32
  %c2 = arith.constant 2 : i32
  xyz.foreach_thread %t < %n {
    %x = xyz.load %t in "x"
    // expected-error @below {{a barrier inside 'xyz.foreach_thread' has no machine form: every core must pass the same barriers once each, so a barrier sits at the top level of the kernel body (loops of constant trips around it are unrolled first); end the thread loop before the barrier and start another after it}}
    xyz.barrier %c0, %c2
    xyz.store %x, %t in "y"
  }
  xyz.return
}

// -----

// The core count as the signed value it is (a shape parameter of -3).
xyz.kernel @barrier_cores() {
  %c0 = arith.constant 0 : i32
  %cores = arith.constant -3 : i32
  // expected-error @below {{a barrier for -3 cores has no machine form: the barrier protocol reads the cores' flags with one vector load, so it supports 1 to 8 cores}}
  xyz.barrier %c0, %cores
  xyz.return
}
