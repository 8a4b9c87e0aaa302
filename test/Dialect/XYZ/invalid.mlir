// RUN: xyz-opt %s -split-input-file -verify-diagnostics

// expected-error @below {{shape parameter #0 needs a name}}
xyz.kernel @k(%n: i32) {
  xyz.return
}

// -----

// expected-error @below {{shape parameter #0 must be i32}}
xyz.kernel @k(%n: i64 {xyz.name = "n"}) {
  xyz.return
}

// -----

// expected-error @below {{shape parameter 'n' is declared twice}}
xyz.kernel @k(%n: i32 {xyz.name = "n"}, %m: i32 {xyz.name = "n"}) {
  xyz.return
}

// -----

// expected-error @below {{a kernel returns no values}}
xyz.kernel @k() -> i32 {
  xyz.return
}
