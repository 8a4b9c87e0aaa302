// RUN: xyz-translate --vliw-to-json --split-input-file --verify-diagnostics %s

// An empty input (what a failed xyz-opt before it in a pipe prints): said
// so, without the module as a note.
// expected-error @below {{no vliw.program to translate; expected exactly one at the top level (the input is empty: did the command before xyz-translate fail?)}}
module {
}

// -----

// expected-error @below {{no vliw.program to translate; expected exactly one at the top level}}
module {
  module {
  }
}

// -----

// expected-note @below {{first vliw.program here}}
vliw.program {
}
// expected-error @below {{more than one vliw.program; expected exactly one}}
vliw.program {
}

// -----

vliw.program {
  vliw.bundle {
    // expected-error @below {{'vliw.debug' op is not a valid JSON debug slot: debug slot:1:2: the opcode must be a JSON string, found a number}}
    vliw.debug "[1, 2]"
  }
}

// -----

vliw.program {
  vliw.bundle {
    // expected-error @below {{is not a valid JSON debug slot: debug slot:1:9: trailing characters after the slot: ']'}}
    vliw.debug "[\"c\", 1]]"
  }
}

// -----

vliw.program {
  vliw.bundle {
    // expected-error @below {{is not a valid JSON debug slot: debug slot:1:7: unterminated string}}
    vliw.debug "[\"c\", \"x]"
  }
}
