// RUN: xyz-translate --vliw-to-json --split-input-file --verify-diagnostics %s

// expected-error @below {{no vliw.program to translate}}
module {
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
