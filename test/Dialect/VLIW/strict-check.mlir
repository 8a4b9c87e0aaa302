// RUN: xyz-opt %s --vliw-strict-check --split-input-file --verify-diagnostics

// Two slots of one bundle writing the same scratch word are rejected.
vliw.program {
  vliw.bundle {
    // expected-note @below {{first write here}}
    vliw.alu add 5, 1, 2
    // expected-error @below {{bundle 0: slot 1 writes scratch word 5 already written by slot 0 of the same bundle}}
    vliw.const 5, 7
  }
}

// -----

// Vector lanes count: a valu write to 8..15 and a scalar write to 15 clash.
vliw.program {
  vliw.bundle {
    vliw.halt
  }
  vliw.bundle {
    // expected-note @below {{first write here}}
    vliw.valu add 8, 16, 24
    // expected-error @below {{bundle 1: slot 1 writes scratch word 15 already written by slot 0 of the same bundle}}
    vliw.vbroadcast 15, 1
  }
}

// -----

// load_offset writes dest + offset.
vliw.program {
  vliw.bundle {
    // expected-note @below {{first write here}}
    vliw.load_offset 8, 0, 3
    // expected-error @below {{slot 1 writes scratch word 11 already written by slot 0}}
    vliw.load 11, 0
  }
}

// -----

// No conflict: reads of a written word, disjoint writes, the same word
// written in different bundles, load_offset lanes that do not overlap.
// expected-no-diagnostics
vliw.program {
  vliw.bundle {
    vliw.alu add 5, 5, 5
    vliw.alu add 6, 5, 5
    vliw.valu add 16, 8, 8
    vliw.vbroadcast 24, 5
    vliw.load_offset 32, 0, 0
    vliw.load_offset 32, 0, 1
    vliw.store 5, 5
  }
  vliw.bundle {
    vliw.const 5, 1
  }
}
