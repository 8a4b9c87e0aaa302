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

// -----

xyz.kernel @reduce_yield_count(%n: i32 {xyz.name = "n"}) {
  %a, %b = xyz.foreach_thread %t < %n reduce(add, xor) {
    // expected-error @+1 {{yields 1 values for 2 reductions}}
    xyz.yield %t : i32
  }
  xyz.return
}

// -----

xyz.kernel @reduce_yield_type(%n: i32 {xyz.name = "n"}) {
  %v = arith.constant dense<0> : vector<8xi32>
  %a = xyz.foreach_thread %t < %n reduce(add) {
    // expected-error @+1 {{value 0 must be 'i32' (one word per thread), not 'vector<8xi32>'}}
    xyz.yield %v : vector<8xi32>
  }
  xyz.return
}

// -----

xyz.kernel @reduce_unknown_kind(%n: i32 {xyz.name = "n"}) {
  // expected-error @+1 {{unknown reduction 'sum' (expected add, mul, and, or, xor, minu or maxu)}}
  %a = xyz.foreach_thread %t < %n reduce(sum) {
    xyz.yield %t : i32
  }
  xyz.return
}

// -----

xyz.kernel @window_offset() {
  %c0 = arith.constant 0 : i32
  %a = xyz.vload %c0 : vector<8xi32>
  // expected-error @+1 {{offset must be in [1, 7], got 0}}
  %w = xyz.window %a, %a offset 0 : vector<8xi32>
  xyz.return
}

// -----

xyz.kernel @lane_out_of_range() {
  %c0 = arith.constant 0 : i32
  %a = xyz.vload %c0 : vector<8xi32>
  // expected-error @+1 {{lane must be in [0, 7], got 8}}
  %w = xyz.lane %a[8] : vector<8xi32>
  xyz.return
}

// -----

xyz.kernel @from_words_count() {
  %c0 = arith.constant 0 : i32
  // expected-error @below {{'xyz.from_words' op needs one word per lane: 8 words, got 3}}
  %v = xyz.from_words %c0, %c0, %c0 : vector<8xi32>
  xyz.return
}

// -----

// Vectors of words have a fixed length (the machine's 8 lanes): a scalable
// one is no machine vector.
xyz.kernel @scalable_vload() {
  %c0 = arith.constant 0 : i32
  // expected-error @below {{'xyz.vload' op result #0 must be 1-D fixed-length vector of 32-bit signless integer, but got 'vector<[8]xi32>'}}
  %v = xyz.vload %c0 in "a" : vector<[8]xi32>
  xyz.return
}
