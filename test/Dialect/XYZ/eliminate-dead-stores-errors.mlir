// RUN: xyz-opt %s -split-input-file --xyz-eliminate-dead-stores -verify-diagnostics

// expected-error @+1 {{`xyz.outputs` must be an array of region names, got ["out", 3 : i32]}}
xyz.kernel @k() attributes {xyz.outputs = ["out", 3 : i32]} {
  xyz.return
}

// -----

// expected-error @+1 {{`xyz.outputs` must be an array of region names, got "out"}}
xyz.kernel @k() attributes {xyz.outputs = "out"} {
  xyz.return
}
