// RUN: xyz-opt %s --split-input-file --verify-diagnostics \
// RUN:   --allow-unregistered-dialect

// Engines have per-bundle slot limits.
vliw.program {
  vliw.bundle {
    vliw.halt
    // expected-error @below {{'vliw.pause' op engine 'flow' is over-full: more than 1 slots in one bundle}}
    vliw.pause
  }
}

// -----

vliw.program {
  vliw.bundle {
    vliw.const 0, 1
    vliw.const 1, 1
    // expected-error @below {{engine 'load' is over-full: more than 2 slots in one bundle}}
    vliw.load 2, 3
  }
}

// -----

// Scratch addresses lie in [0, 1536).
vliw.program {
  vliw.bundle {
    // expected-error @below {{'vliw.const' op scratch address dest = 1536 is outside [0, 1536)}}
    vliw.const 1536, 0
  }
}

// -----

vliw.program {
  vliw.bundle {
    // expected-error @below {{scratch address addr = -1 is outside [0, 1536)}}
    vliw.load 0, -1
  }
}

// -----

// All 8 lanes of a vector operand must be in range.
vliw.program {
  vliw.bundle {
    // expected-error @below {{'vliw.vload' op scratch address dest = 1529 (lanes 1529..1536) is outside [0, 1536)}}
    vliw.vload 1529, 0
  }
}

// -----

vliw.program {
  vliw.bundle {
    // expected-error @below {{scratch address a = 1530 (lanes 1530..1537) is outside [0, 1536)}}
    vliw.valu add 0, 1530, 8
  }
}

// -----

vliw.program {
  vliw.bundle {
    // expected-error @below {{scratch address src = 1535 (lanes 1535..1542) is outside [0, 1536)}}
    vliw.vstore 0, 1535
  }
}

// -----

// load_offset touches base + offset.
vliw.program {
  vliw.bundle {
    // expected-error @below {{'vliw.load_offset' op scratch address dest = 1536 is outside [0, 1536)}}
    vliw.load_offset 1530, 0, 6
  }
}

// -----

vliw.program {
  vliw.bundle {
    // expected-error @below {{scratch address addr = 1536 is outside [0, 1536)}}
    vliw.load_offset 0, 1535, 1
  }
}

// -----

// Jump targets are program counters: never negative.
vliw.program {
  vliw.bundle {
    // expected-error @below {{'vliw.jump' op jump target target = -1 is negative}}
    vliw.jump -1
  }
}

// -----

vliw.program {
  vliw.bundle {
    // expected-error @below {{'vliw.cond_jump' op jump target target = -2 is negative}}
    vliw.cond_jump 0, -2
  }
}

// -----

// The slots of one engine are contiguous.
vliw.program {
  vliw.bundle {
    vliw.alu add 0, 1, 2
    vliw.const 3, 4
    // expected-error @below {{'vliw.alu' op slots of engine 'alu' must be contiguous in a bundle}}
    vliw.alu add 5, 1, 2
  }
}

// -----

// `engines` names distinct, known engines, covering the slots in order.
vliw.program {
  // expected-error @below {{'vliw.bundle' op unknown engine 'fpu'}}
  vliw.bundle engines ["fpu"] {
  }
}

// -----

vliw.program {
  // expected-error @below {{'vliw.bundle' op engine 'alu' is listed twice}}
  vliw.bundle engines ["alu", "load", "alu"] {
  }
}

// -----

vliw.program {
  // expected-error @below {{slots of engine 'load' are missing from, or out of order with, `engines`}}
  vliw.bundle engines ["alu"] {
    vliw.const 0, 1
  }
}

// -----

vliw.program {
  // expected-error @below {{slots of engine 'load' are missing from, or out of order with, `engines`}}
  vliw.bundle engines ["load", "alu"] {
    vliw.alu add 0, 1, 2
    vliw.const 3, 4
  }
}

// -----

// A program holds only bundles, a bundle only slots.
vliw.program {
  // expected-error @below {{'test.op' op is not a vliw.bundle; a vliw.program holds only bundles}}
  "test.op"() : () -> ()
}

// -----

vliw.program {
  vliw.bundle {
    // expected-error @below {{'test.op' op is not a slot op; a vliw.bundle holds only slots}}
    "test.op"() : () -> ()
  }
}

// -----

vliw.program {
  // expected-error @below {{'vliw.halt' op expects parent op 'vliw.bundle'}}
  vliw.halt
}

// -----

vliw.vprogram @from_words_count {
  %a = vliw.vop const imm [0] () : () -> i32
  // expected-error @below {{'vliw.from_words' op needs one word per lane: 8 words, got 2}}
  %v = vliw.from_words (%a, %a) : (i32, i32) -> vector<8xi32>
}

// -----

vliw.vprogram @from_words_lane {
  %a = vliw.vop const imm [0] () : () -> i32
  %b = vliw.vop vload (%a) : (i32) -> vector<8xi32>
  // expected-error @below {{'vliw.from_words' op word 1: a vector input needs a lane in [0, 8), a word input -1; got -1}}
  %v = vliw.from_words from_lanes [-1, -1, 0, 0, 0, 0, 0, 0] (%a, %b, %b, %b, %b, %b, %b, %b) : (i32, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>) -> vector<8xi32>
}
